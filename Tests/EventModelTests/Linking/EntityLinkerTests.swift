import Testing
@testable import EventModel

@Suite("Entity linking")
struct EntityLinkerTests {
    private func mentions(_ text: String, knowledge: [Entity] = []) -> [(text: String, entity: String)] {
        Fixture.link(text, knowledge: knowledge).mentions.map { ($0.text, $0.entity) }
    }

    @Test("a name holds a space when String.contains finds one, whether its bytes or the general search tell")
    func spaceInName() {
        for name in ["Soylu", "Suleyman Soylu", "Soylu ", " Soylu", "Ali\u{00A0}Bongo", "Ali \u{0301}Bongo", "Ali \u{0301}Bongo Ondimba",
                     "Élodie Dupont", "Dupont Élodie", "", " ", "東京 都"] {
            #expect(EntityLinker.hasSpace(name) == name.contains(" "), Comment(rawValue: name))
        }
    }

    @Test("Tajik, Tajiskistan and Tajikistan’s all carry the one Tajikistan id")
    func tajikistanForms() {
        let forms = Fixture.linked.mentions.filter { $0.entity == "tajikistan" }.map(\.text)
        #expect(forms.contains("Tajik"))
        #expect(forms.contains("Tajiskistan"))
        // "Tajikistan’s Foreign Ministry" is the ministry, its possessive kept in the one mention.
        #expect(Fixture.linked.mentions.contains { $0.text == "Tajikistan’s Foreign Ministry" && $0.entity == "foreign-ministry-of-tajikistan" })
        #expect(forms.contains("Tajikistan"))
        let russian = Fixture.linked.mentions.filter { $0.text == "Russian" }
        #expect(!russian.isEmpty && russian.allSatisfy { $0.entity == "russia" })
    }

    @Test("a possessive is part of the mention's text and span")
    func possessiveSpan() throws {
        let article = Fixture.article
        let mention = try #require(Fixture.linked.mentions.first { $0.text == "Moscow’s" })
        #expect(mention.entity == "moscow")
        #expect(article.text.substring(mention.span) == "Moscow’s")
        #expect(mention.sentence == Fixture.sentence(containing: "close Central Asian ally"))
        let straight = mentions("They met in Russia's capital.")
        #expect(straight.first?.text == "Russia's")
    }

    @Test("mentions come in text order, never overlap, and point into the text")
    func orderAndSpans() {
        let list = Fixture.linked.mentions
        for (previous, next) in zip(list, list.dropFirst()) { #expect(previous.span.end <= next.span.start) }
        for mention in list {
            #expect(Fixture.article.text.substring(mention.span) == mention.text)
            #expect(Fixture.article.sentences[mention.sentence].contains(mention.span.start))
        }
    }

    @Test("matching ignores case and diacritics; acronyms need capitals")
    func caseAndDiacritics() {
        let found = mentions("TAJIKISTAN and Tājikistan sent envoys. Then the U.S. and the US answered. Tell us more about Turkey and turkey.")
        #expect(found.map(\.entity) == ["tajikistan", "tajikistan", "united-states", "united-states", "turkey"])
        #expect(found[2].text == "U.S.")
    }

    @Test("the longest name wins and only whole words match")
    func longestWholeWords() {
        let found = mentions("Islamic State-Khorasan Province (ISIS-K) is not ISIS. Romanians met Mr. Chadwick in South Sudan.")
        #expect(found.map(\.text) == ["Islamic State-Khorasan Province", "ISIS-K", "ISIS", "Romanians", "Chadwick", "South Sudan"])
        #expect(found.map(\.entity) == ["isis-k", "isis-k", "isis", "romania", "chadwick", "south-sudan"])
    }

    @Test("a misspelt long name links, short or common or lowercase words never do")
    func boundedFuzzy() {
        #expect(mentions("Officials in Tajiskistan and Uzbekistn agreed.").map(\.entity) == ["tajikistan", "uzbekistan"])
        #expect(!mentions("Envoys from Irak arrived.").contains { $0.entity == "iraq" })
        #expect(mentions("later tajiskistan answered.").isEmpty)
        let curated = [Entity(id: "meanwhiles", name: "Meanwhiles", kind: .organisation, origin: .knowledge)]
        #expect(mentions("Meanwhile, nothing happened here.", knowledge: curated).isEmpty)
        let twins = [Entity(id: "karabala", name: "Karabalta", kind: .place, origin: .knowledge),
                     Entity(id: "karabalo", name: "Karabalto", kind: .place, origin: .knowledge)]
        #expect(mentions("They reached Karabaltu by noon.", knowledge: twins).map(\.entity) == ["karabaltu"])
    }

    @Test("a body named '... Church' is not 'the Orthodox church in' a town, a building of lowercase noun")
    func lowercaseChurch() {
        let church = [Entity(id: "serbian-orthodox-church", name: "Serbian Orthodox Church", kind: .organisation,
                             aliases: ["Orthodox Church"], origin: .knowledge)]
        #expect(mentions("A deacon of the Orthodox church in Nis was hurt.", knowledge: church).allSatisfy { $0.entity != "serbian-orthodox-church" })
        #expect(mentions("The Orthodox Church condemned the attack.", knowledge: church).map(\.entity) == ["serbian-orthodox-church"])
    }

    @Test("a capital used for its country still links to the city")
    func metonymy() {
        #expect(mentions("Moscow said it would respond.").map(\.entity) == ["moscow"])
    }
}
