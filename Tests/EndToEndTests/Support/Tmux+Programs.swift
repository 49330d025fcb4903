import Foundation

/// What the shell saw around one run of a full-screen program.
struct ProgramRun {
    /// `stty -a` just before the program started.
    var modesBefore: String
    /// `stty -a` just after it ended: equal to `modesBefore` when the terminal was restored.
    var modesAfter: String
    /// The exit status as the shell reports it: 128 + n when signal n ended the program.
    var status: Int
    /// The screen once the shell was back.
    var screen: String
}

extension Tmux {
    /// Runs `command` from the pane's shell, recording the terminal modes before and after it and
    /// its exit status; `waitForProgramEnd()` collects them.
    ///
    /// ```swift
    /// tmux.runRecordingModes(Products.shellPath("evex") + " samples/crocus")
    /// try tmux.waitForScreen("the article list") { $0.contains("Articles") }
    /// tmux.sendKeys("Q")
    /// let run = try tmux.waitForProgramEnd()
    /// #expect(run.modesAfter == run.modesBefore)
    /// ```
    func runRecordingModes(_ command: String) {
        let before = scratch.appendingPathComponent("modes-before").path
        try? FileManager.default.removeItem(at: scratch.appendingPathComponent("modes-after"))
        run("stty -a > '\(before)'; \(command); \(recordAfter)")
    }

    /// Records the status and modes from a new command line. An interactive shell drops the rest
    /// of a command line whose program died of SIGINT, as after Ctrl-C; this asks it again.
    func recordModesAfterInterrupt() {
        run(recordAfter)
    }

    private var recordAfter: String {
        let after = scratch.appendingPathComponent("modes-after").path
        return "echo status=$?; stty -a > '\(after).tmp' && mv '\(after).tmp' '\(after)'"
    }

    /// Waits for the program started by `runRecordingModes` to end and the shell to record the modes.
    /// - throws: ``TmuxError/timedOut`` when the program does not end within `timeout`.
    func waitForProgramEnd(timeout: Duration = .seconds(30)) throws -> ProgramRun {
        var status: Int?
        let screen = try waitForScreen("the shell after the program", timeout: timeout) { screen in
            status = screen.split(separator: "\n").lazy
                .filter { $0.hasPrefix("status=") }
                .compactMap { Int($0.dropFirst("status=".count)) }
                .last
            return status != nil
        }
        let after = scratch.appendingPathComponent("modes-after")
        guard Tmux.poll(timeout: timeout, { FileManager.default.fileExists(atPath: after.path) }) else {
            throw TmuxError.timedOut(waitingFor: "stty -a after the program", screen: screen)
        }
        return ProgramRun(
            modesBefore: try String(contentsOf: scratch.appendingPathComponent("modes-before"), encoding: .utf8),
            modesAfter: try String(contentsOf: after, encoding: .utf8),
            status: status ?? -1,
            screen: screen)
    }
}

/// Reading attributes out of `capture(escapes: true)`.
enum SGR {
    /// The SGR parameters in force where `text` starts on its line (1 bold, 4 underline,
    /// 7 reverse, 30-37 foreground, 40-47 background), from the sequences before it on that line.
    static func parameters(in screen: String, before text: String) -> Set<Int> {
        guard let line = screen.split(separator: "\n").first(where: { $0.contains(text) }),
              let start = line.range(of: text)?.lowerBound else { return [] }
        var parameters = Set<Int>()
        for sequence in line[..<start].split(separator: "\u{1B}[") where sequence.hasSuffix("m") {
            for number in sequence.dropLast().split(separator: ";").compactMap({ Int($0) }) {
                if number == 0 { parameters.removeAll() } else { parameters.insert(number) }
            }
        }
        return parameters
    }
}
