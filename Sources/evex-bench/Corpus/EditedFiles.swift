import Foundation

/// The corpus files a stage edits to time a resync, saved before it runs and put back as they were when it
/// ends, whether it ends well or not: bytes and modification time; a file the stage created (the new file
/// a save through a rename writes) is removed. Without it every rerun over a kept folder measured a corpus
/// a paragraph longer than the last.
struct EditedFiles {
    private enum Saved {
        case file(Data, modified: Date?)
        case absent
    }

    private let saved: [(url: URL, state: Saved)]

    /// Reads each file as it is now; one that does not exist is noted as absent.
    init(_ urls: [URL]) throws {
        saved = try urls.map { url in
            guard FileManager.default.fileExists(atPath: url.path) else { return (url, .absent) }
            let modified = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date
            return (url, .file(try Data(contentsOf: url), modified: modified))
        }
    }

    /// Whether a file differs from what was saved (its bytes, or whether it exists).
    var changed: Bool {
        saved.contains { url, state in
            switch state {
            case .file(let bytes, _): return (try? Data(contentsOf: url)) != bytes
            case .absent: return FileManager.default.fileExists(atPath: url.path)
            }
        }
    }

    /// Puts every file back: rewritten in place (its inode kept) with its old modification time, or removed.
    func restore() throws {
        for (url, state) in saved {
            switch state {
            case .file(let bytes, let modified):
                try Self.write(bytes, to: url.path)
                if let modified { try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: url.path) }
            case .absent:
                if FileManager.default.fileExists(atPath: url.path) { try FileManager.default.removeItem(at: url) }
            }
        }
    }

    /// Writes `bytes` over the file at `path`, truncated in place, as they are (not decoded as text).
    private static func write(_ bytes: Data, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw BenchError.io("cannot write \(path) back: \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                guard written > 0 else { throw BenchError.io("cannot write \(path) back: \(String(cString: strerror(errno)))") }
                offset += written
            }
        }
    }

    /// Runs `body` with `urls` saved, then puts them back, also when `body` throws (its error is the one
    /// thrown then, and nothing else runs); `afterwards` runs once they are back, when `body` returned and changed
    /// one of them.
    static func restoring<T>(_ urls: [URL], afterwards: () throws -> Void = {}, _ body: () throws -> T) throws -> T {
        let files = try EditedFiles(urls)
        let result: T
        do {
            result = try body()
        } catch {
            try? files.restore()
            throw error
        }
        let changed = files.changed
        try files.restore()
        if changed { try afterwards() }
        return result
    }
}
