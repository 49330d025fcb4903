import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What makes a damaged or once read-only index usable again without the user deleting files.
///
/// Damage deep in the file shows only when a query reads the bad page, long after opening; a sync
/// that changes nothing never reads it. The query leaves a mark beside the index, and the next open
/// rebuilds it, so that "run the command again" is advice that works.
enum IndexRecovery {
    /// `index.sqlite.damaged`: written when a query met a damaged page.
    static func marker(for index: URL) -> URL {
        URL(fileURLWithPath: index.path + ".damaged")
    }

    static func markDamaged(_ index: URL) {
        _ = FileManager.default.createFile(atPath: marker(for: index).path, contents: Data("found damaged by a query\n".utf8))
    }

    static func isMarkedDamaged(_ index: URL) -> Bool {
        FileManager.default.fileExists(atPath: marker(for: index).path)
    }

    /// The WAL and shared-memory files are created with the database's mode: after `chmod 444` on
    /// the index and back, they stay read-only and every later open fails with "attempt to write a
    /// readonly database". Gives them the database's write bits again; returns the paths it could not
    /// fix, for a message that names them.
    static func repairCompanionModes(_ index: URL) -> [String] {
        var database = stat()
        guard stat(index.path, &database) == 0, database.st_mode & S_IWUSR != 0 else { return [] }
        var stuck: [String] = []
        for suffix in ["-wal", "-shm"] {
            let path = index.path + suffix
            var companion = stat()
            guard lstat(path, &companion) == 0, companion.st_mode & S_IFMT == S_IFREG else { continue }
            let missing = database.st_mode & 0o222 & ~companion.st_mode
            guard missing != 0 else { continue }
            if chmod(path, (companion.st_mode | missing) & 0o7777) != 0 { stuck.append(path) }
        }
        return stuck
    }

    /// The message for a write refused because the index or its companions are read-only.
    static func readOnlyError(_ index: URL) -> IndexError {
        let files = readOnlyFiles(index)
        let them = files.count == 1 ? "it" : "them"
        return IndexError(.cannotOpenIndex, path: index.path,
                          message: "\(files.joined(separator: ", ")) cannot be written; make \(them) writable (chmod u+w \(files.joined(separator: " "))), or pass --index FILE to put the index elsewhere")
    }

    /// The index and companion files that exist and this process may not write.
    static func readOnlyFiles(_ index: URL) -> [String] {
        [index.path, index.path + "-wal", index.path + "-shm"].filter { path in
            FileManager.default.fileExists(atPath: path) && !FileManager.default.isWritableFile(atPath: path)
        }
    }
}
