import Foundation

/// A corpus's `curation.knowledge.yaml`, read once and then changed one ``CurationChange`` at a time,
/// safely: each write goes through a temporary file, fsync and rename, and is made only after the
/// file on disk is read again and found to be the one read before, or merged with it when the two
/// changed different entries. A change to the same entries is refused, never written over.
///
///     var file = try CurationFile(corpus: root)
///     let outcome = try file.apply(.confirm(entity, kind: .person))
///     print(outcome.summary)                      // "confirmed sergei-shoigu as person"
///     try file.undo()                             // the file as it was, also after a restart
///
/// The file is then read by the ordinary load and sync like any knowledge file, so whatever reads
/// the corpus (the explorer, `evex entities`, the exports, a fresh `evex index`) sees the change.
public struct CurationFile: Sendable {
    /// The file: `curation.knowledge.yaml` at the top of the corpus folder.
    public let url: URL
    /// The undo journal (see ``CurationJournal``).
    public let journal: CurationJournal
    /// The curation as last read or written.
    public private(set) var curation: Curation
    /// The hash of the bytes ``curation`` was read from or written as; nil when there was no file.
    private var hash: UInt64?

    /// What one write did.
    public struct Outcome: Sendable, Hashable {
        /// "confirmed sergei-shoigu as person".
        public var summary: String
        /// The file had changed on disk on other entries, and the change was merged with those.
        public var mergedWithDisk: Bool
        /// False when the file already said so and was left alone.
        public var wrote: Bool
    }

    /// Reads the curation file of the corpus at `root` (none yet is an empty curation).
    /// - throws: ``CurationError/unreadable(path:problems:)`` when the file has errors or entries
    ///   evex could not write back.
    public init(corpus root: URL) throws {
        url = root.appendingPathComponent(KnowledgeParser.curationFileName)
        journal = CurationJournal(url: root.appendingPathComponent(".evex", isDirectory: true)
            .appendingPathComponent("curation-undo.jsonl"))
        let disk = try Self.readDisk(url)
        curation = disk.curation
        hash = disk.hash
    }

    /// Makes `change` and writes the file.
    /// - throws: ``CurationError``: `invalid` for a change that makes no sense, `conflict` when the
    ///   file changed on disk on the same entries, `unreadable` or `notWritable` for the file.
    @discardableResult
    public mutating func apply(_ change: CurationChange) throws -> Outcome {
        let lock = lockFile()
        defer { lock.release() }
        do {
            let mine = try change.applied(to: curation)
            let disk = try Self.readDisk(url)
            let result = try merged(base: curation, mine: mine, disk: disk)
            let changedOnDisk = disk.hash != hash && disk.curation != curation
            guard result != disk.curation else {
                curation = disk.curation
                hash = disk.hash
                return Outcome(summary: change.summary + " (the file already said so)", mergedWithDisk: changedOnDisk, wrote: false)
            }
            try write(result)
            // The journal is written after the file: a process killed between the two leaves the file whole and this
            // one change without an undo, rather than an undo of a change that was never written.
            try journal.append(CurationJournal.Entry(summary: change.summary, before: disk.curation, after: result))
            return Outcome(summary: change.summary, mergedWithDisk: changedOnDisk, wrote: true)
        }
    }

    /// Undoes the last change recorded in the journal, whoever made it (`evex curate`, the explorer,
    /// a run before a restart). Later edits of other entries, on disk, are kept.
    /// - throws: ``CurationError/nothingToUndo(path:)``, or `conflict` when the entries that change
    ///   touched were edited since.
    @discardableResult
    public mutating func undo() throws -> Outcome {
        let lock = lockFile()
        defer { lock.release() }
        do {
            guard let last = try journal.entries().last else { throw CurationError.nothingToUndo(path: url.path) }
            let disk = try Self.readDisk(url)
            let result: Curation
            switch Curation.merge(base: last.after, mine: last.before, theirs: disk.curation) {
            case .success(let value): result = value
            case .failure(let conflict): throw CurationError.conflict(path: url.path, keys: conflict.keys)
            }
            if result != disk.curation { try write(result) } else {
                curation = disk.curation
                hash = disk.hash
            }
            try journal.dropLast()
            return Outcome(summary: "undid: " + last.summary, mergedWithDisk: disk.curation != last.after, wrote: result != disk.curation)
        }
    }

