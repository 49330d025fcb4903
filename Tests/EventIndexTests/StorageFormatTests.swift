import EventModel
import Foundation
import Testing
@testable import EventIndex

@Suite("Storage formats")
struct StorageFormatTests {
    @Test("a catalog contribution comes back from its stored bytes unchanged, names with accents and all")
    func contributionRoundTrip() {
        let contribution = CatalogContribution(
            acronyms: [AcronymDefinition(acronym: "CSTO", expansion: "Collective Security Treaty Organization", count: 2)],
            candidates: [
                CandidateName(name: "Sergei Shoigu", key: "sergei shoigu", kind: .person, count: 3, variants: ["Shoigu"], role: "Defense Minister"),
                CandidateName(name: "Crocus City Hall", key: "crocus city hall", kind: .place, count: 300, variants: ["Crocus City concert hall", "Café Crocus"]),
            ])
        #expect(ContributionBlob.decode(ContributionBlob.encode(contribution)) == contribution)
        #expect(ContributionBlob.decode(ContributionBlob.encode(CatalogContribution())) == CatalogContribution())
    }

    @Test("damaged contribution bytes are refused, not read as another contribution")
    func damagedContribution() {
        let bytes = ContributionBlob.encode(CatalogContribution(acronyms: [AcronymDefinition(acronym: "UN", expansion: "United Nations")]))
        #expect(ContributionBlob.decode(bytes.dropLast()) == nil)
        #expect(ContributionBlob.decode(bytes + Data([1])) == nil)
    }

    @Test("co-occurrence is stored per sentence only when the sentence states every pair of its entities")
    func cooccurrenceGroups() {
        let text = "Alpha met Beta and Gamma. Delta stayed."
        let article = Article(id: "a", path: "a.txt", title: "T", text: text, paragraphs: [TextSpan(start: 0, end: 39)],
                              sentences: [TextSpan(start: 0, end: 25), TextSpan(start: 26, end: 39)])
        let mentions = [("alpha", 0, 5), ("beta", 10, 14), ("gamma", 19, 24)].map {
            Mention(article: "a", entity: $0.0, text: "", span: TextSpan(start: $0.1, end: $0.2), sentence: 0)
        }
        let evidence = Evidence(article: "a", sentence: 0, text: "Alpha met Beta and Gamma.", span: TextSpan(start: 0, end: 25))
        func pair(_ a: String, _ b: String) -> Relation {
            Relation(subject: a, predicate: .coOccursWith, object: b, origin: .cooccurrence, weight: 1, evidence: [evidence])
        }
        let all = [pair("alpha", "beta"), pair("alpha", "gamma"), pair("beta", "gamma")]
        let whole = CooccurrenceRows.split(all, article: article, mentions: mentions)
        #expect(whole.groups == [CooccurrenceRows.Group(sentence: 0, span: TextSpan(start: 0, end: 25), entities: ["alpha", "beta", "gamma"])])
        #expect(whole.others.isEmpty)
        // One pair missing: the sentence is not "every pair of its entities", so each relation keeps its own row.
        let partial = CooccurrenceRows.split(Array(all.prefix(2)), article: article, mentions: mentions)
        #expect(partial.groups.isEmpty)
        #expect(partial.others.count == 2)
    }

    @Test("an article's mentions come back from their packed row in order, spans out of order and unknown entities included")
    func mentionRoundTrip() {
        let mentions = [
            MentionRows.Packed(entity: 70_000, span: TextSpan(start: 400, end: 412), sentence: 3),
            MentionRows.Packed(entity: -1, span: TextSpan(start: 12, end: 20), sentence: 0),
            MentionRows.Packed(entity: 2, span: TextSpan(start: 12, end: 12), sentence: 0),
            MentionRows.Packed(entity: 70_000, span: TextSpan(start: 90_000, end: 90_300), sentence: 1_000),
        ]
        #expect(MentionRows.decode(MentionRows.encode(mentions)) == mentions)
        #expect(MentionRows.decode(MentionRows.encode([])).isEmpty)
        // Each sentence's entities the catalog has, once each in rowid order: the text a contentless table must be
        // told again to forget it.
        #expect(MentionRows.documents(mentions).map(\.sentence) == [0, 3, 1_000])
        #expect(MentionRows.documents(mentions).map(\.text) == ["2", "70000", "70000"])
        #expect(MentionRows.sentenceKey(article: 3, sentence: 5) == 3 << 20 | 5)
        var counts: [Int64: Int] = [:]
        MentionRows.count(mentions, sign: 1, into: &counts)
        MentionRows.count(Array(mentions.prefix(1)), sign: -1, into: &counts)
        #expect(counts == [70_000: 1, 2: 1])
    }

    @Test("a sentence's document names each of its entities once, in rowid order, whatever the order of the mentions")
    func sentenceDocuments() {
        let mentions = [(9, 2), (3, 2), (9, 2), (-1, 2), (5, 2), (4, 0), (4, 0), (-1, 1)].map {
            MentionRows.Packed(entity: Int64($0.0), span: TextSpan(start: 0, end: 1), sentence: $0.1)
        }
        #expect(MentionRows.documents(mentions).map(\.sentence) == [0, 2])
        #expect(MentionRows.documents(mentions).map(\.text) == ["4", "3 5 9"])
    }

    @Test("entity ids of a co-occurrence row come back in their order, the unknown entity (-1) and large rowids included")
    func intBlobRoundTrip() {
        let ids: [Int64] = [5, -1, 70_000, 0, Int64(Int32.max)]
        #expect(IntBlob.decode(IntBlob.encode(ids)) == ids)
        #expect(IntBlob.encode([5, 70]).count == 3)
        #expect(IntBlob.decode(nil).isEmpty)
    }

    @Test("a mention's text is cut from its article by span in Unicode scalars, as SQLite's substr cuts it")
    func mentionTexts() {
        let text = "Café Crocus: Zoë 🇫🇷 visited."
        let mentions = [
            MentionRows.Packed(entity: 1, span: TextSpan(start: 0, end: 11), sentence: 0),
            MentionRows.Packed(entity: 2, span: TextSpan(start: 13, end: 16), sentence: 0),
            MentionRows.Packed(entity: 3, span: TextSpan(start: 17, end: 19), sentence: 0),
            MentionRows.Packed(entity: 4, span: TextSpan(start: 40, end: 50), sentence: 0),
        ]
        #expect(MentionRows.texts(of: mentions, in: text) == ["Café Crocus", "Zoë", "🇫🇷", ""])
    }
}
