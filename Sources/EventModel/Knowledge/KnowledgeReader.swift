import Foundation
import Yams

/// Walks the YAML tree of one knowledge file, collecting what it declares and what is wrong.
struct KnowledgeReader {
    let path: String
    var base: KnowledgeBase
    /// The first few diagnostics of each cause (see ``DiagnosticCap``).
    var diagnostics: [Diagnostic] { cap.all }
    private var cap = DiagnosticCap()

    /// Aliases kept per entity or event; a longer list is cut, with a warning.
    static let maximumAliases = 100
    /// Values (scalars, list items, fields) read from one file, anchors counted each time they are
    /// used: YAML anchors let a small file expand without bound, and each value costs work downstream.
    static let maximumValues = 1_000_000
    private let valueLimit: Int
    private var values = 0
    /// Set once ``maximumValues`` is reached: nothing more is read from the file.
    private(set) var exhausted = false
    /// Line of each id declared so far, to report duplicates.
    private var declared: [String: Int] = [:]
    /// Names and aliases (as title keys) of declared entities and events, to resolve references.
    private var names: [String: String] = [:]

    init(path: String, valueLimit: Int = KnowledgeReader.maximumValues) {
        self.path = path
        self.valueLimit = valueLimit
        self.base = KnowledgeBase(path: path)
        isCuration = KnowledgeParser.isCurationFile(name: (path as NSString).lastPathComponent)
        if isCuration { base.curation = Curation() }
    }

    /// A `curation.knowledge.yaml`: its entities override, and it may hold merged, split and rejected.
    let isCuration: Bool

    mutating func read(_ root: Node) {
        guard let mapping = root.mapping else {
            if root.null == nil {
                error(root, "a knowledge file must be a mapping with entities:, relations: and events:")
            }
            return
        }
        var relations: Node?
        var events: Node?
        var curationSections: [(Node, Node)] = []
        for (key, value) in mapping {
            switch key.scalar?.string {
            case "entities": readEntities(value)
            case "events": events = value
            case "relations": relations = value
            case "merged", "split", "rejected": curationSections.append((key, value))
            default:
                warning(key, "unknown section \"\(key.scalar?.string ?? "?")\" (expected entities, relations or events; curation files also merged, split and rejected); ignored")
            }
        }
        // Events and relations may refer to entities declared anywhere in the file.
        if let events { readEvents(events) }
        if let relations { readRelations(relations) }
        for (key, value) in curationSections { readCurationSection(key, value) }
    }

    // MARK: - Entities

    private mutating func readEntities(_ node: Node) {
        for item in items(node, section: "entities") where canRead {
            guard let fields = fields(item, known: ["id", "name", "kind", "aliases", "description", "ids"], what: "entity") else { continue }
            guard let name = text(fields["name"], "name") else {
                error(item, "this entity has no name; add \"name:\"")
                continue
            }
            let id = text(fields["id"], "id") ?? Slug.make(name)
            var kind = EntityKind.other
            if let kindNode = fields["kind"], let written = text(kindNode, "kind") {
                if let known = EntityKind(loose: written) {
                    kind = known
                } else {
                    warning(kindNode, "unknown kind \"\(written)\" (use organisation, country, person, place or event); read as other")
                }
            }
            var externalIDs: [String: String] = [:]
            if let ids = fields["ids"] {
                if let idMapping = ids.mapping {
                    for (scheme, value) in idMapping {
                        if let scheme = scheme.scalar?.string, let value = text(value, "ids") { externalIDs[scheme] = value }
                    }
                } else {
                    error(ids, "\"ids\" should be a mapping such as { wikidata: Q123 }; ignored")
                }
            }
            guard declare(id, at: item) else { continue }
            let aliases = own(list(fields["aliases"], "aliases", limit: Self.maximumAliases), of: id, at: item)
            remember(id, names: [id, name] + aliases)
            if isCuration {
                // The curation file's entities are applied over what linking found, not added beside it.
                let description = text(fields["description"], "description")
                base.curation?.entities.append(CuratedEntity(
                    id: id, name: name, kind: kind, aliases: aliases, description: description, externalIDs: externalIDs))
                continue
            }
            base.entities.append(Entity(
                id: id, name: name, kind: kind, aliases: aliases, description: text(fields["description"], "description"),
                externalIDs: externalIDs, origin: .knowledge, definedAt: location(item)))
        }
    }

    // MARK: - Events

