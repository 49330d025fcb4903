import EventModel
import TerminalCore

/// What a piece of the screen means; the ``Theme`` says how it looks.
public enum Role: Sendable, Hashable {
    /// Body text; `marker` flags such as "!" and "?"; `match` a word of the last search; `evidence`
    /// the sentence a relation rests on; `brokenLink` a read-more title not in the corpus.
    case plain, title, heading, dim, marker, selection, link, brokenLink, match, evidence, status, error
    /// An entity mention, coloured by what it is.
    case kind(EntityKind)
}

/// Maps semantic roles to styles. Selection and focus are reverse video, so they stay visible on a
/// monochrome terminal or under NO_COLOR, where the terminal drops the colours.
public struct Theme: Sendable {
    private var styles: [Role: Style]

    public init(styles: [Role: Style]) {
        self.styles = styles
    }

    public func style(_ role: Role) -> Style {
        styles[role] ?? .plain
    }

    /// Colours on top of attributes that read well without them.
    public static let standard = Theme(styles: [
        .title: Style(bold: true),
        .heading: Style(foreground: .yellow, bold: true),
        .dim: Style(dim: true),
        .marker: Style(foreground: .red, bold: true),
        .selection: Style(reverse: true),
        .link: Style(foreground: .blue, underline: true),
        .brokenLink: Style(foreground: .red, underline: true),
        .match: Style(foreground: .black, background: .yellow, bold: true),
        .evidence: Style(bold: true),
        .status: Style(reverse: true),
        .error: Style(foreground: .red, bold: true),
        .kind(.organisation): Style(foreground: .magenta, underline: true),
        .kind(.country): Style(foreground: .green, underline: true),
        .kind(.person): Style(foreground: .cyan, underline: true),
        .kind(.place): Style(foreground: .yellow, underline: true),
        .kind(.event): Style(foreground: .red, underline: true),
        .kind(.other): Style(underline: true),
    ])

    /// Attributes only.
    public static let monochrome = Theme(styles: [
        .title: Style(bold: true),
        .heading: Style(bold: true),
        .dim: Style(dim: true),
        .marker: Style(bold: true),
        .selection: Style(reverse: true),
        .link: Style(underline: true),
        .brokenLink: Style(underline: true, dim: true),
        .match: Style(bold: true, underline: true),
        .evidence: Style(bold: true),
        .status: Style(reverse: true),
        .error: Style(bold: true),
        .kind(.organisation): Style(underline: true),
        .kind(.country): Style(underline: true),
        .kind(.person): Style(underline: true),
        .kind(.place): Style(underline: true),
        .kind(.event): Style(underline: true),
        .kind(.other): Style(underline: true),
    ])
}
