import Foundation
import GRDB
import GRDBSQLite

/// Where each run of two or three of the commonest English words stands, article by article: for a phrase
/// of two or three such words (`"the the"`, `"to said"`, `"the that a"`) the rows it matches and how
/// often, per column, without FTS5 comparing the positions of words that are in nearly every article
/// (``PhrasePairRanking``).
///
/// FTS5 finds a phrase by walking every row that has all its words and comparing their positions: for
/// `"the the"` at 100,000 articles that is 90,984 rows with dozens of positions each, 45 to 60 ms of
/// processor time whatever the order of the work. A phrase's BM25 needs only, per row, how many times it
/// stands in each column (its frequency, weighted by column), the row's length and the count of rows
/// it matches; this table holds the first, ``RowLengths`` the second, the postings' count the third.
/// A pair's postings cannot give a longer phrase's count (that needs positions), so the runs of three
/// words are kept too, each as its own "gram", for the commonest 16 words (``tripleWords``).
///
/// **The words** are a fixed list, the 64 commonest words of written English by the Brown corpus's
/// count (Francis and Kučera; evex-bench draws its function words in the same order), not words chosen
/// by their share of the corpus: the table is then a function of each article's title and text alone,
/// the same however the index was synced (an index built by resyncs equals one built from scratch), and
/// a resync never has to count again the articles of a word that became common. A phrase of other
/// words, or of another language's common words, is walked by FTS5 as before: the same answer, not
/// faster.
///
/// **The rows** are `phrase_pairs(id, postings)`: `id` is the block of 4,096 rowids and the pair or
/// triple (``id(block:gram:)``), `postings` the block's articles that hold it, in rowid order, each as
/// the rowid's distance from the last (LEB128), then its body count shifted by one with the low bit set
/// when the title holds it too, then the title count when it does. A rowid table, not a `WITHOUT ROWID`
/// one: an index B-tree keeps no more than about 4 KB of a row in its page, a table B-tree almost the
/// whole page, and a block of `"the the"` is about 7 KB.
///
/// **Kept in step** by triggers on `articles` (``IndexSchema/phrasePairTriggers``) that queue every rowid
/// written or deleted in `phrase_pair_queue`, whatever code wrote it; ``flush(_:)``, before each commit
/// of a sync, takes each queued rowid out of its block's postings and counts the article's pairs again
/// from its stored title and text (a deleted one has none). A search reads the postings only when the
/// queue is empty, so a commit that skipped the flush costs time, never a wrong answer.
enum PhrasePairPostings {
    /// The 64 commonest words of written English (Brown corpus), most frequent first; a word's place is
    /// its number in ``id(block:pair:)``.
    static let words = """
        the of and to a in that is was he for it with as his on be at by i this had not are but from or have an \
        they which one you were her all she there would their we him been has when who will more no if out so \
        said what up its about into than them can only other new
        """.split(separator: " ").map(String.init)

    /// Each word's place in ``words``, keyed by its bytes (at most 8) packed little-endian with the length in
    /// the top byte.
    static let places: [UInt64: Int] = {
        var places: [UInt64: Int] = [:]
        for (place, word) in words.enumerated() {
            let bytes = Array(word.utf8)
            places[bytes.withUnsafeBufferPointer { key($0.baseAddress!, $0.count)! }] = place
        }
        return places
    }()

