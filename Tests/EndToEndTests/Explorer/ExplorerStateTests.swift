import Foundation
import Testing

/// Marks made in the explorer are there when it is opened again.
@Suite("Reading state in tmux", .serialized, .enabled(if: Tmux.isInstalled, "tmux is not installed: skipping the explorer in tmux"))
struct ExplorerStateTests {
    @Test("star, note and read an article, quit, reopen: the star, the note and the read mark are back")
    func marksOutliveTheProcess() throws {
        let tmux = try Tmux()
        defer { tmux.kill() }
        try tmux.startEvexOnSample()
        tmux.sendKeys("*")
        try tmux.waitForScreen("the star on the first row") { Tmux.rows($0)[2].hasPrefix(" *") }
        tmux.sendKeys(":")
        tmux.type("note compare with the wire copy")
        tmux.sendKeys("Enter")
        try tmux.waitForScreen("the note kept") { Tmux.statusLine($0).contains("Noted") }
        tmux.sendKeys("Enter")
        try tmux.waitForScreen("the reader") { !Tmux.rows($0)[0].hasPrefix("Articles") }
        tmux.sendKeys("q")
        try tmux.waitForScreen("the list again, one article read") { Tmux.statusLine($0).contains("28 unread") }
        tmux.sendKeys("Q")
        let run = try tmux.waitForProgramEnd()
        #expect(run.status == 0)

        try tmux.startEvexOnSample()
        // The first screen may be caught while it is still being written: wait for the status line whole.
        let reopened = try tmux.waitForScreen("the list as it was left, one article read") { Tmux.statusLine($0).contains("28 unread") }
        #expect(Tmux.rows(reopened)[2].hasPrefix(" *"), "\(reopened)")
        tmux.sendKeys(":")
        tmux.type("notes")
        tmux.sendKeys("Enter")
        let notes = try tmux.waitForScreen("the notes") { Tmux.rows($0)[0].hasPrefix("Notes (1)") }
        #expect(notes.contains("\u{2014} compare with"), "\(notes)")
    }
}
