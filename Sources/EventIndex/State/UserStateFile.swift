import EventModel
import Foundation
import GRDB

/// The user's marks (read, starred, notes, saved searches) in an SQLite file of their own, beside
/// the articles: `.evex/state.sqlite` in the corpus folder, so that they move with it and survive
/// any rebuild of the index. A corpus folder that cannot be written keeps them in the user's data
/// folder instead (`$XDG_DATA_HOME/evex/state/`, keyed by the folder's path).
public final class UserStateFile: UserStateStore, Sendable {
    /// The SQLite file.
    public let path: URL
    private let queue: DatabaseQueue
    /// `PRAGMA application_id` of a state file: "evxs".
    static let applicationID: Int32 = 0x6576_7873

    private init(path: URL, queue: DatabaseQueue) {
        self.path = path
        self.queue = queue
    }

    /// Opens (creating when needed) the state of the corpus at `root`.
    /// - throws: ``IndexError`` when no place for the file can be written, or the file there is not
    ///   an evex state file.
    public static func open(corpus root: URL) throws -> UserStateFile {
        let inCorpus = root.appendingPathComponent(".evex", isDirectory: true)
        if let file = try? open(folder: inCorpus, name: "state.sqlite", ignoreFile: true) { return file }
        return try open(folder: fallbackFolder(), name: ContentHash.hex(root.resolvingSymlinksInPath().standardizedFileURL.path) + ".sqlite", ignoreFile: false)
    }

    /// Opens the state file at an explicit path (tests, and `--state`).
    public static func open(path: URL) throws -> UserStateFile {
        try open(folder: path.deletingLastPathComponent(), name: path.lastPathComponent, ignoreFile: false)
    }

    private static func open(folder: URL, name: String, ignoreFile: Bool) throws -> UserStateFile {
        let path = folder.appendingPathComponent(name)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            if ignoreFile {
                // The marks are one reader's: keep them out of a team's commits of the corpus.
                let ignore = folder.appendingPathComponent(".gitignore")
                if !FileManager.default.fileExists(atPath: ignore.path) { try? Data("*\n".utf8).write(to: ignore) }
            }
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            let queue = try DatabaseQueue(path: path.path, configuration: configuration)
            try queue.write { db in
                let id = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                if id != applicationID && tables > 0 {
                    throw IndexError(.notAnIndex, path: path.path, message: "this is not an evex state file, so evex leaves it untouched; move it away")
                }
                if tables == 0 {
                    try db.execute(sql: """
                        PRAGMA journal_mode = WAL;
                        CREATE TABLE marks(
                            kind TEXT NOT NULL, id TEXT NOT NULL, read INTEGER NOT NULL, starred INTEGER NOT NULL,
                            note TEXT, query TEXT, updated TEXT NOT NULL, PRIMARY KEY (kind, id)) WITHOUT ROWID;
                        PRAGMA application_id = \(applicationID);
                        """)
                }
            }
            return UserStateFile(path: path, queue: queue)
        } catch let error as IndexError {
            throw error
        } catch {
            throw IndexError(.cannotOpenIndex, path: path.path, message: "cannot keep read marks and notes here (\(error)); check that the folder is writable")
        }
    }

    private static func fallbackFolder() -> URL {
        let environment = ProcessInfo.processInfo.environment
        let data: URL
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            data = URL(fileURLWithPath: xdg, isDirectory: true)
        } else {
            let home = environment["HOME"].map { URL(fileURLWithPath: $0, isDirectory: true) } ?? FileManager.default.homeDirectoryForCurrentUser
            data = home.appendingPathComponent(".local/share", isDirectory: true)
        }
        return data.appendingPathComponent("evex/state", isDirectory: true)
    }

    public func mark(_ kind: UserMark.Kind, _ id: String) throws -> UserMark {
        try queue.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM marks WHERE kind = ? AND id = ?", arguments: [kind.rawValue, id]).map(Self.mark)
        } ?? UserMark(kind: kind, id: id)
    }

    public func save(_ mark: UserMark) throws {
        try queue.write { db in
            if mark.isBlank {
                try db.execute(sql: "DELETE FROM marks WHERE kind = ? AND id = ?", arguments: [mark.kind.rawValue, mark.id])
            } else {
                try db.execute(sql: """
                    INSERT OR REPLACE INTO marks(kind, id, read, starred, note, query, updated) VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [mark.kind.rawValue, mark.id, mark.read, mark.starred, mark.note, mark.query,
                                     ISO8601DateFormatter().string(from: Date())])
            }
        }
    }

    public func marks(_ kind: UserMark.Kind?) throws -> [UserMark] {
        try queue.read { db in
            if let kind {
                return try Row.fetchAll(db, sql: "SELECT * FROM marks WHERE kind = ? ORDER BY id", arguments: [kind.rawValue]).map(Self.mark)
            }
            return try Row.fetchAll(db, sql: "SELECT * FROM marks ORDER BY kind, id").map(Self.mark)
        }
    }

    public func marks(_ kind: UserMark.Kind, among ids: [String]) throws -> [String: UserMark] {
        guard !ids.isEmpty else { return [:] }
        return try queue.read { db in
            var found: [String: UserMark] = [:]
            // SQLite caps the variables of one statement; a screen's rows are far fewer.
            for start in stride(from: 0, to: ids.count, by: 500) {
                let chunk = Array(ids[start..<min(start + 500, ids.count)])
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                for row in try Row.fetchAll(db, sql: "SELECT * FROM marks WHERE kind = ? AND id IN (\(marks))",
                                            arguments: StatementArguments([kind.rawValue] + chunk)) {
                    let mark = Self.mark(row)
                    found[mark.id] = mark
                }
            }
            return found
        }
    }

    public func readCount() throws -> Int {
        try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM marks WHERE kind = 'article' AND read") ?? 0 }
    }

    private static func mark(_ row: Row) -> UserMark {
        UserMark(kind: UserMark.Kind(rawValue: row["kind"]) ?? .article, id: row["id"], read: row["read"], starred: row["starred"],
                 note: row["note"], query: row["query"])
    }
}