    /// The summaries of the changes `undo` can take back, oldest first.
    public func undoable() throws -> [String] { try journal.entries().map(\.summary) }

    // MARK: - Reading and writing

    private func merged(base: Curation, mine: Curation, disk: (curation: Curation, hash: UInt64?)) throws -> Curation {
        if disk.hash == hash { return mine }
        switch Curation.merge(base: base, mine: mine, theirs: disk.curation) {
        case .success(let value): return value
        case .failure(let conflict): throw CurationError.conflict(path: url.path, keys: conflict.keys)
        }
    }

    private mutating func write(_ result: Curation) throws {
        Self.removeLeftovers(of: url)
        Self.removeLeftovers(of: journal.url)
        let bytes = Data(CurationYAML.render(result).utf8)
        do {
            try AtomicFile.write(to: url) { try $0.write(contentsOf: bytes) }
        } catch let error as AtomicFile.WriteError {
            throw CurationError.notWritable(path: url.path, reason: error.reason)
        } catch {
            throw CurationError.notWritable(path: url.path, reason: String(describing: error))
        }
        curation = result
        hash = Self.hash(bytes)
    }

    /// Removes the temporary files of writes that a killed evex left (`.NAME.PID.partial`); called
    /// with the lock held, so no other write is using one.
    static func removeLeftovers(of url: URL) {
        let folder = url.deletingLastPathComponent()
        let prefix = "." + url.lastPathComponent + "."
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        where name.hasPrefix(prefix) && name.hasSuffix(".partial") {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    /// The curation the file holds now, and the hash of its bytes (nil when there is no file).
    static func readDisk(_ url: URL) throws -> (curation: Curation, hash: UInt64?) {
        guard let bytes = FileManager.default.contents(atPath: url.path) else {
            if FileManager.default.fileExists(atPath: url.path) {
                throw CurationError.notWritable(path: url.path, reason: "it cannot be read; check its permissions")
            }
            return (Curation(), nil)
        }
        let parsed = KnowledgeParser.parse(Array(bytes), path: url.path)
        // The file is written back from what was read: anything evex would not read back (an error,
        // an unknown key, an event) would be lost, so it is refused instead.
        var problems = parsed.diagnostics.map(\.description)
        if let base = parsed.base {
            if !base.events.isEmpty { problems.append("events belong in knowledge.yaml, not in the curation file") }
            if base.relations.contains(where: { $0.since != nil || $0.until != nil || $0.source != nil }) {
                problems.append("since:, until: and source: of relations belong in knowledge.yaml")
            }
        }
        guard let curation = parsed.base?.curation, problems.isEmpty else {
            throw CurationError.unreadable(path: url.path, problems: problems.isEmpty ? ["it cannot be read"] : problems)
        }
        return (curation, hash(bytes))
    }

    /// FNV-1a: enough to tell whether the file's bytes are the ones read before.
    static func hash(_ bytes: Data) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01b3
        }
        return value
    }

    /// An exclusive lock on `.evex/curation.lock`, so that two evex processes (the explorer and
    /// `evex curate`) do not read, merge and write the file at the same time.
    private func lockFile() -> FileLock {
        let folder = journal.url.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // The journal and the lock are this copy's, not the team's: keep them out of commits.
        let ignore = folder.appendingPathComponent(".gitignore")
        if !FileManager.default.fileExists(atPath: ignore.path) { try? Data("*\n".utf8).write(to: ignore) }
        return FileLock(path: folder.appendingPathComponent("curation.lock").path)
    }
}
