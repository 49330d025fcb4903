import EventModel
import Foundation

/// What linking stores for one article, in the form of its rows: packed mentions, the entity documents
/// of its sentences, co-occurrence rows and event sentences, entities named by rowid.
///
/// When every entity's rowid is read before linking (a load, every article linked again) a worker builds
/// these beside the analysis, so that the one writing thread, which a load waits on, only executes the
/// inserts; a small sync builds them on the writing thread once it has looked up the few rowids.
struct LinkedRows: Sendable {
    struct Cooccurrence: Sendable {
        var sentence: Int
        var span: TextSpan
        /// The entities' rowids, in the group's (id) order.
        var entities: [Int64]
        var blob: Data
    }

    var mentions: [MentionRows.Packed]
    var mentionData: Data
    var documents: [(sentence: Int, text: String)]
    /// Distinct entities the article names (-1 for an id the catalog lacks counts as one).
    var entityCount: Int
    var cooccurrences: [Cooccurrence]
    var events: [EventRows.Encoded]

    init(mentions: [Mention], groups: [CooccurrenceGroup], events: [EventSentence], rowid: (String) -> Int64) {
        let packed = mentions.map { MentionRows.Packed(entity: rowid($0.entity), span: $0.span, sentence: $0.sentence) }
        self.mentions = packed
        mentionData = packed.isEmpty ? Data() : MentionRows.encode(packed)
        documents = MentionRows.documents(packed)
        entityCount = Set(packed.map(\.entity)).count
        cooccurrences = groups.map { group in
            let rowids = group.entities.map(rowid)
            return Cooccurrence(sentence: group.sentence, span: group.span, entities: rowids, blob: IntBlob.encode(rowids))
        }
        self.events = EventRows.encode(events)
    }
}
