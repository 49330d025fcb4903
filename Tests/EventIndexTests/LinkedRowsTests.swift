import EventModel
import Foundation
import Testing
@testable import EventIndex

/// An article's rows as a worker builds them during a load.
@Suite("Linked rows")
struct LinkedRowsTests {
    @Test("rows built from the catalog positions the linker found are the rows built by looking each id up")
    func positionsAsIDs() throws {
        let text = "Talks in Moscow\n\nRussia and Tajikistan met in Moscow. Russian troops and Tajikistan’s army, Russia said.\n"
        let article = try #require(ArticleParser.parse(text: text, path: "talks.txt").article)
        let catalog = EntityCatalog.build(knowledge: [], contributions: [EntityCatalog.contribution(of: article)]).catalog
        let analysed = EntityLinker(catalog: catalog).analyseGrouped(article)
        #expect(analysed.positions.count == analysed.mentions.count)
        #expect(!analysed.groups.isEmpty && analysed.groups.allSatisfy { $0.positions.count == $0.entities.count })
        // Rowids unlike positions, as a table's are.
        let rowids = (0..<catalog.count).map { Int64(1000 + 7 * $0) }
        let byID = Dictionary(uniqueKeysWithValues: (0..<catalog.count).map { (catalog.id(at: $0), rowids[$0]) })
        // An id asked for here means a position went unread.
        let fromPositions = LinkedRows(mentions: analysed.mentions, groups: analysed.groups, events: analysed.events,
                                       positions: analysed.positions, rowids: rowids, rowid: { _ in -2 })
        let fromIDs = LinkedRows(mentions: analysed.mentions, groups: analysed.groups, events: analysed.events, rowid: { byID[$0] ?? -1 })
        #expect(fromPositions.mentions == fromIDs.mentions)
        #expect(fromPositions.mentionData == fromIDs.mentionData)
        #expect(fromPositions.cooccurrences.map(\.entities) == fromIDs.cooccurrences.map(\.entities))
        #expect(fromPositions.cooccurrences.map(\.blob) == fromIDs.cooccurrences.map(\.blob))
        #expect(!fromIDs.mentions.contains { $0.entity < 0 })
    }
}
