/// The full-text half of ``MemoryCorpusStore``'s search, built to answer as the index's FTS5 tables
/// do: the same tokens, the same phrase and prefix matching, BM25 with the same weights (title ten
/// times the body; entity names ten, aliases five) and the same typo correction.
struct MemorySearch: Sendable {
    /// Article rows: title, then text.
    private let articles: [FullTextDocument]
    private let articleRanking: BM25
    /// Entity rows, over the whole catalog as the index's `entity_fts`: name, then aliases.
    private let entities: [FullTextDocument]
    private let entityRanking: BM25
    /// Every article word with the number of articles holding it, in byte order (FTS5's vocabulary).
    private let vocabulary: [(term: String, docs: Int)]
    private let documentCounts: [String: Int]

    static let articleWeights = [10.0, 1.0]
    static let entityWeights = [10.0, 5.0]

    init(articles: [Article], catalog: [Entity]) {
        self.articles = articles.map { FullTextDocument([$0.title, $0.text]) }
        articleRanking = BM25(rows: articles.count, totalTokens: self.articles.reduce(0) { $0 + $1.length })
        entities = catalog.map { FullTextDocument([$0.name, $0.aliases.joined(separator: "\n")]) }
        entityRanking = BM25(rows: catalog.count, totalTokens: entities.reduce(0) { $0 + $1.length })
        var counts: [String: Int] = [:]
        for document in self.articles {
            for term in Set(document.columns.joined()) { counts[term, default: 0] += 1 }
        }
        documentCounts = counts
        vocabulary = counts.map { (term: $0.key, docs: $0.value) }.sorted { $0.term.utf8.lexicographicallyPrecedes($1.term.utf8) }
    }

    // MARK: - Matching and ranking

    /// The articles among `candidates` that the query's words select, each with its BM25 score.
    func articleScores(_ query: SearchQuery, among candidates: [Int]) -> [(index: Int, score: Double)] {
        let clauses = query.clauses.map { $0.terms.map { FullTextPhrase($0) } }
        let excluded = query.excluded.map { FullTextPhrase($0) }
        return score(clauses: clauses, excluded: excluded, rows: articles, among: candidates,
                     ranking: articleRanking, weights: Self.articleWeights)
    }

    /// The catalog entities whose name or aliases hold the query's words (outside `title:`), with their
    /// scores; nil when the query has no such words.
    func entityScores(_ query: SearchQuery) -> [(index: Int, score: Double)]? {
        // An OR group with a `title:` term is left out whole, as the index does.
        let clauses = query.clauses.filter { !$0.terms.contains(where: \.titleOnly) }
        guard !clauses.isEmpty else { return nil }
        let excluded = query.excluded.filter { !$0.titleOnly }
        return score(clauses: clauses.map { $0.terms.map { FullTextPhrase($0, titleColumn: nil) } },
                     excluded: excluded.map { FullTextPhrase($0, titleColumn: nil) },
                     rows: entities, among: Array(entities.indices), ranking: entityRanking, weights: Self.entityWeights)
    }

    /// Rows where every clause has a phrase that matches and no excluded phrase does, scored over the
    /// clauses' phrases in the order FTS5 numbers them.
    private func score(
        clauses: [[FullTextPhrase]], excluded: [FullTextPhrase], rows: [FullTextDocument], among candidates: [Int],
        ranking: BM25, weights: [Double]
    ) -> [(index: Int, score: Double)] {
        let phrases = clauses.flatMap { $0 }
        // IDF counts the rows of the whole table, not only the candidates.
        let idfs = phrases.map { phrase in ranking.idf(hits: rows.lazy.filter { $0.matches(phrase) }.count) }
        var out: [(index: Int, score: Double)] = []
        for index in candidates {
            let row = rows[index]
            guard clauses.allSatisfy({ $0.contains(where: row.matches) }), !excluded.contains(where: row.matches) else { continue }
            let frequencies = phrases.map { BM25.frequency(row.instances(of: $0), weights: weights) }
            out.append((index, ranking.score(frequencies: frequencies, idfs: idfs, length: row.length)))
        }
        return out
    }

    /// Whether any of `terms` occurs in the article (for exclusions without words to match).
    func articleContains(_ index: Int, anyOf terms: [SearchTerm]) -> Bool {
        terms.contains { articles[index].matches(FullTextPhrase($0)) }
    }

    // MARK: - Typos

    /// The query with each misspelt word replaced by the closest article word, or nil when none is.
    ///
    /// As the index: a word of four letters or more that no article holds, candidates sharing its first
    /// letter and within its edit limit (one up to five letters, else two), fewest edits then most
    /// articles; a candidate one edit away that shares the first two letters ends the search.
    func corrected(_ query: SearchQuery) -> SearchQuery? {
        query.replacingTerms(fix)
    }

    private func fix(_ term: SearchTerm) -> SearchTerm? {
        guard term.form == .word else { return nil }
        let word = TextFolding.key(term.text).lowercased()
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 4, scalars.allSatisfy({ $0.properties.isAlphabetic || $0.properties.numericType != nil }),
              documentCounts[word] == nil,
              let next = scalars[0].value < 0x10FFFF ? Unicode.Scalar(scalars[0].value + 1) : nil else { return nil }
        let limit = scalars.count <= 5 ? 1 : 2
        let lengths = (scalars.count - limit)...(scalars.count + limit)
        let pair = String(String.UnicodeScalarView(scalars.prefix(2)))
        let pairEnd = pair + "\u{10FFFF}"
        var best: (term: String, distance: Int, docs: Int)?
        func closest(from low: String, below high: String) {
            for (candidate, docs) in vocabulary
            where !candidate.utf8.lexicographicallyPrecedes(low.utf8) && candidate.utf8.lexicographicallyPrecedes(high.utf8)
                && lengths.contains(candidate.unicodeScalars.count) {
                guard let distance = EditDistance.distance(word, candidate, limit: limit) else { continue }
                if let current = best, distance > current.distance || (distance == current.distance && docs <= current.docs) { continue }
                best = (candidate, distance, docs)
            }
        }
        closest(from: pair, below: pairEnd)
        if (best?.distance ?? Int.max) > 1 {
            closest(from: String(scalars[0]), below: pair)
            closest(from: pairEnd, below: String(next))
        }
        guard let best else { return nil }
        var fixed = term
        fixed.text = best.term
        return fixed
    }
}
