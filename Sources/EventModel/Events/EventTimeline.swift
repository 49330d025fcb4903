extension TimelineEntry {
    /// The timeline both stores give: events and dated articles by date, an event before the articles
    /// of its day, then the undated events.
    ///
    /// - parameters:
    ///   - events: as ``EventMerger/merge(knowledge:sentences:name:isCountry:isPerson:)`` orders them.
    ///   - articles: dated articles, `(date, title, id)`, in the order they should list within a day.
    ///   - isEntity: whether an event id is also an entity, whose page Enter opens.
    public static func timeline(
        events: [NewsEvent], articles: [(date: String, title: String, id: String)], isEntity: (String) -> Bool
    ) -> [TimelineEntry] {
        var dated: [TimelineEntry] = []
        var undated: [TimelineEntry] = []
        for event in events {
            let subject: Subject
            if event.origin == .knowledge || isEntity(event.id) {
                subject = .event(entityID: event.id)
            } else if let first = event.sentences.first {
                subject = .report(eventID: event.id, article: first.article, sentence: first.sentence)
            } else {
                continue
            }
            let entry = TimelineEntry(date: event.date ?? "", title: event.name, subject: subject)
            if event.date == nil { undated.append(entry) } else { dated.append(entry) }
        }
        for article in articles { dated.append(TimelineEntry(date: article.date, title: article.title, subject: .article(id: article.id))) }
        // Stable: on the same date, events come before the articles about them.
        return dated.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element) + undated
    }
}
