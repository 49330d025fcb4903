import EventModel
import Foundation
import GRDB
import GRDBSQLite

/// What the entity half of a broad search reads, in memory: the entities that hold each term of
/// `entity_fts`, and every listed entity in the order of mentions, read once per version of the index.
///
/// A short prefix as you type names thousands of entities (`br`: 4,709 at 100,000 articles), and
/// ``EntityRanking`` read all of their rowids from `entity_fts`, the aliases that begin with the words
/// typed, then the mentions of the group: about 2 ms of a 7 ms keystroke, mostly rows and pages copied
/// into Swift. Here a term is found by a binary search among the sorted terms, its entities are set as
/// bits, and the most mentioned of a group are the first members met in the order of mentions.
/// The terms are FTS5's own (its `fts5vocab` instance table over `entity_fts`), so a term matches the
/// entities FTS5 would match; the ranking of the few kept is still FTS5's (``EntityRanking``).
final class EntityTerms: @unchecked Sendable {
    /// The distinct terms, sorted by their bytes as FTS5 sorts them, end to end: term `i` is
    /// `bytes[offsets[i]..<offsets[i + 1]]` (one buffer, not an array per term: the read is a third faster).
    private let bytes: [UInt8]
    private let offsets: [Int32]
    /// The entities of term `i`: `entities[starts[i]..<starts[i + 1]]`, ascending.
    private let starts: [Int32]
    private let entities: [Int32]
    /// Every listed entity (``IndexedCorpus/listedEntity``), most mentioned first, and its mentions.
    private let ranked: [(rowid: Int32, mentions: Int64)]
    /// One more than the largest rowid of `entity_fts` and `entities`: a bitmap's size in bits.
    let capacity: Int
    /// The folded aliases of entity `i` (`aliases.folded`), end to end: `aliasBytes[aliasOffsets[j]..<aliasOffsets[j + 1]]`
    /// for `j` in `aliasStarts[i]..<aliasStarts[i + 1]`.
    private let aliasBytes: [UInt8]
    private let aliasOffsets: [Int32]
    private let aliasStarts: [Int32]

    private init(bytes: [UInt8], offsets: [Int32], starts: [Int32], entities: [Int32], ranked: [(rowid: Int32, mentions: Int64)], capacity: Int,
                 aliases: (bytes: [UInt8], offsets: [Int32], starts: [Int32])) {
        (self.bytes, self.offsets, self.starts, self.entities, self.ranked, self.capacity) = (bytes, offsets, starts, entities, ranked, capacity)
        (aliasBytes, aliasOffsets, aliasStarts) = aliases
    }

    /// `members` split as ``EntityRanking`` groups them: those with a folded alias equal to `typed`, then those
    /// with one in `[typed, typed + U+10FFFF)` (SQLite's byte order: one that begins with it), then the rest.
    func groups(of members: [UInt8], typed: [UInt8]) -> [[UInt8]] {
        var groups = [[UInt8]](repeating: [UInt8](repeating: 0, count: members.count), count: 3)
        let bound = typed + [0xF4, 0x8F, 0xBF, 0xBF]
        aliasBytes.withUnsafeBufferPointer { all in
            for byte in members.indices where members[byte] != 0 {
                for bit in 0..<8 where members[byte] & (1 << UInt8(bit)) != 0 {
                    let rowid = byte * 8 + bit
                    var group = 2
                    if rowid + 1 < aliasStarts.count {
                        for alias in Int(aliasStarts[rowid])..<Int(aliasStarts[rowid + 1]) {
                            let folded = UnsafeBufferPointer(rebasing: all[Int(aliasOffsets[alias])..<Int(aliasOffsets[alias + 1])])
                            if folded.elementsEqual(typed) { group = 0; break }
                            if !folded.lexicographicallyPrecedes(typed) && folded.lexicographicallyPrecedes(bound) { group = 1 }
                        }
                    }
                    groups[group][byte] |= 1 << UInt8(bit)
                }
            }
        }
        return groups
    }

    /// How many distinct terms there are.
    private var termCount: Int { offsets.count - 1 }

    /// Term `index`'s bytes.
    private func term(_ index: Int) -> ArraySlice<UInt8> { bytes[Int(offsets[index])..<Int(offsets[index + 1])] }

    /// A term of an entity query: one token as FTS5 folds it, matched whole or as a prefix.
    struct Term: Equatable {
        var token: [UInt8]
        var prefix: Bool
    }

