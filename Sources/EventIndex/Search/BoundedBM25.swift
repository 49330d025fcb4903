import Foundation
import GRDB
import GRDBSQLite

/// An FTS5 auxiliary function, `evex_bm25(article_fts, k, alone, rows, weights…)`, that returns exactly
/// what `bm25(article_fts, weights…)` returns for every row that can still be among the best `k` of its
/// query, and a score worse than any (``pruned``) for a row that cannot, or that is not in `rows` (a
/// bitmap of rowids, or NULL for every row).
///
/// BM25 reads each match's length (a B-tree look-up in FTS5's `docsize` table) and its instances; at
/// 1,000,000 articles that was nineteen twentieths of ranking `tra*`, the walk of its matches the
/// rest. A row's score grows with its phrases' frequencies and falls with its length, so the score it
/// would have at a length below its own bounds it from above: each column is at least as long as its
/// last instance's offset plus one, which the instances read for the frequencies give for nothing. A row
/// whose bound is below the k-th best score seen so far is left out without reading its length (at
/// length zero as the bound, the look-ups were still a third of ranking `tra*` at 100,000 articles).
/// Floating-point operations round monotonically, so the bound, computed by the same expression, is
/// never below the score. Rows the bound keeps get the same
/// value `bm25()` gives (the same operations in the same order), so `ORDER BY evex_bm25(…) LIMIT k`
/// gives the rows and scores `ORDER BY bm25(…) LIMIT k` gives.
enum BoundedBM25 {
    static let name = "evex_bm25"

    /// What a row that cannot be among the best `k` gets: after every real score (those are at most 0).
    static let pruned = Double.greatestFiniteMagnitude

    /// Registers the function on a connection; FTS5 keeps it as long as the connection lives. With
    /// `alone` true and a query of one phrase, no phrase is walked a second time for its
    /// IDF: each row gets `-x`, the IDF-free part of its score, and ``matches(_:)`` then gives what the
    /// IDF needs, the rows it was called for (every match of the phrase, when nothing else filters them).
    static func register(_ db: Database) {
        let box = Counts()
        let counts = Unmanaged.passRetained(box).toOpaque()
        if let connection = db.sqliteConnection { boxes.set(box, for: connection) }
        let api = FTS5.api(db)
        _ = api.pointee.xCreateFunction(UnsafeMutablePointer(mutating: api), name, counts, { api, fts, context, count, values in
            guard let api, let fts, let values else { return }
            BoundedBM25.score(api, fts, context, Int(count), values)
        }, { pointer in
            let box = Unmanaged<Counts>.fromOpaque(pointer!)
            BoundedBM25.boxes.remove(box.takeUnretainedValue())
            box.release()
        })
        // The same cells as user data (the lengths): released with the first function, which FTS5 destroys with
        // the connection, after its last statement.
        _ = api.pointee.xCreateFunction(UnsafeMutablePointer(mutating: api), walkName, counts, { api, fts, context, count, values in
            guard let api, let fts, let values else { return }
            BoundedBM25.walk(api, fts, context, Int(count), values)
        }, nil)
        _ = api.pointee.xCreateFunction(UnsafeMutablePointer(mutating: api), EarlySnippets.function, counts, { api, fts, context, count, values in
            guard let api, let fts, let values else { return }
            EarlySnippets.cut(api, fts, context, Int(count), values)
        }, nil)
        TypedPage.register(db)
        // Read once: a statement that counts nothing (more than one phrase after all) then reads zeros.
        db.add(function: DatabaseFunction(matchesFunction, argumentCount: 0, pure: false) { _ in
            defer { box.cells.update(repeating: 0, count: 2) }
            return "\(box.cells[0]) \(box.cells[1])"
        })
    }

    private static let matchesFunction = "evex_bm25_matches"

    /// The rows the last statement with `alone` and one phrase called the function for, and the rows in
    /// the table; zeros when it had more phrases (its scores are then whole).
    static func matches(_ db: Database) throws -> (matches: Int64, rows: Int64) {
        let pair = try String.fetchOne(db.cachedStatement(sql: "SELECT \(matchesFunction)()")) ?? ""
        let numbers = pair.split(separator: " ").compactMap { Int64($0) }
        return numbers.count == 2 ? (numbers[0], numbers[1]) : (0, 0)
    }

