import EventModel
import Foundation
import GRDB

/// The snippets of the rows a page shows, cut by FTS5 from each row's match.
///
/// FTS5 sets a match up once per statement and walks it to its first row before it seeks the row or
/// range asked for; over a range it then walks every match in the range. So the rows are read either
/// one statement each (the setup and the walk to the first match, once per row) or in one statement
/// over their range (once, then the whole range: for twenty rows spread over the corpus, most of it).
/// A phrase of common words whose first match comes early (`"by was"`) is several times cheaper row by
/// row, and so is one word or one prefix with its own list alone (its first match is its first entry);
/// a rare phrase of common words (first match far in), a prefix without its own list (a merge of the
/// lists of every word it begins, at each setup) and several plain words (walked without comparing
/// positions) are cheaper over the range. Both give the same text.
///
/// FTS5's `snippet()` scores each match against every other, so its cost grows with the square of
/// the matches: past ``SnippetMarkup/longText`` characters the snippet is cut by ``SearchSnippet``,
/// which stops reading at the end of its excerpt.
enum SearchSnippets {
    /// The snippet of the current row of a statement over `article_fts`, NULL for a long text (cut by
    /// ``SearchSnippet`` instead, see ``of(_:rows:column:query:)``).
    static let column = """
        CASE WHEN length(article_fts.text) <= \(SnippetMarkup.longText)
            THEN snippet(article_fts, 1, '\(SnippetMarkup.open)', '\(SnippetMarkup.close)', '…', 24) END
        """

