import Foundation
import GRDB
import GRDBSQLite

/// Every article's length in tokens, title and text together, as FTS5's `xColumnSize(-1)` gives it for
/// `article_fts`, read once per version of the search index from its `docsize` table and kept in memory.
///
/// BM25 needs the length of every row it scores, and FTS5 reads it with a statement on `docsize` per row
/// (a B-tree search, a record decoded): ranking `tra*` (74,609 matches at 100,000 articles) read the
/// lengths of the rows its bound could not leave out at about 0.9 ms, an eighth of the ranking. From an
/// array a length is one load. 100,000 articles are 400 KB, read in a few milliseconds by the first
/// ranking after a sync that wrote (the same moment ``DatedRows`` are read again).
///
/// The table is kept per index file, generation (the `meta` value every sync that writes renews) and the
/// search index's averages and structure records (which every write of `article_fts` changes); the
/// ranking function also checks the table's row count and total length against FTS5's own totals before
/// it uses it, and reads the length through FTS5 for a row the table does not have.
final class RowLengths: @unchecked Sendable {
    /// `article_fts`'s columns: `title`, `text`.
    static let columns = 2

    /// The length of rowid `i` at `lengths[i]`, -1 for a rowid without a row (or one whose sizes could not be read).
    let lengths: UnsafeMutablePointer<Int32>
    let count: Int
    /// Rows read, and the sum of their lengths: what FTS5's averages record holds for the same index.
    let rows: Int64
    let tokens: Int64

    private init(lengths: UnsafeMutablePointer<Int32>, count: Int, rows: Int64, tokens: Int64) {
        (self.lengths, self.count, self.rows, self.tokens) = (lengths, count, rows, tokens)
    }

    /// A table of the given lengths, rowid by rowid (-1: none), for tests.
    convenience init(_ values: [Int32]) {
        let lengths = UnsafeMutablePointer<Int32>.allocate(capacity: max(values.count, 1))
        lengths.initialize(from: values, count: values.count)
        let known = values.filter { $0 >= 0 }
        self.init(lengths: lengths, count: values.count, rows: Int64(known.count), tokens: known.reduce(0) { $0 + Int64($1) })
    }

    deinit { lengths.deallocate() }

    /// The lengths, rowid by rowid (-1: none).
    var values: [Int32] { Array(UnsafeBufferPointer(start: lengths, count: count)) }

    /// The length of `rowid`, or nil when the table has none.
    @inline(__always)
    func length(_ rowid: Int64) -> Int32? {
        guard rowid >= 0, rowid < count else { return nil }
        let length = lengths[Int(rowid)]
        return length < 0 ? nil : length
    }

    /// The lengths of the index `db` reads, from the cache when it has them for this index as it is now.
    static func of(_ db: Database, path: String) throws -> RowLengths? {
        // One statement: this runs before every search.
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT (SELECT value FROM meta WHERE key = 'generation'),
                   (SELECT block FROM article_fts_data WHERE id = 1), (SELECT block FROM article_fts_data WHERE id = 10)
            """)) else { return nil }
        // Without a generation (an index no sync has finished writing) the table is read every time.
        guard let generation = row[0] as String? else { return try read(db) }
        let key = IndexVersionCache<RowLengths>.Key(path: path, generation: generation, stamp: [row[1] as Data? ?? Data(), row[2] as Data? ?? Data()])
        if let cached = cache.table(key) { return cached }
        guard let table = try read(db) else { return nil }
        cache.store(table, key)
        return table
    }

    /// Reads every row of `article_fts_docsize`: an integer key and a blob of one varint per column.
    static func read(_ db: Database) throws -> RowLengths? {
        guard let connection = db.sqliteConnection else { return nil }
        let last = try Int64.fetchOne(db.cachedStatement(sql: "SELECT max(id) FROM article_fts_docsize")) ?? -1
        guard last >= 0, last < Int64(Int32.max) else { return nil }
        let count = Int(last) + 1
        let lengths = UnsafeMutablePointer<Int32>.allocate(capacity: count)
        lengths.initialize(repeating: -1, count: count)
        var statement: OpaquePointer? = nil
        guard sqlite3_prepare_v2(connection, "SELECT id, sz FROM article_fts_docsize", -1, &statement, nil) == SQLITE_OK else {
            lengths.deallocate()
            return nil
        }
        defer { sqlite3_finalize(statement) }
        var rows: Int64 = 0, tokens: Int64 = 0
        var code = sqlite3_step(statement)
        while code == SQLITE_ROW {
            defer { code = sqlite3_step(statement) }
            let rowid = sqlite3_column_int64(statement, 0)
            let size = Int(sqlite3_column_bytes(statement, 1))
            guard rowid >= 0, rowid < count, let blob = sqlite3_column_blob(statement, 1) else { continue }
            guard let length = decode(blob.assumingMemoryBound(to: UInt8.self), size) else { continue }
            lengths[Int(rowid)] = length
            rows += 1
            tokens += Int64(length)
        }
        // A read that stopped short (an error) gives no table: the functions then read each length through FTS5.
        guard code == SQLITE_DONE else {
            lengths.deallocate()
            return nil
        }
        return RowLengths(lengths: lengths, count: count, rows: rows, tokens: tokens)
    }

    /// The sum of ``columns`` varints filling `size` bytes exactly, as FTS5 decodes a `docsize` blob and sums
    /// its columns (an `int` each); nil where FTS5 would call the blob corrupt.
    private static func decode(_ bytes: UnsafePointer<UInt8>, _ size: Int) -> Int32? {
        var offset = 0
        var total: Int32 = 0
        for _ in 0..<columns {
            guard offset < size, let (value, used) = varint(bytes + offset, size - offset) else { return nil }
            total &+= Int32(truncatingIfNeeded: value)
            offset += used
        }
        return offset == size ? total : nil
    }

    /// SQLite's varint: big-endian groups of seven bits, the high bit set on all but the last; a ninth byte
    /// gives all eight of its bits.
    private static func varint(_ bytes: UnsafePointer<UInt8>, _ available: Int) -> (UInt64, Int)? {
        var value: UInt64 = 0
        for index in 0..<min(available, 9) {
            let byte = bytes[index]
            if index == 8 { return ((value << 8) | UInt64(byte), 9) }
            value = (value << 7) | UInt64(byte & 0x7F)
            if byte & 0x80 == 0 { return (value, index + 1) }
        }
        return nil
    }

    private static let cache = IndexVersionCache<RowLengths>()
}
