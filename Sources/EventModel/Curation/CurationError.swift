/// What can stop a curation from being written, each saying what to do.
public enum CurationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The change makes no sense as asked.
    case invalid(String)
    /// The file changed on disk since it was read, on the same entries as this change.
    case conflict(path: String, keys: [String])
    /// The file on disk has errors or entries evex cannot write back; it is left as it is.
    case unreadable(path: String, problems: [String])
    /// The file could not be written.
    case notWritable(path: String, reason: String)
    /// No change left to undo.
    case nothingToUndo(path: String)

    public var description: String {
        switch self {
        case .invalid(let message): return message
        case .conflict(let path, let keys):
            return "\(path) changed on disk since evex read it, on the same entries (\(keys.joined(separator: "; "))); "
                + "nothing was written. Look at the file, then make the change again"
        case .unreadable(let path, let problems):
            return "\(path) has problems evex will not write over: \(problems.joined(separator: "; ")). Fix them by hand first"
        case .notWritable(let path, let reason): return "\(path) cannot be written: \(reason)"
        case .nothingToUndo(let path): return "nothing to undo: no change to \(path) is recorded"
        }
    }
}
