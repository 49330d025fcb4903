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
/// written or deleted in `phrase_pair_queue`, whatever code wrote it, with the old title and text of one
/// deleted or changed; ``flush(_:)``, before each commit of a sync, takes each queued article out of the
/// rows its old text gives and puts it in the rows its stored title and text give (a deleted one has
/// none). A search reads the postings only when the queue is empty, so a commit that skipped the flush
/// costs time, never a wrong answer.
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
    /// in 750,000 rows at 100,000 articles (estimated from every twentieth article), 9 to 17 MB, at or past the
    /// index's room under twice the sqlite3 baseline's size; of the first 16, 84,000 rows and 2.5 MB (measured).
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
        /// Per slot (``slot(_:)``): the pairs, then the triples.
        private var counts = [Int32](repeating: 0, count: 2 << 12)
        private var titles = [Int32](repeating: 0, count: 2 << 12)
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
            let found = touched.map { (pair: Self.gram($0), title: titles[$0], body: counts[$0]) }
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
            let slot = Self.slot(gram)
            if counts[slot] == 0 && titles[slot] == 0 { touched.append(slot) }
            counts[slot] += 1
        }

        /// A pair's number, or 4,096 and a triple's three places of four bits each (they are below 16).
        @inline(__always)
        static func slot(_ gram: Int) -> Int {
            gram & PhrasePairPostings.tripleFlag == 0 ? gram
                : 1 << 12 | ((gram >> 12) & 15) << 8 | ((gram >> 6) & 15) << 4 | gram & 15
        }

        static func gram(_ slot: Int) -> Int {
            slot < 1 << 12 ? slot : PhrasePairPostings.triple((slot >> 8) & 15, (slot >> 4) & 15, slot & 15)
        }
    }

    // MARK: - Keeping in step

    /// Brings the postings in step with the queued articles, then empties the queue; inside the sync's write
    /// transaction, before it commits. A queued article's old title and text (queued by the trigger that
    /// deleted or changed it; none for one inserted, which the postings do not hold yet) say which rows hold
    /// it, and its stored title and text (none when it is gone) what they hold now: only those rows are read
    /// and written, a few hundred for an article, so a resync of one file costs what its article holds.
    static func flush(_ db: Database) throws {
        let queued = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT article, CAST(title AS BLOB), CAST(text AS BLOB), title IS NOT NULL FROM phrase_pair_queue ORDER BY article
            """))
        guard !queued.isEmpty else { return }
        let counter = try Counter(db)
        // As blobs: every byte FTS5 tokenized (a String read from a column would end at a NUL).
        let article = try db.cachedStatement(sql: "SELECT CAST(title AS BLOB), CAST(text AS BLOB) FROM articles WHERE rowid = ?")
        // Per row of phrase_pairs: the rowids to take out and the postings to put in.
        var gone: [Int64: [Int64]] = [:]
        var added: [Int64: [Posting]] = [:]
        func grams(_ title: Data, _ text: Data, _ rowid: Int64) throws -> [(pair: Int, title: Int32, body: Int32)] {
            guard let found = counter.pairs(title: title, text: text) else {
                throw DatabaseError(resultCode: .SQLITE_ERROR, message: "the tokenizer failed on article \(rowid)")
            }
            return found
        }
        for row in queued {
            let rowid: Int64 = row[0]
            let block = rowid >> blockBits
            if row[3] as Bool {
                for found in try grams(row[1] as Data? ?? Data(), row[2] as Data? ?? Data(), rowid) {
                    gone[id(block: block, gram: found.pair), default: []].append(rowid)
                }
            }
            if let stored = try Row.fetchOne(article, arguments: [rowid]) {
                for found in try grams(stored[0] as Data? ?? Data(), stored[1] as Data? ?? Data(), rowid) {
                    added[id(block: block, gram: found.pair), default: []].append(Posting(rowid: rowid, title: found.title, body: found.body))
                }
            }
        }
        let read = try db.cachedStatement(sql: "SELECT postings FROM phrase_pairs WHERE id = ?")
        let write = try db.cachedStatement(sql: "INSERT OR REPLACE INTO phrase_pairs(id, postings) VALUES (?, ?)")
        let delete = try db.cachedStatement(sql: "DELETE FROM phrase_pairs WHERE id = ?")
        for row in Set(gone.keys).union(added.keys).sorted() {
            let block = row >> gramBits
            var postings: [Posting] = []
            if let data = try Data.fetchOne(read, arguments: [row]) {
                guard let stored = decode(data, block: block) else {
                    throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "phrase pair postings \(row) end inside a posting")
                }
                postings = stored
            }
            if let rowids = gone[row] {
                let out = Set(rowids)
                postings.removeAll { out.contains($0.rowid) }
            }
            if let new = added[row] {
                // Queued rowids come in order, and most are past every stored one (a first load, a new file).
                if let last = postings.last, let first = new.first, last.rowid >= first.rowid {
                    postings = (postings + new).sorted { $0.rowid < $1.rowid }
                } else {
                    postings += new
                }
            }
            if postings.isEmpty {
                try delete.execute(arguments: [row])
            } else {
                try write.execute(arguments: [row, encode(postings, block: block)])
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
