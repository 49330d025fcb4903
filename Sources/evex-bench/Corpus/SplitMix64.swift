import Foundation

/// A small, fast, seedable generator: every figure of the benchmark comes from a fixed seed, so two
/// runs with the same arguments write byte-identical corpora and run the same queries.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A generator for one item of a family (article `index`, `stream` such as title or body), so
    /// items can be generated in any order, on any core, and still come out the same.
    init(seed: UInt64, stream: UInt64, index: Int) {
        var mixer = SplitMix64(seed: seed ^ (stream &* 0x9E37_79B9_7F4A_7C15))
        state = mixer.next() ^ UInt64(truncatingIfNeeded: index) &* 0xBF58_476D_1CE4_E5B9
        _ = next()
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// Uniform in `range`.
    mutating func int(_ range: Range<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(max(1, range.count)))
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int { int(range.lowerBound..<(range.upperBound + 1)) }

    mutating func chance(_ probability: Double) -> Bool { unit() < probability }

    mutating func pick<T>(_ items: [T]) -> T { items[int(0..<items.count)] }
}

/// Ranks drawn with probability proportional to 1 / (rank + 1)^s: word and entity popularity in
/// news text follows this shape (a few very common, a long tail seen once or twice).
struct ZipfSampler: Sendable {
    private let cumulative: [Double]

    init(count: Int, exponent: Double = 1.0) {
        var sums: [Double] = []
        sums.reserveCapacity(count)
        var total = 0.0
        for rank in 0..<max(1, count) {
            total += 1.0 / pow(Double(rank + 1), exponent)
            sums.append(total)
        }
        cumulative = sums.map { $0 / total }
    }

    var count: Int { cumulative.count }

    func sample(_ random: inout SplitMix64) -> Int {
        let u = random.unit()
        var low = 0, high = cumulative.count - 1
        while low < high {
            let mid = (low + high) / 2
            if cumulative[mid] < u { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
