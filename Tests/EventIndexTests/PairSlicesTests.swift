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

    @Test("a slice sorted in two halves at once gives each distinct pair and its count, in order, as one sort does")
    func runsOfHalves() {
        var generator = SystemRandomNumberGenerator()
        for size in [0, 1, 5, 1 << 16, (1 << 16) + 3, 200_000] {
            // Few distinct values, so that runs cross the middle of the array.
            var pairs = (0..<size).map { _ in UInt64.random(in: 0..<5_000, using: &generator) }
            var expected: [(UInt64, Int)] = []
            for pair in pairs.sorted() {
                if let last = expected.last, last.0 == pair { expected[expected.count - 1].1 += 1 } else { expected.append((pair, 1)) }
            }
            var runs: [(UInt64, Int)] = []
            RelationCounts.eachRun(&pairs) { runs.append(($0, $1)) }
            #expect(runs.map(\.0) == expected.map(\.0), "size \(size)")
            #expect(runs.map(\.1) == expected.map(\.1), "size \(size)")
        }
    }
}
