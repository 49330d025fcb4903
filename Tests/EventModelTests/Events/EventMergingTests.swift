import Testing
@testable import EventModel

@Suite("Events merged across articles")
struct EventMergingTests {
    @Test("one bombing reported by three articles is one event with a sentence from each")
    func sameEventInThreeArticles() throws {
        let events = EventFixture.events([
            .init(id: "a", date: "2025-02-15", body: "A bombing at a market in Peshawar on Friday killed at least 12 people."),
            .init(id: "b", date: "2025-02-16", body: "Mourners in Peshawar buried the victims of Friday's blast. The death toll from the explosion in Peshawar rose to 15."),
            .init(id: "c", date: nil, body: "Investigators are still studying the Peshawar bombing, officials said."),
        ])
        let bombings = events.filter { $0.type?.family == .attack }
        #expect(bombings.count == 1)
        let event = try #require(bombings.first)
        #expect(Set(event.sentences.map(\.article)) == ["a", "b", "c"])
        #expect(event.date == "2025-02-14")
        #expect(event.figures.map(\.value).contains("at least 12"))
        #expect(event.figures.map(\.value).contains("15"))
    }

    @Test("'the attack' claimed later in the article is the bombing it reported, though the claim names no place")
    func claimOfTheReportedBombing() throws {
        let events = EventFixture.events([
            .init(id: "a", date: "2025-04-08", body: "Four guards were killed on Monday in a suicide bombing near the Indian consulate in Jalalabad. "
                + "The Islamic State group claimed responsibility for the attack on Monday night."),
        ])
        let attacks = events.filter { $0.type?.family == .attack }
        #expect(attacks.count == 1, "\(attacks.map(\.name))")
        let event = try #require(attacks.first)
        #expect(event.place == "jalalabad")
        #expect(event.sentences.count == 2)
    }

    @Test("one person shot, reported at the campus, the town and with no place, is one shooting; their arrest one arrest")
    func samePersonOneDeed() throws {
        let events = EventFixture.events([
            .init(id: "a", date: "2025-10-03", body: "Marta Ilves was shot at Northgate University on Wednesday. "
                + "The university reopened its gates on Friday."),
            .init(id: "b", date: "2025-10-03", body: "Police said they were hunting whoever shot Marta Ilves. Ilves was shot in the chest while she spoke to students in Tartu."),
            .init(id: "c", date: nil, body: "A suspect has been arrested in Tartu, police said. Officials confirmed Jaan Kask's arrest on Thursday."),
            .init(id: "d", date: nil, body: "Jaan Kask was arrested at his home in Tartu, police said."),
        ])
        let shootings = events.filter { $0.type == .shooting }
        #expect(shootings.count == 1, "\(shootings.map(\.name))")
        #expect(Set(try #require(shootings.first).sentences.map(\.article)).isSuperset(of: ["a", "b"]))
        let arrests = events.filter { $0.type == .arrest }
        #expect(arrests.count == 1, "\(arrests.map(\.name))")
        let arrest = try #require(arrests.first)
        #expect(arrest.targets == ["jaan-kask"])
        #expect(arrest.agents.isEmpty, "\(arrest.agents)")
        #expect(Set(arrest.sentences.map(\.article)) == ["c", "d"])
    }

    @Test("the same person arrested months apart is arrested twice")
    func samePersonTwoArrests() {
        let events = EventFixture.events([
            .init(id: "a", date: "2025-01-10", body: "Jaan Kask was arrested in Tartu on 8 January 2025."),
            .init(id: "b", date: "2025-09-10", body: "Jaan Kask was arrested again in Tartu on 6 September 2025."),
        ])
        #expect(events.filter { $0.type == .arrest }.count == 2)
    }

    @Test("attacks in one city months apart are two events")
    func sameCityDifferentDates() {
        let events = EventFixture.events([
            .init(id: "a", date: "2025-01-04", body: "An attack on a checkpoint in Kandahar on 3 January 2025 killed four soldiers."),
            .init(id: "b", date: "2025-05-21", body: "An attack on a mosque in Kandahar on 20 May 2025 killed eleven worshippers."),
        ])
        #expect(events.filter { $0.place == "kandahar" }.count == 2)
        #expect(events.map(\.date) == ["2025-01-03", "2025-05-20"])
    }

