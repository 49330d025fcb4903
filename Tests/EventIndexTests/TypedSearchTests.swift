import EventModel
import Foundation
import GRDB
import Testing
@testable import EventIndex

/// A page as you type is read in one statement, and a lone prefix without its own list has its snippets cut
/// in Swift: each must give what the statements of their own give.
@Suite("Search as you type, and a prefix's snippets")
struct TypedSearchTests {
    /// Articles about bridges and brides: lengths, uses and titles vary, and each text is written twice
    /// under two names, so that equal scores must come in path order.
    private func corpus(count: Int) throws -> IndexedCorpus {
        let folder = try TempCorpus()
        let words = ["bridge", "bride", "bridal", "brick", "Brídge", "river", "calm", "day"]
        for number in 0..<count {
            let uses = (number * 7) % 5
            var sentences = (0..<(1 + number % 4)).map { sentence in
                (0..<(4 + (number + sentence) % 9)).map { words[(number * 3 + sentence * 5 + $0) % words.count] }.joined(separator: " ")
            }
            sentences.append(Array(repeating: "bridge", count: uses).joined(separator: " ") + " held: the water rose")
            let text = sentences.map { $0 + "." }.joined(separator: " ")
            let title = number % 3 == 0 ? "Bridge \(number)" : "Report \(number)"
            for copy in ["a", "b"] { try folder.article(String(format: "\(copy)%04d", number), title: title, text) }
        }
        return try folder.synced().corpus
    }

    @Test("at or under the bound, the page as you type is the page ranked by a statement of its own, ties by path")
    func rankedAsYouType() throws {
        let corpus = try corpus(count: 60)
        for text in ["bri", "brid", "bridg", "river bri", "calm brida"] {
            let query = try SearchQuery.parse(text, asYouType: true)
            for limit in [1, 2, 5, 20, 40] {
                let typed = try corpus.search(query, limit: limit, asYouType: true).articles
                let ranked = try corpus.search(query, limit: limit, asYouType: false).articles
                #expect(!typed.isEmpty, "\(text)")
                #expect(typed.map(\.article.id) == ranked.map(\.article.id), "\(text), \(limit) rows")
                #expect(typed.map(\.score) == ranked.map(\.score), "\(text), \(limit) rows")
                #expect(typed.map(\.snippet) == ranked.map(\.snippet), "\(text), \(limit) rows")
                #expect(typed.map(\.highlights) == ranked.map(\.highlights), "\(text), \(limit) rows")
            }
        }
    }

    @Test("a lone prefix without its own list gets the snippet FTS5's snippet() gives, for every row it matches")
    func prefixSnippets() throws {
        let folder = try TempCorpus()
        let texts = [
            "Bridges: the bridge held. The bridegroom came late: bridging the gap took a day.",
            "Nothing here but the title.",
            String(repeating: "The river was calm and the day was long. ", count: 12) + "A bridge fell.",
            "Bridge " + String(repeating: "word ", count: 60) + "bridge end bridge.",
            "Le Brídge était fermé. Brïdges! Über die Brücke: bridge.",
            "bridge",
        ]
        for (number, text) in texts.enumerated() {
            try folder.article(String(format: "p%02d", number), title: number == 1 ? "Bridgework" : "Note \(number)", text)
        }
        let corpus = try folder.synced().corpus
        for text in ["brid*", "bridg*", "bridge*", "brídg*"] {
            let query = try SearchQuery.parse(text, asYouType: false)
            let match = try #require(FTSExpression.positive(query))
            try corpus.read { db in
                let rows = try Row.fetchAll(db, sql: "SELECT rowid, \(SearchSnippets.column) FROM article_fts WHERE article_fts MATCH ?",
                                            arguments: [match])
                #expect(rows.count >= 5, "\(text)")
                let expected = try SearchSnippets.of(db, rows: rows, column: 1, query: query)
                let cut = try #require(try PrefixSnippets.of(db, query: query, rowids: rows.map { $0[0] }), "\(text)")
                for row in rows {
                    let rowid: Int64 = row[0]
                    #expect(cut[rowid]?.text == expected[rowid]?.text, "\(text) row \(rowid)")
                    #expect(cut[rowid]?.highlights == expected[rowid]?.highlights, "\(text) row \(rowid)")
                }
            }
        }
        // A prefix with its own list, a word and a phrase keep FTS5's snippets.
        for text in ["bri*", "bridge", "\"the bridge\""] {
            let query = try SearchQuery.parse(text, asYouType: false)
            let cut = try corpus.read { db in try PrefixSnippets.of(db, query: query, rowids: [1]) }
            #expect(cut == nil, "\(text)")
        }
    }
}

/// A lone phrase is walked in two halves of the rowids, the second on a connection of its own.
@Suite("A phrase walked in two halves")
struct PhraseHalvesTests {
    @Test("the best rows of the two halves are the best rows of one walk, scores bit for bit, ties by path")
    func halves() throws {
        let folder = try TempCorpus()
        for number in 0..<80 {
            let uses = number % 4
            let text = (0..<(2 + number % 5)).map { _ in "The storm came over the bay." }.joined(separator: " ")
                + String(repeating: " A storm bay warning.", count: uses)
            // Copies of one text under two names: equal scores, in path order.
            for copy in ["a", "b"] { try folder.article(String(format: "\(copy)%03d", number), title: "Note \(number)", text) }
        }
        // A phrase of one row, in the first half and in the second (rows are numbered in the order of the names).
        try folder.article("0first", title: "First", "A quiet harbour.")
        try folder.article("zlast", title: "Last", "A rare flood alarm.")
        let corpus = try folder.synced().corpus
        for text in ["\"storm bay\"", "\"the bay\"", "\"quiet harbour\"", "\"flood alarm\""] {
            let match = try #require(FTSExpression.positive(try SearchQuery.parse(text, asYouType: false)))
            let query = ArticleRanking.Query(source: "article_fts ", conditions: "article_fts MATCH ?", arguments: [match], onePhrase: true)
            for limit in [1, 3, 10, 40] {
                try corpus.read { db in
                    let whole = try ArticleRanking.top(db, query, limit: limit)
                    let window = ArticleRanking.window(limit)
                    let best = try #require(try PhraseHalves.best(db, query, window, path: corpus.indexPath.path, minimumRows: 0))
                    let split = try ArticleRanking.settle(db, query, ranked: best, limit: limit)
                    #expect(!whole.isEmpty, "\(text)")
                    #expect(split.map(\.rowid) == whole.map(\.rowid), "\(text), \(limit) rows")
                    #expect(split.map(\.score.bitPattern) == whole.map(\.score.bitPattern), "\(text), \(limit) rows")
                }
            }
        }
    }
}
