import Testing
@testable import EventModel

/// Shapes a whole story shows, read by the parser as a text file is: its dateline, a page's subheadings,
/// the ages of the people it names and the feast days it dates by.
@Suite("Event story shapes")
struct EventStoryShapesTests {
    private func events(_ text: String, date: String? = "2025-04-23") throws -> [NewsEvent] {
        var article = try #require(ArticleParser.parse(text: text, path: "story.txt").article)
        article.date = date
        return EventFixture.events(articles: [article])
    }

    @Test("a deed the lead reports with a toll and no place of its own happened where the dateline was filed")
    func datelinePlacesTheLead() throws {
        let events = try events("""
            Court attack kills 12

            QUETTA (Reuters) – A suicide attack outside the district courts killed 12 people and wounded 30.

            The Pakistani Taliban claimed responsibility for the suicide attack.
            """)
        let attack = try #require(events.first { $0.type?.family == .attack }, "\(events.map(\.id))")
        #expect(events.filter { $0.type?.family == .attack }.count == 1, "\(events.map(\.id))")
        #expect(attack.place == "quetta")
        let values: [String] = attack.figures.map(\.value)
        #expect(values.contains("12"), "\(values)")
        #expect(attack.sentences.count == 2)
    }

    @Test("a dateline of a bureau abroad places no deed of the country the lead names: 'BANGKOK: A Myanmar military air strike ...'")
    func datelineOfABureauAbroad() throws {
        let events = try events("""
            Airstrike kills villagers

            BANGKOK (AFP) – A Myanmar military air strike on a farming village killed nine people, residents said on Wednesday.
            """)
        let attack = try #require(events.first { $0.type?.family == .attack }, "\(events.map(\.id))")
        #expect(attack.place != "bangkok", "\(events.map(\.id))")
        #expect(attack.agents == ["myanmar"], "\(attack.agents)")
    }

    @Test("a short paragraph with no stop is a page's subheading, which reports nothing")
    func subheadingsReportNothing() throws {
        let events = try events("""
            Market blast in Kabul

            A bomb exploded at a market in Kabul on Monday, killing six people.

            Blast aftermath and arrests

            The market reopened two days later.
            """)
        #expect(events.map(\.type) == [.bombing], "\(events.map(\.id))")
        #expect(events.first?.sentences.count == 1)
    }

    @Test("a person's age set off by commas counts no one")
    func agesAreNoToll() throws {
        let events = try events("""
            Church attack in Owo

            Two worshippers, Samuel Okoro, 71, and Ben Adeyemi, aged 45, died in the attack on a church in Owo on Sunday.
            """)
        let attack = try #require(events.first { $0.place == "owo" }, "\(events.map(\.id))")
        let values: [String] = attack.figures.map(\.value)
        #expect(!values.contains("71") && !values.contains("45"), "\(values)")
    }

    @Test("a feast day dates a deed: no one is called Yom Kippur or Eid al-Adha, and neither was attacked")
    func feastsAreDays() throws {
        let text = """
            Attacks on holy days

            A man attacked worshippers at a synagogue in Leeds on Yom Kippur, police said.

            Gunmen raided a mosque in Kano on Eid al-Adha, killing four.
            """
        let events = try events(text)
        #expect(events.allSatisfy { $0.targets.isEmpty }, "\(events.map(\.targets))")
        let article = try #require(ArticleParser.parse(text: text, path: "story.txt").article)
        let catalog = EntityCatalog.build(knowledge: [], contributions: [EntityCatalog.contribution(of: article)]).catalog
        #expect(catalog.resolve(name: "Yom Kippur") == nil && catalog.resolve(name: "Eid al-Adha") == nil)
    }

    @Test("'the U.S. consulate in Haifa': the abbreviation ends no clause, and the country owns the mission")
    func missionOfACountry() throws {
        let events = try events("""
            Drone hits consulate

            Late on Thursday a drone attack hit the U.S. consulate in Haifa, killing one guard.
            """)
        let attack = try #require(events.first, "\(events.map(\.id))")
        #expect(attack.place == "haifa", "\(events.map(\.id))")
        #expect(attack.date == "2025-04-17")
    }

    @Test("'an attack on pro-Israel marchers' hit the marchers, not Israel")
    func stanceIsNoTarget() throws {
        let events = try events("""
            Marchers attacked

            A man attacked pro-Israel marchers in Boulder on Sunday, injuring eight.
            """)
        let attack = try #require(events.first { $0.place == "boulder" }, "\(events.map(\.id))")
        #expect(!attack.targets.contains("israel"), "\(attack.targets)")
    }

    @Test("'X is accused of opening fire on the group' lays the shooting reported on X")
    func accusedOfOpeningFire() throws {
        let events = try events("""
            Two shot dead in Denver

            Two aid workers were shot dead outside a hotel in Denver on Friday. Marco Velez, 41, is accused of opening fire on the pair.
            """)
        let shooting = try #require(events.first { $0.place == "denver" }, "\(events.map(\.id))")
        #expect(shooting.type == .shooting)
        #expect(shooting.sentences.contains { $0.blamed.contains { $0.accused == "marco-velez" } }, "\(shooting.sentences.map(\.blamed))")
    }

