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
    /// The relations stored as rows of their own (``RelationRows``), in order.
    var relations: [RelationRows.Prepared]

    /// - parameters:
    ///   - positions: where the linker's catalog keeps each mention's entity, as ``EntityLinker/analyseGrouped(_:)``
    ///     gives them, or empty.
    ///   - rowids: the rowid of the entity at each position of that catalog (-1 for one the table lacks), or
    ///     empty: a mention or a group with positions is read there, the others through `rowid`.
    init(mentions: [Mention], groups: [CooccurrenceGroup], events: [EventSentence], relations: [Relation] = [], positions: [Int32] = [],
         rowids: [Int64] = [], rowid: (String) -> Int64) {
        let byPosition = !rowids.isEmpty && positions.count == mentions.count
        let packed = mentions.indices.map { index in
            let mention = mentions[index]
            return MentionRows.Packed(entity: byPosition ? rowids[Int(positions[index])] : rowid(mention.entity), span: mention.span,
                                      sentence: mention.sentence)
        }
        self.mentions = packed
        mentionData = packed.isEmpty ? Data() : MentionRows.encode(packed)
        documents = MentionRows.documents(packed)
        entityCount = Set(packed.map(\.entity)).count
        cooccurrences = groups.map { group in
            let known = !rowids.isEmpty && group.positions.count == group.entities.count
            let entities = known ? group.positions.map { rowids[Int($0)] } : group.entities.map(rowid)
            return Cooccurrence(sentence: group.sentence, span: group.span, entities: entities, blob: IntBlob.encode(entities))
        }
        self.events = EventRows.encode(events)
        self.relations = relations.map(RelationRows.Prepared.init)
    }
}
