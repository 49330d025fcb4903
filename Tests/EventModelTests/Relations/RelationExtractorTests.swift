import Testing
@testable import EventModel

@Suite("Relation extraction")
struct RelationExtractorTests {
    private var relations: [Relation] { Fixture.linked.relations }

    /// The pattern relation, with the sentence its single piece of evidence must come from.
    private func expectPattern(_ subject: String, _ predicate: Predicate, _ object: String, sentence words: String,
                               role: String? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let found = relations.first {
            $0.subject == subject && $0.predicate == predicate && $0.object == object && $0.origin == .pattern
        }
        guard let found else {
            Issue.record("no \(subject) \(predicate.rawValue) \(object)", sourceLocation: sourceLocation)
            return
        }
        let sentence = Fixture.sentence(containing: words)
        #expect(found.evidence.contains { $0.sentence == sentence && $0.article == "tajik-debate" }, sourceLocation: sourceLocation)
        for evidence in found.evidence {
            let index = evidence.sentence ?? -1
            #expect(evidence.text == Fixture.article.sentenceText(index), sourceLocation: sourceLocation)
            #expect(evidence.span == Fixture.article.sentences[index], sourceLocation: sourceLocation)
        }
        if let role { #expect(found.role == role, sourceLocation: sourceLocation) }
    }

    @Test("X claimed responsibility for Y, Y being the event named or the article's main event")
    func claim() {
        expectPattern("isis-k", .claimedResponsibilityFor, "moscow-attack", sentence: "claimed responsibility for the Moscow attack")
        expectPattern("isis-k", .claimedResponsibilityFor, "moscow-attack", sentence: "claimed responsibility for the killings")
        #expect(!relations.contains { $0.subject == "isis" && $0.predicate == .claimedResponsibilityFor })
    }

    @Test("a 'Read more' line is another article's headline and states no typed tie")
    func readMoreLineStatesNothing() throws {
        let text = """
            Mourning in Moscow

            The country held a National Day of Mourning on Sunday.

            Read more: Harbour Front claims deadly attack on Moscow concert hall
            """
        let article = try #require(ArticleParser.parse(text: text, path: "mourning.txt").article)
        #expect(!article.links.isEmpty)
        let knowledge = KnowledgeBase(path: "knowledge.yaml", entities: [
            Entity(id: "harbour-front", name: "Harbour Front", kind: .organisation, origin: .knowledge),
            Entity(id: "day-of-mourning", name: "National Day of Mourning", kind: .event, origin: .knowledge),
        ])
        let catalog = EntityCatalog.build(knowledge: [knowledge], contributions: [EntityCatalog.contribution(of: article)]).catalog
        let mentions = EntityLinker(catalog: catalog).mentions(in: article)
        #expect(mentions.contains { $0.entity == "harbour-front" })
        #expect(RelationExtractor.relations(in: article, mentions: mentions, catalog: catalog).allSatisfy { $0.origin != .pattern })
    }

    @Test("X, a branch of Y")
    func branch() {
        expectPattern("isis-k", .branchOf, "isis", sentence: "a branch of the Islamic State")
    }

    @Test("an alliance comprising A, B and C makes each a member")
    func membership() {
        for member in ["tajikistan", "armenia", "kazakhstan", "belarus", "kyrgyzstan"] {
            expectPattern(member, .memberOf, "csto", sentence: "alliance comprising")
        }
        #expect(!relations.contains { $0.subject == "russia" && $0.predicate == .memberOf })
    }

    @Test("Moscow’s close Central Asian ally Tajiskistan: Tajikistan is Russia's ally")
    func ally() {
        expectPattern("tajikistan", .allyOf, "russia", sentence: "close Central Asian ally")
        #expect(!relations.contains { $0.predicate == .allyOf && ($0.subject == "central-asia" || $0.object == "moscow") })
    }

    @Test("its war with Ukraine: the country before 'its' is at war")
    func war() {
        expectPattern("russia", .atWarWith, "ukraine", sentence: "its war with Ukraine")
    }

    @Test("condemnation from A, B and C, not from those offered help")
    func condemnation() {
        for country in ["kyrgyzstan", "kazakhstan", "uzbekistan"] {
            expectPattern(country, .condemned, "moscow-attack", sentence: "drew condemnation from")
        }
        #expect(!relations.contains { $0.subject == "russia" && $0.predicate == .condemned })
    }

    @Test("The Russian Defense Minister Sergei Shoigu holds an office of Russia")
    func role() {
        expectPattern("sergei-shoigu", .roleOf, "russia", sentence: "Defense Minister Sergei Shoigu", role: "Defense Minister")
    }

    @Test("an honorific after the office is not part of it")
    func honorific() {
        let knowledge = KnowledgeBase(path: "knowledge.yaml", entities: [
            Entity(id: "abdi-warsame", name: "Abdi Warsame", kind: .person, origin: .knowledge),
            Entity(id: "reza-karimi", name: "Reza Karimi", kind: .person, origin: .knowledge),
        ])
        let article = TestArticle.make(id: "a", title: "a", body: """
            Al-Shabaab spokesman Sheikh Abdi Warsame said the group carried out the raid. \
            Iranian Supreme Leader Ayatollah Reza Karimi vowed revenge.
            """)
        let catalog = EntityCatalog.build(knowledge: [knowledge], contributions: [EntityCatalog.contribution(of: article)]).catalog
        let mentions = EntityLinker(catalog: catalog).mentions(in: article)
        let roles = RelationExtractor.relations(in: article, mentions: mentions, catalog: catalog).filter { $0.predicate == .roleOf }
        #expect(roles.first { $0.subject == "abdi-warsame" }?.role == "spokesman")
        #expect(roles.first { $0.subject == "reza-karimi" }?.role == "Supreme Leader")
    }

    @Test("an office held before keeps its 'former' in the apposition that names it")
    func formerOffice() {
        let article = TestArticle.make(id: "a", title: "a", body: """
            Dilma Rousseff, the former president of Brazil, arrived in Kazan. \
            Omar Bakri, a former senior Hezbollah commander, was killed. \
            The talks were chaired by former Ghanaian President Kofi Asante.
            """)
        let catalog = EntityCatalog.build(knowledge: [], contributions: [EntityCatalog.contribution(of: article)]).catalog
        let mentions = EntityLinker(catalog: catalog).mentions(in: article)
        let roles = RelationExtractor.relations(in: article, mentions: mentions, catalog: catalog).filter { $0.predicate == .roleOf }
        #expect(roles.first { $0.subject == "dilma-rousseff" && $0.object == "brazil" }?.role == "former president")
        #expect(roles.first { $0.subject == "omar-bakri" && $0.object == "hezbollah" }?.role == "former commander")
        #expect(roles.first { $0.subject == "kofi-asante" && $0.object == "ghana" }?.role == "former President")
    }

    @Test("a word in brackets inside a title stays in the office, its brackets whole")
    func bracketedTitleWord() {
        let article = TestArticle.make(id: "a", title: "a", body: """
            "The convoy was hit," said Hamas's Inspector-General (Operations) Ali Hassan.
            """)
        let catalog = EntityCatalog.build(knowledge: [], contributions: [EntityCatalog.contribution(of: article)]).catalog
        let mentions = EntityLinker(catalog: catalog).mentions(in: article)
        let roles = RelationExtractor.relations(in: article, mentions: mentions, catalog: catalog).filter { $0.predicate == .roleOf }
        #expect(roles.first { $0.subject == "ali-hassan" && $0.object == "hamas" }?.role == "Inspector-General (Operations)")
    }

    @Test("'Minister of Interior of the X Republic' keeps the office's own 'of' phrase")
    func officeWithItsOwnOf() {
        let article = TestArticle.make(id: "a", title: "a", body: """
            Minister of Interior of the Slovak Republic Pavol Hrdina met the press.             The Minister of Foreign Affairs of Armenia, Gevorg Sahakyan, arrived in Vienna.
            """)
        let catalog = EntityCatalog.build(knowledge: [], contributions: [EntityCatalog.contribution(of: article)]).catalog
        let mentions = EntityLinker(catalog: catalog).mentions(in: article)
        let roles = RelationExtractor.relations(in: article, mentions: mentions, catalog: catalog).filter { $0.predicate == .roleOf }
        #expect(roles.first { $0.subject == "pavol-hrdina" && $0.object == "slovakia" }?.role == "Minister of Interior")
        #expect(roles.first { $0.subject == "gevorg-sahakyan" && $0.object == "armenia" }?.role == "Minister of Foreign Affairs")
    }

    @Test("'Dutch Consul General X' and 'The Mayor of X district, Y,' name their offices; a demonym on people abroad in the headline is not whose minister it is")
    func officesOfConsulsAndDistricts() {
        let article = TestArticle.make(id: "a", title: "Convoy carrying Chinese engineers was not armoured", body: """
            The guests included Dutch Consul General Pieter Vos. \
            The Mayor of Konak district, Selim Uysal, said the road was closed. \
            The governor of Kunar province, Abdul Zahir, visited the site. \
            Earlier, Prime Minister Omar Sadiq ordered an inquiry.
            """)
        let catalog = EntityCatalog.build(knowledge: [], contributions: [EntityCatalog.contribution(of: article)]).catalog
        let mentions = EntityLinker(catalog: catalog).mentions(in: article)
        let roles = RelationExtractor.relations(in: article, mentions: mentions, catalog: catalog).filter { $0.predicate == .roleOf }
        #expect(roles.first { $0.subject == "pieter-vos" && $0.object == "netherlands" }?.role == "Consul General")
        #expect(roles.first { $0.subject == "selim-uysal" && $0.object == "konak" }?.role == "Mayor")
        #expect(roles.first { $0.subject == "abdul-zahir" && $0.object == "kunar" }?.role == "governor")
        #expect(!roles.contains { $0.subject == "omar-sadiq" && $0.object == "china" })
    }

    @Test("militants in a country, a venue in a city, a city in a country")
    func activeAndLocated() {
        expectPattern("isis-k", .activeIn, "afghanistan", sentence: "ISIS-K militants in Afghanistan")
        expectPattern("crocus-city-hall", .locatedIn, "moscow", sentence: "concert hall in Moscow, Russia")
        expectPattern("moscow", .locatedIn, "russia", sentence: "concert hall in Moscow, Russia")
    }

    @Test("more patterns: member of, ally of, allies, at war with, condemned")
    func otherPhrasings() {
        let (article, catalog, mentions) = Fixture.link("""
            Armenia is a member of the CSTO. Belarus, an ally of Russia, hosted talks. \
            Kazakhstan and Uzbekistan are close allies. Russia is at war with Ukraine. \
            Kyrgyzstan and Tajikistan condemned the Moscow attack. Hezbollah fighters operate in Syria.
            """, knowledge: [Entity(id: "csto", name: "CSTO", kind: .organisation, origin: .knowledge),
                             Entity(id: "hezbollah", name: "Hezbollah", kind: .organisation, origin: .knowledge),
                             Entity(id: "moscow-attack", name: "Moscow attack", kind: .event, origin: .knowledge)])
        let found = Set(RelationExtractor.relations(in: article, mentions: mentions, catalog: catalog)
            .filter { $0.origin == .pattern }.map { "\($0.subject) \($0.predicate.rawValue) \($0.object)" })
        for expected in ["armenia member_of csto", "belarus ally_of russia", "kazakhstan ally_of uzbekistan",
                         "russia at_war_with ukraine", "kyrgyzstan condemned moscow-attack",
                         "tajikistan condemned moscow-attack", "hezbollah active_in syria"] {
            #expect(found.contains(expected), "missing \(expected)")
        }
    }

    @Test("an attack not named in the article is found through its place")
    func attackThroughPlace() {
        let earlier = TestArticle.make(id: "earlier", body: "The Crocus City Hall attack shocked Russia.")
        let article = TestArticle.make(id: "later", body: """
            Kazakhstan condemned the attack on Crocus City Hall. The Islamic State claimed the massacre at Crocus City Hall.
            """)
        let catalog = EntityCatalog.build(knowledge: [], contributions: [earlier, article].map(EntityCatalog.contribution(of:))).catalog
        let mentions = EntityLinker(catalog: catalog).mentions(in: article)
        let found = Set(RelationExtractor.relations(in: article, mentions: mentions, catalog: catalog)
            .filter { $0.origin == .pattern }.map { "\($0.subject) \($0.predicate.rawValue) \($0.object)" })
        #expect(found.contains("kazakhstan condemned crocus-city-hall-attack"))
        // "Islamic State" is the built-in group `isis`.
        #expect(found.contains("isis claimed_responsibility_for crocus-city-hall-attack"))
    }

    @Test("co-occurrence: one relation per pair, subject before object, weighted by sentences")
    func cooccurrence() throws {
        let pairs = relations.filter { $0.origin == .cooccurrence }
        #expect(pairs.allSatisfy { $0.subject < $0.object && $0.predicate == .coOccursWith })
        let csto = try #require(pairs.first { $0.subject == "csto" && $0.object == "tajikistan" })
        #expect(csto.weight == 1)
        let pair = try #require(pairs.first { $0.subject == "russia" && $0.object == "tajikistan" })
        #expect(pair.weight == Double(pair.evidence.count))
        #expect(pair.evidence.count >= 3)
        #expect(pair.evidence.map { $0.sentence ?? -1 } == pair.evidence.map { $0.sentence ?? -1 }.sorted())
        #expect(Set(pairs.map(\.key)).count == pairs.count)
    }

    @Test("merge joins evidence, sums co-occurrence weights and sorts")
    func merge() {
        let first = Evidence(article: "b", sentence: 2, text: "two")
        let second = Evidence(article: "a", sentence: 5, text: "five")
        let merged = RelationExtractor.merge([
            Relation(subject: "x", predicate: .coOccursWith, object: "y", origin: .cooccurrence, evidence: [first]),
            Relation(subject: "a", predicate: .allyOf, object: "b", origin: .pattern, evidence: [first]),
            Relation(subject: "x", predicate: .coOccursWith, object: "y", origin: .cooccurrence, evidence: [second]),
            Relation(subject: "a", predicate: .allyOf, object: "b", origin: .curated, weight: 1),
        ])
        #expect(merged.map(\.subject) == ["a", "a", "x"])
        #expect(merged.map(\.origin) == [.curated, .pattern, .cooccurrence])
        #expect(merged[2].weight == 2)
        #expect(merged[2].evidence == [second, first])
    }

    @Test("linking and extracting in one pass gives the same as two")
    func analyseInOnePass() {
        let linker = EntityLinker(catalog: Fixture.linked.catalog)
        let (mentions, found) = linker.analyse(Fixture.article)
        #expect(mentions == Fixture.linked.mentions)
        #expect(RelationExtractor.merge(found) == Fixture.linked.relations)
    }

    @Test("nothing to extract from an article without mentions")
    func empty() {
        let article = TestArticle.make(body: "")
        let catalog = EntityCatalog.build(knowledge: [], contributions: [EntityCatalog.contribution(of: article)]).catalog
        #expect(EntityLinker(catalog: catalog).mentions(in: article).isEmpty)
        #expect(RelationExtractor.relations(in: article, mentions: [], catalog: catalog).isEmpty)
    }
}
