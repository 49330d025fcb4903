/// Relations found in an article: sentence patterns ("X claimed responsibility for Y", "X, a
/// branch of Y", "alliance comprising A, B and C", "X's ally Y", ...) and co-occurrence of two
/// entities in one sentence. Each relation carries the sentence that supports it.
public enum RelationExtractor {
    /// Pattern relations and co-occurrences of one article, in sentence order.
    ///
    /// - parameters:
    ///   - article: the article whose `text` the mentions index.
    ///   - mentions: its mentions in text order, as ``EntityLinker/mentions(in:)`` gives them.
    ///   - catalog: the catalog the mentions come from, for entity kinds and a city's country.
    public static func relations(in article: Article, mentions: [Mention], catalog: EntityCatalog) -> [Relation] {
        relations(in: article, mentions: mentions, catalog: catalog, scanned: nil)
    }

    /// As above, reusing the words the linker already scanned and, when it gives them, the catalog
    /// positions of the mentions' entities.
    static func relations(
        in article: Article, mentions: [Mention], catalog: EntityCatalog, scanned: (text: String, words: [Word])?, positions: [Int32]? = nil
    ) -> [Relation] {
        var out: [Relation] = []
        var groups: [CooccurrenceGroup]?
        extract(in: article, mentions: mentions, catalog: catalog, scanned: scanned, positions: positions, into: &out, groups: &groups)
        return out
    }

    /// As above, with each sentence's co-occurrences as one group where they are every pair of its
    /// entities (a sentence not longer than ``longSentence``), not a relation per pair; the pairs of a
    /// long sentence, each with its own evidence, stay relations. Expanding each group
    /// (``CooccurrenceGroup/relations(evidence:)``) in its sentence's place gives ``relations(in:mentions:catalog:)``.
    static func grouped(
        in article: Article, mentions: [Mention], catalog: EntityCatalog, scanned: (text: String, words: [Word])?, positions: [Int32]? = nil
    ) -> (relations: [Relation], groups: [CooccurrenceGroup]) {
        var out: [Relation] = []
        var groups: [CooccurrenceGroup]? = []
        extract(in: article, mentions: mentions, catalog: catalog, scanned: scanned, positions: positions, into: &out, groups: &groups)
        return (out, groups ?? [])
    }

    /// The relations of every sentence in order; with `groups`, co-occurrences of a sentence that is
    /// not long go there as one group instead of into `out`.
    private static func extract(
        in article: Article, mentions: [Mention], catalog: EntityCatalog, scanned: (text: String, words: [Word])?, positions: [Int32]?,
        into out: inout [Relation], groups: inout [CooccurrenceGroup]?
    ) {
        guard !mentions.isEmpty else { return }
        let context = ArticleContext(article: article, mentions: mentions, catalog: catalog, scanned: scanned, positions: positions)
        var previous = Antecedents.none
        var previousIndex = -2
        for sentence in context.sentences() {
            let before = sentence.index == previousIndex + 1 ? previous : .none
            // A "Read more" line is another article's headline: it states nothing this article says.
            let isLink = sentence.evidence.span.map { span in article.links.contains { $0.span.overlaps(span) } } ?? false
            if !isLink { out += SentencePatterns(sentence: sentence, context: context, previous: before).relations() }
            if let span = sentence.evidence.span, span.end - span.start > longSentence {
                out += nearbyCooccurrences(in: sentence, context: context)
            } else if let (ids, positions) = cooccurring(in: sentence, context: context) {
                if groups != nil, let span = sentence.evidence.span {
                    groups!.append(CooccurrenceGroup(sentence: sentence.index, span: span, entities: ids, positions: positions))
                } else {
                    out += CooccurrenceGroup.relations(of: ids, evidence: sentence.evidence)
                }
            }
            previous = Antecedents(sentence: sentence, ids: context.ids, kinds: context.kinds)
            previousIndex = sentence.index
        }
    }

    /// Entities of one sentence that are paired, at most.
    static let maximumCooccurring = 24

    /// In a sentence longer than this (characters), entities are paired only where they stand
    /// within ``nearby`` tokens of each other, and the evidence is the words around the two.
    static let longSentence = SentencePatterns.longSentence
    static let nearby = 30

    /// The entities a sentence (not a long one) pairs, sorted, when it names two or more, with their
    /// catalog positions (empty when the catalog lacks one of them).
    private static func cooccurring(in sentence: SentenceTokens, context: ArticleContext) -> (ids: [String], positions: [Int32])? {
        var named: [(position: Int32, id: String)] = []
        // A sentence naming dozens of entities is a list, not a statement about each pair. At most
        // ``maximumCooccurring`` ids: looked through, not hashed. The catalog is in id order and an id
        // has one position in the context, so positions are compared and sorted in place of the ids.
        for token in sentence.tokens where token.mention >= 0 && named.count < maximumCooccurring {
            let position = context.positions[token.mention]
            guard position >= 0 else { return cooccurringIDs(in: sentence, context: context).map { ($0, []) } }
            if !named.contains(where: { $0.position == position }) { named.append((position, context.ids[token.mention])) }
        }
        guard named.count >= 2 else { return nil }
        named.sort { $0.position < $1.position }
        return (named.map(\.id), named.map(\.position))
    }

