import Testing
@testable import EventModel

/// A linear congruential sequence: the same words every run.
private struct SeededNumbers {
    var seed: UInt64

    mutating func next(_ bound: Int) -> Int {
        seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((seed >> 33) % UInt64(bound))
    }
}

@Suite("Typo distance")
struct FuzzyDistanceTests {
    /// The whole Levenshtein table, capped at `limit` at the end: what the banded distance must equal.
    private func reference(_ a: [UInt32], _ b: [UInt32], limit: Int) -> Int {
        var previous = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return min(previous[b.count], limit)
    }

    @Test("the banded distance equals the whole table's, capped at the limit, on words of a few letters")
    func sameAsWholeTable() {
        var numbers = SeededNumbers(seed: 0x9E37_79B9_7F4A_7C15)
        func next(_ bound: Int) -> Int { numbers.next(bound) }
        for _ in 0..<20_000 {
            // Three letters, so that near and far words both come often.
            let a = (0..<next(14)).map { _ in UInt32(97 + next(3)) }
            var b = a
            for _ in 0..<next(4) {
                switch next(3) {
                case 0 where !b.isEmpty: b.remove(at: next(b.count))
                case 1: b.insert(UInt32(97 + next(3)), at: next(b.count + 1))
                default: if !b.isEmpty { b[next(b.count)] = UInt32(97 + next(3)) }
                }
            }
            let limit = 1 + next(4)
            #expect(FuzzyIndex.distance(a, b, limit: limit) == reference(a, b, limit: limit), "\(a) \(b) \(limit)")
        }
    }

    /// What ``FuzzyIndex/match(_:)`` answers, from every name compared in full: the one entity nearest
    /// within the allowance, none when an exact name or two entities are that near.
    private func referenceMatch(_ word: [UInt32], names: [([UInt32], Int32)]) -> Int32? {
        guard word.count >= FuzzyIndex.minimumLength else { return nil }
        let allowance = FuzzyIndex.allowance(word.count)
        var best = allowance + 1, found: Int32?, ambiguous = false
        for (name, entity) in names where name.first == word.first && abs(name.count - word.count) <= allowance {
            let distance = reference(word, name, limit: allowance + 1)
            if distance == 0 { return nil }
            if distance > allowance { continue }
            if distance < best {
                (best, found, ambiguous) = (distance, entity, false)
            } else if distance == best && found != entity {
                ambiguous = true
            }
        }
        return ambiguous ? nil : found
    }

    @Test("a word matches the entity that comparing every name in full finds")
    func matchSameAsEveryName() {
        var numbers = SeededNumbers(seed: 20_240_322)
        func next(_ bound: Int) -> Int { numbers.next(bound) }
        // Four letters and one first letter: many names one or two edits apart.
        func word(_ length: Int) -> [UInt32] { [97] + (1..<length).map { _ in UInt32(97 + next(4)) } }
        var index = FuzzyIndex()
        var names: [([UInt32], Int32)] = []
        for entity in 0..<400 {
            let name = word(6 + next(10))
            index.add(String(String.UnicodeScalarView(name.compactMap(Unicode.Scalar.init))), entity: Int32(entity))
            names.append((name, Int32(entity)))
        }
        for _ in 0..<3_000 {
            var probe = names[next(names.count)].0
            for _ in 0..<next(4) { probe[1 + next(probe.count - 1)] = UInt32(97 + next(5)) }
            if next(3) == 0 { probe.append(UInt32(97 + next(4))) }
            let random = word(8 + next(8))
            #expect(index.match(probe) == referenceMatch(probe, names: names), "\(probe)")
            #expect(index.match(random) == referenceMatch(random, names: names), "\(random)")
        }
    }

    @Test("a misspelt long name matches within one edit, and an exact one is no typo")
    func knownWords() {
        let word = Array("tajiskistan".unicodeScalars.map(\.value))
        let name = Array("tajikistan".unicodeScalars.map(\.value))
        #expect(FuzzyIndex.distance(word, name, limit: 2) == 1)
        #expect(FuzzyIndex.distance(name, name, limit: 2) == 0)
        #expect(FuzzyIndex.distance(Array("kazakhstan".unicodeScalars.map(\.value)), name, limit: 2) == 2)
    }
}
