import EventModel
import Foundation
import GRDB

/// The entity catalog of the stored knowledge files and article contributions, built through a connection
/// that reads, on a core of its own when a first load can spare one.
///
/// After a first load has stored every file, the writing thread indexes the articles, resolves their links
/// and builds the catalog: three steps in a row that the workers have no part in, one core busy and the
/// other idle (about 1.5, 3 and 3 s at 100,000 articles). The catalog needs only what reading committed
/// (the knowledge files and each article's contribution), which neither of the other two steps changes, so
/// a first load builds it from a reading connection beside them (``start(reading:knowledge:)``). The same
/// rows in the same order: the same catalog as the writing thread builds (``build(knowledge:in:)``).
enum CatalogBuild {
    typealias Built = (catalog: EntityCatalog, diagnostics: [Diagnostic])

    /// The catalog of `knowledge` (the stored knowledge files' data, by path) and the contributions `db`
    /// reads. The contributions are read as the build goes, twice, so that memory holds the catalog being
    /// built and not every article's contribution at once.
    static func build(knowledge: [Data], in db: Database) throws -> Built {
        var failure: Error?
        let built = EntityCatalog.build(
            knowledge: knowledge.compactMap { Coding.decode(KnowledgeBase.self, $0) },
            eachContribution: { body in
                do {
                    let rows = try Data.fetchCursor(db, sql: "SELECT contribution FROM articles ORDER BY path")
                    while let data = try rows.next() { body(ContributionBlob.decode(data) ?? CatalogContribution()) }
                } catch {
                    failure = failure ?? error
                }
            })
        if let failure { throw failure }
        return built
    }

    /// Builds the catalog of what `pool` has committed on a background queue, through a connection of its
    /// own; the writing thread goes on meanwhile and takes the result when it needs it.
    static func start(reading pool: DatabasePool, knowledge: [Data]) -> Background<Result<Built, Error>> {
        Background {
            Result { try pool.read { try build(knowledge: knowledge, in: $0) } }
        }
    }
}
