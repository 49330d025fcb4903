import EventModel
import Foundation
import GRDB
import GRDBSQLite
import Testing
@testable import EventIndex

/// A lone phrase's snippets cut in Swift from the tokens of its rows' texts, against FTS5's `snippet()` and
/// tokenizer.
@Suite("A phrase's snippets cut without FTS5's match")
struct PhraseSnippetTests {
    @Test("a text's tokens and where they stand are FTS5 tokenizer's, past ASCII too")
    func tokens() throws {
        let folder = try TempCorpus()
        try folder.article("a", title: "x", "y")
        let corpus = try folder.synced().corpus
        let texts = ["The THE thé, said: “the” — said’s the-the x_y 12ab AB12", "Über die Brücke: naïve café ﬁre e\u{301}t\u{E9}",
                     "tab\tthe\nthe\r\nend", "the\0the", "日本語 the 東京", "", "   ", "a'b a’b «the» ΤΗΕ the"]
        try corpus.read { db in
            let phrase = try #require(try PhraseTokens(db, phrase: "the said"))
            let tokenizer = try db.makeTokenizer(FTS5TokenizerDescriptor(components: PrefixSnippets.tokenizerComponents))
            for text in texts {
                let bytes = Array(text.utf8)
                var found: [String] = []
                let complete = bytes.withUnsafeBytes { buffer in
                    phrase.scan(buffer) { word, start, end in
                        found.append("\(start)-\(end) \(word >= 0 ? String(decoding: phrase.words[word], as: UTF8.self) : "-")")
                    }
                }
                #expect(complete)
                #expect(found == (try Self.fts5Tokens(tokenizer, bytes, words: phrase.words)), "\(text)")
            }
        }
    }

    /// FTS5's tokens of `bytes` as `start-end word`, the word `-` when it is not one of `words`.
    static func fts5Tokens(_ tokenizer: any FTS5Tokenizer, _ bytes: [UInt8], words: [[UInt8]]) throws -> [String] {
        final class Found {
            var tokens: [(token: [UInt8], start: Int, end: Int)] = []
        }
        let found = Found()
        let code = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) { pointer in
                    tokenizer.tokenize(context: Unmanaged.passUnretained(found).toOpaque(), tokenization: .document, pText: pointer,
                                       nText: CInt(buffer.count)) { context, _, token, count, start, end in
                        let found = Unmanaged<Found>.fromOpaque(context!).takeUnretainedValue()
                        let bytes = token.map { Array(UnsafeRawBufferPointer(start: $0, count: Int(count))) } ?? []
                        found.tokens.append((bytes, Int(start), Int(end)))
                        return SQLITE_OK
                    }
                }
            } ?? SQLITE_OK
        }
        #expect(code == SQLITE_OK)
        return found.tokens.map { "\($0.start)-\($0.end) \(words.contains($0.token) ? String(decoding: $0.token, as: UTF8.self) : "-")" }
    }

    @Test("a lone phrase gets the snippet FTS5's snippet() gives, for every row it matches")
    func snippets() throws {
        let folder = try TempCorpus()
        let long = String(repeating: "The river was calm and the day was long. ", count: 6)
        let texts = [
            "The storm came over the bay: the storm came again. The storm came.",
            "Nothing here but the title.",
            long + "Then the storm came over the town. " + long,
            "The storm " + String(repeating: "word ", count: 21) + "the storm came the storm came end.",
            String(repeating: "word ", count: 22) + "the storm came over " + String(repeating: "word ", count: 30),
            "“The storm” came; thé Stórm! The the the the storm storm came.",
            "the storm",
            "Storm came. The storm. " + String(repeating: "The storm came. ", count: 20),
        ]
        for (number, text) in texts.enumerated() {
            try folder.article(String(format: "p%02d", number), title: number == 1 ? "The storm came" : "Note \(number)", text)
        }
        let corpus = try folder.synced().corpus
        var cutRows = 0
        for text in ["\"the storm\"", "\"the storm came\"", "\"storm came\"", "\"the the\"", "\"the storm came over\"", "storm-came"] {
            let query = try SearchQuery.parse(text, asYouType: false)
            let match = try #require(FTSExpression.positive(query))
            try corpus.read { db in
                let rows = try Row.fetchAll(db, sql: "SELECT rowid, \(SearchSnippets.column) FROM article_fts WHERE article_fts MATCH ?",
                                            arguments: [match])
                #expect(!rows.isEmpty, "\(text)")
                let expected = try SearchSnippets.of(db, rows: rows, column: 1, query: query)
                let cut = try #require(try PhraseSnippets.of(db, query: query, rowids: rows.map { $0[0] }), "\(text)")
                for row in rows {
                    let rowid: Int64 = row[0]
                    #expect(cut[rowid]?.text == expected[rowid]?.text, "\(text) row \(rowid)")
                    #expect(cut[rowid]?.highlights == expected[rowid]?.highlights, "\(text) row \(rowid)")
                    cutRows += 1
                }
            }
        }
        #expect(cutRows >= 20)
        // A word, a prefix, a phrase with a title filter or beside another term keep FTS5's snippets.
        for text in ["storm", "sto*", "title:\"the storm\"", "\"the storm\" bay", "\"the storm\" -bay"] {
            let query = try SearchQuery.parse(text, asYouType: false)
            let cut = try corpus.read { db in try PhraseSnippets.of(db, query: query, rowids: [1]) }
            #expect(cut == nil, "\(text)")
        }
    }
}
