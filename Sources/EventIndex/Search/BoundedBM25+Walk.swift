import Foundation
import GRDB
import GRDBSQLite

/// The ranking of one word or one prefix with its own list, alone: a single call of the function walks
/// every match itself, with ``BoundedBM25``'s arithmetic and heap.
extension BoundedBM25 {
    /// `evex_bm25_walk(article_fts, k, weights…)`, for a query of one word or one prefix with its own
    /// list: on the statement's first row it walks every match of the phrase itself (`xQueryPhrase`),
    /// keeps the best `k` as ``BoundedBM25`` does with `alone`, and returns them as a blob: the matches
    /// counted, then each row's rowid and IDF-free part `x` (eight bytes each, native order). A statement
    /// per match cost about seven times FTS5's own walk of `tra*` (74,609 matches): SQLite's call of the
    /// function, its arguments and its bounded sorter for every row.
    static let walkName = "evex_bm25_walk"

    /// The best rows of the one phrase of `match` by `x`, with the rows the walk counted; nil when the
    /// function could not walk it.
    static func walk(_ db: Database, match: String, keep: Int) throws -> (rows: [(rowid: Int64, x: Double)], matches: Int64, total: Int64)? {
        guard let data = try Data.fetchOne(db.cachedStatement(sql: """
            SELECT \(walkName)(article_fts, ?, \(IndexSchema.articleWeights)) FROM article_fts WHERE article_fts MATCH ? LIMIT 1
            """), arguments: [keep, match]) else { return nil }
        return data.withUnsafeBytes { bytes -> (rows: [(rowid: Int64, x: Double)], matches: Int64, total: Int64)? in
            guard bytes.count >= 16, (bytes.count - 16) % 16 == 0 else { return nil }
            let matches = bytes.loadUnaligned(fromByteOffset: 0, as: Int64.self)
            let total = bytes.loadUnaligned(fromByteOffset: 8, as: Int64.self)
            let rows = stride(from: 16, to: bytes.count, by: 16).map { offset in
                (rowid: bytes.loadUnaligned(fromByteOffset: offset, as: Int64.self),
                 x: bytes.loadUnaligned(fromByteOffset: offset + 8, as: Double.self))
            }
            return (rows, matches, total)
        }
    }

    static func walk(_ api: UnsafePointer<Fts5ExtensionApi>, _ fts: OpaquePointer, _ context: OpaquePointer?,
                             _ count: Int, _ values: UnsafeMutablePointer<OpaquePointer?>) {
        // Once per statement: the walk reads every match, whichever row of the statement calls it.
        guard api.pointee.xGetAuxdata(fts, 0) == nil else { return sqlite3_result_null(context) }
        let functions = api.pointee
        var rows: Int64 = 0, tokens: Int64 = 0
        guard count >= 1, functions.xPhraseCount(fts) == 1, functions.xRowCount(fts, &rows) == SQLITE_OK,
              functions.xColumnTotalSize(fts, -1, &tokens) == SQLITE_OK else { return sqlite3_result_error_code(context, SQLITE_ERROR) }
        let keep = max(1, Int(sqlite3_value_int64(values[0])))
        let columns = count - 1
        let weights = UnsafeMutablePointer<Double>.allocate(capacity: max(columns, 1))
        for column in 0..<columns { weights[column] = sqlite3_value_double(values[1 + column]) }
        let idf = UnsafeMutablePointer<Double>.allocate(capacity: 1)
        idf[0] = 1.0
        let query = UnsafeMutablePointer<Query>.allocate(capacity: 1)
        query.initialize(to: Query(
            phrases: 1, idf: idf, frequency: .allocate(capacity: 1), weights: weights, columns: columns,
            avgdl: Double(tokens) / Double(rows), keep: keep, best: .allocate(capacity: keep), kept: 0,
            counts: .allocate(capacity: 1), rows: nil, rowBytes: 0, rowids: .allocate(capacity: keep), ends: .allocate(capacity: max(columns, 1))))
        query.pointee.counts?.initialize(to: 0)
        query.pointee.inverseAvgdl = 1.0 / query.pointee.avgdl
        if let box = functions.xUserData(fts) {
            query.pointee.adopt(Unmanaged<Counts>.fromOpaque(box).takeUnretainedValue(), rows: rows, tokens: tokens)
        }
        defer {
            query.pointee.counts?.deallocate()
            Query.free(query)
        }
        _ = functions.xSetAuxdata(fts, UnsafeMutableRawPointer(bitPattern: 1), nil)
        let code = functions.xQueryPhrase(fts, 0, query) { api, row, state in
            guard let api, let row, let query = state?.assumingMemoryBound(to: Query.self) else { return SQLITE_ERROR }
            query.pointee.counts?.pointee += 1
            let rowid = api.pointee.xRowid(row)
            if let length = query.pointee.length(rowid) {
                // The length known: the score itself, left out when below the k-th best as the bound would be.
                guard BoundedBM25.frequencies(api, row, query, bounds: false) else { return SQLITE_ERROR }
                if query.pointee.kept == query.pointee.keep && BoundedBM25.certainlyBelow(
                    query, frequency: query.pointee.frequency[0], length: Double(length), threshold: query.pointee.best[0]) {
                    return SQLITE_OK
                }
                let score = BoundedBM25.sum(query, length: Double(length))
                if query.pointee.kept == query.pointee.keep && score < query.pointee.best[0] { return SQLITE_OK }
                BoundedBM25.keep(score, rowid: rowid, in: query)
                return SQLITE_OK
            }
            guard BoundedBM25.frequencies(api, row, query, bounds: true) else { return SQLITE_ERROR }
            if query.pointee.kept == query.pointee.keep && BoundedBM25.sum(query, length: query.pointee.shortest) < query.pointee.best[0] {
                return SQLITE_OK
            }
            var tokens: Int32 = 0
            guard api.pointee.xColumnSize(row, -1, &tokens) == SQLITE_OK else { return SQLITE_ERROR }
            BoundedBM25.keep(BoundedBM25.sum(query, length: Double(tokens)), rowid: api.pointee.xRowid(row), in: query)
            return SQLITE_OK
        }
        guard code == SQLITE_OK else { return sqlite3_result_error_code(context, code) }
        var out = Data(capacity: 16 + 16 * query.pointee.kept)
        withUnsafeBytes(of: query.pointee.counts?.pointee ?? 0) { out.append(contentsOf: $0) }
        withUnsafeBytes(of: rows) { out.append(contentsOf: $0) }
        for index in 0..<query.pointee.kept {
            withUnsafeBytes(of: query.pointee.rowids![index]) { out.append(contentsOf: $0) }
            withUnsafeBytes(of: query.pointee.best[index]) { out.append(contentsOf: $0) }
        }
        out.withUnsafeBytes { bytes in
            // SQLITE_TRANSIENT: SQLite copies the bytes before this returns.
            sqlite3_result_blob(context, bytes.baseAddress, Int32(bytes.count), unsafeBitCast(-1, to: sqlite3_destructor_type.self))
        }
    }
}
