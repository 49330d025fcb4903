import CNcurses
import TerminalCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real terminal, through ncurses: puts cells, reads keys, reports the size. Nothing more.
///
/// Open it with ``run(options:_:)``, which restores the terminal however the body ends:
/// ```swift
/// try NcursesTerminal.run { terminal in
///     var screen = Screen(size: terminal.size)
///     screen.put("hello", x: 0, y: 0)
///     terminal.present(screen)
///     _ = terminal.nextKey()
/// }
/// ```
///
/// What it does for the program, so that the UI above need not know:
/// - raw mode, so Ctrl-C arrives as `.control("c")` and Ctrl-Z suspends (terminal restored
///   first, a clean repaint on `fg`, then `.resize` so the UI presents again);
/// - SIGTERM, SIGHUP, SIGINT and SIGQUIT restore the terminal and end the process by that signal
///   (exit status 128 + its number). They are handled inside `nextKey()`, at once while it waits
///   for a key, or after the work between two keys;
/// - a crash (fatal error, bad pointer, stack overflow) puts the terminal modes back before the
///   crash report prints; an `atexit` hook restores on `exit()`;
/// - colours with `start_color`/`use_default_colors`, attributes only on a monochrome terminal,
///   and no colour at all when `NO_COLOR` is set to anything non-empty;
/// - `present(_:)` sends only the cells that changed since the previous screen.
///
/// One instance at a time: curses has a single screen per process.
public final class NcursesTerminal: Terminal {
    /// Choices a caller may make; the defaults suit the explorer.
    public struct Options: Sendable {
        /// Report clicks and the wheel where the terminal can (it then keeps the mouse from
        /// selecting text unless Shift is held, as in vim or tig).
        public var mouse: Bool
        /// How long a lone Escape waits for the rest of a key sequence, in milliseconds.
        public var escapeDelay: Int

        public init(mouse: Bool = true, escapeDelay: Int = 25) {
            self.mouse = mouse
            self.escapeDelay = escapeDelay
        }
    }

    /// Signals that end the program: the terminal is restored, then the signal does its default.
    static let terminatingSignals: [Int32] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT]

    var colors: ColorPalette
    let signalPipe: Int32
    /// The screen as last sent to curses; nil forces the next `present` to send every cell.
    var previous: Screen?
    /// Set after a suspend: the real terminal's content is unknown, so curses repaints it all.
    var needsClearRepaint = false
    var active = true
    /// How many times in a row the terminal was readable but curses yielded no key.
    var emptyReads = 0

    /// Takes over the terminal: alternate screen, raw mode, no echo, keypad, colours, mouse.
    /// - throws: ``TerminalStartError`` when there is no usable terminal.
    public init(options: Options = Options()) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw TerminalStartError.notATerminal
        }
        if evex_stdscr() != nil && !isendwin() { throw TerminalStartError.alreadyOpen }
        setlocale(LC_ALL, "")
        // The backtracer reads this at process start, so it only helps programs started from
        // here; a crash of this process is covered by the crash guard, which restores first.
        setenv("SWIFT_BACKTRACE", "interactive=no", 0)
        evex_crash_guard_install()
        guard evex_newterm() != nil else {
            throw TerminalStartError.unknownTerminal(term: getenv("TERM").map { String(cString: $0) } ?? "")
        }
        evex_terminal_restore_at_exit()

        raw()
        noecho()
        nonl()
        keypad(evex_stdscr(), true)
        set_escdelay(Int32(clamping: options.escapeDelay))
        curs_set(0)
        leaveok(evex_stdscr(), true)

        colors = ColorPalette.start(noColor: Self.noColorRequested())
        if options.mouse { _ = evex_mouse_enable() }

        // After newterm, which installs its own handlers only where a signal is still at its
        // default: ours replace them, except SIGWINCH, where ncurses's runs too and turns the
        // resize into KEY_RESIZE. Each handler only writes to a pipe; `nextKey` polls that pipe
        // beside the terminal and does the work outside the handler, on the main thread, where
        // calling curses is safe (a Dispatch source would run it on another thread, racing the
        // key loop inside curses).
        signalPipe = evex_signal_pipe_open()
        for signal in Self.terminatingSignals + [SIGTSTP, SIGCONT] { _ = evex_signal_catch(signal, 0) }
        _ = evex_signal_catch(SIGWINCH, 1)
    }

    deinit { restore() }

    /// Opens the terminal, runs `body` with it and restores the terminal when `body` returns or
    /// throws. An `atexit` hook and the signal handling cover the other ways out.
    /// - throws: ``TerminalStartError``, or what `body` throws.
    public static func run<Result>(
        options: Options = Options(), _ body: (NcursesTerminal) throws -> Result
    ) throws -> Result {
        let terminal = try NcursesTerminal(options: options)
        defer { terminal.restore() }
        return try body(terminal)
    }

    /// The terminal's size in cells, as curses knows it after the last resize.
    public var size: Size {
        Size(width: Int(evex_cols()), height: Int(evex_lines()))
    }

    /// Gives the terminal back as it was: main screen, cooked mode, echo, cursor. Idempotent;
    /// afterwards `present` does nothing and `nextKey` returns nil.
    public func restore() {
        guard active else { return }
        active = false
        evex_terminal_restore()
        for signal in Self.terminatingSignals + [SIGTSTP, SIGCONT, SIGWINCH] { evex_signal_release(signal) }
    }

    static func noColorRequested() -> Bool {
        guard let value = getenv("NO_COLOR") else { return false }
        return value.pointee != 0
    }
}
