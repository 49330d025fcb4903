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

    /// As above, reusing the words the linker already scanned.
    static func relations(
        in article: Article, mentions: [Mention], catalog: EntityCatalog, scanned: (text: String, words: [Word])?
    ) -> [Relation] {
        guard !mentions.isEmpty else { return [] }
        let context = ArticleContext(article: article, mentions: mentions, catalog: catalog, scanned: scanned)
        var out: [Relation] = []
        for sentence in context.sentences() {
            out += SentencePatterns(sentence: sentence, context: context).relations()
            out += cooccurrences(in: sentence, context: context)
        }
        return out
    }

    /// Entities of one sentence that are paired, at most.
    static let maximumCooccurring = 24

    private static func cooccurrences(in sentence: SentenceTokens, context: ArticleContext) -> [Relation] {
        var seen = Set<String>()
        var ids: [String] = []
        // A sentence naming dozens of entities is a list, not a statement about each pair.
        for token in sentence.tokens where token.mention >= 0 && ids.count < maximumCooccurring {
            let id = context.ids[token.mention]
            if seen.insert(id).inserted { ids.append(id) }
        }
        guard ids.count >= 2 else { return [] }
        ids.sort()
        var out: [Relation] = []
        for first in ids.indices {
            for second in ids.indices where second > first {
                out.append(Relation(subject: ids[first], predicate: .coOccursWith, object: ids[second],
                                    origin: .cooccurrence, weight: 1, evidence: [sentence.evidence]))
            }
        }
        return out
    }

    /// Relations with the same subject, predicate, object and origin become one, evidence joined
    /// (by article, then sentence), weights summed; curated ones keep the largest weight.
    /// Sorted by subject, predicate, object, then origin.
    public static func merge(_ relations: [Relation]) -> [Relation] {
        var merged: [RelationKey: Relation] = [:]
        var order: [RelationKey] = []
        for relation in relations {
            let key = relation.key
            guard var existing = merged[key] else {
                merged[key] = relation
                order.append(key)
                continue
            }
            for evidence in relation.evidence where !existing.evidence.contains(evidence) {
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

    private static func evidenceOrder(_ a: Evidence, _ b: Evidence) -> Bool {
        (a.article ?? "", a.sentence ?? -1, a.location?.path ?? "", a.location?.line ?? 0, a.text)
            < (b.article ?? "", b.sentence ?? -1, b.location?.path ?? "", b.location?.line ?? 0, b.text)
    }
}