    /// The snippets of `rowids`; with `everyMatch`, those rows are every match of `match`; `matches`, how
    /// many rows match, when known.
    static func of(
        _ db: Database, match: String, query: SearchQuery, rowids: [Int64], everyMatch: Bool = false, matches: Int64? = nil
    ) throws -> [Int64: SearchSnippet] {
        guard let low = rowids.min(), let high = rowids.max() else { return [:] }
        // A prefix without its own list is merged again at each setup: the snippets of one with many matches
        // (or an unknown number) are cut without a match.
        if matches ?? .max >= PrefixSnippets.worthMatches, let cut = try PrefixSnippets.of(db, query: query, rowids: rowids) { return cut }
        // A phrase alone: a statement per row seeks each of its words' lists, one over a range compares positions
        // in every row with all its words; its rows' texts are cut without either.
        if let cut = try PhraseSnippets.of(db, query: query, rowids: rowids) { return cut }
        let rows: [Row]
        let way = try everyMatch && positionsCompared(query) ? fromEnds(db, count: rowids.count, low: low, high: high)
            : (byRow: try rowByRow(db, match: match, query: query, count: rowids.count, span: high - low, matches: matches), descending: false)
        // A walk from the end (rowid order descending) reaches the last match first.
        let order = way.descending ? "ORDER BY rowid DESC" : ""
        if way.byRow {
            let statement = try db.cachedStatement(sql: """
                SELECT rowid, \(column) FROM article_fts WHERE article_fts MATCH ? AND rowid = ? \(order)
                """)
            rows = try rowids.compactMap { try Row.fetchOne(statement, arguments: [match, $0]) }
        } else {
            // The rowid range reaches FTS5 as a constraint; `+rowid IN` stays a plain filter, or SQLite would run
            // the match once per value. The rows are bound as one JSON array, so that the statement's text,
            // and its prepared form, is the same for every page.
            rows = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT rowid, \(column) FROM article_fts
                WHERE article_fts MATCH ? AND rowid BETWEEN ? AND ? AND +rowid IN (SELECT value FROM json_each(?)) \(order)
                """), arguments: [match, low, high, RowList.json(rowids)])
        }
        return try of(db, rows: rows, column: 1, query: query)
    }

    /// For rows that are every match (their first and last are the match's): one statement per row or one
    /// over their range, walked from the start or from the end, whichever walks fewest rowids. A walk from
    /// the start reaches the first match, one from the end the last; `"all him that"` matches five rows of
    /// 100,000, the first at 16,638 and the last at 97,571: five walks from the end are 12,000 rowids, the
    /// range from the start 97,000.
    private static func fromEnds(_ db: Database, count: Int, low: Int64, high: Int64) throws -> (byRow: Bool, descending: Bool) {
        let end = try Int64.fetchOne(db.cachedStatement(sql: "SELECT max(rowid) FROM articles")) ?? high
        let rows = Int64(count)
        // As in rowByRow: a statement per row also costs its setup and a seek, so it must walk less than half.
        let ways: [(cost: Int64, byRow: Bool, descending: Bool)] = [
            (2 * rows * low, true, false), (2 * rows * (end - high), true, true),
            (high, false, false), (end - low, false, true),
        ]
        let best = ways.min { $0.cost < $1.cost }!
        return (best.byRow, best.descending)
    }

    /// Whether the match compares positions (a phrase, or words the tokenizer splits) and has no prefix
    /// without its own list: a walk of it costs in proportion to the rows it passes.
    private static func positionsCompared(_ query: SearchQuery) -> Bool {
        let terms = query.positiveTerms + query.excluded
        return terms.contains(where: { $0.form == .phrase || words($0.text).count > 1 }) && !mergesPrefix(query)
    }

    /// Whether the query has a prefix without its own list: FTS5 merges the lists of every word it begins
    /// each time a statement sets the match up.
    static func mergesPrefix(_ query: SearchQuery) -> Bool {
        (query.positiveTerms + query.excluded).contains { $0.form == .prefix && !IndexSchema.prefixLengths.contains(words($0.text).last?.count ?? 0) }
    }

    /// The snippets of `rowids` cut in Swift by `cut` from each row's text where ``column`` would call
    /// `snippet()` (a long text is cut by ``SearchSnippet`` as there); nil when `cut` fails on a text or a
    /// text holds a NUL (`snippet()` writes through C strings: it would end them where the bytes go on).
    static func of(_ db: Database, rowids: [Int64], query: SearchQuery, cut: ([UInt8]) -> String?) throws -> [Int64: SearchSnippet]? {
        let text = try db.cachedStatement(sql: "SELECT length(text) <= ?, CAST(text AS BLOB) FROM articles WHERE rowid = ?")
        var marked: [Int64: String?] = [:]
        for rowid in rowids {
            guard let row = try Row.fetchOne(text, arguments: [SnippetMarkup.longText, rowid]) else { continue }
            guard let data = row[1] as Data?, let short = row[0] as Bool? else { return nil }
            guard short else {
                marked[rowid] = .some(nil)
                continue
            }
            let bytes = [UInt8](data)
            guard !bytes.contains(0), let snippet = cut(bytes) else { return nil }
            marked[rowid] = snippet
        }
        return try of(db, marked: marked, query: query)
    }

    /// The snippets of rows that have the rowid in their first column and ``column`` in `column`.
    static func of(_ db: Database, rows: [Row], column: Int, query: SearchQuery) throws -> [Int64: SearchSnippet] {
        var marked: [Int64: String?] = [:]
        for row in rows { marked[row[0]] = .some(row[column]) }
        return try of(db, marked: marked, query: query)
    }

    /// The snippets of rows from what ``column`` gave each (nil for a long text).
    static func of(_ db: Database, marked: [Int64: String?], query: SearchQuery) throws -> [Int64: SearchSnippet] {
        var snippets: [Int64: SearchSnippet] = [:]
        let bodyTerms = query.positiveTerms.filter { !$0.titleOnly }
        for (rowid, text) in marked {
            if let text {
                snippets[rowid] = SnippetMarkup.snippet(text)
            } else if let text = try String.fetchOne(db.cachedStatement(sql: "SELECT text FROM articles WHERE rowid = ?"), arguments: [rowid]) {
                snippets[rowid] = SearchSnippet(text, terms: bodyTerms)
            }
        }
        return snippets
    }

    /// Whether one statement per row costs less than one over the range `span` of `count` rows: the walk
    /// to the first match, `count` times, against that walk and the range once (at an even density of
    /// matches, in rowids walked). The first match's rowid is read for it, which walks to it once.
    private static func rowByRow(_ db: Database, match: String, query: SearchQuery, count: Int, span: Int64, matches: Int64?) throws -> Bool {
        // One word or one prefix with its own list and many matches: a statement sets it up with a seek in
        // one list and reaches a row through that list's index, about 20 µs, where a range walks every match
        // in it, about 0.1 µs each (`tra*`, 74,609 matches: twenty statements 0.5 ms, the range 6 ms; a rare
        // word's range is cheaper than twenty statements).
        if FTSExpression.isOneListTerm(query), let matches, matches >= 8_000 { return true }
        // Several words or prefixes are walked cheaply (no positions to compare): over a range the walk costs
        // less than a statement per row. A prefix without its own list is merged again at each setup.
        guard positionsCompared(query) else { return false }
        let first = try Int64.fetchOne(db.cachedStatement(sql: "SELECT rowid FROM article_fts WHERE article_fts MATCH ? LIMIT 1"),
                                       arguments: [match]) ?? 0
        // Half the span: a statement per row also costs its setup and a seek, which the walk does not count.
        return first * Int64(count - 1) < span / 2
    }

    /// The words of a term as the tokenizer splits them (near enough: it only chooses the faster way).
    private static func words(_ text: String) -> [Substring] {
        text.split { !$0.isLetter && !$0.isNumber }
    }
}
