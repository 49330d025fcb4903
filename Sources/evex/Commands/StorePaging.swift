import EventModel

/// Walks a store's paged lists to the end, a page at a time, so a command never asks for more
/// than one page at once.
extension CorpusStore {
    func allArticles(order: ArticleOrder, page: Int = 1000) throws -> [ArticleSummary] {
        var out: [ArticleSummary] = []
        while true {
            let batch = try articles(order: order, range: out.count..<(out.count + page))
            out += batch
            if batch.count < page { return out }
        }
    }

    func allEntities(kind: EntityKind?) throws -> [EntitySummary] {
        try entities(kind: kind, range: 0..<entityCount(kind: kind))
    }

    /// Entity ids in the order the article first names them.
    func entityIDs(inArticle id: String) throws -> [String] {
        var seen = Set<String>()
        return try mentions(inArticle: id).compactMap { seen.insert($0.entity).inserted ? $0.entity : nil }
    }
}
