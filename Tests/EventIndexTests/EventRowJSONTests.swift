import EventModel
import Foundation
import Testing
@testable import EventIndex

/// Event rows are written without `JSONEncoder`, and must be the bytes it writes: rows stored by an
/// older build and by this one are read by the same decoder.
@Suite("Event row JSON")
struct EventRowJSONTests {
    /// Every field set, every list with two members, and text that needs escaping.
    static let full = EventSentence(
        article: "articles/000/a0000002", sentence: 7, span: TextSpan(start: 120, end: 260), trigger: TextSpan(start: 140, end: 146),
        text: "", type: .bombing, place: "port-savi", places: ["port-savi", "velmoria"],
        time: EventTime(text: "on Friday, 22 March", date: "2024-03-22"), published: "2024-03-23", agents: ["gleha-front", "tiru-brigade"],
        targets: ["police"], figures: [EventFigure(measure: "killed", value: "at least 12"), EventFigure(measure: "injured", value: "30")],
        named: "savi-attack-2024", claimants: ["gleha-front"], condemners: ["velmoria", "sarnia"],
        blamed: [EventBlame(accused: "gleha-front", by: "velmoria"), EventBlame(accused: "tiru-brigade")])

    @Test("a sentence with every field set is written as JSONEncoder writes it")
    func everyField() {
        #expect(EventRowJSON.encode(Self.full) == Coding.encode(Self.full))
    }

    @Test("a sentence with no optional field and empty lists is written as JSONEncoder writes it")
    func emptyFields() {
        let bare = EventSentence(article: "a", sentence: 0, span: TextSpan(start: 0, end: 1), trigger: TextSpan(start: 0, end: 1),
                                 text: "", type: .arrest, time: EventTime(text: "yesterday", date: nil))
        #expect(EventRowJSON.encode(bare) == Coding.encode(bare))
        var timeless = bare
        timeless.time = nil
        #expect(EventRowJSON.encode(timeless) == Coding.encode(timeless))
    }

    @Test("quotes, slashes, control characters and other scripts are escaped as JSONEncoder escapes them")
    func escaping() {
        let controls = String(String.UnicodeScalarView((0..<0x20).compactMap(Unicode.Scalar.init)))
        for text in ["“quoted” \"plain\" back\\slash a/b", controls, "\u{7F} \u{2028} \u{2029} é 東京 🇳🇬", "</script>"] {
            var sentence = Self.full
            sentence.text = text
            sentence.time = EventTime(text: text, date: nil)
            sentence.figures = [EventFigure(measure: text, value: text)]
            #expect(EventRowJSON.encode(sentence) == Coding.encode(sentence), "\(text.debugDescription)")
        }
    }

    @Test("every event type is written by its name")
    func types() {
        for type in EventType.allCases {
            var sentence = Self.full
            sentence.type = type
            #expect(EventRowJSON.encode(sentence) == Coding.encode(sentence))
        }
    }

    @Test("the rows of extracted sentences decode to the sentences")
    func roundTrip() throws {
        let text = "Blast in Kabul\n\nA bomb exploded in Kabul on Friday, killing 12 people. Police arrested 3 suspects.\n"
        let article = try #require(ArticleParser.parse(text: text, path: "kabul.txt").article)
        let catalog = EntityCatalog.build(knowledge: [], contributions: [EntityCatalog.contribution(of: article)]).catalog
        let events = EntityLinker(catalog: catalog).analyseGrouped(article).events
        #expect(!events.isEmpty)
        for (row, sentence) in zip(EventRows.encode(events), events) {
            var stored = sentence
            stored.text = ""
            #expect(row.data == Coding.encode(stored))
            #expect(Coding.decode(EventSentence.self, row.data) == stored)
        }
    }
}
