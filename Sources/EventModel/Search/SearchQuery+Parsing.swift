import Foundation

extension SearchQuery {
    /// Parses a query typed by a user.
    ///
    /// With `asYouType`, the query is being typed: its last word is a prefix (unless a space follows it;
    /// a single letter is left out until the next one comes), and an unfinished end (an open quote, a
    /// trailing `OR`, `-` or `filter:`) is forgiven.
    ///
    /// ```swift
    /// let query = try SearchQuery.parse("entity:CSTO after:2024-03-22 attack*")
    /// ```
    ///
    /// - throws: ``SearchQueryError`` naming the column and the fix.
    public static func parse(_ text: String, asYouType: Bool = false) throws(SearchQueryError) -> SearchQuery {
        var lexer = SearchLexer(text: text, lenient: asYouType)
        let tokens = try lexer.tokens()
        return try SearchQueryBuilder(tokens: tokens, asYouType: asYouType, endsInSpace: text.last?.isWhitespace ?? true).build()
    }
}

/// The filters the language knows.
enum SearchFilter: String, CaseIterable {
    case title, source, kind, entity, after, before, date
}

/// One piece of a query, with its 1-based column.
struct SearchToken {
    enum Kind {
        case word(String)
        /// `open`: the closing quote was missing (forgiven while typing).
        case phrase(String, open: Bool)
        case or
        case filter(String, value: String, quoted: Bool, valueColumn: Int)
    }
    var kind: Kind
    var column: Int
    /// A leading `-`.
    var excluded: Bool
}

/// Cuts a query into words, phrases, filters and `OR`.
struct SearchLexer {
    let characters: [Character]
    let lenient: Bool
    var index = 0

    init(text: String, lenient: Bool) {
        self.characters = Array(text)
        self.lenient = lenient
    }

    static func isQuote(_ c: Character) -> Bool { c == "\"" || c == "\u{201C}" || c == "\u{201D}" }

    mutating func tokens() throws(SearchQueryError) -> [SearchToken] {
        var out: [SearchToken] = []
        while true {
            while index < characters.count, characters[index].isWhitespace { index += 1 }
            guard index < characters.count else { break }
            let start = index
            var excluded = false
            if characters[index] == "-", index + 1 < characters.count, !characters[index + 1].isWhitespace {
                excluded = true
                index += 1
            }
            if Self.isQuote(characters[index]) {
                let (phrase, open) = try quoted()
                out.append(SearchToken(kind: .phrase(phrase, open: open), column: start + 1, excluded: excluded))
                continue
            }
            let word = bare()
            if let colon = word.firstIndex(of: ":"), colon > word.startIndex,
               word[..<colon].allSatisfy({ $0.isLetter }) {
                let name = String(word[..<colon]).lowercased()
                var value = String(word[word.index(after: colon)...])
                let valueColumn = start + 1 + (excluded ? 1 : 0) + word.distance(from: word.startIndex, to: colon) + 1
                var wasQuoted = false
                if value.isEmpty, index < characters.count, Self.isQuote(characters[index]) {
                    value = try quoted().text
                    wasQuoted = true
                }
                out.append(SearchToken(kind: .filter(name, value: value, quoted: wasQuoted, valueColumn: valueColumn), column: start + 1, excluded: excluded))
            } else if word == "OR" && !excluded {
                out.append(SearchToken(kind: .or, column: start + 1, excluded: false))
            } else {
                out.append(SearchToken(kind: .word(word), column: start + 1, excluded: excluded))
            }
        }
        return out
    }

    /// Reads up to whitespace or a quote.
    private mutating func bare() -> String {
        var word = ""
        while index < characters.count, !characters[index].isWhitespace, !Self.isQuote(characters[index]) {
            word.append(characters[index])
            index += 1
        }
        return word
    }

    /// Reads a quoted phrase, the opening quote at `index`.
    private mutating func quoted() throws(SearchQueryError) -> (text: String, open: Bool) {
        let open = index
        index += 1
        var phrase = ""
        while index < characters.count, !Self.isQuote(characters[index]) {
            phrase.append(characters[index])
            index += 1
        }
        if index >= characters.count {
            if lenient { return (phrase, true) }
            throw SearchQueryError(.unbalancedQuote, column: open + 1)
        }
        index += 1
        return (phrase, false)
    }
}

/// Turns tokens into a ``SearchQuery``: groups `OR`s, applies filters, checks what is left.
struct SearchQueryBuilder {
    let tokens: [SearchToken]
    let asYouType: Bool
    let endsInSpace: Bool

    /// A term or an OR, before grouping.
    private enum Item {
        case term(SearchTerm, column: Int)
        case or(column: Int)
    }

