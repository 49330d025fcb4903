import Foundation
import Testing

/// An indexed folder opens from the index as it is and catches up with the folder behind it.
@Suite("Opening before the sync", .serialized, .enabled(if: Tmux.isInstalled, "tmux is not installed: skipping the explorer in tmux"))
struct ExplorerBackgroundSyncTests {
    @Test("a file added since the last run appears, with a note, once the sync behind the first screen ends")
    func catchesUp() throws {
        let tmux = try Tmux()
        defer { tmux.kill() }
        let folder = try tmux.writeCorpus("growing", ["one.txt": Data("First report from the harbour\n\nThe harbour closed at noon.\n".utf8)])
        tmux.startEvex(on: folder)
        try tmux.waitForScreen("the one article") { Tmux.statusLine($0).contains("1/1") }
        tmux.sendKeys("Q")
        #expect(try tmux.waitForProgramEnd().status == 0)

        try Data("Second report from the harbour\n\nThe harbour opened again.\n".utf8)
            .write(to: folder.appendingPathComponent("articles/two.txt"))
        tmux.startEvex(on: folder)
        let screen = try tmux.waitForScreen("the new article and the note") {
            $0.contains("Second report from the harbour") && Tmux.statusLine($0).contains("Updated from the folder: 1 added")
        }
        #expect(Tmux.rows(screen)[0].hasPrefix("Articles (2)"), "\(screen)")
        tmux.sendKeys("Q")
        #expect(try tmux.waitForProgramEnd().status == 0)
    }
}
