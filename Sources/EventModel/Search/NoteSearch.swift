/// `note:` in a query: the articles and entities whose note (the reader's own, in the state store)
/// holds the words. The index holds the folder, not the notes, so the filter is applied here, over
/// what the store finds for the rest of the query.
///
///     let results = try NoteSearch.search("note:\"ask the mayor\" fire", store: store, state: state, limit: 20)
public enum NoteSearch {
    /// The `note:` values of a query and the query without them:
    /// `note:"ask the mayor" fire` -> (["ask the mayor"], "fire"). An empty `note:` (still being typed) is dropped.
    public static func split(_ query: String) -> (notes: [String], rest: String) {
        var tokens: [String] = []
        var current = ""
        var quoted = false
        for character in query {
            if character == "\"" { quoted.toggle() }
            if character.isWhitespace && !quoted {
                if !current.isEmpty { tokens.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { tokens.append(current) }
        var notes: [String] = []
        var rest: [String] = []
        for token in tokens {
            guard token.lowercased().hasPrefix("note:") else {
                rest.append(token)
                continue
            }
            var value = token.dropFirst(5)
            if value.hasPrefix("\"") { value = value.dropFirst() }
            if value.hasSuffix("\"") { value = value.dropLast() }
            if !value.isEmpty { notes.append(String(value)) }
        }
        // A space typed after the last word still means the word is whole, as the store reads it.
        let trailing = query.last?.isWhitespace == true && !rest.isEmpty ? " " : ""
        return (notes, rest.joined(separator: " ") + trailing)
    }

    /// Whether `note` holds every one of `terms`, whatever the case and diacritics.
    public static func matches(_ note: String?, _ terms: [String]) -> Bool {
        guard let note, !note.isEmpty else { return false }
        let folded = TextFolding.key(note)
        return terms.allSatisfy { folded.contains(TextFolding.key($0)) }
    }

    /// Runs `query` on `store`, with its `note:` filters applied from `state`.
    /// - throws: what the store throws (`SearchQueryError` for a malformed query).
    public static func search(_ query: String, store: any CorpusStore, state: any UserStateStore, limit: Int,
                              asYouType: Bool = false) throws -> SearchResults {
        let (notes, rest) = split(query)
        guard !notes.isEmpty else { return try store.search(query, limit: limit, asYouType: asYouType) }
        let notedArticles = try state.marks(.article).filter { matches($0.note, notes) }
        let notedEntities = try state.marks(.entity).filter { matches($0.note, notes) }
        let articleIDs = Set(notedArticles.map(\.id)), entityIDs = Set(notedEntities.map(\.id))
        guard !rest.trimmingCharacters(in: .whitespaces).isEmpty else {
            var results = SearchResults()
            for mark in notedArticles {
                guard let article = try store.article(id: mark.id) else { continue }
                results.articles.append(ArticleHit(article: try summary(of: article, store: store), score: 0, snippet: mark.note ?? "", highlights: []))
            }
            results.articles.sort { ($0.article.date ?? "", $1.article.id) > ($1.article.date ?? "", $0.article.id) }
            results.articles = Array(results.articles.prefix(limit))
            results.entities = Array(try summaries(of: entityIDs, store: store).prefix(limit))
            return results
        }
        // Every match of the rest, so that a noted article ranked past `limit` is not lost.
        var results = try store.search(rest, limit: max(limit, try store.counts().articles), asYouType: asYouType)
        results.articles = Array(results.articles.filter { articleIDs.contains($0.article.id) }.prefix(limit))
        results.entities = Array(results.entities.filter { entityIDs.contains($0.id) }.prefix(limit))
        return results
    }

    private static func summary(of article: Article, store: any CorpusStore) throws -> ArticleSummary {
        ArticleSummary(id: article.id, title: article.title, date: article.date, source: article.source,
                       entityCount: Set(try store.mentions(inArticle: article.id).map(\.entity)).count,
                       linkCount: article.links.count, unresolvedLinks: article.links.filter { $0.target == nil }.count)
    }

    /// The entities' summaries, most mentioned first, read kind by kind from the store's lists.
    private static func summaries(of ids: Set<String>, store: any CorpusStore) throws -> [EntitySummary] {
        var kinds = Set<EntityKind>()
        for id in ids { if let entity = try store.entity(id: id) { kinds.insert(entity.kind) } }
        var found: [EntitySummary] = []
        for kind in kinds.sorted() {
            let count = try store.entityCount(kind: kind)
            found += try store.entities(kind: kind, range: 0..<count).filter { ids.contains($0.id) }
        }
        return found.sorted { ($0.mentions, $1.name) > ($1.mentions, $0.name) }
    }
}
