import Foundation

/// The last table read from one index file as it is now: the search's in-memory tables (``RowLengths``,
/// ``EntityTerms``) are read once per version of the index and kept between queries.
final class IndexVersionCache<Table>: @unchecked Sendable {
    /// The file, its generation (which every sync that writes changes) and the FTS5 table's structure records
    /// (which a merge changes without a sync).
    struct Key: Equatable {
        var path: String
        var generation: String
        var stamp: [Data]
    }

    private let lock = NSLock()
    private var entry: (key: Key, table: Table)?

    func table(_ key: Key) -> Table? {
        lock.withLock { entry.flatMap { $0.key == key ? $0.table : nil } }
    }

    func store(_ table: Table, _ key: Key) {
        lock.withLock { entry = (key, table) }
    }
}
