import EventIndex
import EventModel
import Foundation
import Testing

/// A page of ties reads whole only the rows that can be on it; it must still be the page of the
/// entity's whole relations, with their count.
@Suite("Tie pages read in part")
struct TiePageOutlineTests {
    private static let members = ["veloria", "ostland", "marnia", "kestria", "dovaria", "talvia"]

    /// The Ember Pact's members, each stated a member in as many articles as its place in the list
    /// (one record per tie, of growing weight), and two also curated (two records, which rank first
    /// whatever their weight, and between themselves by their evidence, not their names: Talvia,
    /// stated in more articles, before Dovaria); every such sentence also names the pair together.
    private func corpus() throws -> TempCorpus {
        let folder = try TempCorpus()
        let entities = Self.members.map { "  - {id: \($0), name: \($0.capitalized), kind: country}" }.joined(separator: "\n")
        try folder.write("knowledge.yaml", """
            entities:
              - {id: ember-pact, name: Ember Pact, kind: organisation}
            \(entities)
            relations:
              - {subject: dovaria, predicate: member_of, object: ember-pact}
              - {subject: talvia, predicate: member_of, object: ember-pact}

            """)
        for (place, member) in Self.members.enumerated() {
            for copy in 0...place {
                try folder.article("\(member)-\(copy)", title: "Report \(copy)", "\(member.capitalized) is a member of the Ember Pact.")
            }
        }
        return folder
    }

    @Test("the strongest ties and their count equal those of the whole relations, at every limit")
    func pagesEqualWholeRelations() throws {
        let folder = try corpus()
        let (index, _) = try folder.synced()
        let memory = MemoryCorpusStore(CorpusLoader.load(root: folder.root))
        let relations = try index.relations(of: "ember-pact")
        let ties = Tie.group(relations)
        // Not vacuous: ties of one record and of several, more of them than the smaller pages hold.
        #expect(ties.filter { $0.predicate == .memberOf && $0.relations.count > 1 }.count == 2)
        #expect(ties.filter { $0.predicate == .memberOf && $0.relations.count == 1 }.count == 4)
        for filter in [TieFilter(), TieFilter(predicate: .memberOf), TieFilter(origin: .pattern), TieFilter(excluding: "talvia")] {
            for limit in [0, 1, 2, 3, 4, 5, 100] {
                let expected = TiePage.of(relations, filter: filter, limit: limit)
                let pages = try index.strongestTies(ofEach: ["ember-pact", "talvia", "veloria"], filter: filter, limit: limit)
                #expect(pages["ember-pact"] == expected, "\(filter), \(limit)")
                // Alone too: in a batch, rows another entity's page reads can stand in for missing ones.
                #expect(try index.strongestTies(ofEach: ["ember-pact"], filter: filter, limit: limit)["ember-pact"] == expected, "alone: \(filter), \(limit)")
                #expect(try memory.strongestTies(ofEach: ["ember-pact"], filter: filter, limit: limit)["ember-pact"] == expected)
                for other in ["talvia", "veloria"] {
                    #expect(pages[other] == TiePage.of(try index.relations(of: other), filter: filter, limit: limit), "\(other), \(filter), \(limit)")
                }
            }
        }
        // The heaviest tie of one record comes before lighter ones on a page of pattern ties alone.
        let page = try #require(try index.strongestTies(ofEach: ["ember-pact"], filter: TieFilter(origin: .pattern), limit: 3)["ember-pact"])
        #expect(page.count == 6 && page.ties.count == 3)
    }
}
