import Testing
@testable import EventModel

/// The filter the name trie asks before its vocabulary.
@Suite("Word filter")
struct WordFilterTests {
    @Test("every hash put in is said to be there, and most hashes left out are not")
    func noFalseNo() {
        let held = (0..<5_000).map { TextFolding.wordHash("name\($0)") } + [0]
        let filter = WordFilter(held)
        #expect(held.allSatisfy(filter.mayContain))
        let others = (0..<5_000).map { TextFolding.wordHash("word\($0)") }
        #expect(others.filter(filter.mayContain).count < 500)
    }

    @Test("an empty filter holds nothing")
    func empty() {
        #expect(!WordFilter([]).mayContain(TextFolding.wordHash("the")))
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
