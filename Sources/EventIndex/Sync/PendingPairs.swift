import GRDB

/// The co-occurring pairs of a deleted article, held back from the relation count until the next
/// change to the pairs' rows.
///
/// An edited article is deleted, then its new version is linked; most edits leave its pairs as they
/// were, and a pair it holds before and after exists before and after whatever other articles say, so
/// that neither needs the look-up of ``RelationCounts/addPairs(_:article:pairs:delta:)``. The pairs are
/// netted (``RelationCounts/replacePairs(_:article:old:new:)``) only when the new version is the first
/// article linked after the deletion: no other article's pair rows changed in between, so the net is
/// what the two counts would have given. Any other change to pair rows counts them out first.
struct PendingPairs {
    var path: String
    var article: Int64
    var pairs: [UInt64: Int]
}

extension IndexUpdate {
    /// Counts out the pairs of the article last deleted, if they are still held back.
    mutating func flushPendingPairs() throws {
        guard let pending = pendingPairs else { return }
        pendingPairs = nil
        // A sync that counts every pair at the end has no use for them.
        guard !pairsStale else { return }
        try RelationCounts.addPairs(db, article: pending.article, pairs: pending.pairs, delta: -1)
    }
}

extension RelationCounts {
    /// Counts an article's pairs as its `old` version's give way to its `new` one's (the old rows
    /// deleted, the new ones written): only pairs in one of the two are looked up; a pair of two hubs
    /// in both keeps its sentence count in step.
    static func replacePairs(_ db: Database, article: Int64, old: [UInt64: Int], new: [UInt64: Int]) throws {
        let hubs = Set(try Int64.fetchAll(db.cachedStatement(sql: "SELECT entity FROM pair_hubs")))
        var came: [UInt64: Int] = [:]
        for (pair, sentences) in new {
            guard let before = old[pair] else {
                came[pair] = sentences
                continue
            }
            let (low, high) = CooccurrenceRows.unpair(pair)
            // A difference of sentences, added with delta 1: the pair's count stays above zero before and after.
            if sentences != before && hubs.contains(low) && hubs.contains(high) { came[pair] = sentences - before }
        }
        try addPairs(db, article: article, pairs: old.filter { new[$0.key] == nil }, delta: -1)
        try addPairs(db, article: article, pairs: came, delta: 1)
    }
}
