import Testing
@testable import EventModel

/// The word lists with a value per word that the event readers ask for nearly every word.
@Suite("Word map")
struct WordMapTests {
    @Test("a map answers every hash as the dictionary it was made from, hashes left out and 0 among them")
    func asDictionary() {
        var entries: [UInt64: Int] = [:]
        for index in 0..<300 { entries[TextFolding.wordHash("word\(index)")] = index }
        let map = WordMap(entries)
        let asked = Array(entries.keys) + (0..<300).map { TextFolding.wordHash("other\($0)") } + [1, .max, 0x9E37_79B9_7F4A_7C15]
        for hash in asked { #expect(map[hash] == entries[hash], "\(hash)") }
    }

    @Test("the event words give the type of a trigger and the number of a month or weekday")
    func eventWords() {
        #expect(EventWords.triggers[TextFolding.wordHash("bombing")]?.type == .bombing)
        #expect(EventWords.triggers[TextFolding.wordHash("detained")]?.isVerb == true)
        #expect(EventWords.triggers[TextFolding.wordHash("said")] == nil)
        #expect(EventWords.months[TextFolding.wordHash("sept")] == 9)
        #expect(EventWords.weekdays[TextFolding.wordHash("sunday")] == 6)
        #expect(EventWords.measures[TextFolding.wordHash("wounded")] == "injured")
    }
}
