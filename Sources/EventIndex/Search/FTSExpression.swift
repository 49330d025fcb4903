import EventModel

/// Compiles the search language into FTS5 MATCH text.
///
/// Every term is sent as a quoted FTS5 string (quotes doubled), so that nothing a user types
/// (`AND`, `NEAR`, `^`, `:`, `(`, a stray quote) is read as FTS5 syntax.
enum FTSExpression {
    static func quote(_ text: String) -> String {
        // Foundation's replacingOccurrences was a fifth of a small query's time in a profile; a word
        // rarely holds a quote, so the quotes are doubled by hand, and only when there is one.
        guard text.utf8.contains(UInt8(ascii: "\"")) else { return "\"" + text + "\"" }
        var quoted = "\""
        for character in text {
            quoted.append(character)
            if character == "\"" { quoted.append("\"") }
        }
        return quoted + "\""
    }

    /// One term; `column` limits it (title-only terms always go to the title).
    static func term(_ term: SearchTerm, allowTitleFilter: Bool = true) -> String {
        var expression = quote(term.text)
        if term.form == .prefix { expression += " *" }
        if term.titleOnly && allowTitleFilter { expression = "title : " + expression }
        return expression
    }

    static func clause(_ clause: SearchClause, allowTitleFilter: Bool = true) -> String {
        switch clause {
        case .term(let item): return term(item, allowTitleFilter: allowTitleFilter)
        case .anyOf(let items): return "(" + items.map { term($0, allowTitleFilter: allowTitleFilter) }.joined(separator: " OR ") + ")"
        }
    }

    /// Whether the query is one word, or one prefix with its own FTS5 list, in every column, and nothing
    /// else: FTS5 sets its match up with a seek in one list (no merge, no positions compared).
    static func isOneListTerm(_ query: SearchQuery) -> Bool {
        guard query.clauses.count == 1, query.excluded.isEmpty, case .term(let term) = query.clauses[0], !term.titleOnly else { return false }
        let words = term.text.split { !$0.isLetter && !$0.isNumber }
        guard words.count == 1 else { return false }
        return term.form == .word || term.form == .prefix && IndexSchema.prefixLengths.contains(words[0].count)
    }

    /// What the articles must match, or nil when the query has no words to look for.
    static func positive(_ query: SearchQuery) -> String? {
        guard !query.clauses.isEmpty else { return nil }
        var expression = query.clauses.map { clause($0) }.joined(separator: " AND ")
        if !query.excluded.isEmpty {
            expression = "(" + expression + ") NOT (" + excluded(query)! + ")"
        }
        return expression
    }

    /// Any of the excluded terms, or nil.
    static func excluded(_ query: SearchQuery) -> String? {
        guard !query.excluded.isEmpty else { return nil }
        return query.excluded.map { term($0) }.joined(separator: " OR ")
    }

    /// What entity names and aliases must match: the query's words outside `title:`.
    static func entities(_ query: SearchQuery) -> String? {
        let clauses = query.clauses.filter { clause in
            switch clause {
            case .term(let item): return !item.titleOnly
            case .anyOf(let items): return !items.contains(where: \.titleOnly)
            }
        }
        guard !clauses.isEmpty else { return nil }
        var expression = clauses.map { clause($0, allowTitleFilter: false) }.joined(separator: " AND ")
        let excluded = query.excluded.filter { !$0.titleOnly }
        if !excluded.isEmpty {
            expression = "(" + expression + ") NOT (" + excluded.map { term($0) }.joined(separator: " OR ") + ")"
        }
        return expression
    }
}
