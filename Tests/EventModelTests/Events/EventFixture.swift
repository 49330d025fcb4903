@testable import EventModel

/// Articles written for the event tests, linked and read as the loader would, then merged.
enum EventFixture {
    struct Story {
        var id: String
        var date: String?
        var body: String
    }

    static func article(_ story: Story) -> Article {
        var article = TestArticle.make(id: story.id, title: story.id, body: story.body)
        article.date = story.date
        return article
    }

    /// The events of these articles, with the knowledge given.
    static func events(_ stories: [Story], knowledge: [KnowledgeBase] = []) -> [NewsEvent] {
        events(articles: stories.map(article), knowledge: knowledge)
    }

    /// The events of articles read some other way (by the parser, with their datelines and headings).
    static func events(articles: [Article], knowledge: [KnowledgeBase] = []) -> [NewsEvent] {
        let catalog = EntityCatalog.build(knowledge: knowledge, contributions: articles.map(EntityCatalog.contribution(of:))).catalog
        let linker = EntityLinker(catalog: catalog)
        // As a corpus is read: the articles' `located_in` ties tell the merger where their places are.
        let analysed = articles.map(linker.analyseWithEvents)
        let containers = EventMerger.containers(analysed.flatMap(\.relations))
        return EventMerger.merge(
            knowledge: knowledge.flatMap(\.events), sentences: analysed.flatMap(\.events),
            name: { catalog.entity(id: $0)?.name }, isCountry: { catalog.kind(of: $0) == .country },
            isPerson: { catalog.kind(of: $0) == .person }, within: { containers[$0] ?? [] })
    }

    /// The events of one article.
    static func events(_ body: String, date: String? = nil) -> [NewsEvent] {
        events([Story(id: "story", date: date, body: body)])
    }
}
