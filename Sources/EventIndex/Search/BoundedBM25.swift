import Foundation
import GRDB
import GRDBSQLite

/// An FTS5 auxiliary function, `evex_bm25(article_fts, k, weights…)`, that returns exactly what
/// `bm25(article_fts, weights…)` returns for every row that can still be among the best `k` of its
/// query, and a score worse than any (``pruned``) for a row that cannot.
///
/// BM25 reads each match's length (a B-tree look-up in FTS5's `docsize` table) and its instances; at
/// 1,000,000 articles that was nineteen twentieths of ranking `tra*`, the walk of its matches the
/// rest. A row's score grows with its phrases' frequencies and falls with its length, so the score it
/// would have at length zero bounds it from above; a row whose bound is below the k-th best score seen
/// so far is left out without reading its length. Floating-point operations round monotonically, so the
/// bound, computed by the same expression, is never below the score. Rows the bound keeps get the same
/// value `bm25()` gives (the same operations in the same order), so `ORDER BY evex_bm25(…) LIMIT k`
/// gives the rows and scores `ORDER BY bm25(…) LIMIT k` gives.
enum BoundedBM25 {
    static let name = "evex_bm25"

    /// What a row that cannot be among the best `k` gets: after every real score (those are at most 0).
    static let pruned = Double.greatestFiniteMagnitude

    /// Registers the function on a connection; FTS5 keeps it as long as the connection lives.
    static func register(_ db: Database) {
        let api = FTS5.api(db)
        _ = api.pointee.xCreateFunction(UnsafeMutablePointer(mutating: api), name, nil, { api, fts, context, count, values in
            guard let api, let fts, let values else { return }
            BoundedBM25.score(api, fts, context, Int(count), values)
        }, nil)
    }

    private static let k1 = 1.2
    private static let b = 0.75

    /// What stays the same over one run of a statement: the phrases' IDFs (as `bm25()` computes them),
    /// the average length, and the best `k` scores so far, in a min-heap.
    private final class Query {
        var idf: [Double] = []
        var avgdl = 0.0
        var weights: [Double] = []
        var keep = 0
        var best: [Double] = []
        var frequency: [Double] = []
    }

    private static func score(_ api: UnsafePointer<Fts5ExtensionApi>, _ fts: OpaquePointer, _ context: OpaquePointer?,
                              _ count: Int, _ values: UnsafeMutablePointer<OpaquePointer?>) {
        let functions = api.pointee
        let query: Query
        if let saved = functions.xGetAuxdata(fts, 0) {
            query = Unmanaged<Query>.fromOpaque(saved).takeUnretainedValue()
        } else {
            guard let made = start(api, fts, count, values) else {
                sqlite3_result_error_code(context, SQLITE_ERROR)
                return
            }
            query = made
        }
        let phrases = query.idf.count
        for phrase in 0..<phrases {
            var iterator = Fts5PhraseIter()
            var column: Int32 = 0, offset: Int32 = 0
            var frequency = 0.0
            guard functions.xPhraseFirst(fts, Int32(phrase), &iterator, &column, &offset) == SQLITE_OK else {
                sqlite3_result_error_code(context, SQLITE_ERROR)
                return
            }
            while column >= 0 {
                frequency += Int(column) < query.weights.count ? query.weights[Int(column)] : 1.0
                functions.xPhraseNext(fts, &iterator, &column, &offset)
            }
            query.frequency[phrase] = frequency
        }
        let full = query.best.count >= query.keep
        if full, let threshold = query.best.first, sum(query, length: 0) < threshold {
            sqlite3_result_double(context, pruned)
            return
        }
        var tokens: Int32 = 0
        guard functions.xColumnSize(fts, -1, &tokens) == SQLITE_OK else {
            sqlite3_result_error_code(context, SQLITE_ERROR)
            return
        }
        let score = sum(query, length: Double(tokens))
        if query.keep > 0 { keep(score, in: query) }
        sqlite3_result_double(context, -1.0 * score)
    }

    /// `bm25()`'s sum over the phrases, for a row of `length` tokens, in its order of operations.
    private static func sum(_ query: Query, length: Double) -> Double {
        var score = 0.0
        for phrase in 0..<query.idf.count {
            let frequency = query.frequency[phrase]
            score += query.idf[phrase] * ((frequency * (k1 + 1.0)) / (frequency + k1 * (1 - b + b * length / query.avgdl)))
        }
        return score
    }

    /// Adds a score to the best `keep` ones (a min-heap of them, the worst first).
    private static func keep(_ score: Double, in query: Query) {
        if query.best.count < query.keep {
            query.best.append(score)
            var child = query.best.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard query.best[child] < query.best[parent] else { break }
                query.best.swapAt(child, parent)
                child = parent
            }
        } else if score > query.best[0] {
            query.best[0] = score
            var parent = 0
            while true {
                let left = 2 * parent + 1, right = left + 1
                var least = parent
                if left < query.best.count && query.best[left] < query.best[least] { least = left }
                if right < query.best.count && query.best[right] < query.best[least] { least = right }
                guard least != parent else { break }
                query.best.swapAt(parent, least)
                parent = least
            }
        }
    }

    /// Reads what the query's rows share, as `bm25()` does on its first row, and saves it with the cursor.
    private static func start(_ api: UnsafePointer<Fts5ExtensionApi>, _ fts: OpaquePointer, _ count: Int,
                              _ values: UnsafeMutablePointer<OpaquePointer?>) -> Query? {
        let functions = api.pointee
        let query = Query()
        query.keep = count > 0 ? Int(sqlite3_value_int64(values[0])) : 0
        query.weights = (1..<max(count, 1)).map { sqlite3_value_double(values[$0]) }
        var rows: Int64 = 0, tokens: Int64 = 0
        guard functions.xRowCount(fts, &rows) == SQLITE_OK,
              functions.xColumnTotalSize(fts, -1, &tokens) == SQLITE_OK else { return nil }
        query.avgdl = Double(tokens) / Double(rows)
        let phrases = Int(functions.xPhraseCount(fts))
        for phrase in 0..<phrases {
            var hits: Int64 = 0
            let code = functions.xQueryPhrase(fts, Int32(phrase), &hits) { _, _, hits in
                hits?.assumingMemoryBound(to: Int64.self).pointee += 1
                return SQLITE_OK
            }
            guard code == SQLITE_OK else { return nil }
            let idf = log((Double(rows - hits) + 0.5) / (Double(hits) + 0.5))
            query.idf.append(idf <= 0.0 ? 1e-6 : idf)
        }
        query.frequency = Array(repeating: 0, count: phrases)
        query.best.reserveCapacity(query.keep)
        let retained = Unmanaged.passRetained(query).toOpaque()
        guard functions.xSetAuxdata(fts, retained, { Unmanaged<Query>.fromOpaque($0!).release() }) == SQLITE_OK else {
            return nil
        }
        return query
    }
}
