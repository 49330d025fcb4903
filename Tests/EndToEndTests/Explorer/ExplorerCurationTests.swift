import Foundation
import Testing

/// Curation made in the real explorer, on its index: shown at once, and by the command line after.
@Suite("Curation in tmux", .serialized, .enabled(if: Tmux.isInstalled, "tmux is not installed: skipping the explorer in tmux"))
struct ExplorerCurationTests {
    @Test("C Enter on a discovered entity confirms it on screen, U undoes it, and evex entities --json agrees after quitting")
    func confirmUndoConfirm() throws {
        let tmux = try Tmux()
        defer { tmux.kill() }
        let corpus = tmux.scratch.appendingPathComponent("crocus")
        try FileManager.default.copyItem(at: EvexProcess.sampleCorpus, to: corpus)
        tmux.startEvex(on: corpus)
        try tmux.waitForScreen("the article list") { Tmux.statusLine($0).contains("1/29") }
        tmux.sendKeys(":")
        tmux.type("open constitutional-court")
        tmux.sendKeys("Enter")
        try tmux.waitForScreen("the entity page, unconfirmed") { Tmux.rows($0)[0].hasPrefix("Constitutional Court") && Tmux.rows($0)[0].contains("unconfirmed") }
        tmux.sendKeys("C")
        try tmux.waitForScreen("the command written out") { Tmux.statusLine($0).hasPrefix(":confirm organisation") }
        tmux.sendKeys("Enter")
        try tmux.waitForScreen("confirmed") {
            Tmux.statusLine($0).contains("Confirmed constitutional-court") && !Tmux.rows($0)[0].contains("unconfirmed")
        }
        tmux.sendKeys("U")
        try tmux.waitForScreen("undone") { Tmux.statusLine($0).contains("Undid") && Tmux.rows($0)[0].contains("unconfirmed") }
        tmux.sendKeys("C")
        try tmux.waitForScreen("the command again") { Tmux.statusLine($0).hasPrefix(":confirm organisation") }
        tmux.sendKeys("Enter")
        try tmux.waitForScreen("confirmed again") { Tmux.statusLine($0).contains("Confirmed constitutional-court") }
        tmux.sendKeys("Q")
        #expect(try tmux.waitForProgramEnd().status == 0)

        let output = try EvexProcess.run(["entities", corpus.path, "--json"], cache: tmux.scratch.appendingPathComponent("cache"))
        let entities = try output.json() as? [[String: Any]] ?? []
        let court = entities.first { $0["id"] as? String == "constitutional-court" }
        #expect(court?["confirmed"] as? Bool == true, "\(output.stderr)")
        #expect(court?["kind"] as? String == "organisation")
        let file = try String(contentsOf: corpus.appendingPathComponent("curation.knowledge.yaml"), encoding: .utf8)
        #expect(file.contains("id: \"constitutional-court\""))
    }
}
