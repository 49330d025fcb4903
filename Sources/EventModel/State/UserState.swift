import Foundation

/// What a reader marked: an article read or starred, a note on an article or an entity, a saved
/// search. The user's own, kept apart from the index (which is a cache of the folder and may be
/// rebuilt at any time) and keyed by article and entity ids, which come from the files' paths
/// inside the corpus folder, so that it survives a rebuild, a moved folder and an edited article.
public struct UserMark: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case article, entity, search
    }

    public var kind: Kind
    /// The article id, the entity id, or the saved search's name.
    public var id: String
    public var read: Bool
    public var starred: Bool
    public var note: String?
    /// The query of a saved search.
    public var query: String?

    public init(kind: Kind, id: String, read: Bool = false, starred: Bool = false, note: String? = nil, query: String? = nil) {
        self.kind = kind
        self.id = id
        self.read = read
        self.starred = starred
        self.note = note
        self.query = query
    }

    /// Nothing marked: the store forgets it.
    public var isBlank: Bool { !read && !starred && (note ?? "").isEmpty && query == nil }
}

/// Where the user's marks are kept. `EventIndex.UserStateFile` keeps them in a small SQLite file of
/// their own; ``MemoryUserState`` in memory, for tests. Every change is one transaction: a killed
/// process loses at most the change it was making.
public protocol UserStateStore: Sendable {
    /// The mark of one article, entity or saved search; a blank one when nothing is marked.
    func mark(_ kind: UserMark.Kind, _ id: String) throws -> UserMark
    /// Stores `mark`, replacing what was there; a blank mark is removed.
    func save(_ mark: UserMark) throws
    /// Every mark of a kind (all kinds when nil), by kind then id.
    func marks(_ kind: UserMark.Kind?) throws -> [UserMark]
    /// The marks of those of `ids` that have one: what a list needs for the rows it shows.
    func marks(_ kind: UserMark.Kind, among ids: [String]) throws -> [String: UserMark]
    /// How many articles are marked read (some may no longer be in the corpus).
    func readCount() throws -> Int
}

extension UserStateStore {
    /// Which of `ids` are read.
    public func readArticles(among ids: [String]) throws -> Set<String> {
        Set(try marks(.article, among: ids).values.filter(\.read).map(\.id))
    }

    /// Changes one mark through `change`.
    public func update(_ kind: UserMark.Kind, _ id: String, _ change: (inout UserMark) -> Void) throws {
        var mark = try self.mark(kind, id)
        change(&mark)
        try save(mark)
    }

    /// The marks as JSON lines, one object each, for backup and sharing (`evex state export`).
    public func exportLines() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try marks(nil).map { String(decoding: try encoder.encode($0), as: UTF8.self) + "\n" }.joined()
    }

    /// Reads JSON lines written by ``exportLines()``; each line replaces the mark of the same kind
    /// and id. Nothing is stored unless every line reads.
    /// - throws: ``UserStateImportError`` naming the first line that is not a mark.
    @discardableResult
    public func importLines(_ text: String, source: String) throws -> Int {
        let decoder = JSONDecoder()
        var marks: [UserMark] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { continue }
            guard let mark = try? decoder.decode(UserMark.self, from: Data(trimmed.utf8)) else {
                throw UserStateImportError(path: source, line: index + 1)
            }
            marks.append(mark)
        }
        for mark in marks { try save(mark) }
        return marks.count
    }
}

/// A line of a state file that is not a mark.
public struct UserStateImportError: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var line: Int

    public init(path: String, line: Int) {
        self.path = path
        self.line = line
    }
    public var description: String {
        "\(path):\(line): not a mark written by `evex state export` (one JSON object a line with kind, id, read, starred); nothing was imported"
    }
}

/// Marks in memory: for tests, and for a corpus whose state cannot be written anywhere.
public final class MemoryUserState: UserStateStore, @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String: UserMark] = [:]

    public init(_ marks: [UserMark] = []) {
        for mark in marks { stored[Self.key(mark.kind, mark.id)] = mark }
    }

    private static func key(_ kind: UserMark.Kind, _ id: String) -> String { kind.rawValue + "\u{1F}" + id }

    public func mark(_ kind: UserMark.Kind, _ id: String) throws -> UserMark {
        lock.withLock { stored[Self.key(kind, id)] } ?? UserMark(kind: kind, id: id)
    }

    public func save(_ mark: UserMark) throws {
        lock.withLock { stored[Self.key(mark.kind, mark.id)] = mark.isBlank ? nil : mark }
    }

    public func marks(_ kind: UserMark.Kind?) throws -> [UserMark] {
        lock.withLock { stored.values.filter { kind == nil || $0.kind == kind } }
            .sorted { ($0.kind.rawValue, $0.id) < ($1.kind.rawValue, $1.id) }
    }

    public func marks(_ kind: UserMark.Kind, among ids: [String]) throws -> [String: UserMark] {
        lock.withLock {
            var found: [String: UserMark] = [:]
            for id in ids { found[id] = stored[Self.key(kind, id)] }
            return found
        }
    }

    public func readCount() throws -> Int {
        lock.withLock { stored.values.filter { $0.kind == .article && $0.read }.count }
    }
}
