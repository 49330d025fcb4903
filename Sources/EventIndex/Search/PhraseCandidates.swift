import Foundation
import GRDB

/// The rows that can hold a phrase, from the stored postings of the runs of the commonest words inside it
/// (``PhrasePairPostings``): a row that holds `"and who to"` holds `"and who"` and `"who to"`, so the rows
/// that hold both pairs are a superset of the phrase's rows. At 100,000 articles 78 rows hold both of those
/// pairs, 54 the phrase, and 47,839 all three words, which FTS5's walk compares positions in.
///
/// A superset only: the pairs may stand apart in a row (`"and who"` in one sentence, `"who to"` in another),
/// so each row is then checked (``PhraseChecks``).
enum PhraseCandidates {
    /// Candidates past which FTS5's walk is left to do it. A candidate costs a read of its title and text and a
    /// pass over their bytes, about 21 µs at 100,000 articles (`"said that the"`, 1,292 candidates, 28 ms;
    /// `"which is the"`, 5,006, 103 ms), where FTS5 walked those phrases' rows in 9 to 16 ms on the calling thread
    /// and as much again on the second: on the calling thread the walk costs what 415 to 745 candidates cost, so
    /// 500 costs at most about what it saves.
    static let most = 500

    /// The stored pairs and triples inside a phrase of these folded tokens: every two adjacent tokens that are
    /// both listed words, every three of the first ``PhrasePairPostings/tripleWords``. Empty when there is none.
    static func grams(_ tokens: [[UInt8]]) -> [Int] {
        let places = tokens.map { token -> Int in
            var bytes = token
            guard let key = bytes.withUnsafeMutableBufferPointer({ PhrasePairPostings.key($0.baseAddress!, $0.count) }) else { return -1 }
            return PhrasePairPostings.places[key] ?? -1
        }
        var grams: [Int] = []
        for index in places.indices.dropLast() where places[index] >= 0 && places[index + 1] >= 0 {
            grams.append(PhrasePairPostings.pair(places[index], places[index + 1]))
        }
        for index in places.indices.dropLast(2) {
            let (first, second, third) = (places[index], places[index + 1], places[index + 2])
            if [first, second, third].allSatisfy({ $0 >= 0 && $0 < PhrasePairPostings.tripleWords }) {
                grams.append(PhrasePairPostings.triple(first, second, third))
            }
        }
        return grams
    }

    /// The rows that hold every one of `grams`, in rowid order; nil when `grams` is empty or more than `most`
    /// rows hold them all.
    static func rows(_ db: Database, grams: [Int], most: Int = most) throws -> [Int64]? {
        guard !grams.isEmpty else { return nil }
        let last = try Int64.fetchOne(db.cachedStatement(sql: "SELECT max(rowid) FROM articles")) ?? 0
        let statement = try db.cachedStatement(sql: "SELECT postings FROM phrase_pairs WHERE id = ?")
        var found: [Int64] = []
        for block in 0...(max(last, 0) >> PhrasePairPostings.blockBits) {
            var rows: [Int64]? = nil
            for gram in grams {
                guard let data = try Data.fetchOne(statement, arguments: [PhrasePairPostings.id(block: block, gram: gram)]) else {
                    rows = []
                    break
                }
                var held: [Int64] = []
                let complete = data.withUnsafeBytes { bytes in
                    PhrasePairPostings.decode(bytes, block: block) { rowid, _, _ in held.append(rowid) }
                }
                guard complete else { return nil }
                rows = rows.map { Self.common($0, held) } ?? held
                if rows?.isEmpty == true { break }
            }
            found += rows ?? []
            if found.count > most { return nil }
        }
        return found
    }

    /// The rowids in both ascending lists.
    private static func common(_ left: [Int64], _ right: [Int64]) -> [Int64] {
        var both: [Int64] = []
        var i = 0, j = 0
        while i < left.count && j < right.count {
            if left[i] < right[j] { i += 1 } else if left[i] > right[j] { j += 1 } else {
                both.append(left[i])
                i += 1
                j += 1
            }
        }
        return both
    }
}
