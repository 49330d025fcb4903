import EventModel
import Foundation
import GRDB

/// The listing cut by folder: for each folder, the ``FolderSignature`` of the files directly in it (path,
/// kind, size, modification time), as a sync that commits stores them (table `folders`).
///
/// A file edited in place keeps its folder's modification time but not its own size and time, so
/// every file is still looked at; what the digests save is naming every file and reading the `files`
/// table: the listing makes strings only for the files of folders whose digest moved, and the next sync
/// compares only those folders' rows, so one edit costs the rows of its folder.
struct FolderDigests {
    /// Folder ("" for the corpus root) -> digest of its files.
    private(set) var digests: [String: Int64] = [:]
    /// Folder -> positions of its files in the files the listing kept.
    private(set) var members: [String: [Int]] = [:]
    /// Files in the whole listing, kept or not.
    private(set) var fileCount: Int

    /// The listing's own signatures; members for the folders whose files it kept.
    init(listing: CorpusListing) {
        digests = listing.signatures
        members = Self.members(of: listing.files)
        fileCount = listing.fileCount
    }

    /// Every folder of `files`, all of them kept.
    init(files: [CorpusFile]) {
        members = Self.members(of: files)
        digests = members.mapValues { FolderSignature.of($0.lazy.map { files[$0] }) }
        fileCount = files.count
    }

    /// Whether the files of `folder` are among those kept (a folder with none has nothing to keep).
    func kept(_ folder: String) -> Bool { members[folder] != nil || digests[folder] == nil }

    /// A sync met a folder whose digest moved but whose files the listing did not keep; it lists again,
    /// keeping every folder.
    struct Incomplete: Error {}

    private static func members(of files: [CorpusFile]) -> [String: [Int]] {
        var slots: [String: Int] = [:]
        var folders: [String] = []
        var lists: [[Int]] = []
        // Files of one folder mostly follow one another in the listing: the slot is looked up when the folder changes.
        var current = -1
        for (index, file) in files.enumerated() {
            if current < 0 || !Self.isDirectly(in: folders[current], path: file.path) {
                let folder = Self.folder(of: file.path)
                if let known = slots[folder] {
                    current = known
                } else {
                    current = folders.count
                    slots[folder] = current
                    folders.append(folder)
                    lists.append([])
                }
            }
            lists[current].append(index)
        }
        return Dictionary(uniqueKeysWithValues: zip(folders, lists))
    }

    /// One digest of the whole listing, from the folders' and the listing's diagnostics: the same value
    /// next time means nothing changed.
    func listingDigest(diagnostics: [Diagnostic]) -> String {
        var hasher = ContentHash.Running()
        for (folder, digest) in digests.sorted(by: { $0.key < $1.key }) {
            hasher.add(folder)
            hasher.add(UInt64(bitPattern: digest))
        }
        for diagnostic in diagnostics { hasher.add(diagnostic.description) }
        return String(hasher.value)
    }

    /// "articles/000" for "articles/000/a1.md", "" for "knowledge.yaml".
    static func folder(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[..<slash])
    }

    /// Whether `path` is a file directly in `folder`, found without cutting the path into a new string.
    static func isDirectly(in folder: String, path: String) -> Bool {
        var path = path, folder = folder
        // On the bytes in place: this runs for every file of the listing.
        return path.withUTF8 { path in
            folder.withUTF8 { folder in
                let slash = UInt8(ascii: "/")
                guard !folder.isEmpty else { return !path.contains(slash) }
                guard path.count > folder.count + 1, path[folder.count] == slash,
                      memcmp(path.baseAddress!, folder.baseAddress!, folder.count) == 0 else { return false }
                return !UnsafeBufferPointer(rebasing: path[(folder.count + 1)...]).contains(slash)
            }
        }
    }

    static func stored(_ db: Database) throws -> [String: Int64] {
        var stored: [String: Int64] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT path, digest FROM folders") { stored[row[0]] = row[1] }
        return stored
    }

    /// The `files` rows of one folder, without those of the folders below it.
    static func fileRows(_ db: Database, folder: String) throws -> RowCursor {
        if folder.isEmpty {
            return try Row.fetchCursor(db, sql: "SELECT path, kind, size, mtime, hash FROM files WHERE instr(path, '/') = 0")
        }
        // Every path under "F/" sorts at or after "F/" and before "F0" ('0' follows '/'), in SQLite's byte order.
        return try Row.fetchCursor(db, sql: """
            SELECT path, kind, size, mtime, hash FROM files WHERE path >= ? AND path < ? AND instr(substr(path, ?), '/') = 0
            """, arguments: [folder + "/", folder + "0", folder.utf8.count + 2])
    }

    /// Makes the stored digests those of this listing, writing only the folders that differ; with a
    /// `scope`, the listing covers only those folders and the others stay as they are.
    func store(_ db: Database, replacing stored: [String: Int64], scope: Set<String>? = nil) throws {
        let delete = try db.cachedStatement(sql: "DELETE FROM folders WHERE path = ?")
        for folder in stored.keys where digests[folder] == nil && scope?.contains(folder) ?? true { try delete.execute(arguments: [folder]) }
        let upsert = try db.cachedStatement(sql: "INSERT OR REPLACE INTO folders(path, digest) VALUES (?, ?)")
        for (folder, digest) in digests where stored[folder] != digest { try upsert.execute(arguments: [folder, digest]) }
    }

    /// Each folder's modification time at the last sync (see ``CorpusScanner/listChangedFolders(root:known:)``),
    /// kept in `meta` as JSON; nil when none is kept (a corpus with links or feeds, or an older index).
    static func storedTimes(_ db: Database) throws -> [String: Int64]? {
        guard let text = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'folder_times'") else { return nil }
        return try? JSONDecoder().decode([String: Int64].self, from: Data(text.utf8))
    }

    static func storeTimes(_ db: Database, _ times: [String: Int64]?) throws {
        guard let times, let data = try? JSONEncoder().encode(times) else {
            try db.execute(sql: "DELETE FROM meta WHERE key = 'folder_times'")
            return
        }
        try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('folder_times', ?)", arguments: [String(decoding: data, as: UTF8.self)])
    }
}
