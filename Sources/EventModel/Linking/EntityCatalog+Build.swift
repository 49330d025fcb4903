extension EntityCatalog {
    /// The catalog of a corpus: the gazetteer, the knowledge files' entities and events, acronyms
    /// defined anywhere in the corpus, and discovered candidates (unconfirmed).
    ///
    /// - A knowledge entity whose id, name or alias is a gazetteer entry's replaces it, keeping
    ///   the gazetteer's names as aliases.
    /// - "Collective Security Treaty Organization (CSTO)" makes each form an alias of the entity
    ///   that has the other, or creates an `.acronym` entity with id `csto`.
    /// - A candidate whose name is already known adds its variants as aliases; a single word one
    ///   edit away from a known name ("Tajiskistan") is a typo, not an entity.
    ///
    /// Linear in the size of the contributions; no text is read.
    public static func build(
        knowledge: [KnowledgeBase], contributions: [CatalogContribution]
    ) -> (catalog: EntityCatalog, diagnostics: [Diagnostic]) {
        build(knowledge: knowledge, eachContribution: { body in contributions.forEach(body) })
    }

    /// The same catalog as ``build(knowledge:contributions:)``, from contributions that
    /// `eachContribution` passes to its argument one by one, in the same order each time it is
    /// called (twice). An index builds the catalog of a large corpus this way, reading the stored
    /// contributions as it goes instead of holding them all in memory.
    public static func build(
        knowledge: [KnowledgeBase], eachContribution: (_ body: (CatalogContribution) -> Void) -> Void
    ) -> (catalog: EntityCatalog, diagnostics: [Diagnostic]) {
        var builder = CatalogBuilder()
        builder.addGazetteer()
        for base in knowledge.sorted(by: { $0.path < $1.path }) { builder.addKnowledge(base) }
        builder.addAcronyms(eachContribution)
        builder.addCandidates(eachContribution)
        builder.applyCuration(knowledge.sorted(by: { $0.path < $1.path }).compactMap(\.curation))
        return (builder.catalog(), builder.diagnostics)
    }
}

/// The mutable state of ``EntityCatalog/build(knowledge:contributions:)``.
struct CatalogBuilder {
    var entities: [Entity] = []
    var positions: [String: Int] = [:]
    /// Folded name or alias -> position of the entity that owns it.
    var owners: [String: Int] = [:]
    var diagnostics: [Diagnostic] = []
    /// Gazetteer ids that a knowledge entity took over under another id.
    var renamed: [String: String] = [:]
    /// Positions of entities a curation rejected or merged into another: left out of the catalog,
    /// and their names with them (see `applyCuration`).
    var dropped = Set<Int>()
    var rejectedRelations: [RejectedRelation] = []
    /// What the curation merged (old id -> new id) and rejected, for ``EntityCatalog/curated(knowledgeRelations:)``.
    var mergedIDs: [String: String] = [:]
    var rejectedIDs = Set<String>()

    mutating func addGazetteer() {
        for entity in Gazetteer.entities { append(entity) }
    }

    // MARK: - Knowledge

    mutating func addKnowledge(_ base: KnowledgeBase) {
        for entity in base.entities { addKnowledgeEntity(entity) }
        for event in base.events where positions[event.id] == nil {
            addKnowledgeEntity(Entity(id: event.id, name: event.name, kind: .event, description: event.description,
                                      origin: .knowledge, definedAt: event.definedAt))
        }
    }

    private mutating func addKnowledgeEntity(_ entity: Entity) {
        var entity = entity
        entity.origin = .knowledge
        if let position = positions[entity.id] {
            let existing = entities[position]
            if existing.origin == .gazetteer {
                replace(position, with: entity)
            } else {
                entities[position].aliases = union(existing.aliases, entity.aliases + [entity.name], except: existing.name)
                registerForms(of: position, warn: true)
            }
            return
        }
        // Same name and same kind: the curated country or city is the built-in one. An organisation
        // named after a country ("Islamic Emirate of Afghanistan" for the Taliban) is not.
        for form in [entity.name] + entity.aliases {
            if let position = owners[TextFolding.key(form)], entities[position].origin == .gazetteer,
               entities[position].kind == entity.kind {
                replace(position, with: entity)
                return
            }
        }
        append(entity, warn: true)
    }

