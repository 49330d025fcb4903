import Testing
@testable import EventModel

@Test func debugDump() {
    let contribution = EntityCatalog.contribution(of: Fixture.article)
    for a in contribution.acronyms { print("ACR", a) }
    for c in contribution.candidates { print("CAND", c.name, c.kind, c.count, c.variants, c.role ?? "") }
    let catalog = Fixture.catalog()
    let linker = EntityLinker(catalog: catalog)
    let mentions = linker.mentions(in: Fixture.article)
    for m in mentions { print("M", m.text, "->", m.entity, m.sentence) }
    for e in catalog.entities(mentioned: mentions) { print("E", e.id, e.kind, e.origin, e.aliases) }
}

@Test func debugRelations() {
    let catalog = Fixture.catalog()
    let linker = EntityLinker(catalog: catalog)
    let mentions = linker.mentions(in: Fixture.article)
    let relations = RelationExtractor.merge(RelationExtractor.relations(in: Fixture.article, mentions: mentions, catalog: catalog))
    for r in relations where r.origin == .pattern { print("R", r.subject, r.predicate.rawValue, r.object, r.role ?? "", r.evidence.map { $0.sentence ?? -1 }) }
    print("COOC", relations.filter { $0.origin == .cooccurrence }.count)
}