    /// A token's key in ``places``, nil for a token longer than any word.
    @inline(__always)
    static func key(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> UInt64? {
        guard count > 0, count <= 7 else { return nil }
        var key = UInt64(count) << 56
        for index in 0..<count { key |= UInt64(bytes[index]) << (8 * UInt64(index)) }
        return key
    }

    /// Rowids per block of postings, as a shift.
    static let blockBits: Int64 = 12
    /// Bits of a pair's or a triple's number (``pair(_:_:)``, ``triple(_:_:_:)``) in a row's id.
    static let gramBits: Int64 = 19
    /// Triples are kept of the first this many words only: of all 64, they would be about 2.6 million postings
    /// in 750,000 rows at 100,000 articles (estimated from every twentieth article), some 16 MB, more than the
    /// index's room under twice the sqlite3 baseline's size; of the first 16, 0.9 million in 77,000 rows.
    static let tripleWords = 16

    /// The bit that marks a triple's number.
    static let tripleFlag = 1 << 18

    /// A pair: the first word's place times 64 plus the second's.
    static func pair(_ first: Int, _ second: Int) -> Int { first << 6 | second }

    /// A triple: ``tripleFlag`` above the three places, six bits each.
    static func triple(_ first: Int, _ second: Int, _ third: Int) -> Int { tripleFlag | first << 12 | second << 6 | third }

    static func id(block: Int64, gram: Int) -> Int64 { block << gramBits | Int64(gram) }

    /// The words of a pair or a triple, for dumps and tests.
    static func words(of gram: Int) -> String {
        let places = gram & tripleFlag != 0 ? [(gram >> 12) & 63, (gram >> 6) & 63, gram & 63] : [(gram >> 6) & 63, gram & 63]
        return places.map { words[$0] }.joined(separator: " ")
    }

    /// How often a pair or a triple stands in one article: in its title and in its text.
    struct Posting: Equatable {
        var rowid: Int64
        var title: Int32
        var body: Int32
    }

    // MARK: - Blocks

    static func encode(_ postings: [Posting], block: Int64) -> Data {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(postings.count * 2)
        var previous = block << blockBits - 1
        func put(_ value: UInt64) {
            var value = value
            while value >= 0x80 {
                bytes.append(UInt8(value & 0x7F) | 0x80)
                value >>= 7
            }
            bytes.append(UInt8(value))
        }
        for posting in postings {
            put(UInt64(posting.rowid - previous - 1))
            previous = posting.rowid
            put(UInt64(posting.body) << 1 | (posting.title > 0 ? 1 : 0))
            if posting.title > 0 { put(UInt64(posting.title)) }
        }
        return Data(bytes)
    }

    /// Calls `each` with every posting of a block's bytes in rowid order; false when the bytes end inside one.
    @inline(__always)
    static func decode(_ bytes: UnsafeRawBufferPointer, block: Int64, _ each: (Int64, Int32, Int32) -> Void) -> Bool {
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return true }
        let end = bytes.count
        var offset = 0
        @inline(__always) func get() -> UInt64? {
            var value: UInt64 = 0, shift: UInt64 = 0
            while offset < end {
                let byte = base[offset]
                offset += 1
                value |= UInt64(byte & 0x7F) << shift
                if byte & 0x80 == 0 { return value }
                shift += 7
                if shift > 56 { return nil }
            }
            return nil
        }
        var previous = block << blockBits - 1
        while offset < end {
            guard let gap = get(), let counts = get() else { return false }
            let rowid = previous + 1 + Int64(gap)
            previous = rowid
            var title: UInt64 = 0
            if counts & 1 != 0 {
                guard let value = get() else { return false }
                title = value
            }
            each(rowid, Int32(truncatingIfNeeded: title), Int32(truncatingIfNeeded: counts >> 1))
        }
        return true
    }

    static func decode(_ data: Data, block: Int64) -> [Posting]? {
        var postings: [Posting] = []
        let complete = data.withUnsafeBytes { bytes in
            decode(bytes, block: block) { postings.append(Posting(rowid: $0, title: $1, body: $2)) }
        }
        return complete ? postings : nil
    }

    // MARK: - Counting

    /// Counts the pairs and triples of one article's title and text as FTS5's tokenizer gives their tokens:
    /// each column apart (a phrase does not run from the title into the text), two tokens adjacent when one
    /// follows the other, whatever stands between them (FTS5 matches `"the the"` in "the. The").
    final class Counter {
        private let tokenizer: any FTS5Tokenizer
        /// Per pair or triple, its count in the column being read and in the title.
        private var counts = [Int32](repeating: 0, count: 1 << 19)
        private var titles = [Int32](repeating: 0, count: 1 << 19)
        private var touched: [Int] = []
        /// The places of the last two tokens read in the column, the last first, -1 for one not among the words.
        private var previous = -1
        private var beforePrevious = -1
        private var failed = false

        init(_ db: Database) throws {
            tokenizer = try db.makeTokenizer(FTS5TokenizerDescriptor(components: PrefixSnippets.tokenizerComponents))
        }

        /// The pairs and triples of an article, each with its count in the title and in the text, in order of
        /// their numbers; nil when the tokenizer failed.
        func pairs(title: String, text: String) -> [(pair: Int, title: Int32, body: Int32)]? {
            pairs(title: Data(title.utf8), text: Data(text.utf8))
        }

        /// ``pairs(title:text:)`` of the columns' bytes, all of them, as FTS5 reads a value (a NUL included).
        func pairs(title: Data, text: Data) -> [(pair: Int, title: Int32, body: Int32)]? {
            failed = false
            read(title)
            for pair in touched {
                titles[pair] = counts[pair]
                counts[pair] = 0
            }
            read(text)
            touched.sort()
            let found = touched.map { (pair: $0, title: titles[$0], body: counts[$0]) }
            for pair in touched {
                counts[pair] = 0
                titles[pair] = 0
            }
            touched.removeAll(keepingCapacity: true)
            return failed ? nil : found
        }

        private func read(_ column: Data) {
            previous = -1
            beforePrevious = -1
            column.withUnsafeBytes { buffer in
                guard let base = buffer.baseAddress, buffer.count > 0 else { return }
                let code = base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { text in
                    tokenizer.tokenize(context: Unmanaged.passUnretained(self).toOpaque(), tokenization: .document,
                                       pText: text, nText: CInt(buffer.count)) { context, flags, token, count, _, _ in
                        guard let context else { return SQLITE_ERROR }
                        let counter = Unmanaged<Counter>.fromOpaque(context).takeUnretainedValue()
                        // unicode61 gives no colocated tokens; one would not move FTS5's position.
                        guard flags & FTS5_TOKEN_COLOCATED == 0 else { return SQLITE_OK }
                        var place = -1
                        if let token, let key = PhrasePairPostings.key(UnsafeRawPointer(token).assumingMemoryBound(to: UInt8.self), Int(count)),
                           let found = PhrasePairPostings.places[key] {
                            place = found
                        }
                        counter.token(place)
                        return SQLITE_OK
                    }
                }
                if code != SQLITE_OK { failed = true }
            }
        }

