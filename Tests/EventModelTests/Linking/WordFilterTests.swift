import Testing
@testable import EventModel

/// The filter the name trie asks before its vocabulary.
@Suite("Word filter")
struct WordFilterTests {
    @Test("every hash put in is said to be there, and most hashes left out are not")
    func noFalseNo() {
        let held = (0..<5_000).map { TextFolding.wordHash("name\($0)") } + [0]
        var filter = WordFilter(count: held.count)
        for hash in held { filter.insert(hash) }
        #expect(held.allSatisfy(filter.mayContain))
        let others = (0..<5_000).map { TextFolding.wordHash("word\($0)") }
        #expect(others.filter(filter.mayContain).count < 500)
    }

    @Test("an empty filter holds nothing")
    func empty() {
        #expect(!WordFilter(count: 0).mayContain(TextFolding.wordHash("the")))
    }

    @Test("a filter read back from its bytes answers as the one packed, and bits of another size are refused")
    func packed() {
        var filter = WordFilter(count: 3_000)
        for index in 0..<3_000 { filter.insert(TextFolding.wordHash("name\(index)")) }
        var writer = PackedWriter()
        filter.pack(into: &writer)
        let restored = writer.bytes.withUnsafeBytes { bytes -> WordFilter? in
            var reader = PackedReader(bytes)
            return WordFilter(reading: &reader)
        }
        let asked = (0..<6_000).map { TextFolding.wordHash("name\($0)") }
        #expect(restored.map { restored in asked.map(restored.mayContain) } == asked.map(filter.mayContain))
        var odd = PackedWriter()
        odd.raw([UInt64](repeating: 0, count: 100))
        #expect(odd.bytes.withUnsafeBytes { bytes in
            var reader = PackedReader(bytes)
            return WordFilter(reading: &reader)
        } == nil)
    }

    @Test("a table gives back every key it holds, 0 included")
    func tableKeys() {
        var table = HashTable64()
        let keys: [UInt64] = [0, 1, 42, .max] + (0..<100).map { TextFolding.wordHash("w\($0)") }
        for (value, key) in keys.enumerated() { table.set(key, Int32(value)) }
        var given: [UInt64: Int32] = [:]
        table.forEach { given[$0] = $1 }
        for (value, key) in keys.enumerated() { #expect(given[key] == Int32(value), "key \(key)") }
    }
}