    private mutating func readEvents(_ node: Node) {
        var pending: [(Node, [String: Node], String, String, [String])] = []
        // Declare every event first, so that events may refer to each other.
        for item in items(node, section: "events") where canRead {
            let known = ["id", "name", "aliases", "date", "place", "participants", "figures", "description"]
            guard let fields = fields(item, known: known, what: "event") else { continue }
            guard let name = text(fields["name"], "name") else {
                error(item, "this event has no name; add \"name:\"")
                continue
            }
            let id = text(fields["id"], "id") ?? Slug.make(name)
            guard declare(id, at: item) else { continue }
            let aliases = own(list(fields["aliases"], "aliases", limit: Self.maximumAliases), of: id, at: item)
            remember(id, names: [id, name] + aliases)
            pending.append((item, fields, id, name, aliases))
        }
        for (item, fields, id, name, aliases) in pending where canRead {
            var figures: [String: String] = [:]
            if let figureNode = fields["figures"] {
                if let figureMapping = figureNode.mapping {
                    for (key, value) in figureMapping {
                        if let key = key.scalar?.string, let value = text(value, "figures") { figures[key] = value }
                    }
                } else {
                    error(figureNode, "\"figures\" should be a mapping such as { killed: 145 }; ignored")
                }
            }
            let description = text(fields["description"], "description")
            base.events.append(KnowledgeEvent(
                id: id, name: name, date: date(fields["date"], "date"), place: text(fields["place"], "place").map(resolve),
                participants: list(fields["participants"], "participants").map(resolve), figures: figures,
                description: description, definedAt: location(item)))
            base.entities.append(Entity(
                id: id, name: name, kind: .event, aliases: aliases, description: description, origin: .knowledge,
                definedAt: location(item)))
        }
    }

    // MARK: - Relations

    private mutating func readRelations(_ node: Node) {
        for item in items(node, section: "relations") where canRead {
            let known = ["subject", "predicate", "object", "role", "since", "until", "source", "note", "article", "sentence", "quote"]
            guard let fields = fields(item, known: known, what: "relation") else { continue }
            var missing: [String] = []
            let subject = text(fields["subject"], "subject")
            let predicate = text(fields["predicate"], "predicate")
            let object = text(fields["object"], "object")
            if subject == nil { missing.append("subject") }
            if predicate == nil { missing.append("predicate") }
            if object == nil { missing.append("object") }
            guard let subject, let predicate, let object else {
                error(item, "this relation has no \(missing.joined(separator: " or ")); it needs subject, predicate and object")
                continue
            }
            let subjectID = resolve(subject), objectID = resolve(object)
            let predicateValue = Predicate(rawValue: Self.predicateName(predicate))
            let role = text(fields["role"], "role")
            let source = text(fields["source"], "source"), note = text(fields["note"], "note")
            // A relation added from a sentence (`evex curate relate`, the explorer) names its article,
            // the sentence's index and the sentence itself.
            let article = text(fields["article"], "article"), quote = text(fields["quote"], "quote")
            var sentence: Int?
            if let sentenceText = text(fields["sentence"], "sentence") {
                sentence = Int(sentenceText)
                if sentence == nil, let node = fields["sentence"] { warning(node, "\"sentence\" should be a sentence number such as 4; ignored") }
            }
            if isCuration {
                base.curation?.relations.append(CuratedRelation(
                    subject: subjectID, predicate: predicateValue, object: objectID, role: role, article: article, sentence: sentence,
                    quote: quote, note: note))
            }
            // The file's own words about the tie, not a restatement of it: the sentence it quotes, else its note, else its source.
            let said = quote ?? note ?? source ?? ""
            base.relations.append(Relation(
                subject: subjectID, predicate: predicateValue, object: objectID, origin: .curated,
                role: role,
                evidence: [Evidence(article: article, sentence: sentence, text: said, location: location(item))],
                since: date(fields["since"], "since"), until: date(fields["until"], "until"),
                source: source))
        }
    }

