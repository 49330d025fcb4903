import Foundation
import GRDB

/// Cheap checks on an index file before SQLite opens it: a file that is not a database, or one cut
/// short (a full disk, a copy that stopped), must be rebuilt rather than crash a query later; and a
/// file that is not evex's own (an article, knowledge.yaml, another program's database) must be
/// refused rather than replaced.
enum IndexFileCheck {
    /// `PRAGMA application_id` of every index evex creates: "evex" in ASCII.
    static let applicationID: Int32 = 0x6576_6578

    /// Whether evex may create, rebuild or delete the file at a path.
    enum Ownership: Equatable {
        /// Nothing there, an empty file, or an empty SQLite database: nothing to lose.
        case free
        /// An evex index, whole or damaged.
        case evex
        /// Something evex did not write, and why it is not an index.
        case foreign(String)
    }

    /// Who owns the file at `url`. Inside evex's own cache folder (`inCacheFolder`) any file is taken
    /// as a damaged index of ours; elsewhere only a file that carries evex's application id (or, for
    /// indexes written before it was set, evex's tables) is.
    static func ownership(of url: URL, inCacheFolder: Bool) -> Ownership {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { return .free }
        if isFolder.boolValue { return .foreign("it is a folder") }
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
              attributes[.type] as? FileAttributeType == .typeRegular
        else { return .foreign("it is not a regular file") }
        if (attributes[.size] as? Int ?? 0) == 0 { return .free }
        if inCacheFolder { return .evex }
        guard let bytes = header(of: url), bytes.count >= 72, Array(bytes[0..<16]) == Array("SQLite format 3\0".utf8) else {
            return .foreign("it is not an SQLite database")
        }
        let id = Int32(bitPattern: UInt32(bytes[68]) << 24 | UInt32(bytes[69]) << 16 | UInt32(bytes[70]) << 8 | UInt32(bytes[71]))
        if id == applicationID { return .evex }
        if id != 0 { return .foreign("it is another program's SQLite database") }
        return tablesLookLikeEvex(url)
    }

    /// An SQLite file without an application id: an empty one is free, one with evex's tables is an
    /// index written before the id was set, anything else belongs to someone else.
    private static func tablesLookLikeEvex(_ url: URL) -> Ownership {
        var configuration = Configuration()
        configuration.readonly = true
        guard let queue = try? DatabaseQueue(path: url.path, configuration: configuration),
              let tables = try? queue.read({ try String.fetchSet($0, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") })
        else { return .foreign("it is an SQLite database evex cannot read") }
        try? queue.close()
        if tables.isEmpty { return .free }
        return tables.isSuperset(of: ["meta", "files", "articles"]) ? .evex : .foreign("it is an SQLite database that is not an evex index")
    }

    /// Why the file cannot be an intact index, or nil when it looks whole (or does not exist yet).
    static func problem(at url: URL) -> String? {
        guard let bytes = header(of: url), !bytes.isEmpty else { return nil }
        guard bytes.count == 100, Array(bytes[0..<16]) == Array("SQLite format 3\0".utf8) else {
            return "it is not an SQLite database"
        }
        let rawPageSize = Int(bytes[16]) << 8 | Int(bytes[17])
        let pageSize = rawPageSize == 1 ? 65536 : rawPageSize
        let pageCount = Int(bytes[28]) << 24 | Int(bytes[29]) << 16 | Int(bytes[30]) << 8 | Int(bytes[31])
        // The in-header size is valid only when the change counter matches its copy at offset 92.
        let counterMatches = bytes[24..<28].elementsEqual(bytes[92..<96])
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        if pageSize < 512 { return "its header is damaged" }
        if counterMatches && pageCount > 0 && size < pageSize * pageCount { return "the file is truncated" }
        if size % pageSize != 0 { return "the file is truncated" }
        return nil
    }

    private static func header(of url: URL) -> [UInt8]? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: 100)).map { [UInt8]($0) }
    }

    /// Removes the database and its WAL and shared-memory companions.
    static func remove(_ url: URL) {
        for suffix in ["", "-wal", "-shm", ".damaged"] {
            try? FileManager.default.removeItem(atPath: url.path + suffix)
        }
    }
}
