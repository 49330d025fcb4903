/// Which FtM schema and properties stand for an evex entity, article or relation.
enum FtMSchemaChoice {
    static func entity(_ entity: Entity, mentions: Int, date: String?) -> FtMLine {
        var properties: [String: [String]] = ["name": [entity.name], "alias": entity.aliases.sorted()]
        if let description = entity.description { properties["description"] = [description] }
        if let wikidata = entity.externalIDs["wikidata"] { properties["wikidataId"] = [wikidata] }
        var notes = ["found by evex: \(entity.origin.rawValue), \(mentions) mention\(mentions == 1 ? "" : "s")"]
        if !entity.confirmed { notes.append("unconfirmed: discovered in the text, not curated") }
        properties["notes"] = notes
        let schema: String
        switch entity.kind {
        case .person: schema = "Person"
        case .organisation: schema = "Organization"
        // A country acts in the news as a state: the closest FtM thing that can be a member or employer.
        case .country: schema = "PublicBody"
        case .place:
            schema = "Address"
            properties["full"] = [entity.name]
        case .event:
            schema = "Event"
            if let date { properties["date"] = [date] }
        case .other: schema = "LegalEntity"
        }
        return FtMLine(id: FtMID.entity(entity.id), schema: schema, properties: properties)
    }

    static func article(_ article: Article) -> FtMLine {
        var properties: [String: [String]] = ["title": [article.title], "bodyText": [article.text], "author": article.authors]
        if let date = article.date { properties["publishedAt"] = [date] }
        if let url = article.url { properties["sourceUrl"] = [url] }
        if let source = article.source { properties["publisher"] = [source] }
        if let language = article.language { properties["language"] = [language] }
        properties["keywords"] = article.tags
        properties["fileName"] = [article.path]
        return FtMLine(id: FtMID.article(article.id), schema: "Article", properties: properties)
    }

    /// The lines for one relation: the link itself, preceded by a Position for an office.
    static func relation(
        _ excerpt: RelationExcerpt, kinds: [String: EntityKind], proof: [String], names: (String) throws -> String?
    ) rethrows -> [FtMLine] {
        let relation = excerpt.relation, count = excerpt.evidenceCount
        let subject = kinds[relation.subject], object = kinds[relation.object]
        var properties: [String: [String]] = [
            "summary": [EdgeFacts(excerpt).sentence],
            "description": ["found by evex: \(relation.origin.rawValue), \(count) sentence\(count == 1 ? "" : "s")"],
            "proof": proof,
        ]
        if let since = relation.since { properties["startDate"] = [since] }
        if let until = relation.until { properties["endDate"] = [until] }
        if let source = relation.source { properties["publisher"] = [source] }
        let id = FtMID.relation(relation)
        let isLegalEntity: (EntityKind?) -> Bool = { $0 == .person || $0 == .organisation || $0 == .country || $0 == .other }
        let isOrganization: (EntityKind?) -> Bool = { $0 == .organisation || $0 == .country }

        if relation.predicate == .roleOf, subject == .person, isOrganization(object), let role = relation.role {
            let post = FtMID.position(role: role, of: relation.object)
            let objectName = try names(relation.object) ?? relation.object
            properties["holder"] = [FtMID.entity(relation.subject)]
            properties["post"] = [post]
            return [
                FtMLine(id: post, schema: "Position", properties: ["name": ["\(role), \(objectName)"], "organization": [FtMID.entity(relation.object)]]),
                FtMLine(id: id, schema: "Occupancy", properties: properties),
            ]
        }
        if relation.predicate == .memberOf || relation.predicate == .roleOf, isLegalEntity(subject), isOrganization(object) {
            properties["member"] = [FtMID.entity(relation.subject)]
            properties["organization"] = [FtMID.entity(relation.object)]
            properties["role"] = [relation.role ?? relation.predicate.label]
            return [FtMLine(id: id, schema: "Membership", properties: properties)]
        }
        if subject == .person, object == .person {
            properties["person"] = [FtMID.entity(relation.subject)]
            properties["associate"] = [FtMID.entity(relation.object)]
            properties["relationship"] = [relation.predicate.label]
            return [FtMLine(id: id, schema: "Associate", properties: properties)]
        }
        properties["subject"] = [FtMID.entity(relation.subject)]
        properties["object"] = [FtMID.entity(relation.object)]
        properties["role"] = [relation.predicate.label + (relation.role.map { " (\($0))" } ?? "")]
        return [FtMLine(id: id, schema: "UnknownLink", properties: properties)]
    }
}
