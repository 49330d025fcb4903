import Foundation

/// A ``CorpusStore`` over a ``Corpus`` held in memory, for tests and small folders.
///
/// Every lookup table is built once in `init`, so each question is a dictionary read or an array
/// slice. Search is deliberately simple: every word of the query must appear in the article's title
/// or text (case- and diacritics-insensitive), the last word as a prefix while the user is typing;
/// entities match when a name or alias starts with the query. The index implements the same
/// protocol with the full query language.
///
/// ```swift
/// let store = MemoryCorpusStore(corpus)
/// let firstPage = try store.articles(order: .date, range: 0..<20)
/// ```
public struct MemoryCorpusStore: CorpusStore {
    /// The corpus every answer comes from, as loaded.
    public let corpus: Corpus

    private let articleIndex: [String: Int]
    private let summaries: [ArticleSummary]
    private let orders: [ArticleOrder: [Int]]
    private let mentionsByArticle: [String: [Mention]]
    private let firstMentions: [String: [Mention]]
    private let backlinkSources: [String: [Int]]
    private let entityIndex: [String: Int]
    private let entitySummaries: [EntitySummary]
    private let entityOrder: [EntityKind?: [Int]]
    private let entityNames: [String: Int]
    private let foldedEntityNames: [[String]]
    private let relationsByEntity: [String: [Int]]
    private let timelineEntries: [TimelineEntry]
    private let newsEvents: [NewsEvent]
    private let articleWords: [Set<String>]
    private let titleWords: [Set<String>]
    /// Every folded word of the corpus and of entity names, for typo-tolerant search.
    private let vocabulary: [String]
    private let vocabularySet: Set<String>

