import EventModel
import Foundation
import GRDB
import GRDBSQLite

/// The snippets of a query that is one prefix without its own FTS5 list (`brai*`), cut in Swift exactly as
/// FTS5's `snippet()` (``SearchSnippets/column``) cuts them, from the articles' text alone.
///
/// FTS5 sets such a prefix up by merging the lists of every word it begins, at every statement: the
/// ranking's statement merged them and the snippets' statement merged them again, 3.5 ms each for
/// `brai*` at 100,000 articles. The page's rows need no match: a row's instances are its tokens whose
/// folded form begins with the folded prefix, found by FTS5's own tokenizer over the text, and what
/// `snippet()` does with them is repeated by ``SnippetWindow``.
enum PrefixSnippets {
    /// Matches from which cutting here costs less than a merge: a row costs about 40 µs here, twice what
    /// `snippet()` costs, and a merge about 0.13 µs a matching row (`brai*`, 26,604 rows: 3.5 ms).
    static let worthMatches: Int64 = 4_000

    /// `article_fts`'s tokenizer (``IndexSchema/tokenizer``), as FTS5 names it and its arguments.
    static let tokenizerComponents = ["unicode61", "remove_diacritics", "2"]

    /// The snippets of `rowids`, or nil when the query is not one prefix without its own list, alone, in
    /// every column (or a row's text cannot be cut here).
    static func of(_ db: Database, query: SearchQuery, rowids: [Int64]) throws -> [Int64: SearchSnippet]? {
        guard applies(query), case .term(let term) = query.clauses[0] else { return nil }
        let tokenizer = try db.makeTokenizer(FTS5TokenizerDescriptor(components: tokenizerComponents))
        let folded = try tokenizer.tokenize(query: term.text)
        guard folded.count == 1, let prefix = folded.first?.token,
              !IndexSchema.prefixLengths.contains(prefix.count) else { return nil }
        let bytes = Array(prefix.utf8)
        return try SearchSnippets.of(db, rowids: rowids, query: query) { cut($0, prefix: bytes, tokenizer: tokenizer) }
    }

    /// Whether the query is one prefix alone, in every column, without its own list (as far as its text
    /// tells: ``of(_:query:rowids:)`` folds it as FTS5 does).
    static func applies(_ query: SearchQuery) -> Bool {
        guard query.clauses.count == 1, query.excluded.isEmpty, case .term(let term) = query.clauses[0],
              term.form == .prefix, !term.titleOnly else { return false }
        return SearchSnippets.mergesPrefix(query)
    }

    /// A token: its bytes in the text, and whether it is an instance of the prefix.
    private struct Token {
        var start: Int
        var end: Int
        var instance: Bool
    }

    /// The tokens of `text` as FTS5 gives them to an auxiliary function (colocated ones left out).
    private static func tokenize(_ text: [UInt8], prefix: [UInt8], tokenizer: any FTS5Tokenizer) -> [Token]? {
        final class Found {
            var tokens: [Token] = []
            var prefix: [UInt8] = []
        }
        let found = Found()
        found.prefix = prefix
        let code = text.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) { pointer in
                tokenizer.tokenize(context: Unmanaged.passUnretained(found).toOpaque(), tokenization: .aux, pText: pointer,
                                   nText: CInt(buffer.count)) { context, flags, token, count, start, end in
                    guard let context else { return SQLITE_ERROR }
                    guard flags & FTS5_TOKEN_COLOCATED == 0 else { return SQLITE_OK }
                    let found = Unmanaged<Found>.fromOpaque(context).takeUnretainedValue()
                    var instance = false
                    if let token, Int(count) >= found.prefix.count {
                        instance = found.prefix.withUnsafeBufferPointer { prefix in
                            memcmp(token, prefix.baseAddress!, prefix.count) == 0
                        }
                    }
                    found.tokens.append(Token(start: Int(start), end: Int(end), instance: instance))
                    return SQLITE_OK
                }
            }
        }
        return code == SQLITE_OK ? found.tokens : nil
    }

    /// `snippet(article_fts, 1, open, close, '…', tokens)` of one row's text, marked as ``SnippetMarkup`` reads it.
    private static func cut(_ text: [UInt8], prefix: [UInt8], tokenizer: any FTS5Tokenizer) -> String? {
        guard !text.isEmpty else { return "" }
        guard let tokens = tokenize(text, prefix: prefix, tokenizer: tokenizer) else { return nil }
        // An instance of a prefix is one token.
        return SnippetWindow.cut(text, tokens: tokens.map { $0.start..<$0.end }, starts: tokens.indices.filter { tokens[$0].instance }, length: 1)
    }
}