    /// The score of a row from its IDF-free part `x`, as `bm25()` computes it for a query of one phrase.
    static func score(x: Double, matches: Int64, rows: Int64) -> Double {
        var idf = log((Double(rows - matches) + 0.5) / (Double(matches) + 0.5))
        if idf <= 0.0 { idf = 1e-6 }
        var score = 0.0
        score += idf * x
        return -1.0 * score
    }

    /// Per connection: what ``matches(_:)`` reads, the rows counted and the rows in the table, in memory
    /// the function writes without Swift's checks of a class's properties. A connection is used by one
    /// thread at a time (GRDB serializes it), hence `@unchecked Sendable`.
    final class Counts: @unchecked Sendable {
        let cells = UnsafeMutablePointer<Int64>.allocate(capacity: 2)
        /// The row lengths the functions read instead of FTS5's `docsize` look-ups (``use(_:on:)``), nil for none.
        var lengths: RowLengths?
        /// The rows a query of several phrases would match if they fell in rows independently (the rows times
        /// each phrase's share of them), as the function starting on `expectedFor` counted them (``EarlySnippets``).
        var expected = Double.infinity
        var expectedFor: OpaquePointer? = nil
        init() { cells.initialize(repeating: 0, count: 2) }
        deinit { cells.deallocate() }
    }

    /// Makes the ranking functions of `db`'s connection read each row's length from `table` (nil: from FTS5)
    /// until the next call. Set for the length of one read: a table is one version of the index.
    static func use(_ table: RowLengths?, on db: Database) {
        guard let connection = db.sqliteConnection else { return }
        boxes.box(for: connection)?.lengths = table
    }

    /// Each connection's cells, to reach them from Swift (``use(_:on:)``).
    fileprivate static let boxes = Boxes()

    final class Boxes: @unchecked Sendable {
        private let lock = NSLock()
        private var boxes: [OpaquePointer: Counts] = [:]

        func set(_ box: Counts, for connection: OpaquePointer) {
            lock.withLock { boxes[connection] = box }
        }

        func box(for connection: OpaquePointer) -> Counts? {
            lock.withLock { boxes[connection] }
        }

        func remove(_ box: Counts) {
            lock.withLock {
                for (connection, value) in boxes where value === box { boxes[connection] = nil }
            }
        }
    }

    static let k1 = 1.2
    static let b = 0.75

    /// What stays the same over one run of a statement: the phrases' IDFs (as `bm25()` computes them),
    /// the average length, and the best `keep` scores so far, in a min-heap. Plain memory: this is read
    /// for every match, and Swift's checks of a class's properties cost more than the arithmetic.
    struct Query {
        var phrases: Int
        var idf: UnsafeMutablePointer<Double>
        var frequency: UnsafeMutablePointer<Double>
        var weights: UnsafeMutablePointer<Double>
        var columns: Int
        var avgdl: Double
        var keep: Int
        var best: UnsafeMutablePointer<Double>
        var kept: Int
        var counts: UnsafeMutablePointer<Int64>?
        /// The rows that may be scored, a bit each (``DatedRows/bitmap(from:until:)``); nil for all.
        var rows: UnsafeMutablePointer<UInt8>?
        var rowBytes: Int
        /// The rowid of each score in `best`, kept in step with it, when the walk is the function's own.
        var rowids: UnsafeMutablePointer<Int64>? = nil
        /// Per column of `weights`, one more than the last offset of an instance in the current row.
        var ends: UnsafeMutablePointer<Int32>
        /// The fewest tokens the current row can have, from `ends`: its length is at least this.
        var shortest = 0.0
        /// Each row's length by rowid (``RowLengths``), -1 for one to read through FTS5; nil to read every
        /// length through FTS5. The table is retained in `lengthOwner` while the query lives.
        var lengths: UnsafeMutablePointer<Int32>? = nil
        var lengthCount = 0
        var lengthOwner: Unmanaged<RowLengths>? = nil

        /// `1 / avgdl`, for ``certainlyBelow(_:frequency:length:threshold:)``.
        var inverseAvgdl = 0.0

