import Foundation
import Testing

/// The terminal layer on a real terminal: `evex-termcheck` (a test pattern and key echo over
/// NcursesTerminal) in tmux at 100x30.
@Suite("The terminal in tmux", .serialized, .enabled(if: Tmux.isInstalled, "tmux is not installed: skipping the terminal tests"))
struct TerminalCheckTests {
    /// Starts evex-termcheck from the shell and waits for its pattern.
    private func startTermcheck(_ tmux: Tmux, environment: String = "", arguments: String = "") throws -> String {
        #expect(Products.exists("evex-termcheck"), "evex-termcheck is not built in \(Products.folder.path)")
        tmux.runRecordingModes("\(environment) \(Products.shellPath("evex-termcheck")) \(arguments)")
        return try tmux.waitForScreen("the test pattern") { $0.contains("keys: 0") }
    }

    @Test("the test pattern appears, wide and combining characters in their cells")
    func patternAppears() throws {
        let tmux = try Tmux()
        defer { tmux.kill() }
        let screen = try startTermcheck(tmux)
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first?.hasPrefix("evex-termcheck 100x30") == true)
        #expect(lines.contains("wide: 日本語テキスト|"))
        #expect(lines.contains("marks: cafe\u{301} man\u{303}ana|"))
        #expect(lines.contains("emoji: 👍|"))
    }

    @Test("the pattern is drawn with colours and attributes")
    func colours() throws {
        let tmux = try Tmux()
        defer { tmux.kill() }
        _ = try startTermcheck(tmux)
        let screen = try tmux.capture(escapes: true)
        #expect(SGR.parameters(in: screen, before: "evex-termcheck").contains(44), "the title bar has a blue background")
        #expect(SGR.parameters(in: screen, before: "key: none").contains(7), "the key line is in reverse video")
        #expect(SGR.parameters(in: screen, before: "keys: 0").contains(4), "the count is underlined")
    }

    @Test("with NO_COLOR set there is no colour, and attributes still mark the title and the key line")
    func noColor() throws {
        let tmux = try Tmux()
        defer { tmux.kill() }
        _ = try startTermcheck(tmux, environment: "NO_COLOR=1")
        let screen = try tmux.capture(escapes: true)
        let title = SGR.parameters(in: screen, before: "evex-termcheck")
        #expect(title.contains(7) && title.contains(1), "the title bar's background becomes reverse video")
        #expect(SGR.parameters(in: screen, before: "hostile:").isDisjoint(with: 30...47), "no foreground colour")
        #expect(!screen.contains("[44m") && !screen.contains("[31m"))
        #expect(SGR.parameters(in: screen, before: "key: none").contains(7))
    }

    @Test("on a monochrome terminal the screen is drawn with attributes only")
    func monochrome() throws {
        let tmux = try Tmux()
        defer { tmux.kill() }
        _ = try startTermcheck(tmux, environment: "TERM=xterm-mono")
        let screen = try tmux.capture(escapes: true)
        #expect(SGR.parameters(in: screen, before: "evex-termcheck").contains(7))
        #expect(!screen.contains("[44m") && !screen.contains("[31m"))
    }

    @Test("a click and the wheel arrive as mouse events at their cell")
    func mouse() throws {
        let tmux = try Tmux()
        defer { tmux.kill() }
        _ = try startTermcheck(tmux)
        // X10 mouse reports, as tmux passes them on: ESC [ M, then button, column, row, each + 32.
        tmux.type("\u{1B}[M %#")
        try tmux.waitForScreen("a press at column 4, row 2") { $0.contains("key: Mouse press 4,2\n") }
        tmux.type("\u{1B}[Ma+$")
        try tmux.waitForScreen("the wheel down at column 10, row 3") { $0.contains("key: Mouse wheelDown 10,3\n") }
        tmux.type("\u{1B}[M`!!")
        try tmux.waitForScreen("the wheel up at the corner") { $0.contains("key: Mouse wheelUp 0,0\n") }
    }

    @Test("a crash restores the terminal before the crash report is printed", arguments: [
        ("!", [SIGILL, SIGTRAP]),  // fatalError
        ("@", [SIGSEGV, SIGBUS]),  // stack overflow
    ])
    func restoredAfterCrash(key: String, signals: [Int32]) throws {
        let tmux = try Tmux()
        defer { tmux.kill() }
        _ = try startTermcheck(tmux, arguments: "--allow-crash")
        tmux.sendKeys(key)
        let run = try tmux.waitForProgramEnd()
        #expect(signals.map { 128 + Int($0) }.contains(run.status), "the program crashed by one of \(signals)")
        #expect(try tmux.history().contains("Program crashed"), "the backtrace is readable on the restored screen")
        #expect(run.modesAfter == run.modesBefore)
    }

    @Test("an unknown terminal type is reported in words and the terminal is left as it was")
    func unknownTerminal() throws {
        let tmux = try Tmux()
        defer { tmux.kill() }
        tmux.runRecordingModes("TERM=no-such-terminal \(Products.shellPath("evex-termcheck"))")
        let run = try tmux.waitForProgramEnd()
        #expect(run.status == 1)
        #expect(run.screen.contains("\"no-such-terminal\" is not in the terminfo database"))
        #expect(run.modesAfter == run.modesBefore)
    }

    @Test("each key arrives under its name", arguments: [
        ("Down", "Down"), ("Up", "Up"), ("Home", "Home"), ("End", "End"), ("PPage", "PageUp"),
        ("NPage", "PageDown"), ("Enter", "Enter"), ("Tab", "Tab"), ("BTab", "Shift-Tab"),
        ("BSpace", "Backspace"), ("DC", "Delete"), ("F5", "F5"), ("C-c", "Ctrl-C"), ("C-w", "Ctrl-W"),
        ("Escape", "Escape"), ("x", "x"), ("é", "é"), ("日", "日"),
    ])
    func keysEchoed(key: String, name: String) throws {
        let tmux = try Tmux()
        defer { tmux.kill() }
        _ = try startTermcheck(tmux)
        tmux.sendKeys(key)
        try tmux.waitForScreen("key \(name)") { $0.contains("key: \(name)\n") && $0.contains("keys: 1") }
    }

    @Test("a key press redraws only the lines that changed, without clearing the screen")
    func minimalRedraw() throws {
        let tmux = try Tmux()
        defer { tmux.kill() }
        _ = try startTermcheck(tmux)
        let output = try tmux.recordOutput()
        tmux.sendKeys("x")
        try tmux.waitForScreen("the key echoed") { $0.contains("key: x\n") && $0.contains("keys: 1") }
        var bytes = Data()
        #expect(Tmux.poll(timeout: .seconds(10)) {
            bytes = (try? Data(contentsOf: output)) ?? Data()
            return bytes.contains(UInt8(ascii: "1"))
        })
        let sent = String(decoding: bytes, as: UTF8.self)
        #expect(bytes.count < 200, "a repaint of the whole 100x30 screen would be thousands of bytes: \(sent.debugDescription)")
        #expect(!sent.contains("\u{1B}[2J") && !sent.contains("\u{1B}[J"), "no clear: \(sent.debugDescription)")
    }

    @Test("resizing to 10x3 and back leaves a working screen")
    func resizeTinyAndBack() throws {
        let tmux = try Tmux()
        defer { tmux.kill() }
        _ = try startTermcheck(tmux)
        try tmux.resize(width: 10, height: 3)
        try tmux.waitForScreen("the pattern cut to 10x3") {
            $0.split(separator: "\n", omittingEmptySubsequences: false).prefix(3) == ["evex-termc", "wide: 日本", "marks: caf"]
        }
        try tmux.resize(width: 100, height: 30)
        try tmux.waitForScreen("the whole pattern again") { $0.contains("evex-termcheck 100x30") && $0.contains("q quits") }
        tmux.sendKeys("x")
        try tmux.waitForScreen("a key after the resizes") { $0.contains("key: x\n") }
    }

    @Test("hostile text is shown as placeholders and changes neither the pane title nor the clipboard")
    func hostileTextIsInert() throws {
        let tmux = try Tmux()
        defer { tmux.kill() }
        let title = try tmux.paneTitle()
        let screen = try startTermcheck(tmux)
        #expect(screen.contains("hostile: ␛]0;PWNED-TITLE␇␛]52;c;cHduZWQ=␇"))
        #expect(try tmux.paneTitle() == title)
        #expect(try tmux.bufferNames().isEmpty)
        #expect(!screen.contains("PWNED-TITLE\n") || screen.contains("␛]0;PWNED-TITLE"))
    }

    @Test("after q the terminal modes are exactly those from before")
    func restoredAfterQuit() throws {
        let tmux = try Tmux()
        defer { tmux.kill() }
        _ = try startTermcheck(tmux)
        tmux.sendKeys("q")
        let run = try tmux.waitForProgramEnd()
        #expect(run.status == 0)
        #expect(run.modesAfter == run.modesBefore)
    }

    @Test("after SIGTERM, SIGHUP or SIGINT the terminal modes are restored and the exit status names the signal",
          arguments: [SIGTERM, SIGHUP, SIGINT])
    func restoredAfterSignal(signal: Int32) throws {
        let tmux = try Tmux()
        defer { tmux.kill() }
        _ = try startTermcheck(tmux)
        let pid = try #require(try tmux.foregroundChild())
        #expect(Foundation.kill(pid, signal) == 0)
        if signal == SIGINT {
            #expect(Tmux.poll(timeout: .seconds(15)) { (try? tmux.foregroundChild()) == nil }, "the program ended")
            tmux.recordModesAfterInterrupt()
        }
        let run = try tmux.waitForProgramEnd()
        #expect(run.status == 128 + Int(signal))
        #expect(run.modesAfter == run.modesBefore)
    }

    @Test("Ctrl-Z gives the shell a normal terminal and fg brings the screen back")
    func suspendAndResume() throws {
        let tmux = try Tmux()
        defer { tmux.kill() }
        let folder = tmux.scratch
        _ = try startTermcheck(tmux)
        tmux.sendKeys("C-z")
        try tmux.waitForScreen("the shell with the job stopped") { $0.contains("Stopped") }
        let during = folder.appendingPathComponent("during").path
        tmux.run("stty -a > '\(during).tmp' && mv '\(during).tmp' '\(during)'")
        _ = Tmux.poll(timeout: .seconds(10)) { FileManager.default.fileExists(atPath: during) }
        let before = try String(contentsOf: folder.appendingPathComponent("modes-before"), encoding: .utf8)
        #expect(try String(contentsOfFile: during, encoding: .utf8) == before)
        tmux.run("fg")
        try tmux.waitForScreen("the pattern repainted") { $0.contains("wide: 日本語テキスト|") && $0.contains("key: Resize") }
        tmux.sendKeys("x")
        try tmux.waitForScreen("keys after resuming") { $0.contains("key: x\n") }
    }
}
