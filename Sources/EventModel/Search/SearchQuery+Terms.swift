extension SearchQuery {
    /// The query with each term of its clauses that `replace` gives a replacement for replaced, or nil
    /// when it gives none: how both stores rewrite misspelt words.
    public func replacingTerms(_ replace: (SearchTerm) throws -> SearchTerm?) rethrows -> SearchQuery? {
        var changed = false
        var out = self
        for index in out.clauses.indices {
            switch out.clauses[index] {
            case .term(let term):
                if let fixed = try replace(term) { out.clauses[index] = .term(fixed); changed = true }
            case .anyOf(let terms):
                var fixedTerms = terms
                for position in terms.indices {
                    if let fixed = try replace(terms[position]) { fixedTerms[position] = fixed; changed = true }
                }
                out.clauses[index] = .anyOf(fixedTerms)
            }
        }
        return changed ? out : nil
    }
}

extension SearchClause {
    /// The clause's terms: one, or the alternatives of an OR.
    public var terms: [SearchTerm] {
        switch self {
        case .term(let term): return [term]
        case .anyOf(let terms): return terms
        }
    }
}
