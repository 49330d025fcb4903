import EventModel
import TerminalCore

/// The entry points that libFuzzer drives (see `scripts/fuzz`) and that the test suite replays past
/// crashes through: the same code either way, so a crash found by fuzzing stays fixed.
///
/// Each target takes arbitrary bytes, runs one reader of untrusted input, and checks what must hold
/// whatever the input (offsets inside the text, no control character left for the terminal).
/// A broken invariant stops the process with `preconditionFailure`, which libFuzzer records as a crash.
public enum FuzzTarget: String, CaseIterable, Sendable {
    case plainText = "plain-text"
    case markdown
    case frontMatter = "front-matter"
    case knowledge
    case query
    case displayText = "display-text"
    /// A plain-text article linked against the built-in names, with its relations and events read.
    case extraction
    /// A saved web page (`.html`): libxml2's HTML parser, JSON-LD, metadata, main-content choice.
    case htmlPage = "html-page"
    /// An RSS or Atom feed (`.xml`): libxml2's XML parser in recovery mode and the item readers.
    case feed

    /// Runs the target on one input.
    public func run(_ bytes: [UInt8]) {
        switch self {
        case .plainText: FuzzChecks.article(bytes, path: "articles/fuzz.txt")
        case .markdown: FuzzChecks.article(bytes, path: "articles/fuzz.md")
        case .frontMatter:
            // Inside a front matter fence, so that every input reaches the YAML and the field readers.
            FuzzChecks.article(Array("---\n".utf8) + bytes + Array("\n---\nBody text.\n".utf8), path: "articles/fuzz.md")
        case .knowledge: FuzzChecks.knowledge(bytes)
        case .query: FuzzChecks.query(String(decoding: bytes, as: UTF8.self))
        case .displayText: FuzzChecks.displayText(String(decoding: bytes, as: UTF8.self))
        case .extraction: FuzzChecks.extraction(bytes)
        case .htmlPage: FuzzChecks.article(bytes, path: "articles/fuzz.html")
        case .feed: FuzzChecks.feed(bytes, path: "feeds/fuzz.xml")
        }
    }
}
