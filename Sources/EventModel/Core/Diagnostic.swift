/// Something wrong with a file of the corpus, said so that the user can act on it.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Codable {
        /// The file, or part of it, could not be loaded.
        case error
        /// Loaded, but something looks off (an unresolved link, a self-link, a duplicate alias).
        case warning
    }

    /// Path relative to the corpus root (or as given, for files outside it).
    public var path: String
    /// 1-based line, when one applies.
    public var line: Int?
    public var severity: Severity
    public var message: String

    public init(path: String, line: Int? = nil, severity: Severity, message: String) {
        self.path = path
        self.line = line
        self.severity = severity
        self.message = message
    }

    public static func error(_ path: String, line: Int? = nil, _ message: String) -> Diagnostic {
        Diagnostic(path: path, line: line, severity: .error, message: message)
    }

    public static func warning(_ path: String, line: Int? = nil, _ message: String) -> Diagnostic {
        Diagnostic(path: path, line: line, severity: .warning, message: message)
    }

    /// `path:line: error: message`, the form compilers use, which editors can jump to.
    public var description: String {
        let place = line.map { "\(path):\($0)" } ?? path
        return "\(place): \(severity.rawValue): \(message)"
    }
}