    @Test("'gunmen killed X and abducted 25 students': X is the first verb's object, not the second's doer; 'attacked worshippers and then ordered Y' did not attack Y")
    func coordinatedVerbs() throws {
        let events = try events("""
            School raid in Sokoto

            Gunmen killed the school's bursar, Musa Bello, and abducted 25 students in Tureta on Monday.

            Police in Tureta later went after the bandits who attacked the guards and then ordered Governor Aliyu Dan to leave.
            """)
        #expect(events.allSatisfy { !$0.agents.contains("musa-bello") && !$0.targets.contains("aliyu-dan") }, "\(events.map { ($0.agents, $0.targets) })")
        #expect(events.allSatisfy { $0.sentences.allSatisfy { !$0.blamed.contains { $0.accused == "musa-bello" } } })
    }

    @Test("'the group' that a sentence names again after it is another group than that one")
    func theGroupNamedAfter() throws {
        let events = try events("""
            Clinic shelled in Kassala

            An attack by Al-Shabaab hit a clinic in Kassala on Monday, killing six. A relief network counted the dead. The group denounced the attack as a crime that showed Al-Shabaab's contempt for the law.
            """)
        #expect(events.allSatisfy { $0.sentences.allSatisfy { !$0.condemners.contains("al-shabaab") } }, "\(events.map { $0.sentences.map(\.condemners) })")
    }

    @Test("jets that struck are a strike 'the strike' names again; a strike that follows an attack leaves that attack its own")
    func strikeToldByItsVerb() throws {
        let events = try events("""
            Jets hit rebel camps

            Turkish jets struck rebel camps in Qandil on Monday. The Kurdish party condemned the strike, denouncing it as a crime.

            The strike follows an attack on Saturday by suspected militants on a police post in Hakkari that killed four officers.
            """)
        let strike = try #require(events.first { $0.place == "qandil" }, "\(events.map(\.id))")
        #expect(strike.sentences.count == 2, "\(strike.sentences.map(\.text))")
        let answered = try #require(events.first { $0.sentences.contains { $0.text.hasPrefix("The strike follows") } }, "\(events.map(\.id))")
        #expect(answered.date == "2025-04-19" && answered.place != "qandil", "\(answered.id)")
    }

    @Test("a body that opens with the claim word itself reads no word before the text")
    func claimOpensTheBody() throws {
        let events = try events("""
            Raid near the border

            claimed responsibility for the raid. The African Union condemned the attack.
            """)
        #expect(events.allSatisfy { $0.type?.family == .attack }, "\(events.map(\.id))")
    }

    @Test("a toll told 'on Monday when gunmen opened fire' is Monday's; an assault recalled with its month and year is another deed")
    func timeBeforeWhen() throws {
        let events = try events("""
            Gunmen kill four at a tram stop

            Four people were killed on Monday when two gunmen opened fire at a tram stop in Haifa.

            The last attack of this size came in March 2021, when three Hamas gunmen shot two guards at another stop.
            """)
        let shooting = try #require(events.first { $0.place == "haifa" }, "\(events.map(\.id))")
        #expect(shooting.date == "2025-04-21", "\(shooting.id)")
        #expect(!shooting.agents.contains("hamas") && shooting.sentences.count == 1, "\(shooting.agents) \(shooting.sentences.map(\.text))")
    }

    @Test("a name no gazetteer knows before 'vehicle' says whose vehicle, not where the deed was")
    func vehicleMakeIsNoPlace() throws {
        let events = try events("""
            Guards stabbed at the palace

            The attackers arrived in a KORO vehicle and stabbed three guards at the palace on Monday, killing one.
            """)
        #expect(!events.isEmpty && events.allSatisfy { $0.place != "koro" && $0.sentences.allSatisfy { !$0.places.contains("koro") } }, "\(events.map(\.id))")
    }

    @Test("the news agency 'according to' cites is no one arrested")
    func citedAgencyIsNotHeld() throws {
        let events = try events("""
            Dozens held after protests

            According to the state news agency Tasnim, at least 40 other people were arrested in Zahedan on Friday.
            """)
        #expect(!events.isEmpty && events.allSatisfy { !$0.targets.contains("tasnim") }, "\(events.map { ($0.id, $0.targets) })")
    }

    @Test("a strike on a leader's hometown is in the town, on the day its verb tells, and hits no leader")
    func strikeOnAHometown() throws {
        let events = try events("""
            Drone strike on a town

            A drone strike on Governor Ali Haidari's hometown of Kaleh Nar killed nine people on Monday.

            Two days later gunmen fired on shoppers near a packed market on the outskirts of Kaleh Nar, wounding four.
            """)
        let strike = try #require(events.first { $0.sentences.contains { $0.sentence == 0 } }, "\(events.map(\.id))")
        #expect(strike.place == "kaleh-nar" && strike.date == "2025-04-21", "\(strike.id)")
        #expect(!strike.targets.contains("ali-haidari"), "\(strike.targets)")
        #expect(events.contains { $0.place == "kaleh-nar" && $0.sentences.contains { $0.sentence == 1 } }, "\(events.map(\.id))")
    }

