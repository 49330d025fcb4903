import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The recursive walk behind ``CorpusScanner/listFiles(root:)``.
///
/// Directories are identified by device and inode, so a link back to a folder already read is
/// noticed and the walk always ends.
struct CorpusWalker {
    let rootURL: URL
    private(set) var files: [CorpusFile] = []
    private(set) var diagnostics: [Diagnostic] = []
    private var rootReal: String = ""
    private var visited: Set<FileID> = []

    private struct FileID: Hashable, Sendable {
        var device: UInt64
        var inode: UInt64
    }

    /// Beside each of `files`: its device and inode, and whether it was reached through a link.
    private var ids: [FileID] = []
    private var viaLink: [Bool] = []
    /// The next file added is the first after another folder's: only there can the walk's order leave
    /// path order (see `sortFiles`).
    private var atBoundary = true
    private var outOfOrder = false
    /// Links met during the walk, followed once the real folders are done, so that a file keeps
    /// its real path when a link leads to it too.
    private var pendingLinks: [(physical: String, relative: String)] = []
    /// Each folder read (relative path, "" for the root) and its modification time in nanoseconds,
    /// taken before its entries were read: a later change to its entries moves it (see ``FolderChanges``).
    private(set) var folderTimes: [String: Int64] = [:]
    /// Folders not to descend into (a quick look checks each of them on its own).
    var skipFolders: Set<String> = []

    /// A symbolic link was met: folder times alone cannot tell what changed behind it.
    var metLink: Bool { !pendingLinks.isEmpty }

    init(root: URL) {
        self.rootURL = root.standardizedFileURL
    }

    mutating func walk() {
        let rootPath = rootURL.path
        guard let real = Self.realPath(rootPath) else {
            diagnostics.append(.error(rootPath, "the corpus folder does not exist or cannot be read"))
            return
        }
        rootReal = real
        guard let info = Self.status(real, follow: true), info.isDirectory else {
            diagnostics.append(.error(rootPath, "is not a folder; give evex the folder that holds the articles"))
            return
        }
        visited.insert(info.id)
        walkDirectory(physical: real, relative: "")
        followLinks()
        sortFiles()
    }

    /// Reads only the folders given (relative paths), each without the folders below it that are in
    /// ``skipFolders``; a folder below that is not there (a new one) is read whole.
    mutating func walk(folders: [String]) {
        guard let real = Self.realPath(rootURL.path) else {
            diagnostics.append(.error(rootURL.path, "the corpus folder does not exist or cannot be read"))
            return
        }
        rootReal = real
        for folder in folders {
            walkDirectory(physical: folder.isEmpty ? real : real + "/" + folder, relative: folder)
        }
        followLinks()
        sortFiles()
    }

    private mutating func followLinks() {
        var next = 0
        while next < pendingLinks.count {
            let link = pendingLinks[next]
            next += 1
            followLink(physical: link.physical, relative: link.relative)
        }
    }

    private mutating func sortFiles() {
        // The walk gives path order already unless a name sorts between a folder and its files
        // ("a.txt" before "a/b.txt"), which `add` checks where one folder's files meet another's.
        if outOfOrder {
            let order = files.indices.sorted { files[$0].path < files[$1].path }
            (files, ids, viaLink) = (order.map { files[$0] }, order.map { ids[$0] }, order.map { viaLink[$0] })
        }
        guard viaLink.contains(true) else { return }
        // Prefer the file reached directly over a link to it, then keep path order.
        let direct = Set(files.indices.filter { !viaLink[$0] }.map { ids[$0] })
        var seenLinked: Set<FileID> = []
        let kept = files.indices.filter { index in
            guard viaLink[index] else { return true }
            return !direct.contains(ids[index]) && seenLinked.insert(ids[index]).inserted
        }
        (files, ids, viaLink) = (kept.map { files[$0] }, kept.map { ids[$0] }, kept.map { viaLink[$0] })
    }

    private mutating func walkDirectory(physical: String, relative: String) {
        // readdir and fstatat on the folder's descriptor: every file of a large corpus is listed on every
        // sync, and neither a path walk per file nor Foundation's per-name work is needed for that.
        guard let directory = opendir(physical) else {
            diagnostics.append(.warning(relative.isEmpty ? "." : relative, "this folder cannot be read; its files are skipped"))
            return
        }
        defer { closedir(directory) }
        atBoundary = true
        var own = stat()
        if fstat(dirfd(directory), &own) == 0 { folderTimes[relative] = Self.nanoseconds(own) }
        var names: [FolderEntryName] = []
        while let entry = readdir(directory) {
            if let name = withUnsafeBytes(of: entry.pointee.d_name, { FolderEntryName($0) }) { names.append(name) }
        }
        FolderEntryName.sort(&names)
        let descriptor = dirfd(directory)
        let prefix = relative.isEmpty ? "" : relative + "/"
        // A folder of many files is looked at on both cores, each file's status, kind and path: on a
        // large corpus this is most of a sync that finds little to do.
        let look: @Sendable (FolderEntryName) -> Looked = { entry in
            let status = entry.valid ? Self.status(in: descriptor, name: entry.name) : nil
            return Looked(status: status, kind: status?.isRegular == true ? CorpusScanner.kind(ofName: entry.name) : nil,
                          relative: prefix + entry.name)
        }
        let looked = names.count >= 256 ? ParallelMap.map(names, look) : names.map(look)
        let physicalLength = physical.utf8.count
        for (entry, child) in zip(names, looked) {
            let name = entry.name, status = child.status, childRelative = child.relative
            guard entry.valid else {
                diagnostics.append(.warning(childRelative, "the name of this file or folder is not valid UTF-8; rename it to read it"))
                continue
            }
            guard physicalLength + 1 + name.utf8.count < Int(PATH_MAX) else {
                diagnostics.append(.warning(childRelative, Self.tooLong(physical + "/" + name)))
                continue
            }
            guard let info = status else { continue }
            if info.isLink {
                pendingLinks.append((physical + "/" + name, childRelative))
            } else if info.isDirectory {
                guard !skipFolders.contains(childRelative), visited.insert(info.id).inserted else { continue }
                walkDirectory(physical: physical + "/" + name, relative: childRelative)
                atBoundary = true
            } else if info.isRegular {
                if let kind = child.kind {
                    add(kind: kind, physicalFolder: physical, name: name, relative: childRelative, info: info, viaLink: false)
                }
            } else {
                skipSpecial(name: name, relative: childRelative, info: info)
            }
        }
    }

