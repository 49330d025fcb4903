import Foundation
import Testing

/// What the command line does with arguments a user should not have to worry about: an index path
/// that names one of their own files, and text with escape sequences quoted back in a message.
@Suite("Hostile arguments")
struct HostileArgumentTests {
    /// "\e]0;PWNED\a": sets the terminal's window title when printed raw.
    private static let titleEscape = "\u{1B}]0;PWNED\u{07}"

    private func expectSafe(_ result: EvexProcess.Output, quoting visible: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status != 0, sourceLocation: sourceLocation)
        for stream in [result.stdout, result.stderr] {
            #expect(!stream.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 },
                    "raw escape in \(stream.debugDescription)", sourceLocation: sourceLocation)
        }
        #expect(result.stderr.contains(visible), "\(result.stderr.debugDescription)", sourceLocation: sourceLocation)
    }

    @Test("--index naming the knowledge file is refused and the file is left byte for byte")
    func indexOverKnowledgeFile() throws {
        let folder = try EvexProcess.fixture("seedlike")
        defer { try? FileManager.default.removeItem(at: folder) }
        let knowledge = folder.appendingPathComponent("knowledge.yaml")
        try Data("entities:\n  - id: csto\n    name: CSTO\n    kind: organization\n".utf8).write(to: knowledge)
        let before = try Data(contentsOf: knowledge)
        let result = try EvexProcess.run(["check", folder.path, "--index", knowledge.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("not an evex index"), "\(result.stderr)")
        #expect(try Data(contentsOf: knowledge) == before)
        #expect(!FileManager.default.fileExists(atPath: knowledge.path + "-wal"))
    }

    @Test("--index naming an article or the corpus folder itself is refused")
    func indexOverArticleOrFolder() throws {
        let folder = try EvexProcess.fixture("seedlike")
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = try #require(FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .first { $0.pathExtension == "txt" })
        let before = try Data(contentsOf: article)
        let onArticle = try EvexProcess.run(["articles", folder.path, "--index", article.path])
        #expect(onArticle.status != 0)
        #expect(onArticle.stderr.contains("not an evex index"), "\(onArticle.stderr)")
        #expect(try Data(contentsOf: article) == before)

        let onFolder = try EvexProcess.run(["check", folder.path, "--index", folder.path])
        #expect(onFolder.status != 0)
        #expect(onFolder.stderr.contains("it is a folder"), "\(onFolder.stderr)")
        #expect(try Data(contentsOf: article) == before)
    }

    @Test("an index made by --index is used again by the next command")
    func indexFileIsReused() throws {
        let folder = try EvexProcess.fixture("seedlike")
        defer { try? FileManager.default.removeItem(at: folder) }
        let index = FileManager.default.temporaryDirectory.appendingPathComponent("evex-\(UUID().uuidString).sqlite")
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: index.path + suffix) } }
        #expect(try EvexProcess.run(["check", folder.path, "--index", index.path]).status == 0)
        let second = try EvexProcess.run(["index", folder.path, "--index", index.path])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("0 added"), "\(second.stdout)")
    }

    @Test("escape sequences in a query are shown as placeholders in the error")
    func queryEscapes() throws {
        let result = try EvexProcess.run(["search", EvexProcess.sampleCorpus.path, "kind:" + Self.titleEscape])
        expectSafe(result, quoting: "␛]0;PWNED␇")
    }

    @Test("escape sequences in show, --entity, --kind and a missing path never reach the terminal")
    func argumentEscapes() throws {
        let corpus = EvexProcess.sampleCorpus.path
        expectSafe(try EvexProcess.run(["show", corpus, "x" + Self.titleEscape]), quoting: "␛]0;PWNED␇")
        expectSafe(try EvexProcess.run(["relations", corpus, "--entity", "x" + Self.titleEscape]), quoting: "␛]0;PWNED␇")
        expectSafe(try EvexProcess.run(["entities", corpus, "--kind", "x" + Self.titleEscape]), quoting: "␛]0;PWNED␇")
        expectSafe(try EvexProcess.run(["check", "/nonexistent/" + Self.titleEscape]), quoting: "␛]0;PWNED␇")
    }
}
