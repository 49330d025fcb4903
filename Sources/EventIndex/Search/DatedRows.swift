import Foundation
import GRDB

/// The dated articles' days (`substr(date, 1, 10)`, as the date filters compare them) with their rowids,
/// sorted by day, kept per index file and generation, to give an open date range as a set of rowids.
///
/// An open range (`after:` or `before:` alone) holds up to half the corpus: reading its rowids from the
/// date index for every query cost more than testing the best matches, and testing each match's row
/// costs a look-up of the wide article row. Read once per generation, any range is two binary searches
/// and a pass over its entries, and the ranking (``BoundedBM25``) tests a match against the range with
/// one bit, before it reads the match's instances.
struct DatedRows: Sendable {
    /// The days, one after another, in order.
    private var days: [UInt8] = []
    /// Where each day ends in `days`.
    private var ends: [Int] = []
    private var rowids: [Int64] = []
    private var maxRowid: Int64 = 0

    init(_ db: Database) throws {
        maxRowid = try Int64.fetchOne(db, sql: "SELECT max(rowid) FROM articles") ?? 0
        // In the date index's order, which is the days' order; checked below, and sorted when it is not.
        let rows = try Row.fetchCursor(db, sql: "SELECT substr(date, 1, 10), rowid FROM articles WHERE (date IS NULL) = 0 ORDER BY date")
        var entries: [(day: [UInt8], rowid: Int64)] = []
        var sorted = true
        while let row = try rows.next() {
            let day = Array((row[0] as String).utf8)
            if let last = entries.last, day.lexicographicallyPrecedes(last.day) { sorted = false }
            entries.append((day, row[1]))
        }
        if !sorted { entries.sort { $0.day.lexicographicallyPrecedes($1.day) } }
        for entry in entries {
            days += entry.day
            ends.append(days.count)
            rowids.append(entry.rowid)
        }
    }

    private func day(_ index: Int) -> ArraySlice<UInt8> {
        days[(index == 0 ? 0 : ends[index - 1])..<ends[index]]
    }

    /// The first entry whose day is not below `bound` (SQLite compares text byte by byte).
    private func lowerBound(_ bound: [UInt8]) -> Int {
        var low = 0, high = rowids.count
        while low < high {
            let middle = (low + high) / 2
            if day(middle).lexicographicallyPrecedes(bound) { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The rowids of the dated articles whose day is at least `from` and below `until` (either may be
    /// nil), as a bitmap: bit `rowid % 8` of byte `rowid / 8`.
    func bitmap(from: String?, until: String?) -> Data {
        let first = from.map { lowerBound(Array($0.utf8)) } ?? 0
        let end = until.map { lowerBound(Array($0.utf8)) } ?? rowids.count
        var bits = [UInt8](repeating: 0, count: Int(maxRowid / 8) + 1)
        if first < end {
            for rowid in rowids[first..<end] where rowid >= 0 && rowid <= maxRowid {
                bits[Int(rowid / 8)] |= 1 << UInt8(rowid % 8)
            }
        }
        return Data(bits)
    }

    /// The dated rows of the index file at `path` as of `generation` (the `meta` value every sync that
    /// writes renews), read again when either changes; without a generation, read every time.
    static func of(_ db: Database, path: String) throws -> DatedRows {
        let generation = try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM meta WHERE key = 'generation'"))
        if let generation, let cached = cache.rows(path: path, generation: generation) { return cached }
        let rows = try DatedRows(db)
        if let generation { cache.store(rows, path: path, generation: generation) }
        return rows
    }

    private static let cache = Cache()

    /// The last dated rows read, for one index file and generation.
    private final class Cache: @unchecked Sendable {
        private let lock = NSLock()
        private var entry: (path: String, generation: String, rows: DatedRows)?

        func rows(path: String, generation: String) -> DatedRows? {
            lock.withLock { entry.flatMap { $0.path == path && $0.generation == generation ? $0.rows : nil } }
        }

        func store(_ rows: DatedRows, path: String, generation: String) {
            lock.withLock { entry = (path, generation, rows) }
        }
    }
}