    /// A knowledge entity takes a gazetteer entry's place: its id, name, kind and description win.
    private mutating func replace(_ position: Int, with entity: Entity) {
        let old = entities[position]
        var merged = entity
        merged.aliases = union(entity.aliases, [old.name] + old.aliases, except: entity.name)
        if old.id != entity.id {
            positions[old.id] = nil
            renamed[old.id] = entity.id
        }
        entities[position] = merged
        positions[entity.id] = position
        registerForms(of: position, warn: true, curated: Set(([entity.name] + entity.aliases).map(TextFolding.key)))
    }

    // MARK: - Acronyms

    mutating func addAcronyms(_ eachContribution: ((CatalogContribution) -> Void) -> Void) {
        struct Tally { var acronym: String; var expansion: String; var count: Int }
        // Written forms first, folded once each afterwards: most articles repeat the same definitions.
        var written: [String: Tally] = [:]
        eachContribution { contribution in
            for definition in contribution.acronyms {
                written[definition.acronym + "|" + definition.expansion,
                        default: Tally(acronym: definition.acronym, expansion: definition.expansion, count: 0)].count += definition.count
            }
        }
        var tallies: [String: Tally] = [:]
        for tally in written.values {
            let key = TextFolding.key(tally.acronym) + "|" + TextFolding.key(tally.expansion)
            if tallies[key] == nil {
                tallies[key] = tally
            } else {
                tallies[key]?.count += tally.count
                if let existing = tallies[key], (tally.acronym, tally.expansion) < (existing.acronym, existing.expansion) {
                    tallies[key]?.acronym = tally.acronym
                    tallies[key]?.expansion = tally.expansion
                }
            }
        }
        let ordered = tallies.sorted { ($0.value.count, $1.key) > ($1.value.count, $0.key) }
        for (_, tally) in ordered {
            let acronymKey = TextFolding.key(tally.acronym), expansionKey = TextFolding.key(tally.expansion)
            if let position = owners[acronymKey] ?? owners[expansionKey] {
                // "Pakistan Tehreek-e-Insaf (PTI)" is not the Press Trust of India that "PTI" names elsewhere: an
                // expansion that shares no word with the acronym's owner is a body of its own, known by its full name
                // (the acronym stays the owner's, and an article that defines it reads it as this body: `EntityLinker`).
                if owners[expansionKey] == nil, !Self.sharesWord(tally.expansion, with: entities[position]) {
                    let id = Slug.make(tally.expansion)
                    if positions[id] == nil {
                        append(Entity(id: id, name: tally.expansion, kind: Self.kind(ofExpansion: tally.expansion), aliases: [], origin: .acronym))
                    }
                    continue
                }
                addAlias(tally.acronym, to: position)
                // "Ukraine's Security Service (SBU)" keeps its owner (see `CandidateDiscovery.owned`): as an
                // alias, "security service" alone would claim "Russia's security service" too.
                addAlias(tally.expansion, to: position)
                continue
            }
            let id = Slug.make(tally.acronym)
            if let position = positions[id] {
                addAlias(tally.acronym, to: position)
                addAlias(tally.expansion, to: position)
                continue
            }
            // "Russia's Investigative Committee (SK)": the body is named without its owner, known by both.
            let owned = (tally.expansion.range(of: "'s ") ?? tally.expansion.range(of: "\u{2019}s ")).map { String(tally.expansion[$0.upperBound...]) }
            append(Entity(id: id, name: owned ?? tally.expansion, kind: Self.kind(ofExpansion: owned ?? tally.expansion),
                          aliases: [tally.acronym] + (owned == nil ? [] : [tally.expansion]), origin: .acronym))
        }
    }

