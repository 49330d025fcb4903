import EventModel
import Foundation
import GRDB

/// The snippets of a query that is one phrase alone (`"and who to"`), cut in Swift exactly as FTS5's
/// `snippet()` (``SearchSnippets/column``) cuts them, from the articles' text alone.
///
/// `snippet()` needs its row's match: a statement per row sets the phrase up again and seeks each word's
/// list to the row (0.15 to 1.1 ms a row for `"and who to"` at 100,000 articles, each of its words in half
/// the articles or more), and one statement over the page's range walks every row with all the words in it,
/// comparing positions. Here a row costs a read of its text and a pass over its bytes: its instances are
/// where the phrase's words stand in a row (``PhraseTokens``), and ``SnippetWindow`` does with them what
/// `snippet()` does.
enum PhraseSnippets {
    /// The snippets of `rowids`, or nil when the query is not one phrase of two tokens or more alone, in every
    /// column (or a row's text cannot be cut here).
    static func of(_ db: Database, query: SearchQuery, rowids: [Int64]) throws -> [Int64: SearchSnippet]? {
        guard query.clauses.count == 1, query.excluded.isEmpty, case .term(let term) = query.clauses[0],
              term.form != .prefix, !term.titleOnly,
              // A quote is doubled in the MATCH text: left to FTS5.
              !term.text.utf8.contains(UInt8(ascii: "\"")),
              let phrase = try PhraseTokens(db, phrase: term.text) else { return nil }
        return try SearchSnippets.of(db, rowids: rowids, query: query) { bytes in
            guard let found = bytes.withUnsafeBytes({ phrase.instances($0) }) else { return nil }
            return SnippetWindow.cut(bytes, tokens: found.tokens, starts: found.starts, length: phrase.phrase.count)
        }
    }
}
