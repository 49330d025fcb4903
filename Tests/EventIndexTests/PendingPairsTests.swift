import Foundation
import Testing
@testable import EventIndex

/// An edited article's pairs are netted against its old ones (``PendingPairs``): the relation count
/// must still be the one a rebuild gives, whatever else the same sync changed.
@Suite("Netted pairs of an edited article")
struct PendingPairsTests {
    static let knowledge = """
        entities:
          - id: moscow
            name: Moscow
            kind: place
          - id: tajikistan
            name: Tajikistan
            kind: country
          - id: shoigu
            name: Shoigu
            kind: person
        """

    private func expectSameAsRebuilt(_ folder: TempCorpus, _ corpus: IndexedCorpus, _ step: String) throws {
        try corpus.sync()
        let rebuilt = try folder.rebuilt()
        #expect(try corpus.counts().relations == rebuilt.counts().relations, Comment(rawValue: step))
        #expect(try corpus.canonicalDump() == rebuilt.canonicalDump(), Comment(rawValue: step))
    }

    @Test("edits that keep, drop or add a pair another article held, in one sync with that article's change")
    func editsBesideOtherChanges() throws {
        let folder = try TempCorpus()
        try folder.write("knowledge.yaml", Self.knowledge)
        try folder.article("a", title: "First report", "Moscow and Tajikistan met on Monday.")
        try folder.article("b", title: "Second report", "Moscow and Tajikistan met again.")
        try folder.article("c", title: "Third report", "Shoigu spoke in Moscow.")
        let corpus = try folder.synced().corpus

        // The pair kept by the edit, its only other holder removed.
        try folder.article("a", title: "First report", "Moscow and Tajikistan met on Monday.", "A calm day followed.")
        try folder.remove("articles/b.txt")
        try expectSameAsRebuilt(folder, corpus, "keep the pair, remove b")

        // The pair dropped by the edit, and a new one with the edit of another article.
        try folder.article("a", title: "First report", "Moscow met nobody.")
        try folder.article("c", title: "Third report", "Shoigu spoke in Moscow.", "Tajikistan and Shoigu talked.")
        try expectSameAsRebuilt(folder, corpus, "drop the pair, edit c")

        // The pair back in a new article while the edit adds it too, then a fresh process.
        try folder.article("d", title: "Fourth report", "Tajikistan and Moscow signed.")
        try folder.article("a", title: "First report", "Moscow and Tajikistan met after all.")
        let reopened = try IndexedCorpus.open(corpus: folder.root, indexPath: folder.index)
        try expectSameAsRebuilt(folder, reopened, "add d and give a the pair back")

        // One edit alone, keeping every pair, in a fresh process.
        try folder.article("a", title: "First report", "Moscow and Tajikistan met after all.", "Nothing else happened.")
        try expectSameAsRebuilt(folder, try IndexedCorpus.open(corpus: folder.root, indexPath: folder.index), "one edit alone")

        // The edit drops the pair while its other holder goes: the pair goes.
        try folder.remove("articles/d.txt")
        try folder.article("a", title: "First report", "Moscow met nobody.")
        try expectSameAsRebuilt(folder, corpus, "drop the pair, remove d")

        // One edit alone gives the pair back: it comes.
        try folder.article("a", title: "First report", "Moscow and Tajikistan met at last.")
        try expectSameAsRebuilt(folder, corpus, "give the pair back alone")
    }
}
