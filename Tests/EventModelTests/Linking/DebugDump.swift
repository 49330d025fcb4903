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
