import Dispatch
import EventModel
import Foundation
import GRDB

/// The changed articles of the first folder a listing finds changed, read and parsed on a thread of their
/// own while the rest of the corpus is listed (see ``FolderChangeWatch``).
///
/// A new process that finds one file edited used to read and parse it only after the whole listing, on
/// one thread, while the other core was idle; parsing the first article of a process also builds the
/// tables it needs once (the gazetteer's names, the vocabulary), which cost more than the article itself.
/// The sync takes a file's result only when its comparison with the index gives exactly the candidate that
/// was read ahead (the same size, time, kind and stored hash); any other is read as before.
final class FileReadAhead: @unchecked Sendable {
    /// At most this many files are read ahead, one after the other on one thread: it is for an edit or
    /// two. A folder of many new files is better read by the sync's workers on every core than waited
    /// for behind this one thread.
    static let limit = 32

    private let done = DispatchSemaphore(value: 0)
    /// Written by the reading thread before `done` is signalled, read after the wait.
    private var parsed: [String: (candidate: Synchronizer.Candidate, parsed: Synchronizer.Parsed)] = [:]
    private var waited = false

    /// Starts reading the articles of `files` (one folder's, as listed) that differ from the index's rows.
    init(pool: DatabasePool, folder: String, files: [CorpusFile]) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            if let candidates = try? pool.read({ try Self.candidates(db: $0, folder: folder, files: files) }) {
                for candidate in candidates { parsed[candidate.file.path] = (candidate, IndexUpdate.read(candidate)) }
            }
            done.signal()
        }
    }

    /// The articles of the folder whose row differs or is missing, as ``Synchronizer`` compares them.
    private static func candidates(db: Database, folder: String, files: [CorpusFile]) throws -> [Synchronizer.Candidate] {
        var stored: [String: Synchronizer.Stored] = [:]
        let rows = try FolderDigests.fileRows(db, folder: folder)
        while let row = try rows.next() { stored[row[0]] = Synchronizer.Stored(kind: row[1], size: row[2], mtime: row[3], hash: row[4]) }
        var candidates: [Synchronizer.Candidate] = []
        for file in files where file.kind == .article && !IndexUpdate.readsLong(file) {
            let candidate = Synchronizer.candidate(file, stored: stored[file.path])
            if let candidate { candidates.append(candidate) }
            if candidates.count == limit { break }
        }
        return candidates
    }

    /// The file read ahead for exactly this candidate, once; nil otherwise. Waits for the reading to end.
    func take(_ candidate: Synchronizer.Candidate) -> Synchronizer.Parsed? {
        wait()
        guard let found = parsed.removeValue(forKey: candidate.file.path), found.candidate == candidate else { return nil }
        return found.parsed
    }

    /// Waits for the reading, so that no thread outlives the sync that started it.
    func finish() {
        wait()
        parsed = [:]
    }

    private func wait() {
        guard !waited else { return }
        done.wait()
        waited = true
    }
}
