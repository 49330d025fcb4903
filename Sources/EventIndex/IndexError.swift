import Foundation

/// What can stop evex from opening or updating a corpus index, said so that the user can act on it.
public struct IndexError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Code: Sendable, Hashable {
        /// The corpus folder does not exist or is not a folder.
        case corpusNotFound
        /// The index file or its folder cannot be created or opened.
        case cannotOpenIndex
        /// The index path holds something evex did not write (a folder, an article, another database).
        case notAnIndex
        /// The index file went bad while in use.
        case corruptIndex
        /// Another process was updating the index; trying again later works.
        case busy
        /// SQLite refused an operation for another reason.
        case database
    }

    public var code: Code
    /// The corpus folder or the index file concerned.
    public var path: String
    /// A sentence saying what went wrong and what to do.
    public var message: String

    public init(_ code: Code, path: String, message: String) {
        self.code = code
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }

    static func corpusNotFound(_ url: URL) -> IndexError {
        IndexError(.corpusNotFound, path: url.path, message: "no such corpus folder; give the folder that holds the articles")
    }

    static func cannotOpen(_ url: URL, _ reason: String) -> IndexError {
        IndexError(.cannotOpenIndex, path: url.path,
                   message: "cannot open the index (\(reason)); check that the folder is writable, or pass --index FILE to put it elsewhere")
    }

    static func notAnIndex(_ url: URL, _ reason: String) -> IndexError {
        IndexError(.notAnIndex, path: url.path,
                   message: "this is not an evex index (\(reason)), so evex leaves it untouched; pass --index with a new file name, or the path of an existing evex index")
    }

    static func corrupt(_ url: URL) -> IndexError {
        IndexError(.corruptIndex, path: url.path,
                   message: "the index file is damaged; run the command again: evex rebuilds the index from the corpus first")
    }
}
