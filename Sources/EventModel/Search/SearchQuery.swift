/// A parsed query in evex's search language, the same for the command line and the explorer.
///
/// ```
/// crocus "city hall" attack*  -concert  title:claim  source:reuters
/// isis OR daesh  entity:"Islamic State"  kind:person  after:2024-03-22  date:2024-03
/// ```
///
/// Words must all match; `OR` between two words (or phrases) makes either do; `-word` excludes;
/// a trailing `*` makes a word a prefix. Filters narrow the articles (`title:`, `source:`,
/// `entity:`, `after:`, `before:`, `date:`) or the entities (`kind:`).
/// The value is pure data: ``EventIndex`` compiles it into SQL and FTS5.
public struct SearchQuery: Sendable, Hashable {
    /// Every clause must hold for an article to match.
    public var clauses: [SearchClause]
    /// Terms that must not appear in the article (title or body).
    public var excluded: [SearchTerm]
    /// `source:` values; an article matches when its source contains any of them (case-insensitive).
    public var sources: [String]
    /// `entity:` names, as written; an article must mention each.
    public var entities: [String]
    /// `kind:` values; entity results are limited to these kinds.
    public var kinds: [EntityKind]
    /// The intersection of every `after:`, `before:` and `date:` filter.
    public var dates: DateWindow
    /// Terms left out because the query had more than ``maximumTerms`` distinct ones (repeats of a
    /// term are not counted: they change nothing). Say so to the user when it is not zero.
    public var omittedTerms = 0

    /// The most distinct terms (words, phrases, alternatives of an OR, exclusions) a query sends to the
    /// index: each costs a walk of its postings, so a pasted paragraph would otherwise cost seconds.
    public static let maximumTerms = 16

    public init(
        clauses: [SearchClause] = [], excluded: [SearchTerm] = [], sources: [String] = [],
        entities: [String] = [], kinds: [EntityKind] = [], dates: DateWindow = DateWindow()
    ) {
        self.clauses = clauses
        self.excluded = excluded
        self.sources = sources
        self.entities = entities
        self.kinds = kinds
        self.dates = dates
    }

    /// Nothing to look for and nothing to filter by.
    public var isEmpty: Bool {
        clauses.isEmpty && excluded.isEmpty && sources.isEmpty && entities.isEmpty && kinds.isEmpty && dates.isUnbounded
    }

    /// Every term the query looks for (not the excluded ones), for highlighting and typo correction.
    public var positiveTerms: [SearchTerm] {
        clauses.flatMap { clause -> [SearchTerm] in
            switch clause {
            case .term(let term): return [term]
            case .anyOf(let terms): return terms
            }
        }
    }
}

/// One condition on an article's text.
public enum SearchClause: Sendable, Hashable {
    /// The term must match.
    case term(SearchTerm)
    /// At least one of the terms must match (`a OR b OR c`).
    case anyOf([SearchTerm])
}

/// A word, a prefix or a phrase, optionally limited to the title.
public struct SearchTerm: Sendable, Hashable {
    public enum Form: Sendable, Hashable {
        /// One word as typed (it may still hold punctuation, e.g. `covid-19`).
        case word
        /// The words that start with `text` (`attack*`); for several words, the phrase whose last word
        /// is a prefix (`"city ha` while typing).
        case prefix
        /// The words in this order (`"city hall"`).
        case phrase
    }

    public var text: String
    public var form: Form
    /// `title:` was given: match in the title only.
    public var titleOnly: Bool

    public init(_ text: String, form: Form = .word, titleOnly: Bool = false) {
        self.text = text
        self.form = form
        self.titleOnly = titleOnly
    }
}

/// A range of ISO dates: `from` inclusive, `until` exclusive (both `YYYY-MM-DD`).
public struct DateWindow: Sendable, Hashable {
    public var from: String?
    public var until: String?

    public init(from: String? = nil, until: String? = nil) {
        self.from = from
        self.until = until
    }

    public var isUnbounded: Bool { from == nil && until == nil }

    /// Whether an article's date (`2024-03-22` or a longer ISO 8601 form) falls inside.
    public func contains(_ date: String) -> Bool {
        let day = String(date.prefix(10))
        if let from, day < from { return false }
        if let until, day >= until { return false }
        return true
    }

    /// The overlap with another window.
    public func intersected(with other: DateWindow) -> DateWindow {
        let lower = [from, other.from].compactMap { $0 }.max()
        let upper = [until, other.until].compactMap { $0 }.min()
        return DateWindow(from: lower, until: upper)
    }
}