    @Test("a knowledge event gathers the sentences that name it, and keeps its origin and figures")
    func knowledgeEventGetsEvidence() throws {
        let knowledge = KnowledgeBase(
            path: "knowledge.yaml",
            entities: [Entity(id: "harbour-bridge-bombing", name: "Harbour Bridge bombing", kind: .event, aliases: ["bridge bombing"], origin: .knowledge)],
            events: [KnowledgeEvent(id: "harbour-bridge-bombing", name: "Harbour Bridge bombing", date: "2025-03-02", figures: ["killed": "7"])])
        let events = EventFixture.events(
            [.init(id: "a", date: "2025-03-10", body: "Divers searched the river a week after the Harbour Bridge bombing.")], knowledge: [knowledge])
        #expect(events.count == 1)
        let event = try #require(events.first)
        #expect(event.origin == .knowledge)
        #expect(event.id == "harbour-bridge-bombing")
        #expect(event.sentences.map(\.article) == ["a"])
        #expect(event.figures == [EventFigure(measure: "killed", value: "7")])
    }

    @Test("an extracted event beside a knowledge event of another day stays apart, marked by origin")
    func extractedBesideKnowledge() {
        let knowledge = KnowledgeBase(path: "knowledge.yaml", events: [
            KnowledgeEvent(id: "osh-summit", name: "Osh summit", date: "2025-06-01", place: "osh"),
        ])
        let events = EventFixture.events(
            [.init(id: "a", date: "2025-09-20", body: "Leaders met at a summit in Osh on 19 September 2025 to discuss water.")], knowledge: [knowledge])
        #expect(events.map(\.origin) == [.knowledge, .extracted])
        #expect(events.last?.date == "2025-09-19")
        #expect(events.first?.sentences.isEmpty == true)
    }

    @Test("'the attack' again in an undated article is the attack it reported; 'an attack' elsewhere is another one")
    func definiteJoinsIndefiniteStaysApart() {
        let events = EventFixture.events([.init(id: "a", date: nil, body: """
            Gunmen attacked a train near Quetta. The attack lasted for hours. \
            Last year an attack on a police station in Kandahar killed eleven officers.
            """)])
        let attacks = events.filter { $0.type?.family == .attack }
        #expect(attacks.count == 2, "\(attacks.map(\.name))")
        #expect(attacks.first { $0.place == "quetta" }?.sentences.count == 2)
    }

    @Test("an undated article's later reports of its attack, with no place of their own or with its first city, are that attack")
    func laterReportsJoinTheArticlesAttack() throws {
        let events = EventFixture.events([.init(id: "a", date: nil, body: """
            Officials accused the Harbour Front on Monday of responsibility for a bombing that killed six people. \
            Sunday's blast wounded 81. The explosion tore through Taksim Square in the afternoon. \
            Police said the order for the attack was given from abroad.
            """)])
        let attacks = events.filter { $0.type?.family == .attack }
        #expect(attacks.count == 1, "\(attacks.map(\.name))")
        #expect(try #require(attacks.first).sentences.count == 4)
    }

    @Test("an attack 'in western Pakistan's Chaman town' happened in Chaman, and Pakistan is not its target")
    func cityOverItsCountry() throws {
        let events = EventFixture.events([.init(id: "a", date: "2025-02-15", body: """
            Gunmen killed nine people in a deadly attack on a school in western Pakistan's Chaman town on Friday.
            """)])
        let attack = try #require(events.first { $0.type?.family == .attack })
        #expect(attack.place == "chaman")
        #expect(!attack.targets.contains("pakistan"))
    }

    @Test("an attack first reported with no date is the one the article later dates: one event, with that date")
    func datedAfterUndated() throws {
        let events = EventFixture.events(
            "ISIS claimed an attack at a mosque in Oman that killed nine people. The attack on Monday night shocked the country.",
            date: "2024-07-16")
        let attacks = events.filter { $0.type?.family == .attack }
        #expect(attacks.count == 1, "\(attacks.map(\.id))")
        #expect(attacks.first?.date == "2024-07-15")
    }

