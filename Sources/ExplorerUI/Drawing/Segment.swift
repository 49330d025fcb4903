import TerminalCore

/// A run of safe text with one meaning, and the link it belongs to, if any.
struct Segment: Sendable, Hashable {
    var text: DisplayText
    var role: Role
    /// Index into the owning document's links.
    var link: Int?

    init(_ text: DisplayText, _ role: Role = .plain, link: Int? = nil) {
        self.text = text
        self.role = role
        self.link = link
    }

    init(_ untrusted: String, _ role: Role = .plain, link: Int? = nil) {
        self.init(DisplayText(untrusted), role, link: link)
    }
}
