import Foundation
import Testing
import EventModel

/// A corpus folder of hostile files next to good ones, built in a temporary directory.
struct HostileCorpus {
    let root: URL
    let outside: URL

    init() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("evex-hostile-\(UUID().uuidString)")
        root = base.appendingPathComponent("corpus")
        outside = base.appendingPathComponent("outside")
        let manager = FileManager.default
        try manager.createDirectory(at: root.appendingPathComponent("articles/more"), withIntermediateDirectories: true)
        try manager.createDirectory(at: outside, withIntermediateDirectories: true)

        try write("articles/good-plain.txt", "A good plain article\n\nKABUL: It reads fine. Nothing odd here.\n\nRead more: A good markdown article\n")
        try write("articles/more/good.md", "---\nid: good-markdown\ntitle: A good markdown article\ndate: 2024-03-25\n---\n\nIt also reads fine.\n")
        try write("articles/cycle-a.txt", "Cycle A\n\nFirst of two.\n\nRead more: Cycle B\n")
        try write("articles/cycle-b.txt", "Cycle B\n\nSecond of two.\n\nRead more: Cycle A\n\nRead more: A story that was never written\n")
        try write("articles/latin1.txt", Array("Latin-1\n\nFine line.\n".utf8) + [0x43, 0x61, 0x66, 0xE9, 0x0A])
        try write("articles/nul.txt", Array("Nul\n\n".utf8) + [0x00, 0x00, 0x41])
        var generator = SplitMix(seed: 99)
        try write("articles/noise.md", (0..<20_000).map { _ in UInt8(truncatingIfNeeded: generator.next()) })
        try write("articles/open.md", "---\ntitle: Never closed\n\nBody.\n")
        try write("articles/broken-front.md", "---\ntitle: Broken\ntags: [a, b\n---\n\nThe body survives.\n")
        try write("articles/dup-1.md", "---\nid: twin\ntitle: First twin\n---\nOne.\n")
        try write("articles/dup-2.md", "---\nid: twin\ntitle: Second twin\n---\nTwo.\n")
        try write("articles/empty.txt", "\n \n")
        try write("articles/huge.txt", String(repeating: "lorem ipsum. ", count: 400_000))
        try write("bad.knowledge.yaml", "entities:\n  - name: A\n    aliases: [B\n  - name: C\n")
        try write("knowledge.yaml", "entities:\n  - name: Good Entity\n    kind: organisation\n")
        try write(".git/config.txt", "Not an article\n\nHidden.\n")
        // Over the size limit without writing 32 MB: a sparse file.
        let tooBig = root.appendingPathComponent("articles/too-big.txt")
        _ = manager.createFile(atPath: tooBig.path, contents: nil)
        let handle = try FileHandle(forWritingTo: tooBig)
        try handle.truncate(atOffset: UInt64(ArticleParser.maximumFileSize + 1))
        try handle.close()

        // A file name that is not UTF-8 (Latin-1 "é"), created through the C API.
        let badName = Array(root.appendingPathComponent("articles").path.utf8) + Array("/bad".utf8) + [0xE9] + Array("name.txt".utf8) + [0]
        let descriptor = badName.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { name in name.baseAddress.map { open($0, O_CREAT | O_WRONLY, 0o644) } ?? -1 }
        }
        if descriptor >= 0 { close(descriptor) }
        try Data("Outside\n\nShould never be read.\n".utf8).write(to: outside.appendingPathComponent("secret.txt"))
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("articles/escape.txt").path, withDestinationPath: outside.appendingPathComponent("secret.txt").path)
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("articles/escape-dir").path, withDestinationPath: "../../outside")
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("articles/more/loop").path, withDestinationPath: "..")
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("articles/ping.txt").path, withDestinationPath: "pong.txt")
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("articles/pong.txt").path, withDestinationPath: "ping.txt")
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("articles/alias.txt").path, withDestinationPath: "good-plain.txt")
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("articles/dangling.txt").path, withDestinationPath: "missing.txt")
    }

    func write(_ path: String, _ text: String) throws { try write(path, Array(text.utf8)) }

    func write(_ path: String, _ bytes: [UInt8]) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    func remove() { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
}

