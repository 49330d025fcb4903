import Foundation
import GRDB

/// A lone phrase of two or three of the commonest words (`"the the"`, `"to said"`, `"the that a"`) ranked
/// from its stored postings (``PhrasePairPostings``) instead of FTS5's walk of its words' positions.
///
/// `bm25()` scores a row of a query of one phrase from three things: the phrase's frequency in the row
/// (each instance weighted by its column's weight), the row's length in tokens, and the count of rows
/// the phrase matches (its IDF), with the table's rows and tokens from FTS5's averages record. The
/// postings give the first as a title count and a body count (a sum of whole weights, exact in any
/// order) and the third as their number; ``RowLengths`` gives the second. Each score is computed by
/// the same operations in the same order as ``BoundedBM25``'s (the IDF-free part, then
/// ``BoundedBM25/score(x:matches:rows:)``), so the scores are `bm25()`'s bit for bit and the page that
/// ``ArticleRanking/settle(_:_:ranked:limit:)`` makes of them is the one FTS5's walk gives.
///
/// A phrase that is not stored whole but holds stored runs (`"and who to"`: `"and who"` and `"who to"`) is
/// ranked from the rows that hold them all (``PhraseCandidates``), each checked for the phrase in its title
/// and text as FTS5's tokenizer reads them (``PhraseChecks``): the same counts, so the same scores.
///
/// Nil (the walk is FTS5's, as before) when the phrase holds no stored run, when more than
/// ``PhraseCandidates/most`` rows hold its runs, when articles are queued that the postings do not count
/// yet, or when the lengths in memory are not those of FTS5's averages record.
enum PhrasePairRanking {
    /// The best `count` rows of the phrase `text` by score, in any order among equal scores, and in
    /// `matches` the rows it matches; nil when the postings cannot answer (see above).
    static func best(_ db: Database, phrase text: String, _ count: Int, path: String, matches: inout Int64?) throws -> [ArticleRanking.Ranked]? {
        let whole = try gram(db, text)
        // A longer phrase, or one with a word past the list: the rows of the stored runs inside it, checked.
        let checked = try whole == nil ? PhraseTokens(db, phrase: text) : nil
        let grams = checked.map { PhraseCandidates.grams($0.tokens) } ?? []
        guard whole != nil || !grams.isEmpty else { return nil }
        guard try Bool.fetchOne(db.cachedStatement(sql: "SELECT NOT EXISTS (SELECT 1 FROM phrase_pair_queue)")) == true,
              let totals = try averages(db), totals.rows > 0,
              let lengths = try RowLengths.of(db, path: path), lengths.rows == totals.rows, lengths.tokens == totals.tokens
        else { return nil }
        let weights = ArticleWeights.values
        let titleWeight = weights[0], bodyWeight = weights[1]
        let k1 = BoundedBM25.k1, b = BoundedBM25.b
        let avgdl = Double(totals.tokens) / Double(totals.rows)
        var best = Best(keep: count)
        var found: Int64 = 0
        var missingLength = false
        // One row the phrase stands in, `title` and `body` times in its columns.
        func add(_ rowid: Int64, _ title: Int32, _ body: Int32) {
            found += 1
            guard let tokens = lengths.length(rowid) else {
                missingLength = true
                return
            }
            // bm25()'s frequency: the weight of each instance's column, summed (whole numbers: exact).
            let frequency = Double(title) * titleWeight + Double(body) * bodyWeight
            let length = Double(tokens)
            // BoundedBM25.sum with an IDF of 1, in its order of operations.
            var x = 0.0
            x += 1.0 * ((frequency * (k1 + 1.0)) / (frequency + k1 * (1 - b + b * length / avgdl)))
            best.add(x, rowid)
        }
        if let whole {
            guard try stored(db, gram: whole, add) else { return nil }
        } else if let checked {
            guard let rows = try PhraseCandidates.rows(db, grams: grams), try PhraseChecks.each(db, checked, rows: rows, add) else { return nil }
        }
        guard !missingLength else { return nil }
        matches = found
        guard found > 0 else { return [] }
        return best.rows.map { ArticleRanking.Ranked(rowid: $0.rowid, score: BoundedBM25.score(x: $0.x, matches: found, rows: totals.rows)) }
            .sorted { $0.score < $1.score }
    }

