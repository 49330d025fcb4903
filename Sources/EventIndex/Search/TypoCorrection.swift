import EventModel
import GRDB

/// Rewrites misspelt words of a query to the closest words of the index ("Tajiskistan" -> "tajikistan").
///
/// Candidates come from the FTS5 vocabulary of article text, limited to words that share the first
/// letter and are within two letters in length; the closest by edit distance wins, then the most
/// frequent, except that a word one edit away sharing the first two letters ends the search. Entity
/// names and aliases are searched the same way, so a misspelt name still finds its entity.
enum TypoCorrection {
    /// The query with misspelt words replaced, or nil when no word could be corrected.
    static func correct(_ db: Database, _ query: SearchQuery) throws -> SearchQuery? {
        try query.replacingTerms { try fix(db, $0) }
    }

    private static func fix(_ db: Database, _ term: SearchTerm) throws -> SearchTerm? {
        guard term.form == .word else { return nil }
        let word = TextFolding.key(term.text).lowercased()
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 4, scalars.allSatisfy({ $0.properties.isAlphabetic || $0.properties.numericType != nil }) else {
            return nil
        }
        if try Int.fetchOne(db.cachedStatement(sql: "SELECT doc FROM article_vocab WHERE term = ?"), arguments: [word]) ?? 0 > 0 { return nil }
        let limit = scalars.count <= 5 ? 1 : 2
        let lengths = (scalars.count - limit)...(scalars.count + limit)
        let first = String(scalars[0])
        guard let next = scalars[0].value < 0x10FFFF ? Unicode.Scalar(scalars[0].value + 1) : nil else { return nil }
        // Counting each word's documents reads its doclist, so the scan costs as much as the postings it
        // covers. Words that share the first two letters are read first; when one is a single edit away
        // (none can be closer: the word itself is not indexed) it is taken, and the rest of the first
        // letter, most of the scan, is read only otherwise.
        let pair = String(String.UnicodeScalarView(scalars.prefix(2)))
        let pairEnd = pair + "\u{10FFFF}"
        var best: Candidate? = nil
        try closest(db, to: word, from: pair, below: pairEnd, lengths: lengths, limit: limit, best: &best)
        if (best?.distance ?? Int.max) > 1 {
            try closest(db, to: word, from: first, below: pair, lengths: lengths, limit: limit, best: &best)
            try closest(db, to: word, from: pairEnd, below: String(next), lengths: lengths, limit: limit, best: &best)
        }
        guard let best else { return nil }
        var fixed = term
        fixed.text = best.term
        return fixed
    }

    private struct Candidate {
        var term: String
        var distance: Int
        var docs: Int
    }

    /// Updates `best` with the closest indexed word in `[low, high)`: fewest edits, then most documents.
    private static func closest(
        _ db: Database, to word: String, from low: String, below high: String, lengths: ClosedRange<Int>, limit: Int,
        best: inout Candidate?
    ) throws {
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT term, doc FROM article_vocab WHERE term >= ? AND term < ? AND length(term) BETWEEN ? AND ?
            """), arguments: [low, high, lengths.lowerBound, lengths.upperBound])
        while let row = try rows.next() {
            let candidate: String = row[0]
            let docs: Int = row[1]
            guard let distance = EditDistance.distance(word, candidate, limit: limit) else { continue }
            if let current = best, distance > current.distance || (distance == current.distance && docs <= current.docs) { continue }
            best = Candidate(term: candidate, distance: distance, docs: docs)
        }
    }
}
