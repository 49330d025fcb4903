import Foundation
import Testing

/// A private tmux server with one window, for driving a full-screen program as a user would.
///
/// Each instance has its own socket in its own scratch folder and no configuration file, so
/// nothing from the user's tmux leaks in and tests may run side by side. The pane runs `sh` (dash on Debian), which leaves the
/// terminal modes as the program left them, so `stty -a` shows what the program restored.
/// The server is killed, and the scratch folder removed, by `kill()` or when the instance goes away.
///
/// ```swift
/// let tmux = try Tmux()
/// tmux.run("evex samples/crocus")
/// try tmux.waitForScreen("the article list") { $0.contains("Articles") }
/// tmux.sendKeys("j", "Enter")
/// ```
final class Tmux {
    /// Where tmux is, or nil when it is not installed (the tests that need it are then skipped).
    static let executable: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let folders = path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"]
        return folders.lazy
            .map { URL(fileURLWithPath: $0).appendingPathComponent("tmux") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    static var isInstalled: Bool { executable != nil }

    /// A folder for the test's files, removed with the server.
    let scratch: URL
    private let socket: String
    private var alive = true

    /// Starts the server and its window of `width` x `height` cells running `sh`.
    /// - throws: ``TmuxError`` when tmux is missing or will not start.
    init(width: Int = 100, height: Int = 30) throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("evex-e2e-\(UUID().uuidString.prefix(13))")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        socket = scratch.appendingPathComponent("tmux").path
        let shell = "env -u NO_COLOR PS1='$ ' LANG=C.UTF-8 LC_ALL=C.UTF-8 SWIFT_BACKTRACE=interactive=no sh"
        try tmux(["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", shell])
        // Let programs write the clipboard, so a test can see if one did (OSC 52).
        try tmux(["set-option", "-g", "set-clipboard", "on"])
        try waitForScreen("the shell prompt") { $0.contains("$") }
    }

    deinit { kill() }

    /// Stops the server and everything running in it.
    func kill() {
        guard alive else { return }
        alive = false
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: scratch)
    }

    // MARK: - Input

    /// Types `command` at the shell prompt and presses Enter.
    func run(_ command: String) {
        type(command)
        sendKeys("Enter")
    }

    /// Types `text` literally, each character as a key.
    func type(_ text: String) {
        _ = try? tmux(["send-keys", "-t", "0", "-l", text])
    }

    /// Presses keys by tmux name: "Down", "C-c", "BTab", "F5", "Escape", "q".
    func sendKeys(_ keys: String...) {
        _ = try? tmux(["send-keys", "-t", "0"] + keys)
    }

    /// Resizes the window, as when the user resizes the terminal.
    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "0", "-x", "\(width)", "-y", "\(height)"])
    }

    // MARK: - Output

    /// The visible screen as text, one row per line. With `escapes`, colours and attributes are
    /// kept as SGR sequences.
    func capture(escapes: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", "0"] + (escapes ? ["-e"] : []))
    }

    /// Everything the pane has shown on its main screen, the scrolled-off lines included.
    func history() throws -> String {
        try tmux(["capture-pane", "-p", "-t", "0", "-S", "-"])
    }

    /// Starts copying every byte the pane's program writes into a file, and returns that file.
    /// What a key press makes the program send shows whether it redraws only what changed.
    func recordOutput() throws -> URL {
        let file = scratch.appendingPathComponent("output-\(UUID().uuidString.prefix(8))")
        _ = FileManager.default.createFile(atPath: file.path, contents: nil)
        try tmux(["pipe-pane", "-t", "0", "cat >> '\(file.path)'"])
        return file
    }

    /// The pane's title, which OSC 0 and OSC 2 sequences would change.
    func paneTitle() throws -> String {
        try tmux(["display-message", "-p", "-t", "0", "#{pane_title}"]).trimmingCharacters(in: .newlines)
    }

    /// tmux's paste buffers, which an OSC 52 sequence would add to.
    func bufferNames() throws -> [String] {
        try tmux(["list-buffers", "-F", "#{buffer_name}"]).split(separator: "\n").map(String.init)
    }

    /// The process id of the program running in the pane under the shell, if any.
    func foregroundChild() throws -> pid_t? {
        let shell = try tmux(["display-message", "-p", "-t", "0", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
        return children.split(separator: " ").last.flatMap { pid_t($0) }
    }

    // MARK: - Waiting

    /// Polls the screen until `condition` holds, and returns that screen.
    /// - throws: ``TmuxError/timedOut`` with the last screen when `timeout` passes first.
    @discardableResult
    func waitForScreen(
        _ what: String, timeout: Duration = .seconds(15), escapes: Bool = false,
        _ condition: (String) -> Bool
    ) throws -> String {
        var last = ""
        let found = try Self.poll(timeout: timeout) {
            last = try capture(escapes: escapes)
            return condition(last)
        }
        guard found else { throw TmuxError.timedOut(waitingFor: what, screen: last) }
        return last
    }

    /// Polls `condition` every few milliseconds until it holds or `timeout` passes.
    static func poll(timeout: Duration, _ condition: () throws -> Bool) rethrows -> Bool {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while clock.now < deadline {
            if try condition() { return true }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return try condition()
    }

    // MARK: - Running tmux

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        guard let executable = Self.executable else { throw TmuxError.notInstalled }
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil
        environment["TMUX_PANE"] = nil
        let result = try ChildProcess.run(executable.path, ["-S", socket] + arguments, environment: environment)
        guard result.status == 0 else {
            throw TmuxError.failed(arguments: arguments, status: result.status, message: result.errors)
        }
        return result.output
    }
}

/// What went wrong driving tmux; the message says what the screen showed.
enum TmuxError: Error, CustomStringConvertible {
    case notInstalled
    case failed(arguments: [String], status: Int32, message: String)
    case timedOut(waitingFor: String, screen: String)

    var description: String {
        switch self {
        case .notInstalled:
            return "tmux is not installed"
        case .failed(let arguments, let status, let message):
            return "tmux \(arguments.joined(separator: " ")) exited with \(status): \(message)"
        case .timedOut(let what, let screen):
            return "timed out waiting for \(what); the screen was:\n\(screen)"
        }
    }
}