    @Test("a deed the story recalls, dated long before it, does not take the place of another deed in the next sentence")
    func recalledDeedKeepsNoOtherPlace() throws {
        let events = EventFixture.events(
            "The army blames him for the raid on March 3, 2024. He took over after the previous commander was killed in a blast in Herat.",
            date: "2025-06-01")
        let raid = try #require(events.first { $0.date == "2024-03-03" })
        #expect(raid.place != "herat", "\(raid.place ?? "none")")
    }

    @Test("a deed recalled with its year is not the undated deed the article opens with")
    func recalledYearIsNotTheLead() throws {
        let events = EventFixture.events(
            "The rare attack outside Gaza drew condemnation from Kuwait and Oman. Israel accused the targeted men of planning the October 7, 2023 massacre.",
            date: "2025-09-09")
        let recalled = try #require(events.first { $0.date == "2023-10-07" })
        #expect(!recalled.sentences.contains { $0.sentence == 0 }, "\(events.map(\.id))")
    }

    @Test("a dated deed the sentence calls another one does not join the article's undated lead")
    func anotherIsNotTheLead() throws {
        let events = EventFixture.events(
            "Gunmen attacked a police post in Khash, killing nine guards. In another such incident, four guards were killed in Khash on July 2.",
            date: "2025-09-09")
        let lead = try #require(events.first { $0.sentences.contains { $0.sentence == 0 } })
        #expect(!lead.sentences.contains { $0.sentence == 1 }, "\(events.map(\.id))")
        #expect(!lead.figures.contains { $0.value == "four" })
        let withTrigger = EventFixture.events(
            "Gunmen attacked a police post in Khash, killing nine guards. In another such incident, gunmen stormed a post in Khash on July 2.",
            date: "2025-09-09")
        let first = try #require(withTrigger.first { $0.sentences.contains { $0.sentence == 0 } })
        #expect(first.date != "2025-07-02" && !first.sentences.contains { $0.sentence == 1 }, "\(withTrigger.map(\.id))")
    }

    @Test("'the last major assault' of a story is a deed before the one it reports, whose toll is not this one's; 'last week's attack' is this one")
    func lastIsTheOneBefore() throws {
        let events = EventFixture.events(
            "Gunmen stormed a church in Komanda on Sunday, killing 20. The last big raid by the ADF near there came in February, when 31 farmers were killed in Mambasa.",
            date: nil)
        let komanda = try #require(events.first { $0.place == "komanda" })
        #expect(!komanda.figures.contains { $0.value == "31" }, "\(komanda.figures)")
        #expect(!komanda.sentences.contains { $0.sentence == 1 })
        let claimed = EventFixture.events("Gunmen stormed a church in Komanda on Sunday, killing 20. The ADF claimed last week's attack in Komanda.", date: nil)
        #expect(claimed.first { $0.place == "komanda" }?.sentences.count == 2, "\(claimed.map(\.id))")
    }

    @Test("a coup by the same army, reported undated by two articles, is one coup")
    func oneCoupUndated() throws {
        let events = EventFixture.events([
            .init(id: "a", date: nil, body: "Mali's military seized power after weeks of protests."),
            .init(id: "b", date: nil, body: "The country braced for more unrest after Mali's army seized power."),
        ])
        let coups = events.filter { $0.type == .coup }
        #expect(coups.count == 1, "\(coups.map(\.id))")
        #expect(Set(coups.first?.sentences.map(\.article) ?? []) == ["a", "b"])
    }

