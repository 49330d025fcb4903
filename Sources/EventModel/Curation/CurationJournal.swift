import Foundation

/// The undo journal of a curation file: each change as the curation before and after it, one JSON
/// object a line, the last line the change `U` (or `evex curate undo`) takes back.
///
/// It lives in `.evex/` beside the file rather than in the reader's state store: it is the history of
/// this copy of the file, which a team's commits must not carry (`.evex/` is git-ignored) but which
/// must survive a restart, and it has to be writable wherever the curation file is. Whole curations
/// are kept, not the changes, so that undo is a three-way merge like any other write.
public struct CurationJournal: Sendable {
    public let url: URL
    /// Changes kept; older ones can no longer be undone.
    public static let limit = 50

    public struct Entry: Sendable, Hashable, Codable {
        public var summary: String
        public var before: Curation
        public var after: Curation
    }

    public func entries() throws -> [Entry] {
        guard let data = FileManager.default.contents(atPath: url.path) else { return [] }
        let decoder = JSONDecoder()
        // A line that does not read (a journal from another version) ends what can be undone before it.
        var entries: [Entry] = []
        for line in data.split(separator: UInt8(ascii: "\n")) {
            guard let entry = try? decoder.decode(Entry.self, from: Data(line)) else {
                entries.removeAll()
                continue
            }
            entries.append(entry)
        }
        return entries
    }

    func append(_ entry: Entry) throws {
        try save(Array((try entries() + [entry]).suffix(Self.limit)))
    }

    func dropLast() throws {
        try save(Array(try entries().dropLast()))
    }

    private func save(_ entries: [Entry]) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var data = Data()
        for entry in entries {
            data += try encoder.encode(entry)
            data.append(UInt8(ascii: "\n"))
        }
        do {
            try AtomicFile.write(to: url) { try $0.write(contentsOf: data) }
        } catch let error as AtomicFile.WriteError {
            throw CurationError.notWritable(path: url.path, reason: error.reason)
        }
    }
}
