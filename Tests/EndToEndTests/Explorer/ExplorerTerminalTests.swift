import Foundation
import Testing

/// What the explorer does to the terminal itself: hostile article text, and the modes it leaves.
@Suite("The explorer and the terminal", .serialized, .enabled(if: Tmux.isInstalled, "tmux is not installed: skipping the explorer in tmux"))
struct ExplorerTerminalTests {
    /// An article whose title and text try to set the window title (OSC 0 and 2), the clipboard
    /// (OSC 52), clear the screen, change colours, and reorder text.
    private static let hostileArticle = """
        Harbour notice \u{1B}]2;LIST-TITLE\u{07} posted at dawn

        The harbour office posted its notice at dawn, signed \u{1B}]0;HIJACKED-TITLE\u{07} by the duty clerk, \
        then again \u{1B}]2;SECOND-TITLE\u{1B}\\ before the ferries left.

        Its footer carried \u{1B}]52;c;aGlqYWNrZWQ=\u{07} copied text, a clear \u{1B}[2J of the screen, \
        a red \u{1B}[31m colour, an eight-bit \u{9B}7m sequence and \u{202E}sdrawkcab\u{202C} words.

        """

    @Test("an article that would set the title or the clipboard shows placeholders and changes neither")
    func hostileTextIsInert() throws {
        let tmux = try Tmux()
        defer { tmux.kill() }
        let corpus = try tmux.writeCorpus("hostile", ["harbour-notice.txt": Data(Self.hostileArticle.utf8)])
        let title = try tmux.paneTitle()
        tmux.startEvex(on: corpus)
        let list = try tmux.waitForScreen("the list of one article") {
            $0.contains("Harbour notice") && Tmux.statusLine($0).contains("1/1")
        }
        #expect(list.contains("Harbour notice ␛]2;LIST-TITLE␇ posted at dawn"), "the title is shown inert in the list:\n\(list)")
        tmux.sendKeys("Enter")
        let reader = try tmux.waitForScreen("the article in the reader") {
            Tmux.rows($0).first?.hasPrefix("Harbour notice") == true && Tmux.statusLine($0).contains("› Harbour notice")
        }
        for placeholder in ["␛]0;HIJACKED-TITLE␇", "␛]2;SECOND-TITLE␛\\", "␛]52;c;aGlqYWNrZWQ=␇", "␛[2J", "␛[31m", "\u{FFFD}7m",
                            "\u{FFFD}sdrawkcab\u{FFFD}"] {
            #expect(reader.contains(placeholder), "\(placeholder.debugDescription) is shown as placeholders:\n\(reader)")
        }
        #expect(reader.contains("The harbour office posted"), "the clear sequence did not wipe the text before it")
        #expect(try tmux.paneTitle() == title, "the pane title is unchanged")
        #expect(try tmux.bufferNames().isEmpty, "nothing reached the clipboard")
        let coloured = try tmux.capture(escapes: true)
        #expect(SGR.parameters(in: coloured, before: "colour, an eight-bit").isDisjoint(with: [31, 7]),
                "the text after the colour sequences is drawn as plain text")
    }

    @Test("after Q (or Ctrl-C, or q on the first screen) the terminal modes are exactly those from before evex started",
          arguments: ["Q", "C-c", "q"])
    func restoredAfterQuit(key: String) throws {
        let tmux = try Tmux()
        defer { tmux.kill() }
        try tmux.startEvexOnSample()
        tmux.sendKeys(key)
        let run = try tmux.waitForProgramEnd()
        #expect(run.status == 0)
        #expect(run.modesAfter == run.modesBefore)
        #expect(!run.screen.contains(SampleCorpus.listedTitle), "the explorer's screen is gone:\n\(run.screen)")
    }

    @Test("after SIGTERM (or SIGHUP, or SIGINT) the terminal modes are exactly those from before evex started",
          arguments: [SIGTERM, SIGHUP, SIGINT])
    func restoredAfterSignal(signal: Int32) throws {
        let tmux = try Tmux()
        defer { tmux.kill() }
        try tmux.startEvexOnSample()
        // Somewhere other than the first screen, with a prompt open.
        tmux.sendKeys("Enter")
        try tmux.waitForScreen("an article") {
            Tmux.rows($0).first?.hasPrefix("Timeline: from the Crocus") == true && Tmux.statusLine($0).contains("› Timeline")
        }
        tmux.sendKeys(":")
        try tmux.waitForScreen("the command line") { Tmux.statusLine($0).hasPrefix(":") }
        let pid = try #require(try tmux.foregroundChild())
        #expect(Foundation.kill(pid, signal) == 0)
        if signal == SIGINT {
            // The shell drops the rest of a command line whose program died of SIGINT.
            #expect(Tmux.poll(timeout: .seconds(15)) { (try? tmux.foregroundChild()) == nil }, "evex ended")
            tmux.recordModesAfterInterrupt()
        }
        let run = try tmux.waitForProgramEnd()
        #expect(run.status == 128 + Int(signal))
        #expect(run.modesAfter == run.modesBefore)
    }
}

extension ExplorerTerminalTests {
    @Test("an unknown terminal type is reported in words, with status 1, and the terminal is left as it was")
    func unknownTerminal() throws {
        let tmux = try Tmux()
        defer { tmux.kill() }
        tmux.startEvex(on: EvexProcess.sampleCorpus, environment: "TERM=no-such-terminal")
        let run = try tmux.waitForProgramEnd()
        #expect(run.status == 1)
        #expect(run.screen.contains("\"no-such-terminal\" is not in the terminfo database"), "\(run.screen)")
        #expect(!run.screen.contains("Usage:"), "the command line was right; no usage text: \(run.screen)")
        #expect(run.modesAfter == run.modesBefore)
    }
}