    @Test("a report at a place an article says is in a city, and one in that city, are one deed; another city's stays apart")
    func placeTheCorpusContains() throws {
        let events = EventFixture.events([
            .init(id: "a", date: "2025-09-09", body: "Gunmen opened fire at Zelda Junction on Monday, killing three. Roads around Zelda Junction in Haifa were closed."),
            .init(id: "b", date: "2025-09-09", body: "Three men were shot dead near a tram station in Haifa on Monday."),
            .init(id: "c", date: "2025-09-09", body: "Three men were shot dead near a tram station in Nazareth on Monday."),
        ])
        let haifa = try #require(events.first { $0.sentences.contains { $0.article == "a" } }, "\(events.map(\.id))")
        #expect(Set(haifa.sentences.map(\.article)) == ["a", "b"], "\(events.map { ($0.id, $0.sentences.map(\.article)) })")
    }
}

extension EventMergingTests {
    @Test("a dated story's lead that gives no time is not an attack another article dated years before at the same place")
    func timelessLeadIsRecent() throws {
        let events = EventFixture.events([
            .init(id: "a", date: "2016-10-25", body: "Gunmen killed 12 people in an attack on a guest house in Garissa on Tuesday."),
            .init(id: "b", date: "2018-03-02", body: "Four police reservists died in a raid on a police camp in Garissa."),
            .init(id: "c", date: "2016-10-26", body: "Six people were wounded in an attack on a guest house in Garissa."),
        ])
        let attacks = events.filter { $0.type?.family == .attack }
        #expect(attacks.count == 2, "\(attacks.map(\.name))")
        let first = try #require(attacks.first { $0.sentences.contains { $0.article == "a" } })
        #expect(Set(first.sentences.map(\.article)) == ["a", "c"])
    }

    @Test("'the attack killed 17', fitting its own article's undated attack and another's at the same city, is its own article's")
    func definiteReportStaysInItsArticle() throws {
        let events = EventFixture.events([
            .init(id: "a", date: "2023-08-09", body: "A missile attack on Kharkiv on Wednesday killed two people."),
            .init(id: "b", date: "2022-10-09", body: "According to the regional governor, 12 people were killed. "
                + "He said that the army launched 12 airstrikes on Kharkiv overnight. Most rockets hit apartment buildings, he said. "
                + "Kharkiv Mayor Ivan Borysenko said later that the attack had killed 17 people."),
        ])
        let first = try #require(events.first { $0.sentences.contains { $0.article == "a" } }, "\(events.map(\.id))")
        #expect(first.sentences.allSatisfy { $0.article == "a" }, "\(events.map { ($0.id, $0.sentences.map(\.article)) })")
    }

    @Test("two leads that give no date, in articles published a month apart, report two attacks at the same city")
    func undatedLeadsMonthsApart() {
        let events = EventFixture.events([
            .init(id: "a", date: "2022-10-09", body: "Rockets fired by Russian forces in an attack on Kharkiv overnight killed 12 people."),
            .init(id: "b", date: "2022-11-06", body: "One man died in an attack on Kharkiv by Russian troops, officials said."),
            .init(id: "c", date: "2022-10-10", body: "Twelve people died in an attack on Kharkiv, officials said."),
        ])
        let attacks = events.filter { $0.type?.family == .attack }
        #expect(attacks.count == 2, "\(attacks.map { ($0.id, $0.sentences.map(\.article)) })")
        #expect(attacks.contains { Set($0.sentences.map(\.article)) == ["a", "c"] }, "\(attacks.map { ($0.id, $0.sentences.map(\.article)) })")
    }

    @Test("another kind of deed by another named doer, later in the story, is another deed: a kidnapping after a strike")
    func anotherDoersDeedStaysApart() throws {
        let events = EventFixture.events([
            .init(id: "a", date: "2025-07-16", body: "Israeli jets struck Damascus on Wednesday, killing three people. "
                + "According to a monitor, Bedouin gunmen have abducted 11 Druze civilians, while other factions took five hostages."),
        ])
        let strike = try #require(events.first { $0.place == "damascus" }, "\(events.map(\.id))")
        #expect(strike.sentences.count == 1, "\(events.map { ($0.id, $0.sentences.map(\.sentence)) })")
        #expect(!strike.agents.contains { $0.hasPrefix("bedouin") }, "\(strike.agents)")
        #expect(events.contains { $0.type == .kidnapping }, "\(events.map(\.id))")
    }
}