        /// The length of `rowid` from the table, or nil.
        @inline(__always)
        func length(_ rowid: Int64) -> Int32? {
            guard let lengths, rowid >= 0, rowid < lengthCount else { return nil }
            let length = lengths[Int(rowid)]
            return length < 0 ? nil : length
        }

        /// Takes the connection's table (`box`) when it holds the rows and tokens FTS5 counts for the table.
        mutating func adopt(_ box: Counts, rows: Int64, tokens: Int64) {
            guard let table = box.lengths, table.rows == rows, table.tokens == tokens else { return }
            lengths = table.lengths
            lengthCount = table.count
            lengthOwner = Unmanaged.passRetained(table)
        }

        static func free(_ pointer: UnsafeMutableRawPointer?) {
            guard let query = pointer?.assumingMemoryBound(to: Query.self) else { return }
            query.pointee.idf.deallocate()
            query.pointee.frequency.deallocate()
            query.pointee.weights.deallocate()
            query.pointee.best.deallocate()
            query.pointee.rows?.deallocate()
            query.pointee.rowids?.deallocate()
            query.pointee.ends.deallocate()
            query.pointee.lengthOwner?.release()
            query.deinitialize(count: 1)
            query.deallocate()
        }
    }

    private static func score(_ api: UnsafePointer<Fts5ExtensionApi>, _ fts: OpaquePointer, _ context: OpaquePointer?,
                              _ count: Int, _ values: UnsafeMutablePointer<OpaquePointer?>) {
        let query: UnsafeMutablePointer<Query>
        if let saved = api.pointee.xGetAuxdata(fts, 0) {
            query = saved.assumingMemoryBound(to: Query.self)
        } else {
            guard let made = start(api, fts, count, values) else {
                sqlite3_result_error_code(context, SQLITE_ERROR)
                return
            }
            query = made
        }
        // Every match is counted, in or out of the rows: the IDF is the phrase's over the whole table.
        if let counts = query.pointee.counts { counts[0] += 1 }
        let rowid = api.pointee.xRowid(fts)
        if let rows = query.pointee.rows {
            // A row the filter leaves out is out before its instances are read.
            guard rowid >= 0, Int(rowid / 8) < query.pointee.rowBytes, rows[Int(rowid / 8)] & (1 << UInt8(rowid % 8)) != 0 else {
                sqlite3_result_double(context, pruned)
                return
            }
        }
        let keep = query.pointee.keep
        if let length = query.pointee.length(rowid) {
            // The length known: the score itself, left out as the bound would be when below the k-th best.
            guard frequencies(api, fts, query, bounds: false) else {
                sqlite3_result_error_code(context, SQLITE_ERROR)
                return
            }
            if keep > 0 && query.pointee.kept == keep
                && certainlyBelow(query, frequency: query.pointee.frequency[0], length: Double(length), threshold: query.pointee.best[0]) {
                sqlite3_result_double(context, pruned)
                return
            }
            let score = sum(query, length: Double(length))
            if keep > 0 {
                if query.pointee.kept == keep && score < query.pointee.best[0] {
                    sqlite3_result_double(context, pruned)
                    return
                }
                self.keep(score, in: query)
            }
            sqlite3_result_double(context, -1.0 * score)
            return
        }
        guard frequencies(api, fts, query, bounds: true) else {
            sqlite3_result_error_code(context, SQLITE_ERROR)
            return
        }
        if keep > 0 && query.pointee.kept == keep && sum(query, length: query.pointee.shortest) < query.pointee.best[0] {
            sqlite3_result_double(context, pruned)
            return
        }
        var tokens: Int32 = 0
        guard api.pointee.xColumnSize(fts, -1, &tokens) == SQLITE_OK else {
            sqlite3_result_error_code(context, SQLITE_ERROR)
            return
        }
        let score = sum(query, length: Double(tokens))
        if keep > 0 { self.keep(score, in: query) }
        sqlite3_result_double(context, -1.0 * score)
    }

