import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A sync's listing of the corpus folder, cut by folder: each folder's ``FolderSignature``, and the files
/// only of the folders asked for (see ``CorpusScanner/listFolders(root:keepFiles:eachFolder:)``).
public struct CorpusListing: Sendable {
    /// The files of the folders kept, in path order.
    public var files: [CorpusFile]
    /// Each folder with files evex reads directly in it ("" for the corpus root) -> their signature.
    public var signatures: [String: Int64]
    /// The folders whose files are in ``files``.
    public var kept: Set<String>
    /// Files evex reads in the whole corpus, kept or not.
    public var fileCount: Int
    public var diagnostics: [Diagnostic]
    /// Each folder's modification time (see ``CorpusScanner/listFilesWithTimes(root:)``); nil when a symbolic link was met.
    public var folderTimes: [String: Int64]?
}

/// One folder as the listing finishes it, told to the caller while the rest is listed.
public struct ListedFolder: Sendable {
    /// Relative to the corpus root, "" for the root.
    public var path: String
    public var signature: Int64
    /// Files evex reads directly in it.
    public var count: Int
    /// Those files in path order, when they were kept.
    public var files: [CorpusFile]?
}

extension CorpusScanner {
    /// Every folder under `root` summed into its ``FolderSignature``, on both cores, with strings made
    /// only for the files of folders that `keepFiles` asks for (told each folder's path and signature:
    /// a sync asks for those whose signature is not the one it stored) and of folders that hold a feed or
    /// a knowledge file. A sync that finds one file changed then names 1,000 files, not 100,000.
    ///
    /// Same files, kinds, order and diagnostics as ``listFilesWithTimes(root:)``: a corpus with anything
    /// that needs a word (a symbolic link, an unreadable folder, a bad name) is listed by that walk, every
    /// folder kept.
    ///
    /// - parameter eachFolder: told each folder as soon as it is read, from the listing's threads, while
    ///   the rest is listed.
    public static func listFolders(root: URL, keepFiles: @escaping @Sendable (_ folder: String, _ signature: Int64) -> Bool,
                                   eachFolder: (@Sendable (ListedFolder) -> Void)? = nil) -> CorpusListing {
        if let listing = FolderWalk(keepFiles: keepFiles, eachFolder: eachFolder).run(root: root) { return listing }
        let listing = listFilesWithTimes(root: root)
        var groups: [String: [CorpusFile]] = [:]
        for file in listing.files {
            let slash = file.path.utf8.lastIndex(of: UInt8(ascii: "/"))
            groups[slash.map { String(file.path[..<$0]) } ?? "", default: []].append(file)
        }
        let signatures = groups.mapValues { FolderSignature.of($0) }
        for (folder, files) in groups.sorted(by: { $0.key < $1.key }) {
            eachFolder?(ListedFolder(path: folder, signature: signatures[folder]!, count: files.count, files: files))
        }
        return CorpusListing(files: listing.files, signatures: signatures, kept: Set(groups.keys), fileCount: listing.files.count,
                             diagnostics: listing.diagnostics, folderTimes: listing.folderTimes)
    }
}

/// The walk behind ``CorpusScanner/listFolders(root:keepFiles:eachFolder:)``: level by level, the
/// folders of a level on both cores, or the entries of a level's only folder split between them.
private struct FolderWalk: Sendable {
    let keepFiles: @Sendable (String, Int64) -> Bool
    let eachFolder: (@Sendable (ListedFolder) -> Void)?

    /// A folder read and looked at.
    struct Scanned: Sendable {
        var relative: String
        var physical: String
        var time: Int64?
        var part: FolderScan.Part
        var count: Int
        var files: [CorpusFile]?
    }

    private struct FolderID: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    /// nil when something needs the general walk's words.
    func run(root: URL) -> CorpusListing? {
        guard let real = CorpusWalker.realPath(root.standardizedFileURL.path) else { return nil }
        var info = stat()
        guard stat(real, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return nil }
        var visited: Set<FolderID> = [FolderID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))]
        var level = [(relative: "", physical: real)]
        var kept: [Scanned] = []
        var listing = CorpusListing(files: [], signatures: [:], kept: [], fileCount: 0, diagnostics: [], folderTimes: [:])
        while !level.isEmpty {
            let scanned = level.count == 1 ? [scanSplit(level[0])] : ParallelMap.map(level) { scanWhole($0) }
            var next: [(relative: String, physical: String)] = []
            for folder in scanned {
                guard let folder, !folder.part.unusual else { return nil }
                listing.folderTimes?[folder.relative] = folder.time
                if folder.count > 0 { listing.signatures[folder.relative] = Int64(bitPattern: folder.part.sum) }
                listing.fileCount += folder.count
                if folder.files != nil && folder.count > 0 { kept.append(folder) }
                let prefix = folder.relative.isEmpty ? "" : folder.relative + "/"
                for sub in folder.part.folders {
                    // A folder met twice (a bind mount round in a loop) is the general walk's to skip.
                    guard visited.insert(FolderID(device: sub.device, inode: sub.inode)).inserted else { return nil }
                    next.append((prefix + sub.name, folder.physical + "/" + sub.name))
                }
            }
            level = next
        }
        kept.sort { $0.relative < $1.relative }
        listing.kept = Set(kept.map(\.relative))
        listing.files = kept.flatMap { $0.files ?? [] }
        // Each folder's files are in order; only where one folder's meet another's can a name sort between
        // (a file "a.txt" of the parent and "a/b.txt"), as in the general walk.
        if zip(listing.files, listing.files.dropFirst()).contains(where: { !($0.path < $1.path) }) {
            listing.files.sort { $0.path < $1.path }
        }
        return listing
    }

    /// A folder looked at on one thread (its level has other folders for the other core).
    private func scanWhole(_ folder: (relative: String, physical: String)) -> Scanned? {
        guard let scan = FolderScan(relative: folder.relative, physical: folder.physical) else { return nil }
        defer { scan.close() }
        return finish(scan, scan.scan(0..<scan.count))
    }

    /// A level's only folder, its entries split between the cores when there are many.
    private func scanSplit(_ folder: (relative: String, physical: String)) -> Scanned? {
        guard let scan = FolderScan(relative: folder.relative, physical: folder.physical) else { return nil }
        defer { scan.close() }
        guard scan.count >= 512 else { return finish(scan, scan.scan(0..<scan.count)) }
        let chunk = 256
        let ranges = stride(from: 0, to: scan.count, by: chunk).map { $0..<min(scan.count, $0 + chunk) }
        var part = FolderScan.Part()
        for piece in ParallelMap.map(ranges, { scan.scan($0) }) { part.add(piece) }
        return finish(scan, part)
    }

    private func finish(_ scan: FolderScan, _ part: FolderScan.Part) -> Scanned {
        let signature = Int64(bitPattern: part.sum)
        let count = part.files.count
        // A folder with no file has nothing to name (told as empty, so that the files it had are found gone).
        let files = count == 0 ? [] : !part.unusual && (part.notOnlyArticles || keepFiles(scan.relative, signature)) ? scan.files(part) : nil
        var done = Scanned(relative: scan.relative, physical: scan.physical, time: scan.time, part: part, count: count, files: files)
        done.part.files = []
        if !part.unusual { eachFolder?(ListedFolder(path: scan.relative, signature: signature, count: count, files: files)) }
        return done
    }
}
