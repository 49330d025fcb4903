import Foundation

/// Cheap checks on an index file before SQLite opens it: a file that is not a database, or one cut
/// short (a full disk, a copy that stopped), must be rebuilt rather than crash a query later.
enum IndexFileCheck {
    /// Why the file cannot be an intact index, or nil when it looks whole (or does not exist yet).
    static func problem(at url: URL) -> String? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        guard let header = try? handle.read(upToCount: 100), !header.isEmpty else { return nil }
        let bytes = [UInt8](header)
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

    /// Removes the database and its WAL and shared-memory companions.
    static func remove(_ url: URL) {
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: url.path + suffix)
        }
    }
}