    @Test("a toll 'on Monday after a bomber detonated' dates the blast; 'X came under attack' places it at X; 'became leader in August after' dates no killing")
    func tollAfterAndCameUnderAttack() throws {
        let events = try events("""
            College attacked

            Four guards were wounded on Monday after a bomber detonated his vest at the front gate of a school in Tank.

            On Monday, the Cadet College in Tank came under attack when militants rammed a truck into its gate.
            """)
        let blast = try #require(events.first { $0.sentences.contains { $0.sentence == 0 } }, "\(events.map(\.id))")
        #expect(blast.date == "2025-04-21", "\(blast.id)")
        #expect(events.contains { $0.place == "cadet-college" || $0.sentences.contains { $0.sentence == 1 && $0.places.contains("cadet-college") } },
                "\(events.map(\.id))")
        let recalled = try self.events("Rahim Ali became leader of the party in March after Omar Said was killed in a bombing in Quetta.")
        #expect(recalled.allSatisfy { $0.date == nil }, "\(recalled.map(\.id))")
    }

    @Test("'in the restive north of X' places the lead in X, not where the dateline was filed; whom a statement was told to is no target")
    func restiveNorthAndListener() throws {
        let events = try events("""
            Attacks in Niger kill 30

            NIAMEY, Niger (AP) — Two attacks by insurgents in the restive west of Niger on Thursday killed 30 villagers.

            The bus company, Rimbo, told Reuters news agency the coach had been targeted by two rockets.
            """)
        let attacks = events.filter { $0.type?.family == .attack }
        #expect(attacks.contains { $0.place == "niger" }, "\(events.map(\.id))")
        #expect(!attacks.contains { $0.place == "niamey" }, "\(events.map(\.id))")
        #expect(!attacks.contains { $0.participants.contains("reuters") }, "\(attacks.map(\.participants))")
    }
}

extension EventStoryShapesTests {
    @Test("a toll with an aside of whom it counts ('14 people — including six children — were killed') is the whole toll")
    func tollWithAnAside() throws {
        for body in ["In a drone attack on Kherson on Friday, 14 people — including six children — were killed.",
                     "In a drone attack on Kherson on Friday, 14 people, including six children, were killed."] {
            let events = try events("Drone attack\n\n" + body)
            let attack = try #require(events.first { $0.type?.family == .attack }, "\(events.map(\.id))")
            #expect(attack.figures.map(\.value) == ["14"], "\(body)")
        }
    }
}

extension EventStoryShapesTests {
    @Test("'no death toll, two officials said ...': the officials who speak after a toll are no count of the dead")
    func officialsAfterATollCountNoOne() throws {
        let events = try events("""
            Village attack

            Gunmen killed about 30 villagers in a raid near Djenne on Sunday. The mayor gave no death toll, but \
            three local officials, who asked not to be named, said about 30 had died.
            """)
        let attack = try #require(events.first { $0.type?.family == .attack }, "\(events.map(\.id))")
        #expect(!attack.figures.map(\.value).contains("three"), "\(attack.figures)")
        #expect(attack.figures.map(\.value).contains("about 30"), "\(attack.figures)")
    }
}

extension EventStoryShapesTests {
    @Test("a place several words into a chain of locatives ('at a busy market in the southern Iraqi port town of X') places the deed")
    func longLocativeChain() throws {
        let events = try events("Market bombing\n\nA suicide bomber killed at least 14 people at a busy market in the southern Iraqi port town of Basra, police said.")
        let attack = try #require(events.first { $0.type?.family == .attack }, "\(events.map(\.id))")
        #expect(attack.place == "basra")
    }

    @Test("'a series of explosions shook X' reports one volley of deeds, placed and dated as 'the explosions' would be")
    func seriesOfBlasts() throws {
        let events = try events("Blasts in Basra\n\nA series of explosions shook the centre of the southern city of Basra on Monday, killing at least three people.")
        let bombing = try #require(events.first { $0.type?.family == .attack }, "\(events.map(\.id))")
        #expect(bombing.place == "basra")
        #expect(bombing.date == "2025-04-21")
    }
}

extension EventStoryShapesTests {
    @Test("shelling is an attack: 'died in shelling carried out by X's troops in the early hours ... in Y', 'X shelled Y'")
    func shellingIsAnAttack() throws {
        let noun = try events("""
            Shelling in Sumy

            Two people died in shelling carried out by Russian troops in the early hours of Monday in the \
            Ukrainian city of Sumy, the regional governor said.
            """)
        let attack = try #require(noun.first { $0.type?.family == .attack }, "\(noun.map(\.id))")
        #expect(attack.place == "sumy")
        #expect(attack.agents == ["russia"])
        #expect(attack.figures.map(\.value) == ["Two"])
        let verb = try events("Shelling in Sumy\n\nRussian forces shelled Kharkiv on Monday, killing two people.")
        let shelled = try #require(verb.first { $0.type?.family == .attack }, "\(verb.map(\.id))")
        #expect(shelled.place == "kharkiv")
        #expect(shelled.agents == ["russia"])
    }
}
