import Foundation

/// Where a sync stands, for a progress bar.
public struct SyncProgress: Sendable, Hashable {
    public enum Phase: String, Sendable, Hashable {
        /// Listing the folder and comparing with the index.
        case scanning
        /// Reading and parsing new or changed files.
        case parsing
        /// Finding entities and relations in articles.
        case linking
        /// Resolving "Read more" links and merging relations.
        case finishing
    }

    public var phase: Phase
    public var done: Int
    public var total: Int

    public init(phase: Phase, done: Int, total: Int) {
        self.phase = phase
        self.done = done
        self.total = total
    }
}

/// What a sync did.
public struct SyncReport: Sendable, Hashable {
    public var added: Int
    public var changed: Int
    public var removed: Int
    public var unchanged: Int
    /// Articles in the index afterwards.
    public var articles: Int
    /// Articles whose entities and relations were found again (changed ones, or all when aliases changed).
    public var relinked: Int
    /// Wall-clock seconds.
    public var duration: TimeInterval
    /// Of `duration`, the seconds spent listing the folder (the part that grows with the folder even
    /// when nothing changed).
    public var listingDuration: TimeInterval = 0
    /// Why the index was started afresh before this sync, if it was.
    public var resetReason: String?

    public init(
        added: Int = 0, changed: Int = 0, removed: Int = 0, unchanged: Int = 0, articles: Int = 0,
        relinked: Int = 0, duration: TimeInterval = 0, resetReason: String? = nil
    ) {
        self.added = added
        self.changed = changed
        self.removed = removed
        self.unchanged = unchanged
        self.articles = articles
        self.relinked = relinked
        self.duration = duration
        self.resetReason = resetReason
    }

    /// Nothing in the folder differed from the index.
    public var isNoop: Bool { added == 0 && changed == 0 && removed == 0 }
}
