@testable import EventIndex
import EventModel
import Foundation
import Testing

/// The index stores evidence as spans and cuts each sentence from its article's text when read; what
/// it cuts must be the sentence the loader gave, whatever the characters before it.
@Suite("Evidence texts")
struct EvidenceTextTests {
    /// Articles whose sentences follow accented, wide and astral characters (two, three and four UTF-8
    /// bytes a scalar), with offices, co-occurrence and an event in several sentences of each.
    private func corpus() throws -> TempCorpus {
        let folder = try TempCorpus()
        // Two countries and a group, the only entities the knowledge file names.
        try folder.write("knowledge.yaml", """
            entities:
              - {id: red-hand, name: Red Hand, kind: organisation}
              - {id: norvania, name: Norvania, kind: country}
              - {id: sudmark, name: Sudmark, kind: country}

            """)
        try folder.article("accents", title: "Café talks in Norvania",
                           "Señor Núñez met Zoë in the café 東京 🙂 before the talks.",
                           "Norvania and Sudmark held talks in Zürich.",
                           "Police Chief Marco Rossi of Milan police said the Red Hand claimed responsibility for the bombing in Sudmark.")
        try folder.article("plain", title: "Talks again",
                           "Norvania and Sudmark held talks again.",
                           "Police Chief Anna Bianchi of Turin police said Sudmark and the Red Hand were not involved.")
        try folder.article("long", title: "One long sentence", (0..<40).map { number in
            "Police Chief Name\(number) Surname of Mil\u{e1}n\(number) police said ✓ Norvania and Sudmark were told"
        }.joined(separator: ", and ") + ".")
        return folder
    }

    /// Every sentence of evidence, each with the text the loader cut for that span.
    private func check(_ relations: [Relation], against texts: [String: String], _ what: String) {
        for evidence in relations.flatMap(\.evidence) {
            guard let article = evidence.article, let span = evidence.span, let text = texts[article] else { continue }
            #expect(evidence.text == text.substring(span), "\(what): \(article) \(span)")
            #expect(!evidence.text.isEmpty, "\(what): \(article) \(span)")
        }
    }

    @Test("relations, pages, ties and events quote the sentences the articles hold")
    func quotedSentences() throws {
        let folder = try corpus()
        let (index, _) = try folder.synced()
        let loaded = CorpusLoader.load(root: folder.root)
        let memory = MemoryCorpusStore(loaded)
        let texts = Dictionary(uniqueKeysWithValues: loaded.articles.map { ($0.id, $0.text) })

        let all = try index.allRelations()
        #expect(all.contains { $0.origin == .cooccurrence })
        #expect(all.contains { $0.origin == .pattern })
        #expect(all == (try memory.allRelations()))
        check(all, against: texts, "all")
        for id in ["norvania", "sudmark", "red-hand"] {
            #expect(try index.relations(of: id) == memory.relations(of: id), "\(id)")
            check(try index.relations(of: id), against: texts, id)
            let page = try index.relationPage(subject: id, after: nil, limit: 100)
            check(page.map(\.relation), against: texts, "page of \(id)")
            #expect(page == (try memory.relationPage(subject: id, after: nil, limit: 100)), "page of \(id)")
        }
        let between = try index.relations(between: "norvania", and: "sudmark")
        #expect(!between.isEmpty)
        #expect(between == (try memory.relations(between: "norvania", and: "sudmark")))
        check(between, against: texts, "between")

        let events = try index.events()
        #expect(events == (try memory.events()))
        let sentences = events.flatMap(\.sentences)
        #expect(!sentences.isEmpty)
        for sentence in sentences {
            #expect(sentence.text == texts[sentence.article]?.substring(sentence.span), "\(sentence.article) \(sentence.span)")
        }
    }

    @Test("a span is cut by Unicode scalars and clamped to the text")
    func scalarCuts() {
        let text = "aé東🙂b"
        let cut = ScalarText(bytes: Array(text.utf8))
        #expect(cut.scalarCount == 5)
        for start in -1...6 {
            for end in start...7 {
                let span = TextSpan(start: start, end: end)
                #expect(cut.cut(span) == text.substring(span), "\(start)..<\(end)")
            }
        }
        let ascii = ScalarText(bytes: Array("plain text".utf8))
        #expect(ascii.cut(TextSpan(start: 6, end: 99)) == "text")
    }
}
