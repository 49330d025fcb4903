import EventModel
import Foundation
import GRDB

extension IndexedCorpus {
    /// Runs a query in evex's search language (see ``SearchQuery``).
    ///
    /// Articles are ranked by BM25 with the title weighing ten times the body; each carries a snippet
    /// with its matches as spans. Entities whose name or alias is the words typed, or begins with them,
    /// come first, then the most mentioned, then by relevance. When the query as written matches
    /// nothing, misspelt words are replaced by the closest indexed words and the results say
    /// `approximate`. Every order and meaning is written in ``CorpusStore/search(_:limit:asYouType:)``,
    /// which ``MemoryCorpusStore`` follows too.
    ///
    /// - throws: ``SearchQueryError`` for a malformed query; ``IndexError`` when the index cannot be read.
    public func search(_ query: String, limit: Int, asYouType: Bool) throws -> SearchResults {
        let parsed = try SearchQuery.parse(query, asYouType: asYouType)
        return try search(parsed, limit: limit, asYouType: asYouType)
    }

    /// Runs a parsed query; see ``search(_:limit:asYouType:)``.
    ///
    /// With `asYouType`, a query whose words so far match more than ``asYouTypeRankedMatches`` articles
    /// lists the most recently indexed matches instead of ranking them all by BM25: the page comes back
    /// within a keystroke, and BM25 order returns as soon as the typed words narrow the set.
    public func search(_ query: SearchQuery, limit: Int, asYouType: Bool = false) throws -> SearchResults {
        guard !query.isEmpty, limit > 0 else { return SearchResults() }
        return try read { db in
            // Each row's length from memory for the ranking functions, for this read only (RowLengths).
            // Without them (they could not be read) each length is read through FTS5, as before.
            BoundedBM25.use((try? RowLengths.of(db, path: indexPath.path)) ?? nil, on: db)
            defer { BoundedBM25.use(nil, on: db) }
            var results = try Self.run(db, query, limit: limit, asYouType: asYouType, index: indexPath.path)
            if results.articles.isEmpty && results.entities.isEmpty,
               let corrected = try TypoCorrection.correct(db, query), corrected != query {
                results = try Self.run(db, corrected, limit: limit, asYouType: asYouType, index: indexPath.path)
                results.approximate = true
            }
            results.omittedTerms = query.omittedTerms
            return results
        }
    }

    /// The most articles a search-as-you-type ranks by BM25; past it the cost of ranking grows with the
    /// corpus (a two-letter prefix matches most articles) and would not fit between keystrokes.
    public static let asYouTypeRankedMatches = 1_000

