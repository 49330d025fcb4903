import Foundation
import Testing
@testable import EventModel

@Suite("Entity catalog")
struct EntityCatalogTests {
    @Test("the fixture's entities are found without any knowledge file")
    func fixtureEntities() {
        let ids = Fixture.mentionedIDs
        for id in ["isis-k", "isis", "csto", "tajikistan", "russia", "moscow", "crocus-city-hall", "ukraine",
                   "armenia", "belarus", "kyrgyzstan", "kazakhstan", "uzbekistan", "afghanistan", "sergei-shoigu",
                   "putin", "central-asia", "dushanbe", "moscow-attack"] {
            #expect(ids.contains(id), "missing \(id)")
        }
    }

    @Test("Meanwhile, Read more, WEB DESK and trailers never become entities")
    func noBogusEntities() {
        let catalog = Fixture.linked.catalog
        for id in ["meanwhile", "read-more", "read", "more", "explainer", "web-desk", "web", "desk", "you-may-also-like",
                   "within", "officials", "analysts", "while", "the", "tajiskistan", "foreign-ministry", "what", "he"] {
            #expect(catalog.entity(id: id) == nil, "bogus \(id)")
        }
        let discovered = Fixture.linked.catalog.entities.filter { $0.origin == .discovered }.map(\.id).sorted()
        #expect(discovered == ["crocus-city-hall", "foreign-ministry-of-tajikistan", "moscow-attack", "putin", "sergei-shoigu"])
    }

    @Test("a dateline left in the text is not a name")
    func datelines() {
        let (_, catalog, mentions) = Fixture.link("NEW YORK (Steppe Wire) - Diplomats met Uzbek envoys.\n\nWEB DESK: Talks went on.")
        #expect(catalog.entity(id: "steppe-wire") == nil && catalog.entity(id: "web-desk") == nil)
        #expect(mentions.map(\.entity) == ["new-york", "uzbekistan"])
    }

    @Test("an acronym definition names the entity for the whole corpus")
    func acronymsAcrossArticles() throws {
        // An organisation the built-in list does not know (it knows the CSTO).
        let definer = TestArticle.make(id: "one", body: "Leaders of the Caspian Littoral Council Organization (CLCO) met.")
        let user = TestArticle.make(id: "two", body: "Later the CLCO issued a statement.")
        let catalog = EntityCatalog.build(knowledge: [], contributions: [definer, user].map(EntityCatalog.contribution(of:))).catalog
        let clco = try #require(catalog.entity(id: "clco"))
        #expect(clco.origin == .acronym && clco.kind == .organisation)
        #expect(clco.name == "Caspian Littoral Council Organization" && clco.aliases.contains("CLCO"))
        let mentions = EntityLinker(catalog: catalog).mentions(in: user)
        #expect(mentions.map(\.entity) == ["clco"])
    }

    @Test("an acronym of a curated entity becomes its alias instead of a new entity")
    func acronymOfKnownEntity() {
        let curated = Entity(id: "islamic-state-k", name: "Islamic State-Khorasan Province", kind: .organisation, origin: .knowledge)
        let (_, catalog, mentions) = Fixture.link("The Islamic State-Khorasan Province (ISIS-K) struck. ISIS-K later boasted.", knowledge: [curated])
        #expect(catalog.entity(id: "isis-k") == nil)
        #expect(catalog.entity(id: "islamic-state-k")?.aliases.contains("ISIS-K") == true)
        #expect(mentions.map(\.entity) == ["islamic-state-k", "islamic-state-k", "islamic-state-k"])
    }

    @Test("kinds of acronym entities come from their head word")
    func acronymKinds() {
        let (_, catalog, _) = Fixture.link("""
            The National Liberation Front (NLF) and the Federal Migration Service (FMS) spoke. \
            The Crocus Expo Hall (CEH) stayed shut.
            """)
        #expect(catalog.entity(id: "nlf")?.kind == .organisation)
        #expect(catalog.entity(id: "fms")?.kind == .organisation)
        #expect(catalog.entity(id: "ceh")?.kind == .place)
    }

    @Test("a curated entity merges with its gazetteer country: knowledge wins, aliases unite")
    func knowledgeMergesWithGazetteer() throws {
        let curated = Entity(id: "rf", name: "Russia", kind: .country, aliases: ["Rossiya"], description: "Curated",
                             origin: .knowledge, definedAt: SourceLocation(path: "knowledge.yaml", line: 3))
        let (_, catalog, mentions) = Fixture.link("Russian officials and Rossiya media met in Moscow.", knowledge: [curated])
        #expect(catalog.entity(id: "russia") == nil)
        let russia = try #require(catalog.entity(id: "rf"))
        #expect(russia.description == "Curated" && russia.origin == .knowledge)
        #expect(russia.aliases.contains("Russian") && russia.aliases.contains("Rossiya"))
        #expect(mentions.map(\.entity) == ["rf", "rf", "moscow"])
        #expect(catalog.country(ofPlace: "moscow") == "rf")
    }

