import TerminalCore

/// One line of the action table: the keys, the action, where it applies and the words of the help.
struct Binding: Sendable {
    var keys: [Key]
    var action: Action
    var help: String
    /// nil: on every screen.
    var screens: Set<ScreenKind>?
    /// A short label for the status line; set on the few keys worth showing there.
    var hint: String?

    func applies(to kind: ScreenKind) -> Bool { screens?.contains(kind) ?? true }
}

/// The one table of key bindings: it dispatches keys and it writes the help screen, so the help
/// cannot disagree with what the keys do.
enum ActionTable {
    private static let lists: Set<ScreenKind> = [.articles, .entities, .timeline, .search, .entity, .relations, .path, .missing, .marks]
    private static let documents: Set<ScreenKind> = [.reader, .help, .diagnostics]
    private static let linked: Set<ScreenKind> = [.reader, .entity, .relations, .path, .missing]
    /// Where an entity is at hand to curate: selected in a list, in view, or a mention Tab went to.
    private static let curated: Set<ScreenKind> = [.entities, .entity, .reader]
    private static let openable: Set<ScreenKind> = [.articles, .entities, .timeline, .search, .reader, .entity, .relations, .path, .missing, .marks]

    static let bindings: [Binding] = [
        Binding(keys: [.character("j"), .down], action: .down, help: "move down", screens: lists),
        Binding(keys: [.character("k"), .up], action: .up, help: "move up", screens: lists),
        Binding(keys: [.character("j"), .down], action: .down, help: "scroll down a line", screens: documents),
        Binding(keys: [.character("k"), .up], action: .up, help: "scroll up a line", screens: documents),
        Binding(keys: [.character("g"), .home], action: .top, help: "go to the top"),
        Binding(keys: [.character("G"), .end], action: .bottom, help: "go to the bottom"),
        Binding(keys: [.pageDown, .character(" "), .control("f")], action: .pageDown, help: "page down"),
        Binding(keys: [.pageUp, .control("b")], action: .pageUp, help: "page up"),
        Binding(keys: [.enter], action: .open, help: "open the selection or follow the link", screens: openable, hint: "open"),
        Binding(keys: [.tab], action: .nextLink, help: "next link (entity mention or read-more link)", screens: linked, hint: "link"),
        Binding(keys: [.backTab], action: .previousLink, help: "previous link", screens: linked),
        Binding(keys: [.character("n")], action: .nextMatch, help: "next match of the last search", screens: [.reader], hint: "match"),
        Binding(keys: [.character("N")], action: .previousMatch, help: "previous match of the last search", screens: [.reader]),
        Binding(keys: [.character("N")], action: .toggleRead, help: "mark read or unread", screens: [.articles, .search]),
        Binding(keys: [.character("u")], action: .nextUnread, help: "next unread article", screens: [.articles, .reader]),
        Binding(keys: [.character("*")], action: .star, help: "star or unstar (:starred lists them)", screens: [.articles, .search, .reader, .entities, .entity, .marks]),
        Binding(keys: [.character("s")], action: .sort, help: "sort by date, title or source", screens: [.articles], hint: "sort"),
        Binding(keys: [.character("f")], action: .cycleKind, help: "filter by kind: all, organisation, country...", screens: [.entities], hint: "kind"),
        Binding(keys: [.character("x")], action: .cycleHops, help: "one or two hops out", screens: [.relations], hint: "hops"),
        Binding(keys: [.character("p")], action: .cyclePredicate, help: "filter by predicate", screens: [.relations], hint: "predicate"),
        Binding(keys: [.character("o")], action: .cycleOrigin, help: "filter by origin (curated, pattern, co-occurrence)", screens: [.relations], hint: "origin"),
        Binding(keys: [.character("P")], action: .findPath, help: "shortest path to another entity", screens: [.relations], hint: "path"),
        // Curation: each key opens the command line with its command written out (Enter applies it,
        // Esc leaves it), so what will be written to curation.knowledge.yaml is seen first.
        Binding(keys: [.character("C")], action: .confirmEntity, help: "confirm the entity, with its kind (:confirm)", screens: curated),
        Binding(keys: [.character("X")], action: .rejectEntity, help: "reject the entity: no longer shown or linked (:reject)", screens: curated),
        Binding(keys: [.character("R")], action: .renameEntity, help: "rename the entity (:rename)", screens: curated),
        Binding(keys: [.character("M")], action: .mergeEntity, help: "merge the entity into another, Tab finds it (:merge)", screens: curated),
        Binding(keys: [.character("A")], action: .addAlias, help: "add a name the entity goes by (:alias)", screens: curated),
        Binding(keys: [.character("S")], action: .splitAlias, help: "split a wrong alias off the entity (:split)", screens: curated),
        Binding(keys: [.character("+")], action: .relate,
                help: "add a relation from the entity, the sentence in view as evidence (:relate)", screens: [.entity, .reader]),
        Binding(keys: [.character("-")], action: .rejectRelation, help: "reject the relation under the cursor (:reject-relation)", screens: [.entity]),
        Binding(keys: [.character("U")], action: .undoCuration, help: "undo the last curation, even one from before a restart"),
        Binding(keys: [.character("/")], action: .search, help: "search articles and entities", hint: "search"),
        Binding(keys: [.character("a")], action: .articles, help: "article list"),
        Binding(keys: [.character("e")], action: .entities, help: "entity list"),
        Binding(keys: [.character("t")], action: .timeline, help: "timeline"),
        Binding(keys: [.character("r")], action: .relations, help: "relations of the current entity"),
        Binding(keys: [.character("?"), .function(1)], action: .help, help: "this help", hint: "help"),
        Binding(keys: [.character(":")], action: .command, help: "command line: the commands below"),
        Binding(keys: [.backspace, .character("h"), .left], action: .back, help: "back to where you were"),
        Binding(keys: [.character("l"), .character("]"), .right], action: .forward, help: "forward again"),
        Binding(keys: [.character("q")], action: .quitOrBack, help: "back; quit from the first screen", hint: "back"),
        Binding(keys: [.character("Q"), .control("c")], action: .quit, help: "quit at once"),
    ]

    /// The action `key` means on a screen of `kind`, if any.
    static func action(for key: Key, on kind: ScreenKind) -> Action? {
        bindings.first { $0.applies(to: kind) && $0.keys.contains(key) }?.action
    }

    /// The bindings that apply on a screen of `kind`, in table order.
    static func bindings(for kind: ScreenKind) -> [Binding] {
        bindings.filter { $0.applies(to: kind) }
    }

    /// ["Enter:open", "s:sort", "?:help"] for the status line, least needed first (they are dropped
    /// first when the line is short).
    static func hints(for kind: ScreenKind) -> [String] {
        let hints = bindings(for: kind).compactMap { binding in
            binding.hint.map { "\(KeyName.of(binding.keys[0])):\($0)" }
        }
        // Screen keys are what a newcomer looks for; search, help and back are known by then.
        let specific = hints.filter { !["/:search", "?:help", "q:back"].contains($0) }
        return ["/:search", "q:back", "?:help"].filter(hints.contains) + specific
    }
}