    /// Reads each phrase's frequency in the current row (its instances, weighted by column) into the query,
    /// and with `bounds`, in ``Query/shortest`` the fewest tokens the row can have: in each column of
    /// ``Query/columns``, one more than the last offset of an instance in it.
    @inline(__always)
    static func frequencies(_ api: UnsafePointer<Fts5ExtensionApi>, _ fts: OpaquePointer, _ query: UnsafeMutablePointer<Query>,
                            bounds: Bool) -> Bool {
        let phraseFirst = api.pointee.xPhraseFirst!, phraseNext = api.pointee.xPhraseNext!
        let phrases = query.pointee.phrases, weights = query.pointee.weights, columns = query.pointee.columns
        guard bounds else {
            for phrase in 0..<phrases {
                var iterator = Fts5PhraseIter()
                var column: Int32 = 0, offset: Int32 = 0
                var frequency = 0.0
                guard phraseFirst(fts, Int32(phrase), &iterator, &column, &offset) == SQLITE_OK else { return false }
                while column >= 0 {
                    frequency += Int(column) < columns ? weights[Int(column)] : 1.0
                    phraseNext(fts, &iterator, &column, &offset)
                }
                query.pointee.frequency[phrase] = frequency
            }
            return true
        }
        let ends = query.pointee.ends
        ends.update(repeating: 0, count: max(columns, 1))
        for phrase in 0..<phrases {
            var iterator = Fts5PhraseIter()
            var column: Int32 = 0, offset: Int32 = 0
            var frequency = 0.0
            guard phraseFirst(fts, Int32(phrase), &iterator, &column, &offset) == SQLITE_OK else { return false }
            while column >= 0 {
                if Int(column) < columns {
                    frequency += weights[Int(column)]
                    ends[Int(column)] = max(ends[Int(column)], offset + 1)
                } else {
                    frequency += 1.0
                }
                phraseNext(fts, &iterator, &column, &offset)
            }
            query.pointee.frequency[phrase] = frequency
        }
        var shortest: Int32 = 0
        for column in 0..<columns { shortest += ends[column] }
        query.pointee.shortest = Double(shortest)
        return true
    }

    /// `bm25()`'s sum over the phrases, for a row of `length` tokens, in its order of operations.
    @inline(__always)
    static func sum(_ query: UnsafeMutablePointer<Query>, length: Double) -> Double {
        var score = 0.0
        let idf = query.pointee.idf, frequencies = query.pointee.frequency, avgdl = query.pointee.avgdl
        for phrase in 0..<query.pointee.phrases {
            let frequency = frequencies[phrase]
            score += idf[phrase] * ((frequency * (k1 + 1.0)) / (frequency + k1 * (1 - b + b * length / avgdl)))
        }
        return score
    }

    /// Whether a row of a query of one phrase, with `frequency` and `length`, scores below `threshold` for
    /// certain, without ``sum(_:length:)``'s two divisions (their latency was a fifth of ranking `tra*`): the
    /// same expression multiplied out, with a margin of a billionth, far wider than the roundings by which the
    /// two forms can differ (a few units in the last place). A row near the threshold gets false, and its
    /// score. False for a query of several phrases.
    @inline(__always)
    static func certainlyBelow(_ query: UnsafeMutablePointer<Query>, frequency: Double, length: Double, threshold: Double) -> Bool {
        guard query.pointee.phrases == 1, threshold > 0 else { return false }
        let denominator = frequency + k1 * (1 - b + b * length * query.pointee.inverseAvgdl)
        return query.pointee.idf[0] * (frequency * (k1 + 1.0)) < threshold * denominator * (1 - 1e-9)
    }

    /// Adds a score (and its rowid, when they are kept) to the best `keep` ones (a min-heap of them, the
    /// worst first).
    static func keep(_ score: Double, rowid: Int64 = 0, in query: UnsafeMutablePointer<Query>) {
        let heap = query.pointee.best, keep = query.pointee.keep, rowids = query.pointee.rowids
        func swap(_ a: Int, _ b: Int) {
            (heap[a], heap[b]) = (heap[b], heap[a])
            if let rowids { (rowids[a], rowids[b]) = (rowids[b], rowids[a]) }
        }
        var count = query.pointee.kept
        if count < keep {
            heap[count] = score
            rowids?[count] = rowid
            var child = count
            count += 1
            query.pointee.kept = count
            while child > 0 {
                let parent = (child - 1) / 2
                guard heap[child] < heap[parent] else { break }
                swap(child, parent)
                child = parent
            }
        } else if score > heap[0] {
            heap[0] = score
            rowids?[0] = rowid
            var parent = 0
            while true {
                let left = 2 * parent + 1, right = left + 1
                var least = parent
                if left < count && heap[left] < heap[least] { least = left }
                if right < count && heap[right] < heap[least] { least = right }
                guard least != parent else { break }
                swap(parent, least)
                parent = least
            }
        }
    }