    /// The terms an entity query must all match, as FTS5's tokenizer folds them; nil when the query is not
    /// a conjunction of single words or prefixes (an OR, an exclusion, a term of several tokens), which
    /// ``EntityRanking`` then reads through FTS5.
    static func terms(_ db: Database, _ query: SearchQuery) throws -> [Term]? {
        guard query.excluded.filter({ !$0.titleOnly }).isEmpty else { return nil }
        var terms: [Term] = []
        var tokenizer: (any FTS5Tokenizer)? = nil
        for clause in query.clauses {
            guard case .term(let term) = clause else { return nil }
            // Title-only terms do not reach the entity match (FTSExpression.entities).
            if term.titleOnly { continue }
            guard term.form == .word || term.form == .prefix else { return nil }
            if tokenizer == nil { tokenizer = try db.makeTokenizer(FTS5TokenizerDescriptor(components: PrefixSnippets.tokenizerComponents)) }
            let tokens = try tokenizer!.tokenize(query: term.text)
            guard tokens.count == 1, let token = tokens.first?.token, !token.isEmpty else { return nil }
            terms.append(Term(token: Array(token.utf8), prefix: term.form == .prefix))
        }
        return terms.isEmpty ? nil : terms
    }

    /// The entities that match every term, a bit each (bit `rowid % 8` of byte `rowid / 8`), and their count.
    func matching(_ query: [Term]) -> (bits: [UInt8], count: Int) {
        var result: [UInt8]? = nil
        for term in query {
            var bits = [UInt8](repeating: 0, count: capacity / 8 + 1)
            var index = lowerBound(term.token)
            while index < termCount, term.prefix ? self.term(index).starts(with: term.token) : self.term(index).elementsEqual(term.token) {
                for entity in entities[Int(starts[index])..<Int(starts[index + 1])] {
                    bits[Int(entity) / 8] |= 1 << UInt8(entity % 8)
                }
                index += 1
                if !term.prefix { break }
            }
            if let previous = result {
                for byte in bits.indices { bits[byte] &= previous[byte] }
            }
            result = bits
        }
        let bits = result ?? []
        return (bits, bits.reduce(0) { $0 + $1.nonzeroBitCount })
    }

    /// The listed entities among `members` that are among their `need` most mentioned, with every other
    /// listed member of as many mentions as the last of those: a superset of the best `need` in the order
    /// within a group (mentions first). All listed members when there are no more than `need`.
    func mostMentioned(in members: [UInt8], need: Int) -> [Int64] {
        var found: [Int64] = []
        var boundary: Int64? = nil
        for entry in ranked {
            let rowid = Int(entry.rowid)
            guard rowid / 8 < members.count, members[rowid / 8] & (1 << UInt8(rowid % 8)) != 0 else { continue }
            if let boundary, entry.mentions != boundary { break }
            found.append(Int64(rowid))
            if found.count == need { boundary = entry.mentions }
        }
        return found
    }

    /// The first index whose term is not below `token`.
    private func lowerBound(_ token: [UInt8]) -> Int {
        var low = 0, high = termCount
        while low < high {
            let middle = (low + high) / 2
            if term(middle).lexicographicallyPrecedes(token) { low = middle + 1 } else { high = middle }
        }
        return low
    }

    // MARK: - Reading