    private static func run(_ db: Database, _ query: SearchQuery, limit: Int, asYouType: Bool, index: String) throws -> SearchResults {
        var results = SearchResults()
        results.terms = query.positiveTerms.map { TextFolding.key($0.text).lowercased() }
        // entity: filters name entities; one that does not exist matches no article.
        var entityIDs: [String] = []
        var unknownEntity = false
        var named: [EntitySummary] = []
        for name in query.entities {
            if let entity = try resolveEntity(db, named: name) {
                entityIDs.append(entity.id)
                if let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, name, kind, mentions, origin FROM entities WHERE id = ?"), arguments: [entity.id]) {
                    named.append(entitySummary(row))
                }
            } else {
                unknownEntity = true
            }
        }
        if !unknownEntity {
            results.articles = try articles(db, query, entityIDs: entityIDs, limit: limit, asYouType: asYouType, index: index)
        }
        results.entities = try entities(db, query, named: named, limit: limit, index: index)
        return results
    }

    // MARK: - Articles

    private static func articles(
        _ db: Database, _ query: SearchQuery, entityIDs: [String], limit: Int, asYouType: Bool, index: String
    ) throws -> [ArticleHit] {
        var filters: [String] = []
        var arguments = StatementArguments()
        if !query.sources.isEmpty {
            filters.append("(" + query.sources.map { _ in "instr(lower(a.source), lower(?)) > 0" }.joined(separator: " OR ") + ")")
            for source in query.sources { arguments += [source] }
        }
        // Filters that name the rows by rowid alone: with words to match they need no look-up of the
        // (wide) article row of each match.
        var rowFilters: [(_ rowid: String) -> String] = []
        var rowArguments = StatementArguments()
        for id in entityIDs {
            // An entity the catalog does not have matches a token no article holds (they hold rowids).
            let rowid = "coalesce((SELECT rowid FROM entities WHERE id = ?), 'none')"
            rowFilters.append { "\($0) IN (\(MentionRows.articlesNaming(rowid)))" }
            rowArguments += [id]
        }
        if let match = FTSExpression.positive(query) {
            // A bounded date range (`date:`, or `after:` with `before:`) becomes the set of rowids it holds, read
            // from the covering index on dates (`date >= X` is `substr(date, 1, 10) >= X` for a ten-character
            // X, and so for `<`): a month's filter reads that month's entries instead of every match's wide
            // article row. An open range holds most of the corpus, more than the matches: it is tested inside
            // the ranking, a bit per row from the dated rows read once per index generation (DatedRows).
            var dateFilters: [String] = []
            var dateArguments = StatementArguments()
            if let from = query.dates.from, let until = query.dates.until {
                rowFilters.append(Self.datedRows("date >= ? AND date < ?"))
                rowArguments += [from, until]
            } else {
                Self.dateBounds(query, into: &dateFilters, &dateArguments)
            }
            // The open range as a set read from the date index, for what is read in SQL: the count and the newest
            // page as you type, and the rest of a tie at the end of the page.
            var openRange: (filter: (String) -> String, arguments: StatementArguments)? = nil
            if let from = query.dates.from, query.dates.until == nil, from.count == 10 {
                openRange = (Self.datedRows("date >= ?"), [from])
            } else if let until = query.dates.until, query.dates.from == nil, until.count == 10 {
                openRange = (Self.datedRows("date < ?"), [until])
            }
            // Rank first, then build the page: SQLite would otherwise compute a snippet for every match
            // before sorting, which is most of the time of a broad query. The rowid filters are plain
            // (`+`) tests against a set read once: a bare IN on article_fts's rowid would run the match
            // once per row of the set.
            func ranked(_ filters: [String], _ arguments: StatementArguments,
                        extra: (filter: (String) -> String, arguments: StatementArguments)? = nil) -> ArticleRanking.Query {
                let rows = rowFilters + (extra.map { [$0.filter] } ?? [])
                let join = filters.isEmpty ? "" : "JOIN articles a ON a.rowid = article_fts.rowid"
                let conditions = "article_fts MATCH ?" + (filters + rows.map { $0("+article_fts.rowid") }).map { " AND " + $0 }.joined()
                // One phrase: a single term, no OR, nothing excluded, nothing else to filter the matches by.
                var onePhrase = filters.isEmpty && rows.isEmpty && query.excluded.isEmpty && query.clauses.count == 1
                if case .anyOf = query.clauses.first { onePhrase = false }
                // One word, or one prefix that has its own list (any other is a merge of lists at each setup,
                // and the walk sets the match up twice).
                let walked = onePhrase && FTSExpression.isOneListTerm(query) ? match : nil
                // A phrase compares positions in every row that has its words: its walk is split in two.
                var split: String? = nil
                if onePhrase, case .term(let term) = query.clauses.first, term.form == .phrase { split = index }
                var ranking = ArticleRanking.Query(source: "article_fts \(join)", conditions: conditions,
                                                   arguments: [match] + arguments + rowArguments + (extra?.arguments ?? []), onePhrase: onePhrase,
                                                   walked: walked, split: split)
                // One phrase in every column: two or three of the commonest words are ranked from their postings.
                if onePhrase, case .term(let term) = query.clauses.first, term.form != .prefix, !term.titleOnly {
                    ranking.pairPhrase = (term.text, index)
                }
                // Several terms that must all match, and nothing else: their matches may be fewer than the page
                // (EarlySnippets; an OR or an exclusion would make the words' expected count meaningless).
                let allOf = query.excluded.isEmpty && !query.clauses.contains { if case .anyOf = $0 { true } else { false } }
                if filters.isEmpty && rows.isEmpty && !onePhrase && allOf && !SearchSnippets.mergesPrefix(query) {
                    ranking.earlySnippets = limit
                }
                return ranking
            }
            let full = openRange.map { ranked(filters, arguments, extra: $0) } ?? ranked(filters + dateFilters, arguments + dateArguments)
            var newest: [ArticleRanking.Ranked]? = nil
            var newestSnippets: [Int64: SearchSnippet]? = nil
            if asYouType && filters.isEmpty && rowFilters.isEmpty && dateFilters.isEmpty && openRange == nil
                && SearchSnippets.mergesPrefix(query) {
                // Nothing but a match that merges a prefix's lists at each setup: the count and the page in one walk.
                let typed = try TypedPage.read(db, full, search: query, limit: limit, bound: asYouTypeRankedMatches)
                guard !typed.rows.isEmpty else { return [] }
                let missing = typed.rows.map(\.rowid).filter { typed.snippets[$0] == nil }
                let snippets = try missing.isEmpty ? typed.snippets
                    : SearchSnippets.of(db, match: match, query: query, rowids: typed.rows.map(\.rowid), matches: typed.matches)
                return try Self.hits(db, typed.rows, snippets: snippets)
            } else if asYouType {
                // Counting up to the bound walks the doclists without scoring: cheap even when it stops early.
                let matches = try Int.fetchOne(db.cachedStatement(sql: """
                    SELECT count(*) FROM (SELECT article_fts.rowid FROM \(full.source) WHERE \(full.conditions) LIMIT ?)
                    """), arguments: full.arguments + [asYouTypeRankedMatches + 1]) ?? 0
                if matches > asYouTypeRankedMatches {
                    // Without a join the rows come in rowid order as FTS5 walks them, and the snippets of the page
                    // are cut in the same walk: a statement of their own would set the match up again (for a prefix
                    // without its own list, a merge of the lists of every word it begins).
                    let snippetColumn = filters.isEmpty ? ", " + SearchSnippets.column : ""
                    let rows = try Row.fetchAll(db.cachedStatement(sql: """
                        SELECT article_fts.rowid, \(ArticleRanking.score)\(snippetColumn) FROM \(full.source) WHERE \(full.conditions)
                        ORDER BY article_fts.rowid DESC LIMIT ?
                        """), arguments: full.arguments + [limit])
                    newest = rows.map { ArticleRanking.Ranked(rowid: $0[0], score: $0[1]) }
                    if filters.isEmpty { newestSnippets = try SearchSnippets.of(db, rows: rows, column: 2, query: query) }
                }
            }
            let filter = try dateFilters.isEmpty || newest != nil ? nil : ArticleRanking.RowFilter(
                broader: ranked(filters, arguments),
                rows: DatedRows.of(db, path: index).bitmap(from: query.dates.from, until: query.dates.until))
            // Equal scores (copies of a story) come in path order, whatever order the index got them in.
            var matches: Int64?
            let page = try newest ?? ArticleRanking.top(db, full, limit: limit, filter: filter, matches: &matches)
            guard !page.isEmpty else { return [] }
            // Fewer rows than the page, with nothing but the match to filter them: the page is every match.
            let everyMatch = newest == nil && page.count < limit && filters.isEmpty && rowFilters.isEmpty && dateFilters.isEmpty
            let snippets = try newestSnippets ?? EarlySnippets.of(db, page: page, query: query)
                ?? SearchSnippets.of(db, match: match, query: query, rowids: page.map(\.rowid), everyMatch: everyMatch, matches: matches)
            return try Self.hits(db, page, snippets: snippets)
        }
        // Filters only (and perhaps exclusions): newest first, like the article list, read in date order.
        // An entity named in many articles: the date index is read in its order and each entry's rowid tested
        // against the set (`+`), until the page is full, instead of every naming article's row read and sorted.
        let byDate = try entityIDs.count == 1 && filters.isEmpty && query.dates.from == nil && query.dates.until == nil
            && query.excluded.isEmpty && Self.namedOften(db, entityIDs[0], limit: limit)
        filters += rowFilters.map { $0(byDate ? "+a.rowid" : "a.rowid") }
        arguments += rowArguments
        Self.dateBounds(query, into: &filters, &arguments)
        if let excluded = FTSExpression.excluded(query) {
            filters.append("a.rowid NOT IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)")
            arguments += [excluded]
        }
        guard !filters.isEmpty else { return [] }
        let sql = """
            SELECT \(ArticleRow.summaryColumns), substr(a.text, 1, 400) FROM articles a \(ArticleRow.stateJoin)
            WHERE \(filters.joined(separator: " AND ")) ORDER BY a.date IS NULL, a.date DESC, a.path LIMIT ?
            """
        return try Row.fetchAll(db.cachedStatement(sql: sql), arguments: arguments + [limit]).map { row in
            ArticleHit(article: ArticleRow.summary(row), score: 0, snippet: SearchSnippet.lead(row[7]), highlights: [])
        }
    }

    /// The page's articles with their scores and snippets.
    private static func hits(_ db: Database, _ page: [ArticleRanking.Ranked], snippets: [Int64: SearchSnippet]) throws -> [ArticleHit] {
        let summary = try db.cachedStatement(sql: "SELECT \(ArticleRow.summaryColumns) FROM articles a \(ArticleRow.stateJoin) WHERE a.rowid = ?")
        return try page.compactMap { hit -> ArticleHit? in
            guard let article = try Row.fetchOne(summary, arguments: [hit.rowid]) else { return nil }
            let snippet = snippets[hit.rowid] ?? SearchSnippet("", terms: [])
            return ArticleHit(article: ArticleRow.summary(article), score: -hit.score, snippet: snippet.text, highlights: snippet.highlights)
        }
    }

    /// Whether reading the date index in order, `N` entries for `k` rows of an entity named in `m` of `N`
    /// articles (`k·N/m` at an even spread), costs less than reading and sorting the `m` rows: an entry is
    /// read about seventy times faster than a row (at 100,000 and 1,000,000 articles, in the shell), so when
    /// `m² ≥ k·N/64`. Only as many naming articles as that needs are counted.
    private static func namedOften(_ db: Database, _ entity: String, limit: Int) throws -> Bool {
        let articles = try Int64.fetchOne(db.cachedStatement(sql: "SELECT max(rowid) FROM articles")) ?? 0
        let needed = Int((Double(limit) * Double(articles) / 64).squareRoot().rounded(.up))
        let rowid = "coalesce((SELECT rowid FROM entities WHERE id = ?), 'none')"
        let named = try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM (\(MentionRows.articlesNaming(rowid)) LIMIT ?)"),
                                     arguments: [entity, needed]) ?? 0
        return named >= needed
    }

    /// A test of a rowid against the set of dated articles that meet `condition`, read from the date index.
    private static func datedRows(_ condition: String) -> (_ rowid: String) -> String {
        { "\($0) IN (SELECT rowid FROM articles WHERE (date IS NULL) = 0 AND \(condition))" }
    }

    /// `after:` and `before:` as tests on each article's day.
    private static func dateBounds(_ query: SearchQuery, into filters: inout [String], _ arguments: inout StatementArguments) {
        if let from = query.dates.from {
            filters.append("substr(a.date, 1, 10) >= ?")
            arguments += [from]
        }
        if let until = query.dates.until {
            filters.append("substr(a.date, 1, 10) < ?")
            arguments += [until]
        }
    }

    // MARK: - Entities

    private static func entities(_ db: Database, _ query: SearchQuery, named: [EntitySummary], limit: Int, index: String) throws -> [EntitySummary] {
        let kinds = query.kinds.map(\.rawValue)
        let kindFilter = kinds.isEmpty ? "" : " AND e.kind IN (" + kinds.map { _ in "?" }.joined(separator: ", ") + ")"
        if let match = FTSExpression.entities(query) {
            // A name or alias equal to the words typed ("CSTO") comes first, then those that begin with
            // them ("CST" as you type), the most mentioned first, then the rest by relevance. Each of the
            // two sets is read once through the index on folded aliases (a range, not substr), instead of
            // a scan of all aliases for every matching entity.
            let typed = EntityRanking.typed(query)
            // The entities of a broad match, and the most mentioned of them, from memory (EntityTerms).
            let memory = { () throws -> (table: EntityTerms, terms: [EntityTerms.Term])? in
                guard let terms = try EntityTerms.terms(db, query), let table = try EntityTerms.of(db, path: index) else { return nil }
                return (table, terms)
            }
            if kinds.isEmpty, let page = try EntityRanking.page(db, match: match, typed: typed, limit: limit, memory: memory) { return page }
            // With no plain words (only OR groups) every alias would begin with "": the range would read
            // them all and order nothing, so it is left out.
            let aliasOrder = typed.isEmpty ? "" : """
                e.rowid IN (SELECT entity FROM aliases WHERE folded = ?) DESC,
                    e.rowid IN (SELECT entity FROM aliases WHERE folded >= ? AND folded < ?) DESC,
                """
            let aliasArguments: StatementArguments = typed.isEmpty ? [] : [typed, typed, typed + "\u{10FFFF}"]
            return try Row.fetchAll(db.cachedStatement(sql: """
                SELECT e.id, e.name, e.kind, e.mentions, e.origin FROM entity_fts JOIN entities e ON e.rowid = entity_fts.rowid
                WHERE entity_fts MATCH ? AND \(Self.listedEntity) \(kindFilter)
                ORDER BY \(aliasOrder) e.mentions DESC, entity_fts.rank, e.name, e.id LIMIT ?
                """), arguments: StatementArguments([match] + kinds) + aliasArguments + [limit]).map(entitySummary)
        }
        if !named.isEmpty {
            return named.filter { query.kinds.isEmpty || query.kinds.contains($0.kind) }
        }
        if !kinds.isEmpty {
            return try Row.fetchAll(db.cachedStatement(sql: """
                SELECT e.id, e.name, e.kind, e.mentions, e.origin FROM entities e WHERE \(Self.listedEntity) \(kindFilter)
                ORDER BY e.mentions DESC, e.name, e.id LIMIT ?
                """), arguments: StatementArguments(kinds) + [limit]).map(entitySummary)
        }
        return []
    }
}
