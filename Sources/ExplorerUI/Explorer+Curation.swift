import EventModel
import Foundation

/// What the explorer needs to curate: the corpus's curation file, and a way to see a change to it.
///
/// `reload` runs after each write: it syncs the index with the folder (the file is part of it) and
/// returns the store to read from then on, so the screen shows what `evex entities` would.
///
/// ```swift
/// let access = CurationAccess(corpus: root) {
///     try index.sync()
///     return index
/// }
/// ```
public struct CurationAccess {
    /// The corpus folder, where `curation.knowledge.yaml` is.
    public let root: URL
    /// Read at the first change, and kept: what it read is what a later write compares the disk with.
    private var file: CurationFile?
    public var reload: () throws -> any CorpusStore

    public init(corpus root: URL, reload: @escaping () throws -> any CorpusStore) {
        self.root = root
        self.reload = reload
    }

    /// The file, read now if it was not yet. A file that cannot be read says why at each attempt,
    /// so a file fixed by hand during the session is taken up at the next one.
    /// - throws: ``CurationError``.
    mutating func opened() throws -> CurationFile {
        if let file { return file }
        let opened = try CurationFile(corpus: root)
        file = opened
        return opened
    }

    mutating func update(_ written: CurationFile) { file = written }
}

// MARK: - Curation keys and commands
extension Explorer {
    /// A curation key: the command line opens with its command written out (and the entity's kind
    /// or name where there is one to edit), so Enter applies it and Esc leaves it unwritten.
    mutating func startCuration(_ action: Action) throws {
        if action == .rejectRelation {
            guard current.currentRelation != nil else { return message = .info("No relation here: move to one first") }
            prompt = Prompt(purpose: .command, editor: LineEditor("reject-relation"))
            return
        }
        let entity = try curatedEntity()
        let line: String
        switch action {
        case .confirmEntity: line = "confirm " + entity.kind.rawValue
        case .rejectEntity: line = "reject"
        case .renameEntity: line = "rename " + entity.name
        case .mergeEntity: line = "merge "
        case .addAlias: line = "alias "
        case .splitAlias: line = "split "
        default: line = "relate "
        }
        prompt = Prompt(purpose: .command, editor: LineEditor(line))
    }

    /// The entity the curation commands act on: selected, in view, or the mention Tab went to.
    func curatedEntity() throws -> Entity {
        guard let id = current.currentEntity else {
            throw ExplorerError.curation(current.kind == .reader ? "No entity here: Tab to a mention first" : "No entity here: select one first")
        }
        guard let entity = try store.entity(id: id) else { throw ExplorerError.noEntity(id) }
        return entity
    }

    /// `:confirm [KIND]`.
    mutating func confirmEntity(_ argument: String) throws {
        let entity = try curatedEntity()
        var kind: EntityKind?
        if !argument.isEmpty {
            guard let written = EntityKind(loose: argument) else {
                let kinds = EntityKind.allCases.map(\.rawValue).joined(separator: ", ")
                throw ExplorerError.curation("Unknown kind \u{201C}\(argument)\u{201D}; use one of \(kinds)")
            }
            kind = written
        }
        try curate(.confirm(entity, kind: kind))
    }

    /// `:merge NAME`: the entity in view goes into the one named.
    mutating func mergeEntity(into name: String) throws {
        let entity = try curatedEntity()
        guard let target = try store.resolveEntity(named: name) else { throw ExplorerError.noEntity(name) }
        try curate(.merge(entity, into: target))
        try open(.entity(target.id))
    }

    /// `:relate PREDICATE ENTITY`: from the entity in view, with the sentence in view as evidence.
    mutating func relate(_ argument: String) throws {
        let entity = try curatedEntity()
        let (predicate, name) = CommandTable.split(argument)
        guard !name.isEmpty else { throw ExplorerError.curation("Usage: :relate PREDICATE ENTITY, e.g. :relate member_of CSTO") }
        guard let other = try store.resolveEntity(named: name) else { throw ExplorerError.noEntity(name) }
        let written = Predicate(written: String(predicate))
        var relation = CuratedRelation(subject: entity.id, predicate: written, object: other.id)
        if let id = current.currentArticle, let sentence = current.currentSentence, let article = try store.article(id: id) {
            relation = CuratedRelation(subject: entity.id, predicate: written, object: other.id, article: article, sentence: sentence)
        }
        try curate(.relate(relation))
    }

    /// `:reject-relation`: the relation under the cursor.
    mutating func rejectRelation() throws {
        guard let relation = current.currentRelation else { throw ExplorerError.curation("No relation here: move to one on an entity page") }
        try curate(.rejectRelation(relation))
    }

    /// Writes one change, then brings the store and the screen up to date with it.
    mutating func curate(_ change: CurationChange) throws {
        try reloadAfterCuration(try withCurationFile { try $0.apply(change) })
    }

    /// `U` and `:undo`.
    mutating func undoCuration() throws {
        try reloadAfterCuration(try withCurationFile { try $0.undo() })
    }

    /// Runs `body` on the curation file and keeps the file as it left it, written or not.
    private mutating func withCurationFile(_ body: (inout CurationFile) throws -> CurationFile.Outcome) throws -> CurationFile.Outcome {
        guard var access = curation else {
            throw ExplorerError.curation("Curation is not available here: evex writes it to the corpus folder, which it was not given")
        }
        do {
            var file = try access.opened()
            defer {
                access.update(file)
                curation = access
            }
            return try body(&file)
        } catch let error as CurationError {
            // The status line is short: the file's name says enough, without the folder it is in.
            throw ExplorerError.curation(error.description.replacingOccurrences(of: access.root.path + "/", with: ""))
        }
    }

    private mutating func reloadAfterCuration(_ outcome: CurationFile.Outcome) throws {
        guard let access = curation else { return }
        store = try access.reload()
        // Screens kept whole in the history show the store as it was: keep only where to rebuild them
        // from, or read the store again for those that cannot be rebuilt (the lists).
        let context = self.context
        func renewed(_ entry: HistoryEntry) -> HistoryEntry {
            guard case .kept(var screen) = entry.compacted() else { return entry.compacted() }
            try? screen.reload(context: context)
            return .kept(screen)
        }
        backStack = backStack.map(renewed)
        forwardStack = forwardStack.map(renewed)
        // A rejected or merged entity's page can no longer be built: back to where it came from.
        if let destination = current.destination, (try? makeScreen(destination)) == nil {
            if !goBack() { try open(.entities) }
        }
        let file = KnowledgeParser.curationFileName
        var text = outcome.summary.prefix(1).uppercased() + outcome.summary.dropFirst() + " in " + file
        if outcome.mergedWithDisk { text += " (merged with edits made to it since)" }
        refresh(after: .success(text + (outcome.summary.hasPrefix("undid") ? "" : "; U undoes")))
    }
}
