/// Why a file of the corpus could not be read as an article or a knowledge file.
///
/// Carries the file and, where one applies, the line, and says what to do about it.
/// ``diagnostic`` turns it into the ``Diagnostic`` the command line prints.
public struct ArticleParseError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Code: String, Sendable, Hashable {
        /// The bytes are not UTF-8.
        case invalidUTF8
        /// UTF-16 text (a byte order mark says so).
        case utf16
        /// NUL bytes or mostly control characters: not a text file.
        case binary
        /// Larger than ``ArticleParser/maximumFileSize``.
        case tooLarge
        /// The file could not be opened or read.
        case unreadable
        /// Nothing but whitespace.
        case empty
        /// A `---` front matter block that never closes.
        case unterminatedFrontMatter
    }

    public var code: Code
    /// Path relative to the corpus root.
    public var path: String
    /// 1-based line, when one applies.
    public var line: Int?
    /// A sentence the user can act on.
    public var message: String

    public init(code: Code, path: String, line: Int? = nil, message: String) {
        self.code = code
        self.path = path
        self.line = line
        self.message = message
    }

    /// An empty file is only a warning: nothing is lost by skipping it.
    public var diagnostic: Diagnostic {
        Diagnostic(path: path, line: line, severity: code == .empty ? .warning : .error, message: message)
    }

    public var description: String { diagnostic.description }
}