    /// One entry of a folder as looked at on a worker.
    private struct Looked: Sendable {
        var status: Status?
        /// For a regular file, what evex reads it as (nil: not read).
        var kind: CorpusFile.Kind?
        var relative: String
    }

    private mutating func followLink(physical: String, relative: String) {
        atBoundary = true
        let destination = (try? FileManager.default.destinationOfSymbolicLink(atPath: physical)) ?? "?"
        let name = (relative as NSString).lastPathComponent
        guard let real = Self.realPath(physical) else {
            if errno == ENAMETOOLONG {
                diagnostics.append(.warning(relative, Self.tooLong(physical)))
                return
            }
            let loop = errno == ELOOP
            // A dangling link to a file evex would not read anyway is not worth a word.
            if !loop, CorpusScanner.kind(ofName: name) == nil { return }
            diagnostics.append(.warning(
                relative, loop
                    ? "symbolic link to \(destination) goes round in a loop; skipped"
                    : "symbolic link points to \(destination), which does not exist; skipped"))
            return
        }
        guard real == rootReal || real.hasPrefix(rootReal + "/") || rootReal == "/" else {
            diagnostics.append(.warning(
                relative, "symbolic link points outside the corpus folder (to \(destination)); skipped"))
            return
        }
        guard let info = Self.status(real, follow: true) else { return }
        if info.isDirectory {
            guard visited.insert(info.id).inserted else {
                diagnostics.append(.warning(
                    relative, "symbolic link to \(destination) leads to a folder already read (a loop, or a second way in); skipped"))
                return
            }
            walkDirectory(physical: real, relative: relative)
        } else if info.isRegular {
            guard let kind = CorpusScanner.kind(ofName: name) else { return }
            add(kind: kind, physicalFolder: nil, name: physical, relative: relative, info: info, viaLink: true)
        } else {
            skipSpecial(name: name, relative: relative, info: info)
        }
    }

    /// A named pipe, socket or device with an article's name: reading it could block or never end.
    private mutating func skipSpecial(name: String, relative: String, info: Status) {
        guard CorpusScanner.kind(ofName: name) != nil else { return }
        diagnostics.append(.warning(relative, "is \(info.typeName), not a regular file; skipped (evex reads only regular files)"))
    }

    private static func tooLong(_ physical: String) -> String {
        "the path is \(physical.utf8.count) bytes, longer than the system allows; skipped (move the file nearer the corpus folder or shorten the names)"
    }

    private mutating func add(kind: CorpusFile.Kind, physicalFolder: String?, name: String, relative: String, info: Status, viaLink: Bool) {
        if atBoundary, let last = files.last, !(last.path < relative) { outOfOrder = true }
        atBoundary = false
        files.append(CorpusFile(path: relative, physicalFolder: physicalFolder, name: name, kind: kind, size: info.size, modified: info.modified))
        ids.append(info.id)
        self.viaLink.append(viaLink)
    }

    // MARK: - File system

    private struct Status: Sendable {
        var id: FileID
        var isLink: Bool
        var isDirectory: Bool
        var isRegular: Bool
        var size: Int
        var modified: Date
        var type: mode_t

        var typeName: String {
            switch type {
            case S_IFIFO: return "a named pipe (FIFO)"
            case S_IFSOCK: return "a socket"
            case S_IFCHR: return "a character device"
            case S_IFBLK: return "a block device"
            default: return "a special file"
            }
        }
    }

    private static func status(_ path: String, follow: Bool) -> Status? {
        var info = stat()
        let result = follow ? stat(path, &info) : lstat(path, &info)
        guard result == 0 else { return nil }
        return status(info)
    }

    /// The entry `name` of an open folder, not following a link.
    private static func status(in directory: Int32, name: String) -> Status? {
        var info = stat()
        guard fstatat(directory, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
        return status(info)
    }

    private static func status(_ info: stat) -> Status {
        let type = info.st_mode & S_IFMT
        #if canImport(Darwin)
        let seconds = Double(info.st_mtimespec.tv_sec) + Double(info.st_mtimespec.tv_nsec) / 1e9
        #else
        let seconds = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
        #endif
        return Status(
            id: FileID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino)),
            isLink: type == S_IFLNK, isDirectory: type == S_IFDIR, isRegular: type == S_IFREG,
            size: Int(info.st_size), modified: Date(timeIntervalSince1970: seconds), type: type)
    }

    static func nanoseconds(_ info: stat) -> Int64 {
        #if canImport(Darwin)
        Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
        #else
        Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        #endif
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