@Suite("A corpus of hostile files")
struct HostileCorpusTests {
    @Test("good articles load and every bad file is reported with its path and line")
    func hostile() throws {
        let corpus = try HostileCorpus()
        defer { corpus.remove() }
        let listing = CorpusScanner.listFiles(root: corpus.root)
        var articles: [Article] = []
        var diagnostics = listing.diagnostics
        var bases = 0
        for file in listing.files {
            switch CorpusScanner.read(file) {
            case .article(let article, let found): articles.append(article); diagnostics += found
            case .articles(let items, let found): articles += items; diagnostics += found
            case .knowledge(_, let found): bases += 1; diagnostics += found
            case .failed(let found): diagnostics += found
            }
        }
        let resolved = LinkResolver.resolve(articles)
        diagnostics += resolved.diagnostics
        func diagnostic(_ path: String, _ text: String) -> Diagnostic? {
            diagnostics.first { $0.path == path && $0.message.contains(text) }
        }

        #expect(Set(resolved.articles.map(\.id)) == [
            "articles/good-plain", "good-markdown", "articles/cycle-a", "articles/cycle-b", "articles/broken-front",
            "twin", "articles/huge",
        ])
        #expect(resolved.articles.first { $0.id == "twin" }?.title == "First twin")
        #expect(resolved.articles.first { $0.id == "articles/huge" }?.text.utf8.count == 400_000 * 13 - 1)
        #expect(resolved.articles.first { $0.id == "articles/good-plain" }?.links.first?.target == "good-markdown")
        #expect(bases == 1)
        #expect(!listing.files.contains { $0.path.hasPrefix(".git") || $0.path == "articles/alias.txt" })

        #expect(diagnostic("articles/latin1.txt", "save it as UTF-8")?.line == 4)
        #expect(diagnostic("articles/nul.txt", "looks like a binary file")?.line == 3)
        #expect(diagnostic("articles/noise.md", "looks like a binary file") != nil)
        #expect(diagnostic("articles/open.md", "never closed")?.line == 1)
        #expect(diagnostic("articles/broken-front.md", "not valid YAML")?.line != nil)
        #expect(diagnostic("articles/dup-2.md", "twin")?.severity == .error)
        #expect(diagnostic("articles/empty.txt", "empty")?.severity == .warning)
        #expect(diagnostic("articles/too-big.txt", "32 MB") != nil)
        #expect(diagnostic("bad.knowledge.yaml", "not valid YAML")?.line == 4)
        #expect(diagnostic("articles/cycle-a.txt", "cycle: articles/cycle-a → articles/cycle-b → articles/cycle-a")?.line == 5)
        #expect(diagnostic("articles/cycle-b.txt", "A story that was never written")?.line == 7)
        #expect(diagnostic("articles/escape.txt", "outside the corpus folder")?.message.contains(corpus.outside.path) == true)
        #expect(diagnostic("articles/escape-dir", "outside the corpus folder (to ../../outside)") != nil)
        #expect(diagnostic("articles/more/loop", "loop") != nil)
        #expect(diagnostic("articles/ping.txt", "loop") != nil)
        #expect(diagnostic("articles/pong.txt", "loop") != nil)
        #expect(diagnostics.contains { $0.path.hasPrefix("articles/bad") && $0.message.contains("not valid UTF-8; rename it") })
        #expect(diagnostic("articles/dangling.txt", "missing.txt, which does not exist") != nil)
        let bad = ["articles/latin1.txt", "articles/nul.txt", "articles/noise.md", "articles/open.md", "articles/too-big.txt"]
        #expect(diagnostics.filter { bad.contains($0.path) }.allSatisfy { $0.severity == .error })
    }

    @Test("the whole loader finishes on the hostile corpus and keeps the good articles")
    func loaderFinishes() throws {
        let corpus = try HostileCorpus()
        defer { corpus.remove() }
        let loaded = CorpusLoader.load(root: corpus.root)
        #expect(loaded.articles.contains { $0.id == "good-markdown" })
        #expect(loaded.articles.contains { $0.id == "articles/huge" })
        #expect(loaded.hasErrors)
    }
}
