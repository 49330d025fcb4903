import Testing
@testable import EventModel

/// Who a sentence says states a relation, and words that only look like verbs of saying.
@Suite("Speakers of a relation")
struct SpeakerTests {
    private func speakers(_ body: String) -> [String: String] {
        let article = TestArticle.make(id: "a", title: "Fixture", body: body)
        let catalog = EntityCatalog.build(knowledge: [], contributions: [EntityCatalog.contribution(of: article)]).catalog
        let mentions = EntityLinker(catalog: catalog).mentions(in: article)
        var out: [String: String] = [:]
        for relation in RelationExtractor.relations(in: article, mentions: mentions, catalog: catalog) where relation.origin == .pattern {
            out["\(relation.subject) \(relation.predicate.rawValue) \(relation.object)"] = relation.evidence.compactMap(\.saidBy).first ?? "-"
        }
        return out
    }

    @Test("'states' after an adjective is the noun, and no one speaks; after a country's name it is the verb")
    func statesAsANoun() {
        let noun = speakers("President Tokayev received support from the CSTO, a military alliance of former Soviet states led by Russia.")
        let support = noun.filter { $0.key.hasPrefix("csto supported") }
        #expect(support.count == 1 && support.allSatisfy { $0.value == "-" }, "\(noun)")
        let verb = speakers("Iran supports the Houthis, Saudi Arabia states.")
        #expect(verb["iran supported houthis"] == "saudi-arabia", "\(verb)")
    }

    @Test("a name before a comma is not the one who speaks after it; \"told AFP\" names who heard, and \"said X\" after its subject what was said")
    func speakerClause() {
        let told = speakers("Hamas official Karim Nasser was killed in Sidon, a stronghold of allied Lebanese armed group Hezbollah, two officials told AFP.")
        #expect(told["karim-nasser role_of hamas"] == "-", "\(told)")
        let said = speakers("The television channel of Lebanon's Hezbollah group said Karim Nasser had been killed. Karim Nasser was a Hamas official.")
        #expect(said["hezbollah based_in lebanon"] == "-", "\(said)")
    }

    @Test("an aside 'believed to be' and a claim of a deed say nothing of the words before them")
    func believedAndClaimed() {
        let found = speakers("The Kashmir Tigers, believed to be a splinter of the Pakistan-based Jaish-e-Mohammed, claimed the ambush in Kathua.")
        #expect(found["jaish-e-mohammed based_in pakistan"] == "-", "\(found)")
    }

    @Test("in '..., said army spokesman X' the speaker comes after the verb, and the names before it are what was said")
    func invertedSpeaker() {
        let found = speakers("Troops pushed back Boko Haram attacks near Monguno and killed 30 fighters, said Nigerian army spokesman Colonel Musa Dauda.")
        #expect(found["musa-dauda role_of nigeria"] == "-", "\(found)")
        // After an aside's closing comma the verb keeps its subject.
        let kept = speakers("The regional governor, Baba Zulum, confirmed that Nigerian army spokesman Colonel Musa Dauda was wounded.")
        #expect(kept["musa-dauda role_of nigeria"] == "baba-zulum", "\(kept)")
    }

    @Test("an owner after the verb begins what was said; a verb in a relative clause speaks of that clause alone")
    func possessiveAfterVerbAndRelativeClause() {
        let owner = speakers("President Olek Marchenko spoke first. But Ivan Sokolov, Russia's envoy to the UN, said Marchenko's cabinet was to blame.")
        #expect(owner["ivan-sokolov role_of russia"] == "-", "\(owner)")
        let relative = speakers("The Sahel Front claimed a raid in the Gao region of Mali on Monday, which it said left 12 soldiers dead.")
        #expect(relative["gao located_in mali"] == "-", "\(relative)")
    }

    @Test("'X, Y's key ally, said the Z troops ...': the aside before the verb is the writer's, and no one after the verb speaks it")
    func asideBeforeTheVerb() {
        let found = speakers("Iran, Syria's closest ally, said Turkish units had crossed the border.")
        #expect(found["iran ally_of syria"] == "-", "\(found)")
    }
}
