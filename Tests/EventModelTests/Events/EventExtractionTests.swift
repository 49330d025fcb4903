import Testing
@testable import EventModel

@Suite("Events read from sentences")
struct EventExtractionTests {
    @Test("a shooting with its place, its day resolved against the article's date, and figures as written")
    func shootingWithFigures() throws {
        // 2025-02-15 is a Saturday: "on Friday" is the 14th.
        let events = EventFixture.events(
            "Gunmen opened fire in a shopping centre in Novosibirsk on Friday, killing more than 130 people and injuring about 95.",
            date: "2025-02-15")
        let event = try #require(events.first)
        #expect(events.count == 1)
        #expect(event.type == .shooting)
        #expect(event.origin == .extracted)
        #expect(event.place == "novosibirsk")
        #expect(event.name == "Shooting in Novosibirsk")
        #expect(event.date == "2025-02-14")
        #expect(event.figures.contains(EventFigure(measure: "killed", value: "more than 130")))
        #expect(event.figures.contains(EventFigure(measure: "injured", value: "about 95")))
    }

    @Test("an undated article leaves 'on Friday' unresolved instead of inventing a day")
    func unresolvedWithoutArticleDate() throws {
        let event = try #require(EventFixture.events("A bombing at a market in Peshawar on Friday killed at least 12 people.").first)
        #expect(event.type == .bombing)
        #expect(event.place == "peshawar")
        #expect(event.date == nil)
        #expect(event.unresolvedTime == "on Friday")
        #expect(event.figures == [EventFigure(measure: "killed", value: "at least 12")])
    }

    @Test("yesterday, last month, a day and month, and a full date resolve")
    func relativeAndAbsoluteTimes() {
        let body = """
        Police arrested four men in Lahore yesterday.

        Protests in Tbilisi last month drew thousands.

        A summit in Astana on 4 July 2024 brought the leaders together.

        Voters in Yerevan went to the polls in an election on March 9.
        """
        let events = EventFixture.events(body, date: "2025-03-12")
        let dates = Dictionary(events.compactMap { event in event.type.map { ($0, event.date ?? "none") } }, uniquingKeysWith: { a, _ in a })
        #expect(dates[.arrest] == "2025-03-11")
        #expect(dates[.protest] == "2025-02")
        #expect(dates[.summit] == "2024-07-04")
        #expect(dates[.election] == "2025-03-09")
    }

    @Test("'Sunday, 24 March' is the 24th, not the last Sunday before the article")
    func weekdayWithDate() throws {
        let event = try #require(EventFixture.events("Thousands joined a protest in Minsk on Sunday, 24 March, against the new law.", date: "2024-03-30").first)
        #expect(event.date == "2024-03-24")
        #expect(event.unresolvedTime == nil)
    }

    @Test("who did it: the subject of a claim, a by-phrase, the subject and object of a verb")
    func participants() {
        let body = """
        A suicide bombing hit a police station in Quetta on Tuesday, killing nine officers.

        The bombing was claimed by the Baloch Liberation Army.

        Iran sanctioned Canada on Wednesday over the dispute.
        """
        let events = EventFixture.events(body, date: "2025-05-01")
        let bombing = events.first { $0.type == .bombing }
        #expect(bombing?.agents == ["bla"])
        #expect(bombing?.place == "quetta")
        #expect(bombing?.sentences.count == 2)
        let sanction = events.first { $0.type == .sanction }
        #expect(sanction?.agents == ["iran"])
        #expect(sanction?.targets == ["canada"])
    }

    @Test("a passive arrest names who was arrested and who arrested them")
    func passiveArrest() throws {
        let event = try #require(EventFixture.events(
            "Opposition leader Daria Voronova was detained by Belarus in Minsk on Monday, her lawyer said.", date: "2025-06-04").first)
        #expect(event.type == .arrest)
        #expect(event.targets == ["daria-voronova"])
        #expect(event.agents == ["belarus"])
        #expect(event.place == "minsk")
        #expect(event.date == "2025-06-02")
    }

    @Test("denied, prevented and general events are not events")
    func negatedHedgedAndGeneral() {
        let body = """
        The group did not attack the convoy near Herat, its spokesman said.

        Police in Lyon foiled a plot to bomb a stadium.

        Officials said there was no arrest in Izmir.

        Attacks of this kind in Mosul have become rare.

        Analysts fear an attack in Erbil could follow.
        """
        #expect(EventFixture.events(body, date: "2025-01-10").isEmpty)
    }

    @Test("a Read more line is another article's title, not a report")
    func readMoreIsNotAReport() {
        #expect(EventFixture.events("Read more: Bombing in Karachi kills six at a bus station", date: "2025-01-10").isEmpty)
    }

    @Test("each event keeps its sentence, with the sentence's and the trigger's places in the text")
    func sentenceSpans() throws {
        let article = EventFixture.article(.init(id: "story", date: "2025-04-02", body: """
        Weather was calm in the capital. Troops stormed a hotel in Mogadishu on Tuesday after gunmen seized it.
        """))
        let event = try #require(EventFixture.events([.init(id: "story", date: "2025-04-02", body: article.text)]).first)
        let sentence = try #require(event.sentences.first)
        #expect(sentence.article == "story")
        #expect(sentence.sentence == 1)
        #expect(article.text.substring(sentence.span) == sentence.text)
        #expect(sentence.text.hasPrefix("Troops stormed a hotel in Mogadishu"))
        #expect(article.text.substring(sentence.trigger) == "stormed")
        #expect(event.date == "2025-04-01")
    }

    @Test("'the attack' later in an article is the attack it already named")
    func coreferenceInsideAnArticle() throws {
        let body = """
        Gunmen attacked a wedding party in Kunduz on Saturday, killing 14 guests.

        No group has said it was behind the attack.

        The Islamic State claimed the attack on Sunday through its news agency.
        """
        let events = EventFixture.events(body, date: "2025-08-11")
        #expect(events.count == 1)
        let event = try #require(events.first)
        #expect(event.place == "kunduz")
        #expect(event.sentences.map(\.sentence) == [0, 1, 2])
        #expect(event.date == "2025-08-09")
    }

    @Test("a stabbing with two figures in one clause, in 'the Turkish city of Izmir'")
    func stabbingFigures() throws {
        let event = try #require(EventFixture.events(
            "Two people were killed and four seriously hurt on Sunday in a stabbing in the Turkish city of Izmir, police said.",
            date: "2025-07-14").first)
        #expect(event.type == .attack)
        #expect(event.place == "izmir")
        #expect(event.date == "2025-07-13")
        #expect(event.figures == [EventFigure(measure: "killed", value: "Two"), EventFigure(measure: "injured", value: "four")])
    }

    @Test("'the Kazakh capital' is Astana, though the sentence never names it")
    func unnamedCapital() throws {
        let event = try #require(EventFixture.events("Leaders gathered for a summit in the Kazakh capital on 3 July 2024.").first)
        #expect(event.type == .summit)
        #expect(event.place == "astana")
        #expect(event.date == "2024-07-03")
    }
}