    @Test("an organisation named like a country's official name does not swallow the country")
    func organisationKeepsCountryApart() throws {
        let movement = Entity(id: "taliban", name: "Taliban", kind: .organisation, aliases: ["Islamic Emirate of Afghanistan"],
                              origin: .knowledge, definedAt: SourceLocation(path: "knowledge.yaml", line: 2))
        let country = Entity(id: "afghanistan", name: "Afghanistan", kind: .country, origin: .knowledge,
                             definedAt: SourceLocation(path: "knowledge.yaml", line: 8))
        let built = EntityCatalog.build(knowledge: [KnowledgeBase(path: "knowledge.yaml", entities: [movement, country])], contributions: [])
        #expect(built.diagnostics.isEmpty, "\(built.diagnostics)")
        #expect(built.catalog.resolve(name: "Afghan")?.id == "afghanistan")
        #expect(built.catalog.resolve(name: "Islamic Emirate of Afghanistan")?.id == "taliban")
        #expect(built.catalog.entity(id: "taliban")?.aliases.contains("Afghan") == false)
    }

    @Test("knowledge events are entities that the text links to")
    func knowledgeEvents() throws {
        let base = KnowledgeBase(path: "knowledge.yaml", events: [
            KnowledgeEvent(id: "crocus-attack", name: "Crocus City Hall attack", date: "2024-03-22")])
        let article = TestArticle.make(body: "After the Crocus City Hall attack, Tajik workers left.")
        let catalog = EntityCatalog.build(knowledge: [base], contributions: [EntityCatalog.contribution(of: article)]).catalog
        #expect(catalog.entity(id: "crocus-attack")?.kind == .event)
        #expect(catalog.entity(id: "crocus-city-hall-attack") == nil)
        #expect(EntityLinker(catalog: catalog).mentions(in: article).map(\.entity) == ["crocus-attack", "tajikistan"])
    }

    @Test("a name curated for two entities is reported with the file and line of the second")
    func duplicateCuratedName() throws {
        let first = Entity(id: "islamic-state", name: "Islamic State", kind: .organisation, aliases: ["IS"], origin: .knowledge,
                           definedAt: SourceLocation(path: "knowledge.yaml", line: 4))
        let second = Entity(id: "isis-k", name: "ISIS-K", kind: .organisation, aliases: ["IS"], origin: .knowledge,
                            definedAt: SourceLocation(path: "knowledge.yaml", line: 12))
        let built = EntityCatalog.build(knowledge: [KnowledgeBase(path: "knowledge.yaml", entities: [first, second])], contributions: [])
        let warning = try #require(built.diagnostics.first)
        #expect(warning.severity == .warning && warning.path == "knowledge.yaml" && warning.line == 12)
        #expect(warning.message.contains("IS") && warning.message.contains("islamic-state"))
        #expect(built.catalog.resolve(name: "IS")?.id == "islamic-state")
    }

    @Test("discovered candidates: titled people, facilities, events, names in Read more lines")
    func discoveredCandidates() throws {
        let catalog = Fixture.linked.catalog
        let shoigu = try #require(catalog.entity(id: "sergei-shoigu"))
        #expect(shoigu.kind == .person && !shoigu.confirmed && shoigu.description == "Defense Minister")
        let hall = try #require(catalog.entity(id: "crocus-city-hall"))
        #expect(hall.kind == .place && hall.aliases.contains("Crocus City concert hall"))
        let attack = try #require(catalog.entity(id: "moscow-attack"))
        #expect(attack.kind == .event && attack.aliases.contains("Moscow terror attack") && attack.aliases.contains("Moscow massacre"))
        #expect(catalog.entity(id: "putin")?.kind == .person)
        #expect(catalog.entity(id: "moscow-theater") == nil)
    }

    @Test("a single capitalised word at a sentence start needs a second sighting")
    func sentenceStartWords() {
        let once = Fixture.link("Zarafshon is far away. Nobody went there.")
        #expect(once.catalog.entity(id: "zarafshon") == nil)
        let twice = Fixture.link("Zarafshon is far away. Few travel to Zarafshon in winter.")
        #expect(twice.catalog.entity(id: "zarafshon")?.kind == .place)
    }

    @Test("a surname alone links to the titled person")
    func surnames() {
        let (_, catalog, mentions) = Fixture.link("President Emomali Rahmon spoke. Later Rahmon left.")
        #expect(catalog.entity(id: "emomali-rahmon")?.description == "President")
        #expect(mentions.map(\.entity) == ["emomali-rahmon", "emomali-rahmon"])
    }

    @Test("contributions survive storage and rebuild the same sorted catalog")
    func rebuildFromStoredContributions() throws {
        let contribution = EntityCatalog.contribution(of: Fixture.article)
        let stored = try JSONDecoder().decode(CatalogContribution.self, from: JSONEncoder().encode(contribution))
        #expect(stored == contribution)
        let again = EntityCatalog.build(knowledge: [], contributions: [stored, stored]).catalog
        #expect(again.entities.map(\.id) == Fixture.linked.catalog.entities.map(\.id))
        #expect(again.entities.map(\.id) == again.entities.map(\.id).sorted())
        #expect(contribution.acronyms.map(\.acronym) == ["ISIS-K", "ISIS", "CSTO"])
    }

    @Test("lookup by id, name or alias in any case")
    func lookups() {
        let catalog = Fixture.linked.catalog
        #expect(catalog.resolve(name: "csto")?.id == "csto")
        #expect(catalog.resolve(name: "collective security treaty organization")?.id == "csto")
        #expect(catalog.resolve(name: "TAJIK")?.id == "tajikistan")
        #expect(catalog.aliasTable["isis-k"] == "isis-k")
        #expect(catalog.entity(id: "russia")?.name == "Russia")
    }
}
