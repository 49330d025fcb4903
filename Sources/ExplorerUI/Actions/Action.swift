import TerminalCore

/// Everything a user can ask the explorer to do. Keys map to actions only through ``ActionTable``.
enum Action: String, Sendable, Hashable, CaseIterable {
    case down, up, top, bottom, pageDown, pageUp
    case open, nextLink, previousLink
    case search, nextMatch, previousMatch
    case sort, cycleKind, cycleHops, cyclePredicate, cycleOrigin, findPath
    case articles, entities, timeline, relations
    case help, command, back, forward, quitOrBack, quit
    case toggleRead, nextUnread, star
    case confirmEntity, rejectEntity, renameEntity, mergeEntity, addAlias, splitAlias, relate, rejectRelation, undoCuration
}

/// The kinds of screen, which say where a binding applies.
enum ScreenKind: String, Sendable, Hashable, CaseIterable {
    case articles = "Articles"
    case reader = "Reader"
    case entities = "Entities"
    case entity = "Entity"
    case relations = "Relations"
    case path = "Path"
    case timeline = "Timeline"
    case search = "Search"
    case help = "Help"
    case missing = "Not in corpus"
    case diagnostics = "Diagnostics"
    case marks = "Marks"
}
