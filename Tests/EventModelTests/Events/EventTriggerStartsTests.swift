import Testing
@testable import EventModel

/// The triggers a sentence's reader finds, each shape of the reader's many branches once: a word left
/// out of ``EventWords/triggerStarts`` would be passed over and its trigger lost.
@Suite("Event trigger starts")
struct EventTriggerStartsTests {
    /// The types of the triggers found in the first sentence of `text`, with no names known.
    private func triggerTypes(_ text: String) -> [EventType] {
        let article = EventFixture.article(EventFixture.Story(id: "story", date: nil, body: text))
        let scan = EventScan(article: article, mentions: [], catalog: EntityCatalog.build(knowledge: [], contributions: []).catalog,
                             scanned: nil)
        guard let first = scan.sentenceRanges().first else { return [] }
        return EventSentenceReader(scan: scan, range: first.words).triggers().map(\.type)
    }

    @Test("each way a trigger starts is found", arguments: [
        ("Gunmen opened fire on the crowd.", EventType.shooting),
        ("Two bombs went off at the airport.", .bombing),
        ("A suicide bomber blew himself up near the gate.", .bombing),
        ("The gunman fired shots at the guards.", .shooting),
        ("The militia launched missiles and drones at the base.", .attack),
        ("Two bases were targeted by missiles overnight.", .attack),
        ("A car bomb killed twelve people.", .bombing),
        ("Gunmen killed twenty people.", .attack),
        ("A missile strike destroyed the depot.", .attack),
        ("The attack destroyed the depot.", .attack),
    ])
    func starts(sentence: String, type: EventType) {
        #expect(triggerTypes(sentence).contains(type))
    }

    @Test("a sentence with no trigger word finds none")
    func none() {
        #expect(triggerTypes("The committee met on Tuesday to discuss the budget.").isEmpty)
    }

    @Test("the set holds every word the trigger table names")
    func table() {
        var missing = 0
        EventWords.triggers.forEachKey { if !EventWords.triggerStarts.contains($0) { missing += 1 } }
        #expect(missing == 0)
        for word in ["opened", "went", "shot", "blew", "fired", "targeted", "killed", "strike"] {
            #expect(EventWords.triggerStarts.contains(TextFolding.wordHash(word)), "\(word)")
        }
    }
}