    /// The table of the index `db` reads, from the cache when it has it for this index as it is now; nil when
    /// it cannot be read (the caller then reads through FTS5).
    static func of(_ db: Database, path: String) throws -> EntityTerms? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT (SELECT value FROM meta WHERE key = 'generation'),
                   (SELECT block FROM entity_fts_data WHERE id = 1), (SELECT block FROM entity_fts_data WHERE id = 10)
            """)), let generation = row[0] as String? else { return nil }
        let key = IndexVersionCache<EntityTerms>.Key(path: path, generation: generation, stamp: [row[1] as Data? ?? Data(), row[2] as Data? ?? Data()])
        if let cached = cache.table(key) { return cached }
        guard let table = try? read(db) else { return nil }
        cache.store(table, key)
        return table
    }

    /// Reads every term instance of `entity_fts` and every entity's mentions.
    static func read(_ db: Database) throws -> EntityTerms? {
        // A table of the connection's own temporary schema: nothing is written to the index.
        try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.evex_entity_terms USING fts5vocab(main, 'entity_fts', 'instance')")
        let last = try Int64.fetchOne(db, sql: "SELECT max(coalesce((SELECT max(rowid) FROM entity_fts), 0), coalesce((SELECT max(rowid) FROM entities), 0))") ?? 0
        guard last < Int64(Int32.max) else { return nil }
        var bytes: [UInt8] = []
        var offsets: [Int32] = [0]
        var starts: [Int32] = []
        var entities: [Int32] = []
        // Rows come by term, then entity, then place: each (term, entity) is kept once. Read through SQLite's own
        // calls: 170,000 rows at 100,000 articles, where a row object each cost several times the walk.
        guard let connection = db.sqliteConnection else { return nil }
        var statement: OpaquePointer? = nil
        guard sqlite3_prepare_v2(connection, "SELECT term, doc FROM temp.evex_entity_terms", -1, &statement, nil) == SQLITE_OK else { return nil }
        defer { sqlite3_finalize(statement) }
        var code = sqlite3_step(statement)
        while code == SQLITE_ROW {
            defer { code = sqlite3_step(statement) }
            let doc = sqlite3_column_int64(statement, 1)
            guard doc >= 0, doc <= last else { return nil }
            let size = Int(sqlite3_column_bytes(statement, 0))
            let term = UnsafeBufferPointer(start: sqlite3_column_blob(statement, 0)?.assumingMemoryBound(to: UInt8.self), count: size)
            // The term against the last one kept (no slice of `bytes` held across the append below, which would copy it).
            let order = offsets.count < 2 ? 1 : bytes.withUnsafeBufferPointer {
                compare(term, UnsafeBufferPointer(rebasing: $0[Int(offsets[offsets.count - 2])...]))
            }
            if order == 0 {
                if entities.last != Int32(doc) { entities.append(Int32(doc)) }
                continue
            }
            guard order > 0 else { return nil }
            bytes.append(contentsOf: term)
            offsets.append(Int32(bytes.count))
            starts.append(Int32(entities.count))
            entities.append(Int32(doc))
        }
        // A read that stopped short (an error) gives no table.
        guard code == SQLITE_DONE else { return nil }
        starts.append(Int32(entities.count))
        // The listed entities by mentions: those mentioned through the index on mentions, in its order, then the
        // few listed without a mention.
        var ranked: [(rowid: Int32, mentions: Int64)] = []
        for sql in ["SELECT rowid, mentions FROM entities INDEXED BY entities_rank WHERE mentions > 0 ORDER BY mentions DESC",
                    "SELECT rowid, mentions FROM entities WHERE mentions <= 0 AND \(IndexedCorpus.listedEntity) ORDER BY mentions DESC"] {
            var statement: OpaquePointer? = nil
            guard sqlite3_prepare_v2(connection, sql, -1, &statement, nil) == SQLITE_OK else { return nil }
            defer { sqlite3_finalize(statement) }
            var code = sqlite3_step(statement)
            while code == SQLITE_ROW {
                let rowid = sqlite3_column_int64(statement, 0)
                guard rowid >= 0, rowid <= last else { return nil }
                ranked.append((Int32(rowid), sqlite3_column_int64(statement, 1)))
                code = sqlite3_step(statement)
            }
            guard code == SQLITE_DONE else { return nil }
        }
        // Each entity's folded aliases: the table read in its own order (through the index on entities it was a
        // look-up a row, twice the time), then put in entity order by counting.
        var owners: [Int32] = [], raw: [UInt8] = [], rawOffsets: [Int32] = [0]
        var aliasStatement: OpaquePointer? = nil
        guard sqlite3_prepare_v2(connection, "SELECT entity, folded FROM aliases", -1, &aliasStatement, nil) == SQLITE_OK else { return nil }
        defer { sqlite3_finalize(aliasStatement) }
        code = sqlite3_step(aliasStatement)
        while code == SQLITE_ROW {
            let owner = sqlite3_column_int64(aliasStatement, 0)
            if owner >= 0 && owner <= last {
                owners.append(Int32(owner))
                let size = Int(sqlite3_column_bytes(aliasStatement, 1))
                if let text = sqlite3_column_blob(aliasStatement, 1)?.assumingMemoryBound(to: UInt8.self) {
                    raw.append(contentsOf: UnsafeBufferPointer(start: text, count: size))
                }
                rawOffsets.append(Int32(raw.count))
            }
            code = sqlite3_step(aliasStatement)
        }
        guard code == SQLITE_DONE else { return nil }
        var aliasStarts = [Int32](repeating: 0, count: Int(last) + 2)
        for owner in owners { aliasStarts[Int(owner) + 1] += 1 }
        for index in 1..<aliasStarts.count { aliasStarts[index] += aliasStarts[index - 1] }
        var next = aliasStarts, order = [Int](repeating: 0, count: owners.count)
        for (index, owner) in owners.enumerated() {
            order[Int(next[Int(owner)])] = index
            next[Int(owner)] += 1
        }
        var aliasBytes: [UInt8] = [], aliasOffsets: [Int32] = [0]
        aliasBytes.reserveCapacity(raw.count)
        for index in order {
            aliasBytes.append(contentsOf: raw[Int(rawOffsets[index])..<Int(rawOffsets[index + 1])])
            aliasOffsets.append(Int32(aliasBytes.count))
        }
        return EntityTerms(bytes: bytes, offsets: offsets, starts: starts, entities: entities, ranked: ranked, capacity: Int(last) + 1,
                           aliases: (aliasBytes, aliasOffsets, aliasStarts))
    }

    /// Byte order of two terms, as FTS5 sorts them: negative, zero or positive.
    private static func compare(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Int {
        let common = min(left.count, right.count)
        if common > 0, let a = left.baseAddress, let b = right.baseAddress {
            let order = memcmp(a, b, common)
            if order != 0 { return Int(order) }
        }
        return left.count - right.count
    }

    private static let cache = IndexVersionCache<EntityTerms>()
}
