import EventModel
import ExplorerUI
import TerminalCore
import Testing

/// The fixture with two events read from its text: one dated, one that no sentence dates.
private let storeWithEvents: MemoryCorpusStore = {
    var corpus = Fixture.corpus
    let fire = corpus.articles.first { $0.id == "harbour-fire" }!
    func sentence(_ index: Int, _ type: EventType, trigger: String) -> EventSentence {
        let span = fire.sentences[index]
        let text = fire.text.substring(span)
        let offset = text.unicodeScalars.count - (text.range(of: trigger).map { text[$0.lowerBound...].unicodeScalars.count } ?? 0)
        return EventSentence(
            article: fire.id, sentence: index, span: span,
            trigger: TextSpan(start: span.start + offset, end: span.start + offset + trigger.unicodeScalars.count),
            text: text, type: type, place: "northgate-harbour", places: ["northgate-harbour"])
    }
    corpus.newsEvents = EventMerger.merge(
        knowledge: corpus.events,
        sentences: [sentence(3, .protest, trigger: "inquiry")],
        name: { id in corpus.entities.first { $0.id == id }?.name }, isCountry: { _ in false }, isPerson: { _ in false })
    return MemoryCorpusStore(corpus)
}()

@Suite("Events on the timeline and entity pages")
struct EventScreensTests {
    @Test("an event no sentence dates is listed last on the timeline as undated, and Enter reads its sentence")
    func undatedEventOnTimeline() throws {
        var h = Harness(store: storeWithEvents)
        h.press(.character("t"))
        #expect(h.lines[0] == "Timeline (6), oldest first")
        let row = try #require(h.row(containing: "Protests in Northgate Harbour"))
        #expect(h.lines[row].contains("undated    event"))
        #expect(row == 6)
        h.press(.character("G"), .enter)
        #expect(h.lines[0] == "Fire at the Northgate harbour")
    }

    @Test("who condemned an event read from the text has the tie on its page, and the event a page of its own")
    func tieToAnEvent() throws {
        var corpus = Fixture.corpus
        let fire = corpus.articles.first { $0.id == "harbour-fire" }!
        let span = fire.sentences[3]
        let report = EventSentence(
            article: fire.id, sentence: 3, span: span, trigger: TextSpan(start: span.start, end: span.start + 5),
            text: fire.text.substring(span), type: .protest, place: "northgate-harbour", places: ["northgate-harbour"],
            condemners: ["harbour-guild"])
        corpus.newsEvents = EventMerger.merge(
            knowledge: [], sentences: [report], name: { id in corpus.entities.first { $0.id == id }?.name }, isCountry: { _ in false }, isPerson: { _ in false })
        let store = MemoryCorpusStore(corpus)
        var h = Harness(store: store, width: 80, height: 40)
        h.press(.character(":"))
        h.type("entity Harbour Guild")
        h.press(.enter)
        let heading = try #require(h.row(containing: "  condemned"))
        #expect(h.lines[heading + 1].contains("\u{2192} Protests in Northgate Harbour [pattern]"))
        #expect(h.lines[heading + 2].contains("Mayor Ilse Varga promised"))
        let event = try #require(corpus.newsEvents.first)
        #expect(try store.entityOrEvent(id: event.id)?.name == "Protests in Northgate Harbour")
        #expect(try store.ties(of: event.id).map(\.subject) == ["harbour-guild"])
    }

    @Test("a participant's page lists the events it takes part in, with the sentence that reports each")
    func eventsOnEntityPage() throws {
        var h = Harness(store: storeWithEvents, width: 80, height: 60)
        h.press(.character(":"))
        h.type("entity Northgate Harbour")
        h.press(.enter)
        #expect(h.lines[0].hasPrefix("Northgate Harbour"))
        let heading = try #require(h.row(containing: "Events (2)"))
        #expect(h.lines[heading + 1].contains("2025-05-02  Northgate harbour fire  [knowledge, place]"))
        #expect(h.shows("undated  Protests in Northgate Harbour  [extracted, place]"))
        #expect(h.shows("Mayor Ilse Varga promised an inquiry within a week."))
    }
}