    /// Whether a word of four letters or more of `expansion` is in the entity's name or an alias: "Islamic State
    /// Khorasan Province" may be ISIS-K's; "Pakistan Tehreek-e-Insaf" is not the Press Trust of India's.
    static func sharesWord(_ expansion: String, with entity: Entity) -> Bool {
        func words(_ text: String) -> Set<String> {
            Set(TextFolding.key(text).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).filter { $0.count >= 4 }.map(String.init))
        }
        let own = words(expansion)
        return ([entity.name] + entity.aliases).contains { !own.isDisjoint(with: words($0)) }
    }

    /// The kind an expansion's head word says: "... Organization", "... Province" -> organisation.
    static func kind(ofExpansion expansion: String) -> EntityKind {
        let words = expansion.split(whereSeparator: { $0 == " " || $0 == "-" })
        var head = words.last.map(String.init) ?? expansion
        if let of = words.firstIndex(where: { $0.lowercased() == "of" || $0.lowercased() == "for" }), of > 0 {
            head = String(words[of - 1])
        }
        let hash = TextFolding.wordHash(head)
        if Vocabulary.placeHeads.contains(hash) && !Vocabulary.organisationHeads.contains(hash) { return .place }
        if Vocabulary.eventHeads.contains(hash) { return .event }
        return .organisation
    }

    // MARK: - Registration

    mutating func append(_ entity: Entity, warn: Bool = false) {
        let position = entities.count
        entities.append(entity)
        positions[entity.id] = position
        registerForms(of: position, warn: warn)
    }

    mutating func addAlias(_ alias: String, to position: Int) {
        let key = TextFolding.key(alias)
        guard !key.isEmpty, owners[key] == nil || owners[key] == position else { return }
        owners[key] = position
        let entity = entities[position]
        if TextFolding.key(entity.name) != key && !entity.aliases.contains(alias) {
            entities[position].aliases.append(alias)
        }
    }

    /// Claims the entity's names in the alias table. A name another curated entity already has
    /// stays with it: a warning when the knowledge file wrote the name (`curated` nil means all its
    /// names are written there), and silently dropped when it came from the gazetteer.
    private mutating func registerForms(of position: Int, warn: Bool, curated: Set<String>? = nil) {
        let entity = entities[position]
        var dropped = Set<String>()
        for form in [entity.name] + entity.aliases {
            let key = TextFolding.key(form)
            guard !key.isEmpty else { continue }
            if let owner = owners[key], owner != position {
                let other = entities[owner]
                let written = curated?.contains(key) ?? true
                if warn && written && other.origin == .knowledge {
                    let place = entity.definedAt
                    diagnostics.append(.warning(place?.path ?? "knowledge", line: place?.line,
                        "the name “\(form)” of “\(entity.id)” is already a name of “\(other.id)”; it stays with “\(other.id)”"))
                }
                if !written && other.origin == .knowledge { dropped.insert(key) }
                if other.origin == .knowledge || entity.origin != .knowledge { continue }
            }
            owners[key] = position
        }
        if !dropped.isEmpty { entities[position].aliases.removeAll { dropped.contains(TextFolding.key($0)) } }
        // "Hendrik Wüst" is "Hendrik Wuest" in text typed without umlauts.
        for form in [entity.name] + entity.aliases {
            if let spelled = TextFolding.umlautsSpelledOut(form) { addAlias(spelled, to: position) }
        }
    }

    func union(_ first: [String], _ second: [String], except name: String) -> [String] {
        var seen = Set([TextFolding.key(name)])
        var out: [String] = []
        for alias in first + second where seen.insert(TextFolding.key(alias)).inserted { out.append(alias) }
        return out
    }

    func catalog() -> EntityCatalog {
        var placeCountry: [String: String] = [:]
        var original: [String: String] = [:]
        for (old, new) in renamed { original[new] = old }
        for entity in entities {
            guard let country = Gazetteer.country(ofPlace: original[entity.id] ?? entity.id) else { continue }
            placeCountry[entity.id] = renamed[country] ?? country
        }
        var names: [String: String] = [:]
        names.reserveCapacity(owners.count)
        for (key, position) in owners where !dropped.contains(position) { names[key] = entities[position].id }
        let kept = dropped.isEmpty ? entities : entities.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
        // A chain of merges (a into b, b into c) ends where the last one does.
        var merged: [String: String] = [:]
        for (from, into) in mergedIDs {
            var target = into, steps = 0
            while let next = mergedIDs[target], steps < mergedIDs.count { target = next; steps += 1 }
            merged[from] = target
        }
        return EntityCatalog(sortedEntities: kept.sorted { $0.id < $1.id }, placeCountry: placeCountry, owners: names,
                             rejectedRelations: rejectedRelations, mergedInto: merged, rejectedIDs: rejectedIDs)
    }
}
