import Foundation

/// Writes a file through a temporary sibling that replaces it only when complete, so a failed or
/// interrupted write (an export, the curation file) never leaves a half-written file where a good one was.
public enum AtomicFile {
    /// A file that could not be written, and what to do about it.
    public struct WriteError: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// Runs `body` on a handle to a temporary file next to `url`, then renames it over `url`.
    public static func write(to url: URL, _ body: (FileHandle) throws -> Void) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
            throw WriteError(path: url.path, reason: "is a folder; give a file name to write")
        }
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).partial")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw WriteError(path: url.path, reason: "cannot be written; check that its folder exists and is writable")
        }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            defer { try? handle.close() }
            try body(handle)
            try handle.synchronize()
            guard rename(temporary.path, url.path) == 0 else {
                throw WriteError(path: url.path, reason: "cannot be replaced (\(String(cString: strerror(errno))))")
            }
            // The rename itself is durable only once the folder's entry is on disk.
            let folder = open(url.deletingLastPathComponent().path, O_RDONLY)
            if folder >= 0 {
                _ = fsync(folder)
                close(folder)
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}
