/// The files `evex export` writes, for the tools analysts already use.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// FollowTheMoney entities as JSON lines (Aleph, OpenSanctions, `ftm`).
    case ftm
    /// GraphML (Gephi, Cytoscape, yEd, networkx).
    case graphml
    /// GEXF 1.2 (Gephi).
    case gexf
    /// Graphviz's DOT language.
    case dot
    /// RFC 4180 CSV: one table, chosen by ``CSVTable``.
    case csv
}

/// The table a CSV export holds.
public enum CSVTable: String, Sendable, CaseIterable {
    case entities, relations, mentions
}

/// What part of the corpus an export holds: the same filters as the listings.
///
/// The entities kept are those of `kind` (all kinds when nil) and, with `entity`, only those within
/// `hops` relations of it (the entity itself always). A relation is kept when it is of `origin` (any
/// when nil) and both its ends are kept, so a filter cuts the graph the way Gephi's filters do.
public struct ExportFilter: Sendable, Hashable {
    public var kind: EntityKind?
    public var origin: RelationOrigin?
    /// The id of the entity whose neighbourhood is exported.
    public var entity: String?
    public var hops: Int

    public init(kind: EntityKind? = nil, origin: RelationOrigin? = nil, entity: String? = nil, hops: Int = 1) {
        self.kind = kind
        self.origin = origin
        self.entity = entity
        self.hops = hops
    }
}