    /// Builds every lookup table once; linear in the size of the corpus.
    public init(_ corpus: Corpus) {
        self.corpus = corpus
        var articleIndex: [String: Int] = [:]
        for (index, article) in corpus.articles.enumerated() where articleIndex[article.id] == nil {
            articleIndex[article.id] = index
        }
        self.articleIndex = articleIndex

        var mentionsByArticle: [String: [Mention]] = [:]
        var firstMentions: [String: [Mention]] = [:]
        var seenPair: Set<String> = []
        var mentionCounts: [String: Int] = [:]
        for mention in corpus.mentions {
            mentionsByArticle[mention.article, default: []].append(mention)
            mentionCounts[mention.entity, default: 0] += 1
            if seenPair.insert(mention.article + "\u{0}" + mention.entity).inserted {
                firstMentions[mention.entity, default: []].append(mention)
            }
        }
        for key in mentionsByArticle.keys { mentionsByArticle[key]?.sort { $0.span < $1.span } }
        self.mentionsByArticle = mentionsByArticle
        self.firstMentions = firstMentions

        summaries = corpus.articles.map { article in
            let entityCount = Set((mentionsByArticle[article.id] ?? []).map(\.entity)).count
            return ArticleSummary(
                id: article.id, title: article.title, date: article.date, source: article.source,
                entityCount: entityCount, linkCount: article.links.count,
                unresolvedLinks: article.links.filter { $0.target == nil }.count)
        }

        let foldedTitles = corpus.articles.map { Self.fold($0.title) }
        let indices = Array(corpus.articles.indices)
        let articles = corpus.articles
        let byDate = indices.sorted { a, b in
            switch (articles[a].date, articles[b].date) {
            case let (x?, y?) where x != y: return x > y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return (foldedTitles[a], a) < (foldedTitles[b], b)
            }
        }
        let byTitle = indices.sorted { (foldedTitles[$0], $0) < (foldedTitles[$1], $1) }
        let bySource = indices.sorted { a, b in
            let x = Self.fold(articles[a].source ?? "\u{10FFFF}"), y = Self.fold(articles[b].source ?? "\u{10FFFF}")
            if x != y { return x < y }
            return (foldedTitles[a], a) < (foldedTitles[b], b)
        }
        orders = [.date: byDate, .title: byTitle, .source: bySource]

        var backlinkSources: [String: [Int]] = [:]
        for (index, article) in corpus.articles.enumerated() {
            for target in Set(article.links.compactMap(\.target)) where target != article.id {
                backlinkSources[target, default: []].append(index)
            }
        }
        self.backlinkSources = backlinkSources

        var entityIndex: [String: Int] = [:]
        var entityNames: [String: Int] = [:]
        var foldedEntityNames: [[String]] = []
        for (index, entity) in corpus.entities.enumerated() {
            if entityIndex[entity.id] == nil { entityIndex[entity.id] = index }
            let names = [entity.name] + entity.aliases
            foldedEntityNames.append(names.map(Self.fold))
            for name in [entity.id] + names {
                let key = Self.fold(name)
                if entityNames[key] == nil { entityNames[key] = index }
            }
        }
        self.entityIndex = entityIndex
        self.entityNames = entityNames
        self.foldedEntityNames = foldedEntityNames
        let entitySummaries = corpus.entities.map {
            EntitySummary(id: $0.id, name: $0.name, kind: $0.kind, mentions: mentionCounts[$0.id] ?? 0, confirmed: $0.confirmed)
        }
        self.entitySummaries = entitySummaries
        let foldedNames = corpus.entities.map { Self.fold($0.name) }
        let sortedEntities = corpus.entities.indices.sorted { a, b in
            let x = entitySummaries[a], y = entitySummaries[b]
            if x.mentions != y.mentions { return x.mentions > y.mentions }
            return (foldedNames[a], a) < (foldedNames[b], b)
        }
        var entityOrder: [EntityKind?: [Int]] = [nil: sortedEntities]
        for kind in EntityKind.allCases { entityOrder[kind] = sortedEntities.filter { entitySummaries[$0].kind == kind } }
        self.entityOrder = entityOrder

        var relationsByEntity: [String: [Int]] = [:]
        for (index, relation) in corpus.relations.enumerated() {
            relationsByEntity[relation.subject, default: []].append(index)
            if relation.object != relation.subject { relationsByEntity[relation.object, default: []].append(index) }
        }
        self.relationsByEntity = relationsByEntity

        // A corpus built by hand may give only its knowledge events; the loader gives them merged.
        let newsEvents = corpus.newsEvents.isEmpty && !corpus.events.isEmpty
            ? EventMerger.merge(knowledge: corpus.events, sentences: [], name: { _ in nil }, isCountry: { _ in false })
            : corpus.newsEvents
        self.newsEvents = newsEvents
        let dated = corpus.articles.compactMap { article in article.date.map { (date: $0, title: article.title, id: article.id) } }
        timelineEntries = TimelineEntry.timeline(events: newsEvents, articles: dated, isEntity: { entityIndex[$0] != nil })

        // Folding the whole text once is much cheaper than folding each word.
        titleWords = corpus.articles.map { Set(Self.words(in: Self.fold($0.title)).map(\.text)) }
        let articleWords = corpus.articles.map { Set(Self.words(in: Self.fold($0.title + " " + $0.text)).map(\.text)) }
        self.articleWords = articleWords
        var vocabularySet = articleWords.reduce(into: Set<String>()) { $0.formUnion($1) }
        for names in foldedEntityNames { for name in names { vocabularySet.formUnion(Self.words(in: name).map(\.text)) } }
        self.vocabularySet = vocabularySet
        vocabulary = vocabularySet.sorted()
    }

    // MARK: - Articles

    public func counts() throws -> CorpusCounts {
        CorpusCounts(
            articles: corpus.articles.count, entities: corpus.entities.count, relations: corpus.relations.count,
            links: corpus.linkCount, unresolvedLinks: corpus.unresolvedLinkCount,
            errors: corpus.diagnostics.filter { $0.severity == .error }.count,
            warnings: corpus.diagnostics.filter { $0.severity == .warning }.count)
    }

    public func articles(order: ArticleOrder, range: Range<Int>) throws -> [ArticleSummary] {
        let sorted = orders[order] ?? []
        return Self.clamp(range, sorted.count).map { summaries[sorted[$0]] }
    }

    public func article(id: String) throws -> Article? {
        articleIndex[id].map { corpus.articles[$0] }
    }

    public func mentions(inArticle id: String) throws -> [Mention] {
        mentionsByArticle[id] ?? []
    }

    public func backlinks(to id: String) throws -> [ArticleSummary] {
        (backlinkSources[id] ?? []).map { summaries[$0] }
    }

