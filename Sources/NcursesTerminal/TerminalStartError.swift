/// Why the terminal could not be taken over; `description` says what to do about it.
public enum TerminalStartError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Standard input or output is not a terminal (a pipe, a file, a cron job).
    case notATerminal
    /// terminfo has no entry for `TERM`.
    case unknownTerminal(term: String)
    /// Another `NcursesTerminal` is still open in this process.
    case alreadyOpen

    public var description: String {
        switch self {
        case .notATerminal:
            return "the explorer needs a terminal on standard input and output; "
                + "for piped output use the command line subcommands instead"
        case .unknownTerminal(let term):
            return "the terminal type \"\(term)\" is not in the terminfo database; "
                + "try TERM=xterm-256color, or install ncurses-term"
        case .alreadyOpen:
            return "a terminal session is already open in this process; close it before opening another"
        }
    }
}
