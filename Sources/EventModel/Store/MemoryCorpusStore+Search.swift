extension MemoryCorpusStore {
    /// Runs a query in evex's search language as the index does (see ``CorpusStore/search(_:limit:asYouType:)``).
    ///
    /// - throws: ``SearchQueryError`` for a malformed query.
    public func search(_ query: String, limit: Int, asYouType: Bool) throws -> SearchResults {
        let parsed = try SearchQuery.parse(query, asYouType: asYouType)
        guard !parsed.isEmpty, limit > 0 else { return SearchResults() }
        var results = run(parsed, limit: limit)
        if results.articles.isEmpty && results.entities.isEmpty, let corrected = fullText.corrected(parsed), corrected != parsed {
            results = run(corrected, limit: limit)
            results.approximate = true
        }
        results.omittedTerms = parsed.omittedTerms
        return results
    }

    private func run(_ query: SearchQuery, limit: Int) -> SearchResults {
        var results = SearchResults()
        results.terms = query.positiveTerms.map { TextFolding.key($0.text).lowercased() }
        // entity: filters name entities; one that does not exist matches no article.
        let named = query.entities.map(resolvedIndex)
        if !named.contains(nil) {
            results.articles = articleHits(query, entities: named.compactMap { $0.map { catalog[$0].id } }, limit: limit)
        }
        results.entities = entityHits(query, named: named.compactMap { $0.map { catalogSummaries[$0] } }, limit: limit)
        return results
    }

    // MARK: - Articles

    private func articleHits(_ query: SearchQuery, entities: [String], limit: Int) -> [ArticleHit] {
        let sources = query.sources.map(Self.noCase)
        let candidates = corpus.articles.indices.filter { index in
            let article = corpus.articles[index]
            if !sources.isEmpty {
                // SQLite's instr(lower(source), lower(value)): ASCII case only.
                guard let source = article.source.map(Self.noCase),
                      sources.contains(where: { Self.contains(source, $0) }) else { return false }
            }
            if !entities.allSatisfy(articleEntities[index].contains) { return false }
            if !query.dates.isUnbounded { return article.date.map(query.dates.contains) ?? false }
            return true
        }
        guard !query.clauses.isEmpty else {
            // Filters only: newest first, like the article list, with the start of the text.
            guard !query.sources.isEmpty || !entities.isEmpty || !query.dates.isUnbounded || !query.excluded.isEmpty else { return [] }
            let kept = Set(candidates.filter { !fullText.articleContains($0, anyOf: query.excluded) })
            return (orders[.date] ?? []).filter(kept.contains).prefix(limit).map { index in
                let lead = String(String.UnicodeScalarView(corpus.articles[index].text.unicodeScalars.prefix(400)))
                return ArticleHit(article: summaries[index], score: 0, snippet: SearchSnippet.lead(lead), highlights: [])
            }
        }
        let paths = Dictionary(candidates.map { ($0, Array(corpus.articles[$0].path.utf8)) }, uniquingKeysWith: { first, _ in first })
        let ranked = fullText.articleScores(query, among: candidates).sorted { a, b in
            a.score != b.score ? a.score > b.score : paths[a.index]!.lexicographicallyPrecedes(paths[b.index]!)
        }
        let bodyTerms = query.positiveTerms.filter { !$0.titleOnly }
        return ranked.prefix(limit).map { hit in
            let snippet = SearchSnippet(corpus.articles[hit.index].text, terms: bodyTerms)
            return ArticleHit(article: summaries[hit.index], score: hit.score, snippet: snippet.text, highlights: snippet.highlights)
        }
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard haystack.count >= needle.count else { return false }
        return (0...(haystack.count - needle.count)).contains { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    // MARK: - Entities

    /// As the index: entities whose name or aliases hold the words, those with a name equal to the
    /// typed words first, then those with a name that begins with them, then the most mentioned, the
    /// most relevant (BM25), by name and id; else the `entity:` ones; else those of the `kind:` asked.
    private func entityHits(_ query: SearchQuery, named: [EntitySummary], limit: Int) -> [EntitySummary] {
        let kinds = Set(query.kinds)
        if let scored = fullText.entityScores(query) {
            let typed = TextFolding.key(query.clauses.compactMap { clause -> String? in
                if case .term(let term) = clause { return term.text }
                return nil
            }.joined(separator: " "))
            func exact(_ index: Int) -> Bool { !typed.isEmpty && entityKeys[index].contains(typed) }
            func prefix(_ index: Int) -> Bool { !typed.isEmpty && entityKeys[index].contains { $0.utf8.starts(with: typed.utf8) } }
            let kept = scored.filter { listed[$0.index] && (kinds.isEmpty || kinds.contains(catalog[$0.index].kind)) }
            let sorted = kept.sorted { a, b in
                if exact(a.index) != exact(b.index) { return exact(a.index) }
                if prefix(a.index) != prefix(b.index) { return prefix(a.index) }
                let x = catalogSummaries[a.index], y = catalogSummaries[b.index]
                if x.mentions != y.mentions { return x.mentions > y.mentions }
                if a.score != b.score { return a.score > b.score }
                return Self.entityPrecedes(x, y)
            }
            return sorted.prefix(limit).map { catalogSummaries[$0.index] }
        }
        if !named.isEmpty { return named.filter { kinds.isEmpty || kinds.contains($0.kind) } }
        if !kinds.isEmpty {
            return (entityOrder[nil] ?? []).filter { kinds.contains(catalogSummaries[$0].kind) }.prefix(limit).map { catalogSummaries[$0] }
        }
        return []
    }
}