    // MARK: - Entities

    public func entityCount(kind: EntityKind?) throws -> Int {
        entityOrder[kind]?.count ?? 0
    }

    public func entities(kind: EntityKind?, range: Range<Int>) throws -> [EntitySummary] {
        let sorted = entityOrder[kind] ?? []
        return Self.clamp(range, sorted.count).map { entitySummaries[sorted[$0]] }
    }

    public func entity(id: String) throws -> Entity? {
        entityIndex[id].map { corpus.entities[$0] }
    }

    public func resolveEntity(named name: String) throws -> Entity? {
        let key = Self.fold(name.trimmingCharacters(in: .whitespaces))
        if let index = entityNames[key] { return corpus.entities[index] }
        return entityIndex[Slug.make(name)].map { corpus.entities[$0] }
    }

    public func relations(of entityID: String) throws -> [Relation] {
        (relationsByEntity[entityID] ?? []).map { corpus.relations[$0] }
    }

    public func allRelations() throws -> [Relation] {
        corpus.relations
    }

    public func mentioningArticles(entityID: String, limit: Int) throws -> [KeywordInContext] {
        var out: [KeywordInContext] = []
        for mention in firstMentions[entityID] ?? [] {
            guard out.count < max(0, limit), let index = articleIndex[mention.article] else { break }
            let article = corpus.articles[index]
            let sentence = article.sentences.indices.contains(mention.sentence) ? article.sentences[mention.sentence] : mention.span
            let highlight = TextSpan(start: mention.span.start - sentence.start, end: mention.span.end - sentence.start)
            out.append(KeywordInContext(article: summaries[index], sentence: mention.sentence, text: article.text.substring(sentence), highlight: highlight))
        }
        return out
    }

    // MARK: - Timeline, search, diagnostics

    public func timeline() throws -> [TimelineEntry] {
        timelineEntries
    }

    public func events() throws -> [NewsEvent] {
        newsEvents
    }

    public func events(involving entityID: String) throws -> [NewsEvent] {
        newsEvents.filter { $0.involves(entityID) }
    }

    public func search(_ query: String, limit: Int, asYouType: Bool) throws -> SearchResults {
        let terms = Self.words(in: query).map { Self.fold($0.text) }
        guard !terms.isEmpty, limit > 0 else { return SearchResults() }
        let prefixLast = asYouType && !(query.last.map { $0.isWhitespace } ?? false)
        let exact = search(terms: terms, prefixLast: prefixLast, entityQuery: Self.fold(query.trimmingCharacters(in: .whitespaces)), limit: limit)
        guard exact.articles.isEmpty && exact.entities.isEmpty else { return exact }
        // Nothing as written: try each unknown word's nearest neighbour in the corpus ("Tajiskistan").
        let corrected = terms.map { term in vocabularySet.contains(term) ? term : nearestWord(to: term) ?? term }
        guard corrected != terms else { return exact }
        var approximate = search(terms: corrected, prefixLast: false, entityQuery: corrected.joined(separator: " "), limit: limit)
        approximate.approximate = true
        return approximate
    }

    private func search(terms: [String], prefixLast: Bool, entityQuery: String, limit: Int) -> SearchResults {
        func matches(_ word: String, _ term: Int) -> Bool {
            term == terms.count - 1 && prefixLast ? word.hasPrefix(terms[term]) : word == terms[term]
        }
        var hits: [(index: Int, score: Double)] = []
        for index in corpus.articles.indices {
            let words = articleWords[index]
            let all = terms.indices.allSatisfy { term in
                term == terms.count - 1 && prefixLast ? words.contains { $0.hasPrefix(terms[term]) } : words.contains(terms[term])
            }
            guard all else { continue }
            let inTitle = terms.indices.filter { term in titleWords[index].contains { matches($0, term) } }.count
            hits.append((index, Double(inTitle * 10 + 1)))
        }
        hits.sort { $0.score != $1.score ? $0.score > $1.score : (summaries[$0.index].date ?? "", $1.index) > (summaries[$1.index].date ?? "", $0.index) }
        let articleHits = hits.prefix(limit).map { hit -> ArticleHit in
            let article = corpus.articles[hit.index]
            let (snippet, highlights) = Self.snippet(of: article) { word in terms.indices.contains { matches(word, $0) } }
            return ArticleHit(article: summaries[hit.index], score: hit.score, snippet: snippet, highlights: highlights)
        }

        var entityHits: [EntitySummary] = []
        if let order = entityOrder[nil], !entityQuery.isEmpty {
            for index in order where foldedEntityNames[index].contains(where: { $0.hasPrefix(entityQuery) }) {
                entityHits.append(entitySummaries[index])
                if entityHits.count >= limit { break }
            }
        }
        return SearchResults(articles: Array(articleHits), entities: entityHits, approximate: false, terms: terms)
    }

