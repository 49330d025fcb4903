import Yams

/// The sections only a curation file has: `merged:`, `split:` and `rejected:` (see ``Curation``).
extension KnowledgeReader {
    mutating func readCurationSection(_ key: Node, _ value: Node) {
        let section = key.scalar?.string ?? "?"
        guard isCuration else {
            warning(key, "\"\(section)\" belongs in \(KnowledgeParser.curationFileName) only; ignored here")
            return
        }
        for item in items(value, section: section) where canRead {
            switch section {
            case "merged": readMerge(item)
            case "split": readSplit(item)
            default: readRejection(item)
            }
        }
    }

    private mutating func readMerge(_ item: Node) {
        guard let fields = fields(item, known: ["from", "into", "names"], what: "merge") else { return }
        guard let from = text(fields["from"], "from"), let into = text(fields["into"], "into") else {
            return error(item, "a merge needs \"from:\" (the entity that goes) and \"into:\" (the one it becomes)")
        }
        let names = list(fields["names"], "names", limit: Self.maximumAliases)
        base.curation?.merges.append(EntityMerge(from: from, into: into, names: names))
    }

    private mutating func readSplit(_ item: Node) {
        guard let fields = fields(item, known: ["alias", "from", "entity", "kind"], what: "split") else { return }
        guard let alias = text(fields["alias"], "alias"), let from = text(fields["from"], "from") else {
            return error(item, "a split needs \"alias:\" (the name) and \"from:\" (the entity that wrongly has it)")
        }
        var kind = EntityKind.other
        if let kindNode = fields["kind"], let written = text(kindNode, "kind") {
            if let known = EntityKind(loose: written) { kind = known } else {
                warning(kindNode, "unknown kind \"\(written)\" (use organisation, country, person, place or event); read as other")
            }
        }
        let entity = text(fields["entity"], "entity")
        base.curation?.splits.append(AliasSplit(alias: alias, from: from, entity: entity, kind: kind))
    }

    private mutating func readRejection(_ item: Node) {
        let known = ["entity", "names", "subject", "predicate", "object", "origin"]
        guard let fields = fields(item, known: known, what: "rejection") else { return }
        if let entity = text(fields["entity"], "entity") {
            let names = list(fields["names"], "names", limit: Self.maximumAliases)
            base.curation?.rejectedEntities.append(RejectedEntity(id: entity, names: names))
            return
        }
        guard let subject = text(fields["subject"], "subject"), let predicate = text(fields["predicate"], "predicate"),
              let object = text(fields["object"], "object") else {
            return error(item, "a rejection names an \"entity:\", or a relation's \"subject:\", \"predicate:\", \"object:\" and \"origin:\"")
        }
        let written = text(fields["origin"], "origin") ?? "pattern"
        guard let origin = RelationOrigin(rawValue: written), origin != .curated else {
            return error(item, "\"origin\" of a rejected relation is pattern or cooccurrence, not \"\(written)\"")
        }
        base.curation?.rejectedRelations.append(RejectedRelation(
            subject: subject, predicate: Predicate(rawValue: Self.predicateName(predicate)), object: object, origin: origin))
    }
}
