import EventModel
import GRDB

/// Rewrites misspelt words of a query to the closest words of the index ("Tajiskistan" -> "tajikistan").
///
/// Candidates come from the FTS5 vocabulary of article text, limited to words that share the first
/// letter and are within two letters in length; the closest by edit distance wins, then the most
/// frequent. Entity names and aliases are searched the same way, so a misspelt name still finds its entity.
enum TypoCorrection {
    /// The query with misspelt words replaced, or nil when no word could be corrected.
    static func correct(_ db: Database, _ query: SearchQuery) throws -> SearchQuery? {
        var changed = false
        var corrected = query
        for index in corrected.clauses.indices {
            switch corrected.clauses[index] {
            case .term(let term):
                if let fixed = try fix(db, term) { corrected.clauses[index] = .term(fixed); changed = true }
            case .anyOf(let terms):
                var fixedTerms = terms
                for position in terms.indices {
                    if let fixed = try fix(db, terms[position]) { fixedTerms[position] = fixed; changed = true }
                }
                corrected.clauses[index] = .anyOf(fixedTerms)
            }
        }
        return changed ? corrected : nil
    }

    private static func fix(_ db: Database, _ term: SearchTerm) throws -> SearchTerm? {
        guard term.form == .word else { return nil }
        let word = TextFolding.key(term.text).lowercased()
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 4, scalars.allSatisfy({ $0.properties.isAlphabetic || $0.properties.numericType != nil }) else {
            return nil
        }
        if try Int.fetchOne(db, sql: "SELECT doc FROM article_vocab WHERE term = ?", arguments: [word]) ?? 0 > 0 { return nil }
        let limit = scalars.count <= 5 ? 1 : 2
        let first = String(scalars[0])
        guard let next = scalars[0].value < 0x10FFFF ? Unicode.Scalar(scalars[0].value + 1) : nil else { return nil }
        var best: (term: String, distance: Int, docs: Int)? = nil
        let rows = try Row.fetchCursor(db, sql: """
            SELECT term, doc FROM article_vocab WHERE term >= ? AND term < ? AND length(term) BETWEEN ? AND ?
            """, arguments: [first, String(next), scalars.count - limit, scalars.count + limit])
        while let row = try rows.next() {
            let candidate: String = row[0]
            let docs: Int = row[1]
            guard let distance = EditDistance.distance(word, candidate, limit: limit) else { continue }
            if best == nil || distance < best!.distance || (distance == best!.distance && docs > best!.docs) {
                best = (candidate, distance, docs)
            }
        }
        guard let best else { return nil }
        var fixed = term
        fixed.text = best.term
        return fixed
    }
}
