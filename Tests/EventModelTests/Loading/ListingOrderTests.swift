import Foundation
import Testing
@testable import EventModel

@Suite("The listing's names, kinds and order")
struct ListingOrderTests {
    @Test("an ASCII name gets the kind the general rules give it, whatever its case")
    func asciiKinds() {
        let names = [
            "a.md", "A.MD", "a.Markdown", "b.txt", "c.HTML", "c.htm", "d.json", "e.xml", "f.RSS", "g.atom", "h.yaml",
            "knowledge.yaml", "Knowledge.YML", "places.knowledge.yaml", "x.Knowledge.yml", "myknowledge.yaml", "knowledge.yaml.txt",
            "README.md", "readme.txt", "Readme.knowledge.yaml", "readme", "notes", "trailing.", "md", ".md", "a.mdx", "a.tx", "report.2024.md",
        ]
        for name in names {
            guard case .kind(let fast) = FileNameKind.ofASCII(name) else {
                Issue.record("\(name) was not read as ASCII")
                continue
            }
            #expect(fast == CorpusScanner.kindByUnicodeRules(ofName: name), Comment(rawValue: name))
        }
        guard case .notASCII = FileNameKind.ofASCII("été.md") else {
            Issue.record("a name with accents went the ASCII way")
            return
        }
        #expect(CorpusScanner.kind(ofName: "ÉTÉ.MD") == .article)
    }

    @Test("files come in path order: names sharing long prefixes, case, a name between a folder and its files, accents")
    func pathOrder() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("evex-order-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let paths = [
            "B.md", "a.md", "a.md.txt", "report-2024-01-01-evening.md", "report-2024-01-01-morning.md", "report-2024-01-0.md",
            "a/b.txt", "a.txt", "a-/c.txt", "z/été.md", "z/ete.md", "z/eté.md", "z/f.md",
        ]
        for path in paths {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(path.utf8).write(to: url)
        }
        let listing = CorpusScanner.listFiles(root: root)
        #expect(listing.diagnostics.isEmpty)
        #expect(listing.files.map(\.path) == paths.sorted())
        // Each file is read from where it lies.
        for file in listing.files {
            #expect(try String(contentsOf: file.url, encoding: .utf8) == file.path)
        }
    }

    @Test("each folder's own files are told as the walk reads it")
    func eachFolder() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("evex-folders-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for path in ["knowledge.yaml", "articles/000/a.md", "articles/000/b.md", "articles/001/c.md", "articles/001/deep/d.md"] {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("Title\n\nText.\n".utf8).write(to: url)
        }
        let told = Told()
        let listing = CorpusScanner.listFolders(root: root, keepFiles: { _, _ in true }) { told.add($0) }
        #expect(told.paths == [
            "": ["knowledge.yaml"], "articles": [], "articles/000": ["articles/000/a.md", "articles/000/b.md"],
            "articles/001": ["articles/001/c.md"], "articles/001/deep": ["articles/001/deep/d.md"],
        ])
        #expect(told.paths.values.flatMap { $0 }.sorted() == listing.files.map(\.path))
    }
}

/// What a listing told, from its threads.
private final class Told: @unchecked Sendable {
    private let lock = NSLock()
    private var folders: [String: [String]] = [:]
    private var signatures: [String: Int64] = [:]

    func add(_ folder: ListedFolder) {
        lock.withLock {
            folders[folder.path] = folder.files?.map(\.path)
            signatures[folder.path] = folder.signature
        }
    }

    var paths: [String: [String]] { lock.withLock { folders } }
}
