import Foundation

/// Okapi BM25 as SQLite FTS5's `bm25()` computes it (k1 1.2, b 0.75, each phrase's IDF floored at
/// 1e-6, instances weighted by column), term by term in the same order, so that the memory store's
/// scores are the index's to the last bit and equal scores stay equal.
struct BM25: Sendable {
    static let k1 = 1.2
    static let b = 0.75
    let rows: Int
    let averageLength: Double

    init(rows: Int, totalTokens: Int) {
        self.rows = rows
        averageLength = rows == 0 ? 0 : Double(totalTokens) / Double(rows)
    }

    /// The IDF of a phrase found in `hits` rows.
    func idf(hits: Int) -> Double {
        let idf = log((Double(rows) - Double(hits) + 0.5) / (Double(hits) + 0.5))
        return idf <= 0 ? 1e-6 : idf
    }

    /// The score of a row (higher is better; FTS5's `bm25()` is its negation): `frequencies` are each
    /// phrase's column-weighted instance counts, in phrase order.
    func score(frequencies: [Double], idfs: [Double], length: Int) -> Double {
        var score = 0.0
        for (frequency, idf) in zip(frequencies, idfs) {
            score += idf * ((frequency * (Self.k1 + 1.0)) / (frequency + Self.k1 * (1 - Self.b + Self.b * Double(length) / averageLength)))
        }
        return score
    }

    /// A phrase's weighted frequency in a row: instances per column times the column's weight.
    static func frequency(_ instances: [Int], weights: [Double]) -> Double {
        var frequency = 0.0
        for (count, weight) in zip(instances, weights) where count > 0 {
            for _ in 0..<count { frequency += weight }
        }
        return frequency
    }
}
