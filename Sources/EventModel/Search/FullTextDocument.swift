/// One row of a full-text table held in memory: its columns as ``FullTextTokens``, with what FTS5's
/// matching and ranking need (phrase instances per column, the row's length in tokens).
struct FullTextDocument: Sendable {
    let columns: [[String]]
    /// Tokens in every column: BM25's document length.
    let length: Int

    init(_ texts: [String]) {
        columns = texts.map(FullTextTokens.tokens)
        length = columns.reduce(0) { $0 + $1.count }
    }

    /// How often `phrase` occurs in each column (only those in `columns`, when given).
    func instances(of phrase: FullTextPhrase) -> [Int] {
        columns.indices.map { column in
            guard phrase.column == nil || phrase.column == column else { return 0 }
            return count(phrase, in: columns[column])
        }
    }

    func matches(_ phrase: FullTextPhrase) -> Bool {
        columns.indices.contains { column in
            (phrase.column == nil || phrase.column == column) && count(phrase, in: columns[column]) > 0
        }
    }

    private func count(_ phrase: FullTextPhrase, in tokens: [String]) -> Int {
        let words = phrase.tokens
        guard !words.isEmpty, tokens.count >= words.count else { return 0 }
        var found = 0
        for start in 0...(tokens.count - words.count) {
            var all = true
            for offset in words.indices {
                let token = tokens[start + offset]
                let last = offset == words.count - 1
                if last && phrase.prefix ? !token.hasPrefix(words[offset]) : token != words[offset] {
                    all = false
                    break
                }
            }
            if all { found += 1 }
        }
        return found
    }
}

/// A query term as FTS5 reads a quoted string: consecutive tokens, the last a prefix with `*`,
/// optionally held to one column.
struct FullTextPhrase: Sendable, Hashable {
    var tokens: [String]
    var prefix: Bool
    var column: Int?

    init(_ term: SearchTerm, titleColumn: Int? = 0) {
        tokens = FullTextTokens.tokens(term.text)
        prefix = term.form == .prefix
        column = term.titleOnly ? titleColumn : nil
    }
}