    /// Calls `add` with every posting of a stored pair or triple; false when a block ends inside one.
    private static func stored(_ db: Database, gram: Int, _ add: (Int64, Int32, Int32) -> Void) throws -> Bool {
        let last = try Int64.fetchOne(db.cachedStatement(sql: "SELECT max(rowid) FROM articles")) ?? 0
        let statement = try db.cachedStatement(sql: "SELECT postings FROM phrase_pairs WHERE id = ?")
        for block in 0...(max(last, 0) >> PhrasePairPostings.blockBits) {
            guard let data = try Data.fetchOne(statement, arguments: [PhrasePairPostings.id(block: block, gram: gram)]) else { continue }
            let complete = data.withUnsafeBytes { bytes in PhrasePairPostings.decode(bytes, block: block, add) }
            guard complete else { return false }
        }
        return true
    }

    /// The pair or triple a phrase's text is, as FTS5's tokenizer reads it in a query, or nil when it is not
    /// two listed words or three of the first ``PhrasePairPostings/tripleWords``.
    static func gram(_ db: Database, _ text: String) throws -> Int? {
        // A quote is doubled in the MATCH text: left to FTS5.
        guard !text.utf8.contains(UInt8(ascii: "\"")) else { return nil }
        let tokenizer = try db.makeTokenizer(FTS5TokenizerDescriptor(components: PrefixSnippets.tokenizerComponents))
        let tokens = try tokenizer.tokenize(query: text)
        guard tokens.count == 2 || tokens.count == 3, tokens.allSatisfy({ $0.flags.isEmpty }) else { return nil }
        var places: [Int] = []
        for token in tokens {
            var bytes = Array(token.token.utf8)
            guard let key = bytes.withUnsafeMutableBufferPointer({ PhrasePairPostings.key($0.baseAddress!, $0.count) }),
                  let place = PhrasePairPostings.places[key] else { return nil }
            places.append(place)
        }
        if places.count == 2 { return PhrasePairPostings.pair(places[0], places[1]) }
        guard places.allSatisfy({ $0 < PhrasePairPostings.tripleWords }) else { return nil }
        return PhrasePairPostings.triple(places[0], places[1], places[2])
    }

    /// FTS5's averages record of `article_fts`: its rows and their tokens, all columns together (what
    /// `xRowCount` and `xColumnTotalSize(-1)` give the ranking functions).
    static func averages(_ db: Database) throws -> (rows: Int64, tokens: Int64)? {
        guard let data = try Data.fetchOne(db.cachedStatement(sql: "SELECT block FROM article_fts_data WHERE id = 1")) else { return nil }
        return data.withUnsafeBytes { raw -> (rows: Int64, tokens: Int64)? in
            let bytes = raw.bindMemory(to: UInt8.self)
            var offset = 0
            func varint() -> Int64? {
                var value: UInt64 = 0
                for index in 0..<9 {
                    guard offset < bytes.count else { return nil }
                    let byte = bytes[offset]
                    offset += 1
                    if index == 8 { return Int64(bitPattern: (value << 8) | UInt64(byte)) }
                    value = (value << 7) | UInt64(byte & 0x7F)
                    if byte & 0x80 == 0 { return Int64(bitPattern: value) }
                }
                return nil
            }
            guard let rows = varint() else { return nil }
            var tokens: Int64 = 0
            for _ in 0..<RowLengths.columns {
                guard let column = varint() else { return nil }
                tokens += column
            }
            return (rows, tokens)
        }
    }

    /// ``IndexSchema/articleWeights`` as numbers: title, text.
    enum ArticleWeights {
        static let values: [Double] = IndexSchema.articleWeights.split(separator: ",")
            .map { Double($0.trimmingCharacters(in: .whitespaces))! }
    }

    /// The `keep` rows of highest `x` seen (a min-heap, the lowest first).
    struct Best {
        let keep: Int
        var heap: [(x: Double, rowid: Int64)] = []

        init(keep: Int) {
            self.keep = keep
            heap.reserveCapacity(keep)
        }

        var rows: [(x: Double, rowid: Int64)] { heap }

        @inline(__always)
        mutating func add(_ x: Double, _ rowid: Int64) {
            guard keep > 0 else { return }
            if heap.count < keep {
                heap.append((x, rowid))
                var child = heap.count - 1
                while child > 0 {
                    let parent = (child - 1) / 2
                    guard heap[child].x < heap[parent].x else { break }
                    heap.swapAt(child, parent)
                    child = parent
                }
            } else if x > heap[0].x {
                heap[0] = (x, rowid)
                var parent = 0
                while true {
                    let left = 2 * parent + 1, right = left + 1
                    var least = parent
                    if left < heap.count && heap[left].x < heap[least].x { least = left }
                    if right < heap.count && heap[right].x < heap[least].x { least = right }
                    guard least != parent else { break }
                    heap.swapAt(parent, least)
                    parent = least
                }
            }
        }
    }
}