    /// The corpus word closest to `term` within one edit (two for words of eight letters or more);
    /// short words are never corrected, so that ordinary words do not turn into others.
    private func nearestWord(to term: String) -> String? {
        let target = Array(term)
        guard target.count >= 4 else { return nil }
        let limit = target.count >= 8 ? 2 : 1
        var best: (word: String, distance: Int)?
        for word in vocabulary where abs(word.count - target.count) <= limit {
            guard let distance = Self.editDistance(target, Array(word), limit: limit) else { continue }
            if let current = best, current.distance <= distance { continue }
            best = (word, distance)
        }
        return best?.word
    }

    /// Levenshtein distance, or nil once it exceeds `limit`.
    static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int? {
        guard !a.isEmpty else { return b.count <= limit ? b.count : nil }
        guard !b.isEmpty else { return a.count <= limit ? a.count : nil }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            var rowBest = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowBest = min(rowBest, current[j])
            }
            // Every later row is at least this row's best: stop once it is out of reach.
            if rowBest > limit { return nil }
            previous = current
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }

    // MARK: - Streaming

    public func relationPage(subject subjectID: String, after: RelationPageKey?, limit: Int) throws -> [RelationExcerpt] {
        let own = try relations(of: subjectID).filter { $0.subject == subjectID }.map(RelationExcerpt.init).sorted { $0.key < $1.key }
        return Array(own.lazy.filter { excerpt in after.map { $0 < excerpt.key } ?? true }.prefix(max(0, limit)))
    }

    public func relatedEntityIDs(of entityID: String, origin: RelationOrigin?) throws -> [String] {
        let ties = try relations(of: entityID).filter { origin == nil || $0.origin == origin }
        return Set(ties.map { $0.subject == entityID ? $0.object : $0.subject }).sorted()
    }

    public func articleIDPage(after: String?, limit: Int) throws -> [String] {
        Array(articleIndex.keys.filter { id in after.map { $0 < id } ?? true }.sorted().prefix(max(0, limit)))
    }

    public func diagnostics() throws -> [Diagnostic] {
        corpus.diagnostics
    }

    // MARK: - Helpers

    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// Runs of letters and digits, with their scalar offsets in `text`.
    static func words(in text: String) -> [(text: String, span: TextSpan)] {
        var out: [(String, TextSpan)] = []
        var current = String.UnicodeScalarView()
        var start = 0, offset = 0
        for scalar in text.unicodeScalars {
            if isWordScalar(scalar) {
                if current.isEmpty { start = offset }
                current.append(scalar)
            } else if !current.isEmpty {
                out.append((String(current), TextSpan(start: start, end: offset)))
                current = String.UnicodeScalarView()
            }
            offset += 1
        }
        if !current.isEmpty { out.append((String(current), TextSpan(start: start, end: offset))) }
        return out
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case 0..<0x80: return false
        default: return CharacterSet.alphanumerics.contains(scalar)
        }
    }

    /// The first sentence with a matching word, and where the matches stand in it.
    private static func snippet(of article: Article, matching: (String) -> Bool) -> (String, [TextSpan]) {
        for span in article.sentences {
            let sentence = article.text.substring(span)
            let spans = words(in: sentence).filter { matching(fold($0.text)) }.map(\.span)
            if !spans.isEmpty { return (sentence, spans) }
        }
        return (article.sentences.first.map { article.text.substring($0) } ?? "", [])
    }

    private static func clamp(_ range: Range<Int>, _ count: Int) -> Range<Int> {
        let lower = max(0, min(range.lowerBound, count))
        return lower..<max(lower, min(range.upperBound, count))
    }
}
