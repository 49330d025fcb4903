import Foundation
import Testing

/// Corpora with files that cannot be loaded: the user is told which and why, never left with a
/// blank screen.
@Suite("The explorer on a broken corpus", .serialized, .enabled(if: Tmux.isInstalled, "tmux is not installed: skipping the explorer in tmux"))
struct ExplorerBrokenCorpusTests {
    /// Text saved as Latin-1: "é" is the lone byte E9, which is not UTF-8.
    private static let misEncoded = Data("Cafe owners protest new rules\n\nOwners of the old town's ".utf8) + Data([0x63, 0x61, 0x66, 0xE9])
        + Data(" terraces said on Monday that the new rules would close half of them by the summer.\n".utf8)
    /// The start of an archive: NUL bytes and control characters.
    private static let binary = Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00] + (0..<200).map { UInt8($0 % 32) })
    private static let good = Data("""
        Ferry service resumes on the northern route

        The ferry company said on Tuesday that crossings on the northern route would resume next week.

        """.utf8)

    @Test("a corpus whose only files are broken prints their diagnostics with paths and exits non-zero")
    func onlyBrokenFiles() throws {
        let tmux = try Tmux()
        defer { tmux.kill() }
        let corpus = try tmux.writeCorpus("broken", ["cafe-rules.txt": Self.misEncoded, "archive.md": Self.binary])
        tmux.startEvex(on: corpus)
        let run = try tmux.waitForProgramEnd()
        #expect(run.status == 1, "\(run.screen)")
        let printed = run.screen.replacingOccurrences(of: "\n", with: "")  // long lines wrap at 100 columns
        #expect(printed.contains("articles/cafe-rules.txt:3: error: the file is not valid UTF-8"), "\(run.screen)")
        #expect(printed.contains("articles/archive.md:1: error: looks like a binary file"), "\(run.screen)")
        #expect(printed.contains("No article could be loaded from \(corpus.path)"), "\(run.screen)")
        #expect(printed.contains("evex check"), "the message says how to see each problem: \(run.screen)")
        #expect(!printed.contains("Usage:"), "the command line was right; no usage text: \(run.screen)")
        #expect(run.modesAfter == run.modesBefore)
    }

    @Test("a corpus with one broken file opens, says so on the status line, and :diagnostics names the file")
    func oneBrokenFile() throws {
        let tmux = try Tmux()
        defer { tmux.kill() }
        let corpus = try tmux.writeCorpus("mixed", ["cafe-rules.txt": Self.misEncoded, "ferry.txt": Self.good])
        tmux.startEvex(on: corpus)
        let first = try tmux.waitForScreen("the list of the good article") {
            $0.contains("Ferry service resumes") && Tmux.statusLine($0).contains("1/1")
        }
        #expect(Tmux.rows(first).first == "Articles (1), newest first")
        #expect(Tmux.statusLine(first).contains("1 file could not be loaded: :diagnostics shows why"), "\(first)")

        tmux.sendKeys(":")
        tmux.type("diagnostics")
        tmux.sendKeys("Enter")
        let diagnostics = try tmux.waitForScreen("the diagnostics") {
            Tmux.rows($0).first == "1 error, 0 warnings" && Tmux.statusLine($0).contains("Diagnostics")
        }
        #expect(diagnostics.contains("error: articles/cafe-rules.txt:3: the file is not valid UTF-8"), "\(diagnostics)")
        tmux.sendKeys("BSpace")
        try tmux.waitForScreen("the list again") { $0.contains("Ferry service resumes") && Tmux.statusLine($0).contains("1/1") }
    }
}
