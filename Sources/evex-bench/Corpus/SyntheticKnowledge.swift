import Foundation

/// One generated entity: what the knowledge file declares and how articles may name it.
struct SyntheticEntity: Sendable {
    var id: String
    var name: String
    var kind: String
    var aliases: [String]
    /// For organisations: the acronym, written after the full name in a definition now and then.
    var acronym: String?
    /// For events.
    var date: String?
}

/// The generated `knowledge.yaml`: about `perKind` entities of each kind with aliases and acronyms,
/// curated relations between them, and the popularity order articles draw mentions from.
struct SyntheticKnowledge: Sendable {
    let entities: [SyntheticEntity]
    let relations: [(subject: String, predicate: String, object: String)]
    /// Indices into `entities`, most popular first; mentions are Zipf-distributed over it.
    let popularity: [Int]
    private let zipf: ZipfSampler
    /// The popularity order of each kind apart, for sentences that need an entity of one kind.
    private let popularityByKind: [String: [Int]]
    private let zipfByKind: [String: ZipfSampler]

    init(seed: UInt64, perKind: Int = 2_000) {
        var random = SplitMix64(seed: seed, stream: 2, index: 0)
        var usedNames = Set<String>()
        var usedAcronyms = Set<String>()
        var list: [SyntheticEntity] = []

        func uniqueName(_ make: (inout SplitMix64) -> String) -> String {
            while true {
                let name = make(&random)
                if usedNames.insert(name.lowercased()).inserted { return name }
            }
        }

        let orgNouns = ["Council", "Front", "Agency", "Movement", "Alliance", "Committee", "Bank", "Union",
                        "Institute", "Brigade", "Party", "Commission", "Federation", "Forum", "Authority"]
        for index in 0..<perKind {
            let name = uniqueName { r in
                "\(PseudoWord.name(syllables: r.int(2...3), random: &r)) \(PseudoWord.name(syllables: r.int(2...3), random: &r)) \(r.pick(orgNouns))"
            }
            var acronym = String(name.split(separator: " ").compactMap(\.first)).uppercased()
            var suffix = 0
            while !usedAcronyms.insert(acronym).inserted {
                suffix += 1
                acronym = String(acronym.prefix(3)) + String(UnicodeScalar(UInt8(65 + suffix % 26)))
            }
            let short = name.split(separator: " ").dropFirst().joined(separator: " ")
            list.append(SyntheticEntity(id: "org-\(index)", name: name, kind: "organisation",
                                        aliases: [acronym, "the \(short)"], acronym: acronym))
        }
        for index in 0..<perKind {
            let stem = uniqueName { r in PseudoWord.name(syllables: r.int(2...3), random: &r) }
            let suffixes = ["ia", "land", "stan", "ora", "esh"]
            let name = stem + random.pick(suffixes)
            list.append(SyntheticEntity(id: "country-\(index)", name: name, kind: "country",
                                        aliases: [stem + "ian", "Republic of \(name)"]))
        }
        for index in 0..<perKind {
            let first = PseudoWord.name(syllables: random.int(2...3), random: &random)
            let last = uniqueName { r in PseudoWord.name(syllables: r.int(2...3), random: &r) }
            list.append(SyntheticEntity(id: "person-\(index)", name: "\(first) \(last)", kind: "person", aliases: [last]))
        }
        let placeForms = ["%@ City", "Port %@", "%@ Province", "%@ Valley", "Lake %@", "%@ Square"]
        for index in 0..<perKind {
            let stem = uniqueName { r in PseudoWord.name(syllables: r.int(2...3), random: &r) }
            let name = random.pick(placeForms).replacingOccurrences(of: "%@", with: stem)
            list.append(SyntheticEntity(id: "place-\(index)", name: name, kind: "place", aliases: [stem]))
        }
        let eventNouns = ["Summit", "Accord", "Crisis", "Talks", "Attack", "Floods", "Elections", "Blockade"]
        for index in 0..<perKind {
            let stem = uniqueName { r in PseudoWord.name(syllables: r.int(2...3), random: &r) }
            let noun = random.pick(eventNouns)
            let year = 2023 + random.int(0...1)
            let date = String(format: "%04d-%02d-%02d", year, random.int(1...12), random.int(1...28))
            list.append(SyntheticEntity(id: "event-\(index)", name: "\(stem) \(noun) \(year)", kind: "event",
                                        aliases: ["\(stem) \(noun)"], date: date))
        }
        entities = list

        // Curated relations with the shapes an analyst writes down.
        var curated: [(String, String, String)] = []
        let count = perKind
        for index in 0..<count {
            curated.append(("person-\(index)", "role_of", random.chance(0.5) ? "org-\(random.int(0..<count))" : "country-\(random.int(0..<count))"))
            curated.append(("org-\(index)", "active_in", "country-\(random.int(0..<count))"))
            curated.append(("place-\(index)", "located_in", "country-\(random.int(0..<count))"))
            if index % 2 == 0 { curated.append(("country-\(index)", "ally_of", "country-\(random.int(0..<count))")) }
            if index % 3 == 0 { curated.append(("org-\(index)", "member_of", "org-\(random.int(0..<count))")) }
            if index % 5 == 0 { curated.append(("org-\(index)", "branch_of", "org-\(random.int(0..<count))")) }
        }
        relations = curated.filter { $0.0 != $0.2 }.map { (subject: $0.0, predicate: $0.1, object: $0.2) }

        // Popularity: a shuffled order, so each kind has its stars and its long tail.
        var order = Array(list.indices)
        order.shuffle(using: &random)
        popularity = order
        zipf = ZipfSampler(count: order.count, exponent: 1.0)
        let byKind = Dictionary(grouping: order, by: { list[$0].kind })
        popularityByKind = byKind
        zipfByKind = byKind.mapValues { ZipfSampler(count: $0.count, exponent: 1.0) }
    }

    func sample(_ random: inout SplitMix64) -> SyntheticEntity { entities[popularity[zipf.sample(&random)]] }

    /// An entity of `kind` ("organisation", "country", "person", "place", "event"), popular ones most often.
    func sample(kind: String, _ random: inout SplitMix64) -> SyntheticEntity {
        guard let order = popularityByKind[kind], let zipf = zipfByKind[kind] else { return sample(&random) }
        return entities[order[zipf.sample(&random)]]
    }

    /// The knowledge file's text.
    func yaml() -> String {
        var out = "# Generated by evex-bench: synthetic entities, not real ones.\nentities:\n"
        out.reserveCapacity(entities.count * 120 + relations.count * 80)
        for entity in entities where entity.kind != "event" {
            out += "  - id: \(entity.id)\n    name: \"\(entity.name)\"\n    kind: \(entity.kind)\n"
            out += "    aliases: [\(entity.aliases.map { "\"\($0)\"" }.joined(separator: ", "))]\n"
        }
        out += "events:\n"
        for entity in entities where entity.kind == "event" {
            out += "  - id: \(entity.id)\n    name: \"\(entity.name)\"\n    date: \(entity.date ?? "2024-01-01")\n"
        }
        out += "relations:\n"
        for relation in relations {
            out += "  - subject: \(relation.subject)\n    predicate: \(relation.predicate)\n    object: \(relation.object)\n"
        }
        return out
    }
}