        @inline(__always)
        private func token(_ place: Int) {
            if place >= 0 && previous >= 0 {
                add(PhrasePairPostings.pair(previous, place))
                if beforePrevious >= 0 && max(beforePrevious, previous, place) < PhrasePairPostings.tripleWords {
                    add(PhrasePairPostings.triple(beforePrevious, previous, place))
                }
            }
            beforePrevious = previous
            previous = place
        }

        @inline(__always)
        private func add(_ gram: Int) {
            if counts[gram] == 0 && titles[gram] == 0 { touched.append(gram) }
            counts[gram] += 1
        }
    }

    // MARK: - Keeping in step

    /// Takes every queued rowid out of the postings and counts its article's pairs again, then empties the
    /// queue; inside the sync's write transaction, before it commits.
    static func flush(_ db: Database) throws {
        let queued = try Int64.fetchAll(db.cachedStatement(sql: "SELECT article FROM phrase_pair_queue ORDER BY article"))
        guard !queued.isEmpty else { return }
        let counter = try Counter(db)
        // As blobs: every byte FTS5 tokenized (a String read from a column would end at a NUL).
        let article = try db.cachedStatement(sql: "SELECT CAST(title AS BLOB), CAST(text AS BLOB) FROM articles WHERE rowid = ?")
        let blockRows = try db.cachedStatement(sql: "SELECT id, postings FROM phrase_pairs WHERE id BETWEEN ? AND ?")
        let write = try db.cachedStatement(sql: "INSERT OR REPLACE INTO phrase_pairs(id, postings) VALUES (?, ?)")
        let delete = try db.cachedStatement(sql: "DELETE FROM phrase_pairs WHERE id = ?")
        var start = 0
        while start < queued.count {
            let block = queued[start] >> blockBits
            var end = start
            while end < queued.count && queued[end] >> blockBits == block { end += 1 }
            let rowids = queued[start..<end]
            start = end
            var lists: [Int: [Posting]] = [:]
            var changed = Set<Int>()
            let gone = Set(rowids)
            let rows = try Row.fetchCursor(blockRows, arguments: [id(block: block, gram: 0), id(block: block, gram: (1 << gramBits) - 1)])
            while let row = try rows.next() {
                let pair = Int((row[0] as Int64) & ((1 << gramBits) - 1))
                guard let postings = decode(row[1] as Data, block: block) else { throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "phrase pair postings \(row[0] as Int64) end inside a posting") }
                let kept = postings.filter { !gone.contains($0.rowid) }
                if kept.count != postings.count { changed.insert(pair) }
                lists[pair] = kept
            }
            for rowid in rowids {
                guard let row = try Row.fetchOne(article, arguments: [rowid]) else { continue }
                guard let pairs = counter.pairs(title: row[0] as Data? ?? Data(), text: row[1] as Data? ?? Data()) else {
                    throw DatabaseError(resultCode: .SQLITE_ERROR, message: "the tokenizer failed on article \(rowid)")
                }
                for found in pairs {
                    lists[found.pair, default: []].append(Posting(rowid: rowid, title: found.title, body: found.body))
                    changed.insert(found.pair)
                }
            }
            for pair in changed {
                let postings = (lists[pair] ?? []).sorted { $0.rowid < $1.rowid }
                if postings.isEmpty {
                    try delete.execute(arguments: [id(block: block, gram: pair)])
                } else {
                    try write.execute(arguments: [id(block: block, gram: pair), encode(postings, block: block)])
                }
            }
        }
        try db.execute(sql: "DELETE FROM phrase_pair_queue")
    }

    /// Every posting as `words | path | title count | body count`, by pair and path, and the queue's length:
    /// what ``IndexedCorpus/canonicalDump()`` compares between two indexes of the same folder.
    static func dump(_ db: Database) throws -> [String] {
        var paths: [Int64: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT rowid, path FROM articles") { paths[row[0]] = row[1] }
        var lines: [(pair: Int, path: String, line: String)] = []
        for row in try Row.fetchAll(db, sql: "SELECT id, postings FROM phrase_pairs") {
            let id: Int64 = row[0]
            let block = id >> gramBits, pair = Int(id & ((1 << gramBits) - 1))
            guard let postings = decode(row[1] as Data, block: block) else {
                lines.append((pair, "", "undecodable block \(id)"))
                continue
            }
            for posting in postings {
                let path = paths[posting.rowid] ?? "rowid \(posting.rowid) without an article"
                lines.append((pair, path, "\(words(of: pair)) | \(path) | \(posting.title) | \(posting.body)"))
            }
        }
        lines.sort { ($0.pair, $0.path) < ($1.pair, $1.path) }
        let queued = try Int.fetchOne(db, sql: "SELECT count(*) FROM phrase_pair_queue") ?? 0
        return ["## phrase pairs"] + lines.map(\.line) + ["queued: \(queued)"]
    }
}