    /// Reads what the query's rows share, as `bm25()` does on its first row, and saves it with the cursor.
    private static func start(_ api: UnsafePointer<Fts5ExtensionApi>, _ fts: OpaquePointer, _ count: Int,
                              _ values: UnsafeMutablePointer<OpaquePointer?>) -> UnsafeMutablePointer<Query>? {
        let functions = api.pointee
        guard count >= 3 else { return nil }
        let keep = max(0, Int(sqlite3_value_int64(values[0])))
        let alone = sqlite3_value_int64(values[1]) != 0
        var rows: Int64 = 0, tokens: Int64 = 0
        guard functions.xRowCount(fts, &rows) == SQLITE_OK,
              functions.xColumnTotalSize(fts, -1, &tokens) == SQLITE_OK else { return nil }
        let phrases = Int(functions.xPhraseCount(fts))
        var counts: UnsafeMutablePointer<Int64>? = nil
        let idf = UnsafeMutablePointer<Double>.allocate(capacity: max(phrases, 1))
        if alone && phrases == 1 {
            // x alone: the IDF comes from the rows counted here (see register(_:)).
            idf[0] = 1.0
            let cells = Unmanaged<Counts>.fromOpaque(functions.xUserData(fts)!).takeUnretainedValue().cells
            cells[0] = 0
            cells[1] = rows
            counts = cells
        } else {
            var share = 1.0
            for phrase in 0..<phrases {
                var hits: Int64 = 0
                let code = functions.xQueryPhrase(fts, Int32(phrase), &hits) { _, _, hits in
                    hits?.assumingMemoryBound(to: Int64.self).pointee += 1
                    return SQLITE_OK
                }
                guard code == SQLITE_OK else {
                    idf.deallocate()
                    return nil
                }
                let value = log((Double(rows - hits) + 0.5) / (Double(hits) + 0.5))
                idf[phrase] = value <= 0.0 ? 1e-6 : value
                share *= Double(hits) / Double(max(rows, 1))
            }
            if let box = functions.xUserData(fts) {
                let counts = Unmanaged<Counts>.fromOpaque(box).takeUnretainedValue()
                counts.expected = share * Double(rows)
                counts.expectedFor = fts
            }
        }
        var rowFilter: UnsafeMutablePointer<UInt8>? = nil
        let rowBytes = Int(sqlite3_value_bytes(values[2]))
        if sqlite3_value_type(values[2]) == SQLITE_BLOB, rowBytes > 0, let blob = sqlite3_value_blob(values[2]) {
            // A copy: the argument's memory is the statement's, this lives with the cursor.
            let copy = UnsafeMutablePointer<UInt8>.allocate(capacity: rowBytes)
            copy.initialize(from: blob.assumingMemoryBound(to: UInt8.self), count: rowBytes)
            rowFilter = copy
        }
        let columns = count - 3
        let weights = UnsafeMutablePointer<Double>.allocate(capacity: max(columns, 1))
        for column in 0..<columns { weights[column] = sqlite3_value_double(values[3 + column]) }
        let query = UnsafeMutablePointer<Query>.allocate(capacity: 1)
        query.initialize(to: Query(
            phrases: phrases, idf: idf, frequency: .allocate(capacity: max(phrases, 1)), weights: weights, columns: columns,
            avgdl: Double(tokens) / Double(rows), keep: keep, best: .allocate(capacity: max(keep, 1)), kept: 0,
            counts: counts, rows: rowFilter, rowBytes: rowFilter == nil ? 0 : rowBytes, ends: .allocate(capacity: max(columns, 1))))
        query.pointee.inverseAvgdl = 1.0 / query.pointee.avgdl
        if let box = functions.xUserData(fts) {
            query.pointee.adopt(Unmanaged<Counts>.fromOpaque(box).takeUnretainedValue(), rows: rows, tokens: tokens)
        }
        guard functions.xSetAuxdata(fts, query, { Query.free($0) }) == SQLITE_OK else { return nil }
        return query
    }
}