    func build() throws(SearchQueryError) -> SearchQuery {
        var query = SearchQuery()
        var items: [Item] = []
        var hasFilter = false
        for (position, token) in tokens.enumerated() {
            let isLast = position == tokens.count - 1
            switch token.kind {
            case .or:
                items.append(.or(column: token.column))
            case .word(let word):
                var text = word
                var form = SearchTerm.Form.word
                if text.hasSuffix("*") {
                    while text.hasSuffix("*") { text.removeLast() }
                    form = .prefix
                } else if asYouType && isLast && !endsInSpace && !token.excluded {
                    // One typed letter matches too much to be useful and too slowly; wait for the second.
                    if text.count < 2 { continue }
                    form = .prefix
                }
                guard Self.hasWordCharacters(text) else { continue }
                let term = SearchTerm(text, form: form)
                if token.excluded { query.excluded.append(term) } else { items.append(.term(term, column: token.column)) }
            case .phrase(let phrase, let open):
                guard Self.hasWordCharacters(phrase) else { continue }
                // A phrase still being typed: its last word is a prefix.
                let term = SearchTerm(phrase, form: open && !token.excluded && !phrase.hasSuffix(" ") ? .prefix : .phrase)
                if token.excluded { query.excluded.append(term) } else { items.append(.term(term, column: token.column)) }
            case .filter(let name, let value, let quoted, let valueColumn):
                guard let filter = SearchFilter(rawValue: name) else {
                    throw SearchQueryError(.unknownFilter(name), column: token.column)
                }
                let trimmed = value.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty {
                    if asYouType && isLast { continue }
                    throw SearchQueryError(.emptyFilterValue(name), column: token.column)
                }
                if token.excluded && filter != .title {
                    throw SearchQueryError(.cannotExclude(name), column: token.column)
                }
                hasFilter = true
                switch filter {
                case .title:
                    var text = trimmed
                    var form: SearchTerm.Form = quoted ? .phrase : .word
                    if !quoted && text.hasSuffix("*") {
                        while text.hasSuffix("*") { text.removeLast() }
                        form = .prefix
                    } else if !quoted && asYouType && isLast && !endsInSpace && !token.excluded {
                        form = .prefix
                    }
                    guard Self.hasWordCharacters(text) else { continue }
                    let term = SearchTerm(text, form: form, titleOnly: true)
                    if token.excluded { query.excluded.append(term) } else { items.append(.term(term, column: token.column)) }
                case .source:
                    query.sources.append(trimmed)
                case .entity:
                    query.entities.append(trimmed)
                case .kind:
                    guard let kind = EntityKind(loose: trimmed) else {
                        throw SearchQueryError(.unknownKind(trimmed), column: valueColumn)
                    }
                    if !query.kinds.contains(kind) { query.kinds.append(kind) }
                case .after, .before, .date:
                    guard let day = SearchDate(trimmed) else {
                        throw SearchQueryError(.badDate(trimmed), column: valueColumn)
                    }
                    let window: DateWindow
                    switch filter {
                    case .after: window = DateWindow(from: day.first)
                    case .before: window = DateWindow(until: day.first)
                    default: window = DateWindow(from: day.first, until: day.next)
                    }
                    query.dates = query.dates.intersected(with: window)
                }
            }
        }
        query.clauses = try group(items)
        if query.clauses.isEmpty && !query.excluded.isEmpty && !hasFilter {
            throw SearchQueryError(.onlyExclusions, column: 1)
        }
        Self.bound(&query)
        return query
    }

    /// `a OR b c` -> [anyOf(a, b), c]; an OR without a term on each side is an error.
    private func group(_ items: [Item]) throws(SearchQueryError) -> [SearchClause] {
        var clauses: [SearchClause] = []
        var index = 0
        var pendingOr: Int? = nil
        while index < items.count {
            switch items[index] {
            case .or(let column):
                let hasLeft: Bool
                if case .term = index > 0 ? items[index - 1] : .or(column: 0) { hasLeft = true } else { hasLeft = false }
                let hasRight: Bool
                if index + 1 < items.count, case .term = items[index + 1] { hasRight = true } else { hasRight = false }
                if !hasRight && index == items.count - 1 && asYouType && hasLeft { index += 1; continue }
                guard hasLeft && hasRight else { throw SearchQueryError(.loneOr, column: column) }
                pendingOr = column
            case .term(let term, _):
                if pendingOr != nil, let last = clauses.popLast() {
                    switch last {
                    case .term(let previous): clauses.append(.anyOf([previous, term]))
                    case .anyOf(let previous): clauses.append(.anyOf(previous + [term]))
                    }
                } else {
                    clauses.append(.term(term))
                }
                pendingOr = nil
            }
            index += 1
        }
        return clauses
    }

    /// Drops repeated clauses and exclusions (`the the the` is `the`), then keeps the first
    /// ``SearchQuery/maximumTerms`` terms, counting the rest in ``SearchQuery/omittedTerms``.
    static func bound(_ query: inout SearchQuery) {
        var seen = Set<SearchClause>()
        let clauses = query.clauses.compactMap { clause -> SearchClause? in
            guard case .anyOf(let terms) = clause else { return seen.insert(clause).inserted ? clause : nil }
            var seenTerms = Set<SearchTerm>()
            let distinct = terms.filter { seenTerms.insert($0).inserted }
            let reduced: SearchClause = distinct.count == 1 ? .term(distinct[0]) : .anyOf(distinct)
            return seen.insert(reduced).inserted ? reduced : nil
        }
        var seenExcluded = Set<SearchTerm>()
        let excluded = query.excluded.filter { seenExcluded.insert($0).inserted }
        var budget = SearchQuery.maximumTerms
        var omitted = 0
        query.clauses = []
        for clause in clauses {
            let size: Int
            if case .anyOf(let terms) = clause { size = terms.count } else { size = 1 }
            if size <= budget {
                query.clauses.append(clause)
                budget -= size
            } else {
                omitted += size
            }
        }
        query.excluded = Array(excluded.prefix(budget))
        omitted += excluded.count - query.excluded.count
        query.omittedTerms = omitted
    }

    static func hasWordCharacters(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }
}
