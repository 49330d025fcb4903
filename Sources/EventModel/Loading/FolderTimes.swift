import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a quick look at a corpus folder found: the folders whose modification time moved since the
/// times given, read again (the files directly in each), and the folders gone.
///
/// A folder's time moves when a file in it is added, removed or renamed (a new article, an editor
/// that saves through a new file and a rename) but not when a file is rewritten in place: so this
/// finds most changes at the cost of one `lstat` per folder, and a full listing must still follow
/// for edits in place.
public struct FolderChanges: Sendable {
    /// The files directly in ``listed`` folders, in path order.
    public var files: [CorpusFile]
    /// The folders read, with their new times: those whose time moved and the new ones below them.
    public var listed: [String: Int64]
    /// Folders of the times given that are no longer folders.
    public var gone: Set<String>
}

extension CorpusScanner {
    /// The folders under `root` whose modification time differs from `known` (relative path, "" for the
    /// root, -> nanoseconds, as ``listFilesWithTimes(root:)`` gives them), each read again.
    ///
    /// nil when a quick look cannot tell: the root is gone or unreadable, or something read needs a word
    /// (a diagnostic) or a symbolic link; the full listing then says what changed.
    public static func listChangedFolders(root: URL, known: [String: Int64]) -> FolderChanges? {
        // The walk reads the folder's real path: a corpus given through a symbolic link is looked at there too.
        guard let base = CorpusWalker.realPath(root.standardizedFileURL.path) else { return nil }
        var moved: [String] = []
        var gone: Set<String> = []
        for (folder, time) in known {
            var info = stat()
            let path = folder.isEmpty ? base : base + "/" + folder
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
                if folder.isEmpty { return nil }
                gone.insert(folder)
                continue
            }
            if CorpusWalker.nanoseconds(info) != time { moved.append(folder) }
        }
        guard !moved.isEmpty || !gone.isEmpty else { return FolderChanges(files: [], listed: [:], gone: []) }
        var walker = CorpusWalker(root: root)
        walker.skipFolders = Set(known.keys)
        walker.walk(folders: moved.sorted())
        guard walker.diagnostics.isEmpty, !walker.metLink else { return nil }
        return FolderChanges(files: walker.files, listed: walker.folderTimes, gone: gone)
    }

    /// ``listFiles(root:)``, with each folder's modification time, taken before its entries were read;
    /// nil times when a symbolic link was met (folder times cannot tell what changes behind one).
    public static func listFilesWithTimes(root: URL) -> (files: [CorpusFile], diagnostics: [Diagnostic], folderTimes: [String: Int64]?) {
        var walker = CorpusWalker(root: root)
        walker.walk()
        return (walker.files, walker.diagnostics, walker.metLink ? nil : walker.folderTimes)
    }
}