    /// "Member of" and "member-of" are `member_of`.
    static func predicateName(_ text: String) -> String {
        var out = ""
        var pendingUnderscore = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar == " " || scalar == "-" || scalar == "_" || scalar == "\t" {
                pendingUnderscore = !out.isEmpty
            } else {
                if pendingUnderscore { out.append("_") }
                pendingUnderscore = false
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    // MARK: - References

    /// The aliases no other entry of this file has taken; each one already taken is dropped with a
    /// warning (the catalog would drop it too, once per alias and entity, which an anchor multiplies).
    mutating func own(_ aliases: [String], of id: String, at node: Node) -> [String] {
        var seen = Set<String>()
        return aliases.filter { alias in
            let key = TitleKey.normalize(alias)
            guard seen.insert(key).inserted else { return false }
            guard let owner = names[key], owner != id else { return true }
            warning(node, "the name “\(alias)” of “\(id)” is already a name of “\(owner)”; it stays with “\(owner)”", cause: "a name used by two entries")
            return false
        }
    }

    mutating func remember(_ id: String, names list: [String]) {
        for name in list {
            let key = TitleKey.normalize(name)
            if !key.isEmpty, names[key] == nil { names[key] = id }
        }
    }

    /// An id declared in this file, or the id of a name or alias declared in it; otherwise the
    /// reference is kept as an id (it may name a built-in country or another file's entity).
    func resolve(_ reference: String) -> String {
        if declared[reference] != nil { return reference }
        if let id = names[TitleKey.normalize(reference)] { return id }
        return Slug.make(reference) == reference.lowercased() ? reference.lowercased() : Slug.make(reference)
    }

    /// Records an id; false (with an error) when the file already declared it.
    mutating func declare(_ id: String, at node: Node) -> Bool {
        let line = node.mark?.line ?? 0
        if let first = declared[id] {
            error(node, "the id \"\(id)\" is already declared on line \(first); give this entry another id")
            return false
        }
        declared[id] = line
        return true
    }

    // MARK: - Node helpers

    mutating func items(_ node: Node, section: String) -> [Node] {
        if node.null != nil { return [] }
        guard let sequence = node.sequence else {
            error(node, "\"\(section)\" should be a list of entries, each starting with \"- \"")
            return []
        }
        return Array(sequence)
    }

    /// Whether to go on with the next entry.
    var canRead: Bool { !exhausted }

    mutating func fields(_ item: Node, known: [String], what: String) -> [String: Node]? {
        guard let mapping = item.mapping else {
            error(item, "each \(what) should be a mapping of keys such as \"name:\"; skipped")
            return nil
        }
        var fields: [String: Node] = [:]
        for (key, value) in mapping {
            guard spend(1) else { return nil }
            guard let name = key.scalar?.string else { continue }
            if known.contains(name) {
                fields[name] = value
            } else {
                warning(key, "unknown key \"\(name)\" in this \(what) (known: \(known.joined(separator: ", "))); ignored", cause: "unknown key \(name)")
            }
        }
        return fields
    }

    mutating func text(_ node: Node?, _ key: String) -> String? {
        guard let node, spend(1) else { return nil }
        if node.null != nil { return nil }
        guard let scalar = node.scalar else {
            error(node, "\"\(key)\" should be a single value, not a list or mapping; ignored")
            return nil
        }
        let value = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        return value.isEmpty ? nil : value
    }

    mutating func list(_ node: Node?, _ key: String, limit: Int = .max) -> [String] {
        guard let node else { return [] }
        if let sequence = node.sequence {
            if sequence.count > limit {
                warning(node, "\"\(key)\" lists \(sequence.count) values; evex keeps the first \(limit)", cause: "too many \(key)")
            }
            return sequence.prefix(limit).compactMap { text($0, key) }
        }
        return text(node, key).map { [$0] } ?? []
    }

    /// Counts `count` values read; false once the file has expanded past ``maximumValues``.
    mutating func spend(_ count: Int) -> Bool {
        guard !exhausted else { return false }
        values += count
        if values > valueLimit {
            exhausted = true
            cap.add(.error(path, "the file expands to more than \(valueLimit) values (anchors reused many times?); what follows was not read. Write each entry out, or split the file"), cause: "expansion")
            return false
        }
        return true
    }

    mutating func date(_ node: Node?, _ key: String) -> String? {
        guard let node, let raw = text(node, key) else { return nil }
        if let date = DateText.normalize(raw, allowYear: true) { return date }
        warning(node, "\"\(key)\" \"\(raw)\" is not an ISO 8601 date such as 2024-03-22; ignored")
        return nil
    }

    func location(_ node: Node) -> SourceLocation { SourceLocation(path: path, line: node.mark?.line) }

    /// `cause` groups the diagnostics that ``DiagnosticCap`` counts together; the message by default.
    mutating func error(_ node: Node, _ message: String, cause: String? = nil) {
        cap.add(.error(path, line: node.mark?.line, message), cause: cause ?? message)
    }

    mutating func warning(_ node: Node, _ message: String, cause: String? = nil) {
        cap.add(.warning(path, line: node.mark?.line, message), cause: cause ?? message)
    }
}
