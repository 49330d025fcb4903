import EventModel
import Foundation
import GRDB

/// The linker of the stored catalog, packed in the index (table `linker_state`) with the digest of
/// what the catalog was built from and the catalog's diagnostics.
///
/// A new process that syncs a few changed articles restores it in one read instead of building the
/// catalog from every article's contribution and indexing every name again. Any other digest, or bytes
/// that do not decode (another layout, a damaged row), mean "build it": the row is only ever a shortcut.
enum LinkerState {
    /// The linker stored for `digest`, or nil when the stored one is of other inputs or unreadable; an
    /// unreadable one is deleted (in the caller's write transaction), so that the one built next replaces it.
    static func restore(_ db: Database, digest: Int64) throws -> (linker: EntityLinker, diagnostics: [Diagnostic])? {
        guard let stored = try read(db, digest: digest) else { return nil }
        guard let linker = stored.linker else {
            try db.execute(sql: "DELETE FROM linker_state")
            return nil
        }
        return (linker, stored.diagnostics)
    }

    /// The stored linker (nil when its bytes do not decode) and what it was stored with; with `digest`,
    /// only when it is the stored one. Reads only, so that a reader may run it beside the sync's writes
    /// (``LinkerPrefetch``).
    static func read(_ db: Database, digest: Int64? = nil) throws -> (digest: Int64, linker: EntityLinker?, diagnostics: [Diagnostic])? {
        // A cursor's row is read in place: the packed bytes are decoded straight from SQLite's buffer.
        let rows = try Row.fetchCursor(db, sql: "SELECT digest, data, diagnostics FROM linker_state")
        guard let row = try rows.next() else { return nil }
        let stored: Int64 = row[0]
        if let digest, digest != stored { return nil }
        let diagnostics = Coding.decode([Diagnostic].self, row[2] as Data?) ?? []
        let linker = try row.withUnsafeData(atIndex: 1) { data in
            data.flatMap { data in data.withUnsafeBytes { EntityLinker(packed: $0) } }
        }
        _ = try rows.next()  // the statement ends before the table may be written
        return (stored, linker, diagnostics)
    }

    /// The digest of the stored linker, if there is one.
    static func storedDigest(_ db: Database) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT digest FROM linker_state")
    }

    /// Replaces the stored linker, in the caller's transaction.
    static func store(_ db: Database, linker: EntityLinker, diagnostics: [Diagnostic], digest: Int64) throws {
        try db.execute(sql: "DELETE FROM linker_state")
        let packed = linker.packed()
        // Bound without a copy of its own (SQLite makes one): at 100,000 articles the linker packs to about 15 MB.
        try packed.withUnsafeBytes { buffer in
            let data = Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: buffer.baseAddress!), count: buffer.count, deallocator: .none)
            try db.execute(sql: "INSERT INTO linker_state(digest, data, diagnostics) VALUES (?, ?, ?)",
                           arguments: [digest, data, Coding.encode(diagnostics)])
        }
    }

    /// One article's share of the catalog's inputs: its path and the hash of its contribution. The
    /// shares are combined by XOR (``IndexUpdate/contributionSum``), so that an article coming or going
    /// changes the digest in one step, and the digest names the set of (path, contribution) pairs,
    /// which fixes the catalog the build makes (it reads them in path order).
    static func share(path: String, contributionHash: Int64) -> Int64 {
        var hasher = ContentHash.Running()
        hasher.add(path)
        hasher.add(UInt64(bitPattern: contributionHash))
        // FNV's last steps mix the high bits little; a finaliser spreads every bit before shares are combined.
        var mixed = UInt64(bitPattern: hasher.value)
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int64(bitPattern: mixed ^ (mixed >> 31))
    }
}
