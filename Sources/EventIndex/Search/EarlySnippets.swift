import EventModel
import GRDB
import GRDBSQLite

/// The snippets of a ranking's first rows, cut in the ranking's own walk of the match.
///
/// Three words that fewer articles hold together than the page shows (`plozek gijel tostim`: 6 of
/// 100,000) put every match on the page. Its snippets were cut by a statement of their own, which set
/// the match up and walked it a second time, where the sqlite3 shell's one statement ranks and cuts in
/// one walk. The ranking's statement now cuts the snippets of the first rows it reads, as many as the
/// page, when the words are expected in fewer rows than that together (``BoundedBM25/Counts/expected``);
/// when those are every row of the page they are its snippets, otherwise the page's are cut as before.
/// Cutting them for every query of several words cost the broad ones (`rin OR plijyst`, 2,403 matches)
/// about 1 ms for snippets they did not use.
enum EarlySnippets {
    static let function = "evex_early_snippet"

    /// For the first `?` rows the statement reads, when its words are expected in no more rows than that:
    /// `S` and the snippet of ``SearchSnippets/column``, or `L` for a long text (cut by ``SearchSnippet``);
    /// NULL for any other row. After the ranking function in the statement's columns, which counts the words.
    static let column = """
        CASE WHEN \(function)(article_fts, ?) THEN coalesce('S' || \(SearchSnippets.column), 'L') END
        """

    /// The page's snippets from what ``column`` gave its rows, as ``SearchSnippets/of(_:rows:column:query:)``
    /// cuts them; nil unless every row of the page has one.
    static func of(_ db: Database, page: [ArticleRanking.Ranked], query: SearchQuery) throws -> [Int64: SearchSnippet]? {
        var marked: [Int64: String?] = [:]
        for row in page {
            guard let early = row.early else { return nil }
            marked[row.rowid] = early.hasPrefix("S") ? .some(String(early.dropFirst())) : .some(nil)
        }
        return try SearchSnippets.of(db, marked: marked, query: query)
    }

    /// `evex_early_snippet(article_fts, n)`: whether the current row is among the first `n` its statement
    /// reads, and the ranking function of the same statement expects no more than `n` matches.
    static func cut(_ api: UnsafePointer<Fts5ExtensionApi>, _ fts: OpaquePointer, _ context: OpaquePointer?,
                    _ count: Int, _ values: UnsafeMutablePointer<OpaquePointer?>) {
        guard count == 1, let box = api.pointee.xUserData(fts) else { return sqlite3_result_int64(context, 0) }
        guard let ordinal = FTS5RowOrdinal.next(api, fts, context) else { return }
        let first = sqlite3_value_int64(values[0])
        let counts = Unmanaged<BoundedBM25.Counts>.fromOpaque(box).takeUnretainedValue()
        let few = counts.expectedFor == fts && counts.expected <= Double(first)
        sqlite3_result_int64(context, ordinal <= first && few ? 1 : 0)
    }
}
