import EventModel
import Foundation
import Testing
@testable import EventIndex

/// A page of ties is ranked from the tallies `relation_keys` keeps for each key (weight, evidence,
/// rows of another weight); it must be the page of the entity's whole relations however the index
/// got there, and the tallies those of an index built from scratch.
@Suite("Tie pages ranked from the keys' tallies")
struct TieTalliesTests {
    private static let members = ["aldovia", "borvania", "cestria", "dunmark", "elvaria", "fennia", "galdor"]
    private static let filters = [TieFilter(), TieFilter(predicate: .memberOf), TieFilter(origin: .pattern), TieFilter(origin: .curated),
                                  TieFilter(excluding: "cestria")]

    /// Each member stated in as many articles as `counts` says, some also curated: ties of one record and
    /// of two, whose order is their evidence.
    private func write(_ folder: TempCorpus, counts: [String: Int], curated: [String]) throws {
        let entities = Self.members.map { "  - {id: \($0), name: \($0.capitalized), kind: country}" }.joined(separator: "\n")
        let relations = curated.map { "  - {subject: \($0), predicate: member_of, object: ember-pact}" }.joined(separator: "\n")
        try folder.write("knowledge.yaml", """
            entities:
              - {id: ember-pact, name: Ember Pact, kind: organisation}
            \(entities)
            relations:
            \(relations.isEmpty ? "  []" : relations)

            """)
        for member in Self.members {
            for copy in 0..<10 {
                let name = "articles/\(member)-\(copy).txt"
                if copy < counts[member, default: 0] {
                    try folder.write(name, "Report \(copy)\n\n\(member.capitalized) is a member of the Ember Pact.\n")
                } else if FileManager.default.fileExists(atPath: folder.root.appendingPathComponent(name).path) {
                    try folder.remove(name)
                }
            }
        }
    }

    /// With `memory`, the memory store's pages too (it does not hold an article whose id an earlier
    /// one has as the index does, so it is left out where ids are shared).
    private func expectPagesEqualWholeRelations(_ index: IndexedCorpus, _ folder: TempCorpus, _ comment: Comment, memory: Bool = true) throws {
        let memory = memory ? MemoryCorpusStore(CorpusLoader.load(root: folder.root)) : nil
        for id in ["ember-pact"] + Self.members {
            let relations = try index.relations(of: id)
            for filter in Self.filters {
                for limit in [0, 1, 2, 3, 4, 5, 6, 7, 8, 100] {
                    let expected = TiePage.of(relations, filter: filter, limit: limit)
                    #expect(try index.strongestTies(ofEach: [id], filter: filter, limit: limit)[id] == expected, "\(comment) \(id) \(filter) \(limit)")
                    guard let memory else { continue }
                    #expect(try memory.strongestTies(ofEach: [id], filter: filter, limit: limit)[id] == expected, "\(comment) memory \(id) \(filter) \(limit)")
                }
            }
        }
    }

    @Test("after edits that add, remove and curate ties, pages equal the whole relations' and the tallies a fresh index's")
    func editsKeepTalliesRight() throws {
        let folder = try TempCorpus()
        try write(folder, counts: ["aldovia": 1, "borvania": 2, "cestria": 3, "dunmark": 4, "elvaria": 5], curated: ["aldovia", "cestria"])
        var (index, _) = try folder.synced()
        let ties = Tie.group(try index.relations(of: "ember-pact")).filter { $0.predicate == .memberOf }
        // Not vacuous: ties of two records, whose evidence orders them, and of one.
        #expect(ties.filter { $0.relations.count > 1 }.count == 2 && ties.filter { $0.relations.count == 1 }.count == 3)
        try expectPagesEqualWholeRelations(index, folder, "first load")
        let steps: [(counts: [String: Int], curated: [String])] = [
            (["aldovia": 6, "borvania": 2, "cestria": 1, "dunmark": 4, "elvaria": 5, "fennia": 2], ["aldovia", "cestria"]),
            (["aldovia": 6, "borvania": 2, "cestria": 1, "dunmark": 0, "elvaria": 5, "fennia": 2, "galdor": 3], ["cestria", "galdor", "elvaria"]),
            (["aldovia": 2, "borvania": 7, "cestria": 1, "fennia": 2, "galdor": 3], ["borvania"]),
        ]
        for (step, edit) in steps.enumerated() {
            try write(folder, counts: edit.counts, curated: edit.curated)
            try index.sync()
            #expect(try index.canonicalDump() == folder.rebuilt().canonicalDump(), "step \(step)")
            try expectPagesEqualWholeRelations(index, folder, "step \(step)")
            if step == 1 { index = try IndexedCorpus.open(corpus: folder.root, indexPath: folder.index) }
        }
    }

    @Test("one sentence in two articles of one id counts once, as in the whole relations, and the count of shared ids follows edits")
    func sharedIDsCountEvidenceOnce() throws {
        let folder = try TempCorpus()
        try write(folder, counts: ["borvania": 2], curated: ["aldovia", "borvania"])
        // Aldovia's tie is curated and stated by one sentence that two files of one id hold: its weight is
        // 2 (its knowledge line and one sentence), below Borvania's 3, though its rows tally 3.
        let copy = "---\nid: copied-report\ntitle: Copied report\n---\nAldovia is a member of the Ember Pact.\n"
        try folder.write("articles/copy-a.md", copy)
        try folder.write("articles/copy-b.md", copy)
        let (index, _) = try folder.synced()
        let page = try #require(try index.strongestTies(ofEach: ["ember-pact"], filter: TieFilter(), limit: 1)["ember-pact"])
        #expect(page.ties.map(\.subject) == ["borvania"])
        try expectPagesEqualWholeRelations(index, folder, "shared id", memory: false)
        try folder.remove("articles/copy-b.md")
        try index.sync()
        #expect(try index.canonicalDump() == folder.rebuilt().canonicalDump())
        try expectPagesEqualWholeRelations(index, folder, "one left", memory: false)
        try folder.write("articles/copy-b.md", copy)
        try folder.write("articles/copy-c.md", copy)
        try index.sync()
        #expect(try index.canonicalDump() == folder.rebuilt().canonicalDump())
        try expectPagesEqualWholeRelations(index, folder, "three copies", memory: false)
    }
}
