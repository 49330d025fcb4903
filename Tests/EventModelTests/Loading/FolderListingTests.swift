import Foundation
import Testing
@testable import EventModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite("A sync's listing by folder")
struct FolderListingTests {
    /// A corpus of the given files (each holding its own path), removed when the test ends.
    private final class Folder {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("evex-listing-\(UUID().uuidString)")

        init(_ paths: [String]) throws {
            for path in paths { try write(path, path) }
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        func write(_ path: String, _ text: String) throws {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    private static let paths = [
        "knowledge.yaml", "README.md", ".hidden.md", "notes.pdf", "B.md", "a.md", "a.txt", "a/b.txt", "a-/c.txt",
        "articles/000/a1.md", "articles/000/a2.txt", "articles/000/.a3.md.swp", "articles/001/deep/d.md", "articles/001/été.md",
        "feeds/world.xml", "z/ete.md", "z/eté.md", "z/f.md", "places.knowledge.yml",
    ]

    /// The general walk's files grouped by folder, with the signature of each.
    private func general(_ root: URL) -> (files: [CorpusFile], signatures: [String: Int64]) {
        let files = CorpusScanner.listFilesWithTimes(root: root).files
        let groups = Dictionary(grouping: files) { file in file.path.contains("/") ? String(file.path[..<file.path.lastIndex(of: "/")!]) : "" }
        return (files, groups.mapValues { FolderSignature.of($0) })
    }

    @Test("every folder kept: the same files, kinds, sizes, times, places and order as the general walk, and the same signatures")
    func sameAsGeneralWalk() throws {
        let folder = try Folder(Self.paths)
        let listing = CorpusScanner.listFolders(root: folder.root, keepFiles: { _, _ in true })
        let expected = general(folder.root)
        #expect(listing.diagnostics.isEmpty)
        #expect(listing.files == expected.files)
        #expect(listing.files.map(\.path) == listing.files.map(\.path).sorted())
        #expect(listing.fileCount == expected.files.count)
        #expect(listing.signatures == expected.signatures)
        #expect(listing.folderTimes == CorpusScanner.listFilesWithTimes(root: folder.root).folderTimes)
        for file in listing.files { #expect(try String(contentsOf: file.url, encoding: .utf8) == file.path) }
    }

    @Test("no folder asked for: only the folders with a feed or a knowledge file are named, every folder is counted and signed")
    func onlyWhatIsAsked() throws {
        let folder = try Folder(Self.paths)
        let listing = CorpusScanner.listFolders(root: folder.root, keepFiles: { _, _ in false })
        #expect(listing.kept == ["", "feeds"])
        #expect(listing.files.map(\.path) == ["B.md", "a.md", "a.txt", "feeds/world.xml", "knowledge.yaml", "places.knowledge.yml"])
        #expect(listing.fileCount == general(folder.root).files.count)
        #expect(listing.signatures == general(folder.root).signatures)
    }

    @Test("a file rewritten in place moves its folder's signature and no other, by its size or by its time; nothing changed moves nothing")
    func editMovesSignature() throws {
        let folder = try Folder(Self.paths)
        let before = CorpusScanner.listFolders(root: folder.root, keepFiles: { _, _ in false })
        let edited = folder.root.appendingPathComponent("articles/000/a1.md")
        let time = try FileManager.default.attributesOfItem(atPath: edited.path)[.modificationDate] as! Date
        try Data("articles/000/a1.md, longer".utf8).write(to: edited)
        try FileManager.default.setAttributes([.modificationDate: time], ofItemAtPath: edited.path)
        let sized = CorpusScanner.listFolders(root: folder.root, keepFiles: { _, _ in false })
        #expect(sized.signatures.filter { before.signatures[$0.key] != $0.value }.keys.sorted() == ["articles/000"])
        try FileManager.default.setAttributes([.modificationDate: time.addingTimeInterval(1)], ofItemAtPath: edited.path)
        let timed = CorpusScanner.listFolders(root: folder.root, keepFiles: { _, _ in false })
        #expect(timed.signatures.filter { sized.signatures[$0.key] != $0.value }.keys.sorted() == ["articles/000"])
        #expect(CorpusScanner.listFolders(root: folder.root, keepFiles: { _, _ in false }).signatures == timed.signatures)
    }

    @Test("the folders asked for are those whose signature the caller does not know")
    func keptByStoredSignature() throws {
        let folder = try Folder(Self.paths)
        let known = CorpusScanner.listFolders(root: folder.root, keepFiles: { _, _ in false }).signatures
        try folder.write("z/new.md", "z/new.md")
        let listing = CorpusScanner.listFolders(root: folder.root, keepFiles: { known[$0] != $1 })
        #expect(listing.kept == ["", "feeds", "z"])
        #expect(listing.files.filter { $0.path.hasPrefix("z/") }.map(\.path) == ["z/ete.md", "z/eté.md", "z/f.md", "z/new.md"])
    }

    @Test("a folder of many files, looked at on both cores, is signed as the general walk signs it")
    func largeFolder() throws {
        let folder = try Folder((0..<700).map { String(format: "flat/a%04d.md", $0) } + ["flat/notes.doc"])
        let listing = CorpusScanner.listFolders(root: folder.root, keepFiles: { _, _ in true })
        #expect(listing.files == general(folder.root).files)
        #expect(listing.signatures == general(folder.root).signatures)
        #expect(listing.fileCount == 700)
    }

    @Test("a symbolic link or a pipe with an article's name: the general walk lists the corpus and says what it skipped")
    func unusualEntries() throws {
        let folder = try Folder(["articles/a.md", "other/b.md"])
        #expect(symlink(folder.root.appendingPathComponent("other").path, folder.root.appendingPathComponent("articles/linked").path) == 0)
        let linked = CorpusScanner.listFolders(root: folder.root, keepFiles: { _, _ in false })
        let walked = CorpusScanner.listFilesWithTimes(root: folder.root)
        #expect(linked.files == walked.files)
        #expect(linked.folderTimes == nil)
        #expect(linked.signatures == general(folder.root).signatures)

        let piped = try Folder(["articles/a.md"])
        #expect(mkfifo(piped.root.appendingPathComponent("articles/pipe.txt").path, 0o644) == 0)
        let listing = CorpusScanner.listFolders(root: piped.root, keepFiles: { _, _ in false })
        #expect(listing.files.map(\.path) == ["articles/a.md"])
        #expect(listing.diagnostics.map(\.path) == ["articles/pipe.txt"])
    }
}
