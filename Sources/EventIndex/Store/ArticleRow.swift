import EventModel
import Foundation
import GRDB

/// How articles go into and come out of the `articles` and `links` tables.
enum ArticleRow {
    static let summaryColumns = "a.id, a.title, a.date, a.source, s.entity_count, s.link_count, s.unresolved_count"
    /// Joins the derived counts that ``summaryColumns`` reads; every article has its row.
    static let stateJoin = "JOIN article_state s ON s.article = a.rowid"

    static func summary(_ row: Row, from index: Int = 0) -> ArticleSummary {
        ArticleSummary(
            id: row[index], title: row[index + 1], date: row[index + 2], source: row[index + 3],
            entityCount: row[index + 4], linkCount: row[index + 5], unresolvedLinks: row[index + 6])
    }

    static let fullColumns = "rowid, id, path, title, date, source, dateline, url, authors, tags, language, text, paragraphs, sentences"

    /// The article stored at `row` (selected with ``fullColumns``), links read separately.
    static func article(_ row: Row, links: [ReadMoreLink]) -> Article {
        Article(
            id: row[1], path: row[2], title: row[3], date: row[4], source: row[5], dateline: row[6], url: row[7],
            authors: Coding.decodeStrings(row[8]), tags: Coding.decodeStrings(row[9]), language: row[10],
            text: row[11], paragraphs: SpanBlob.decode(row[12]), sentences: SpanBlob.decode(row[13]), links: links)
    }

    static func links(_ db: Database, article rowid: Int64) throws -> [ReadMoreLink] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT title, line, start, end, target, url FROM links WHERE article = ? ORDER BY ord"), arguments: [rowid])
            .map { ReadMoreLink(title: $0[0], line: $0[1], span: TextSpan(start: $0[2], end: $0[3]), target: $0[4], url: $0[5]) }
    }
}
