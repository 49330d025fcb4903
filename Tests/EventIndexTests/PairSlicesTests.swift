import Foundation
import GRDB
import Testing
@testable import EventIndex

/// The distinct co-occurring pairs counted in many slices, each in a file of its own, must be those
/// counted in one slice in memory.
@Suite("Pairs counted in slices")
struct PairSlicesTests {
    @Test("one pair per slice gives the count and hub pairs of a single slice")
    func slicesAgree() throws {
        let folder = try TempCorpus()
        try folder.write("knowledge.yaml", PendingPairsTests.knowledge)
        try folder.article("a", title: "First report", "Moscow and Tajikistan met on Monday. Shoigu spoke in Moscow.")
        try folder.article("b", title: "Second report", "Moscow and Tajikistan met again, and Shoigu came.")
        try folder.article("c", title: "Third report", "Shoigu spoke in Moscow.")
        let corpus = try folder.synced().corpus
        func count(_ sliceSize: Int) throws -> (pairs: Int, hubPairs: [Row]) {
            try corpus.pool.write { db in
                let pairs = try RelationCounts.countPairs(db, sliceSize: sliceSize)
                return (pairs, try Row.fetchAll(db, sql: "SELECT low, high, n FROM hub_pairs ORDER BY low, high"))
            }
        }
        let whole = try count(RelationCounts.sliceSize)
        let sliced = try count(1)
        #expect(whole.pairs >= 2)
        #expect(sliced.pairs == whole.pairs)
        #expect(sliced.hubPairs == whole.hubPairs)
        // The slices' folder beside the index is gone.
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.index.deletingLastPathComponent().path)
        #expect(!left.contains { $0.hasPrefix(".evex-pairs") })
    }
}
