import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One folder read for a sync's listing (``CorpusScanner/listFolders(root:keepFiles:eachFolder:)``): its
/// entries' names kept as the bytes `readdir` gives, each looked at with `fstatat` on the folder's
/// descriptor, and the files evex reads summed into the folder's ``FolderSignature``. No string is made
/// for a file unless its folder's files are asked for (``files(_:)``).
///
/// Whatever a plain walk would have to put into words (a symbolic link, a special file with an article's
/// name, a name that is not UTF-8, a path too long, a folder that cannot be read) makes the part
/// `unusual`, and the listing gives way to ``CorpusWalker``, which says it.
struct FolderScan: @unchecked Sendable {
    let relative: String
    let physical: String
    /// The folder's modification time in nanoseconds, taken before its entries were read.
    private(set) var time: Int64?
    private let handle: OpaquePointer?
    private let descriptor: Int32
    /// The names, each followed by a NUL, back to back; `starts[i]` is where the i-th begins.
    private var bytes: [UInt8] = []
    private var starts: [Int] = []

    var count: Int { starts.count }

    /// A file evex reads, as its bytes and `stat` gave it.
    struct File {
        var start: Int
        var length: Int
        var kind: CorpusFile.Kind
        var size: Int
        var seconds: Double
    }

    /// What looking at a range of the entries found.
    struct Part {
        var sum: UInt64 = 0
        var files: [File] = []
        var folders: [(name: String, device: UInt64, inode: UInt64)] = []
        /// A feed or knowledge file is among the files: its folder's files are always kept (a sync reads every feed).
        var notOnlyArticles = false
        var unusual = false

        mutating func add(_ other: Part) {
            sum &+= other.sum
            files += other.files
            folders += other.folders
            notOnlyArticles = notOnlyArticles || other.notOnlyArticles
            unusual = unusual || other.unusual
        }
    }

    /// Opens the folder and reads its names (hidden ones left out); nil when it cannot be read.
    init?(relative: String, physical: String) {
        guard let handle = opendir(physical) else { return nil }
        (self.relative, self.physical, self.handle, descriptor) = (relative, physical, handle, dirfd(handle))
        var own = stat()
        if fstat(descriptor, &own) == 0 { time = CorpusWalker.nanoseconds(own) }
        let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        while let entry = readdir(handle) {
            let name = UnsafeRawPointer(entry).advanced(by: nameOffset).assumingMemoryBound(to: UInt8.self)
            let length = strlen(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self))
            guard length > 0, name[0] != UInt8(ascii: ".") else { continue }
            starts.append(bytes.count)
            bytes.append(contentsOf: UnsafeBufferPointer(start: name, count: length))
            bytes.append(0)
        }
    }

    /// Closes the folder; the scan is not used after.
    func close() {
        if let handle { closedir(handle) }
    }

    /// Looks at the entries in `range`: on any thread, two ranges of one folder at once.
    func scan(_ range: Range<Int>) -> Part {
        var part = Part()
        let physicalLength = physical.utf8.count
        bytes.withUnsafeBufferPointer { buffer in
            for index in range {
                let start = starts[index], end = (index + 1 < starts.count ? starts[index + 1] : buffer.count) - 1
                let name = UnsafeBufferPointer(rebasing: buffer[start..<end])
                let ascii = !name.contains { $0 >= 0x80 }
                let text = ascii ? nil : String(validating: name, as: UTF8.self)
                guard ascii || text != nil, physicalLength + 1 + name.count < Int(PATH_MAX) else {
                    part.unusual = true
                    continue
                }
                var info = stat()
                let found = UnsafeRawPointer(name.baseAddress!).withMemoryRebound(to: CChar.self, capacity: name.count + 1) {
                    fstatat(descriptor, $0, &info, AT_SYMLINK_NOFOLLOW) == 0
                }
                guard found else { continue }
                let kind = { ascii ? FileNameKind.kind(of: name) : CorpusScanner.kind(ofName: text!) }
                switch info.st_mode & S_IFMT {
                case S_IFREG:
                    guard let kind = kind() else { continue }
                    #if canImport(Darwin)
                    let seconds = Double(info.st_mtimespec.tv_sec) + Double(info.st_mtimespec.tv_nsec) / 1e9
                    #else
                    let seconds = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
                    #endif
                    let size = Int(info.st_size)
                    part.files.append(File(start: start, length: name.count, kind: kind, size: size, seconds: seconds))
                    part.sum &+= FolderSignature.file(name: UnsafeRawBufferPointer(name), kind: kind, size: size,
                                                      modified: FolderSignature.hashed(seconds))
                    if kind != .article { part.notOnlyArticles = true }
                case S_IFDIR:
                    part.folders.append((text ?? String(decoding: name, as: UTF8.self), UInt64(info.st_dev), UInt64(info.st_ino)))
                case S_IFLNK:
                    part.unusual = true
                default:
                    if kind() != nil { part.unusual = true }
                }
            }
        }
        return part
    }

    /// The files of `part` as the listing gives them, in path order.
    func files(_ part: Part) -> [CorpusFile] {
        let prefix = relative.isEmpty ? "" : relative + "/"
        let names = part.files.map { file in
            bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[file.start..<(file.start + file.length)]), as: UTF8.self) }
        }
        return names.indices.sorted { names[$0] < names[$1] }.map { index in
            let file = part.files[index]
            return CorpusFile(path: prefix + names[index], physicalFolder: physical, name: names[index], kind: file.kind, size: file.size,
                              modified: Date(timeIntervalSince1970: file.seconds))
        }
    }
}