    /// ``cooccurring(in:context:)`` by ids, for mentions of entities the catalog lacks.
    private static func cooccurringIDs(in sentence: SentenceTokens, context: ArticleContext) -> [String]? {
        var ids: [String] = []
        for token in sentence.tokens where token.mention >= 0 && ids.count < maximumCooccurring {
            let id = context.ids[token.mention]
            if !ids.contains(id) { ids.append(id) }
        }
        guard ids.count >= 2 else { return nil }
        ids.sort()
        return ids
    }

    /// Pairs of a long sentence: the first time two of its first ``maximumCooccurring`` entities
    /// stand near each other, with the words around them as evidence. Bounded in pairs and in text.
    private static func nearbyCooccurrences(in sentence: SentenceTokens, context: ArticleContext) -> [Relation] {
        let tokens = sentence.tokens
        var chosen: [String: Int] = [:]
        var lastSeen: [Int] = []
        var order: [String] = []
        var pairs: [Relation] = []
        var paired = Set<[Int]>()
        for (index, token) in tokens.enumerated() where token.mention >= 0 {
            let id = context.ids[token.mention]
            var slot = chosen[id]
            if slot == nil {
                guard order.count < maximumCooccurring else { continue }
                slot = order.count
                chosen[id] = order.count
                order.append(id)
                lastSeen.append(-1)
            }
            guard let slot else { continue }
            lastSeen[slot] = index
            for other in order.indices where other != slot && lastSeen[other] >= 0 && index - lastSeen[other] <= nearby {
                let key = [min(slot, other), max(slot, other)]
                guard paired.insert(key).inserted else { continue }
                let first = max(0, lastSeen[other] - SentencePatterns.evidenceMargin)
                let last = min(tokens.count - 1, index + SentencePatterns.evidenceMargin)
                let evidence = Evidence(
                    article: sentence.evidence.article, sentence: sentence.index,
                    text: WordScanner.slice(context.text, utf8: tokens[first].utf8Start, tokens[last].utf8End),
                    span: TextSpan(start: Int(tokens[first].start), end: Int(tokens[last].end)))
                let (a, b) = order[slot] < order[other] ? (order[slot], order[other]) : (order[other], order[slot])
                pairs.append(Relation(subject: a, predicate: .coOccursWith, object: b, origin: .cooccurrence,
                                      weight: 1, evidence: [evidence]))
            }
        }
        return pairs
    }

    /// Relations with the same subject, predicate, object and origin become one, evidence joined
    /// (by article, then sentence), weights summed; curated ones keep the largest weight.
    /// Sorted by subject, predicate, object, then origin.
    public static func merge(_ relations: [Relation]) -> [Relation] {
        var merged: [RelationKey: Relation] = [:]
        var order: [RelationKey] = []
        // Evidence already kept, by relation: a long sentence can state one tie thousands of times.
        var kept: [RelationKey: Set<Evidence>] = [:]
        for relation in relations {
            let key = relation.key
            // Taken out of the table while it grows, so that appending does not copy its evidence each time.
            guard var existing = merged.removeValue(forKey: key) else {
                merged[key] = relation
                order.append(key)
                continue
            }
            if kept[key] == nil { kept[key] = Set(existing.evidence) }
            for evidence in relation.evidence where kept[key]!.insert(evidence).inserted {
                existing.evidence.append(evidence)
            }
            if relation.origin == .curated {
                existing.weight = max(existing.weight, relation.weight)
            } else {
                existing.weight += relation.weight
            }
            if existing.role == nil { existing.role = relation.role }
            if existing.since == nil { existing.since = relation.since }
            if existing.until == nil { existing.until = relation.until }
            if existing.source == nil { existing.source = relation.source }
            merged[key] = existing
        }
        var out = order.compactMap { merged[$0] }
        for index in out.indices where out[index].evidence.count > 1 {
            out[index].evidence.sort(by: evidenceOrder)
        }
        out.sort {
            ($0.subject, $0.predicate.rawValue, $0.object, originRank($0.origin))
                < ($1.subject, $1.predicate.rawValue, $1.object, originRank($1.origin))
        }
        return out
    }

    private static func originRank(_ origin: RelationOrigin) -> Int {
        RelationOrigin.allCases.firstIndex(of: origin) ?? 0
    }

    /// The order of a merged relation's evidence: by article, sentence, then knowledge file and line.
    public static func evidenceOrder(_ a: Evidence, _ b: Evidence) -> Bool {
        (a.article ?? "", a.sentence ?? -1, a.location?.path ?? "", a.location?.line ?? 0, a.text)
            < (b.article ?? "", b.sentence ?? -1, b.location?.path ?? "", b.location?.line ?? 0, b.text)
    }
}
