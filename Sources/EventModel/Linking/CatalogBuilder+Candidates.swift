/// Discovered candidates in the catalog: a name already known adds its variants as aliases, "the Afghan X" is
/// "X", a one-word typo of a known name is no entity, a surname alone is the person its article named with it.
extension CatalogBuilder {
    mutating func addCandidates(_ eachContribution: ((CatalogContribution) -> Void) -> Void) {
        struct Tally {
            var name: String
            var count = 0
            /// Votes by `EntityKind.allCases` position.
            var votes: (Int, Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0, 0)
            var variants: [String] = []
            var role: String?

            mutating func vote(_ kind: EntityKind, _ count: Int) {
                switch kind {
                case .organisation: votes.0 += count
                case .country: votes.1 += count
                case .person: votes.2 += count
                case .place: votes.3 += count
                case .event: votes.4 += count
                case .other: votes.5 += count
                }
            }

            /// The most voted kind; ties go to the first in `EntityKind.allCases`. "Other" says only that
            /// nothing told, so any kind a sentence did tell wins over it ("in Christchurch" once, "a
            /// Christchurch court" nine times: a place).
            var kind: EntityKind {
                let counts = [votes.0, votes.1, votes.2, votes.3, votes.4]
                var best = 0
                for index in counts.indices where counts[index] > counts[best] { best = index }
                return counts[best] > 0 ? EntityKind.allCases[best] : .other
            }
        }
        var slots: [String: Int] = [:]
        var list: [Tally] = []
        eachContribution { contribution in
            for candidate in contribution.candidates {
                let slot: Int
                if let known = slots[candidate.key] {
                    slot = known
                } else {
                    slot = list.count
                    slots[candidate.key] = slot
                    list.append(Tally(name: candidate.name))
                }
                list[slot].count += candidate.count
                list[slot].vote(candidate.kind, candidate.count)
                for variant in candidate.variants where !list[slot].variants.contains(variant) {
                    list[slot].variants.append(variant)
                }
                if list[slot].role == nil { list[slot].role = candidate.role }
            }
        }
        var tallies: [String: Tally] = [:]
        tallies.reserveCapacity(slots.count)
        for (key, slot) in slots { tallies[key] = list[slot] }
        let keys = tallies.keys.sorted()
        let multiWord = keys.filter { $0.contains(" ") }
        let singleWord = keys.filter { !$0.contains(" ") }
        let fuzzy = confirmedFuzzyIndex()

        func place(_ key: String, _ tally: Tally) {
            // "Düsseldorf" after "Duesseldorf": the name with its umlauts spelled out is known already.
            if let position = owners[key] ?? TextFolding.umlautsSpelledOut(tally.name).flatMap({ owners[TextFolding.key($0)] }) {
                addAlias(tally.name, to: position)
                for variant in tally.variants.sorted() { addAlias(variant, to: position) }
                return
            }
            let id = Slug.make(tally.name)
            if let position = positions[id] {
                addAlias(tally.name, to: position)
                for variant in tally.variants.sorted() { addAlias(variant, to: position) }
                return
            }
            append(Entity(id: id, name: tally.name, kind: tally.kind, aliases: tally.variants.sorted(),
                          description: tally.role, origin: .discovered))
        }

        // "Afghan Mujahideen" and "Mujahideen", "Gorno-Badakhshan Autonomous Region" and "Gorno-Badakhshan":
        // a name with a country's adjective before it or a word for a region after it is the name without them.
        var deferred: [String] = []
        for key in multiWord {
            guard let tally = tallies[key] else { continue }
            // "Houthi Rebels", "Taliban Fighters" in a headline: the group by a word for its members.
            if owners[key] == nil, let group = Self.membersHead(key), let owner = owners[group], entities[owner].kind == .organisation {
                addAlias(tally.name, to: owner)
                for variant in tally.variants.sorted() { addAlias(variant, to: owner) }
                continue
            }
            if owners[key] == nil, let head = Self.headName(key) {
                if let owner = owners[head], entities[owner].kind != .country {
                    addAlias(tally.name, to: owner)
                    for variant in tally.variants.sorted() { addAlias(variant, to: owner) }
                    continue
                }
                if tallies[head] != nil { deferred.append(key); continue }
            }
            place(key, tally)
            // "Kostroma Oblast" found in one article is "Kostroma" in the others, even where no article
            // makes "Kostroma" a candidate of its own (a sentence start, say).
            if Self.headName(key) != nil, let head = Self.headWritten(tally.name), let position = owners[key],
               entities[position].origin == .discovered {
                addAlias(head, to: position)
            }
        }
        foldSpellingVariants()
        addSurnames(alone: Set(singleWord.filter { tallies[$0] != nil }))
        for key in singleWord {
            guard let tally = tallies[key] else { continue }
            if owners[key] == nil && !tally.name.contains("-") {
                let scalars = TextFolding.foldedScalars(Substring(key).unicodeScalars)
                if fuzzy.match(scalars) != nil { continue }
            }
            place(key, tally)
        }
        for key in deferred {
            guard let tally = tallies[key] else { continue }
            if let head = Self.headName(key), let owner = owners[head], entities[owner].kind != .country {
                addAlias(tally.name, to: owner)
                for variant in tally.variants.sorted() { addAlias(variant, to: owner) }
            } else {
                place(key, tally)
            }
        }
    }

    /// The folded name without a leading country adjective ("afghan") or trailing region words
    /// ("autonomous region"), or nil when it has neither or nothing else.
    static func headName(_ key: String) -> String? {
        var parts = key.split(separator: " ").map(String.init)
        var changed = false
        if parts.count >= 2, Gazetteer.name(forKey: parts[0])?.isDemonym == true {
            parts.removeFirst()
            changed = true
        }
        while parts.count >= 2, let last = parts.last, Vocabulary.adminAreas.contains(TextFolding.wordHash(last)) {
            parts.removeLast()
            changed = true
        }
        return changed ? parts.joined(separator: " ") : nil
    }

    /// The folded name without a last word for a group's members: "houthi rebels" -> "houthi".
    static func membersHead(_ key: String) -> String? {
        let parts = key.split(separator: " ")
        guard parts.count >= 2, let last = parts.last, memberNouns.contains(TextFolding.wordHash(String(last))) else { return nil }
        return parts.dropLast().joined(separator: " ")
    }

    static let memberNouns = Vocabulary.hashes("rebels militants fighters insurgents gunmen militiamen")

    /// ``headName(_:)`` on the name as written: "Kostroma Oblast" -> "Kostroma".
    static func headWritten(_ name: String) -> String? {
        var parts = name.split(separator: " ").map(String.init)
        if parts.count >= 2, Gazetteer.name(forKey: TextFolding.key(parts[0]))?.isDemonym == true { parts.removeFirst() }
        while parts.count >= 2, let last = parts.last, Vocabulary.adminAreas.contains(TextFolding.wordHash(last)) { parts.removeLast() }
        let head = parts.joined(separator: " ")
        return head.count >= 3 && !CommonWords.contains(TextFolding.key(head)) ? head : nil
    }

    /// "Tayyip Erdogan" is "Recep Tayyip Erdogan", "Abdel-Fattah Burhan" is "Abdel Fattah al-Burhan":
    /// a discovered person whose name, without particles and hyphens, ends exactly one other person's
    /// name (two words at least) is that person, under another of its names. "Sergey Lavrov" is "Sergei
    /// Lavrov": the words are compared with "y" and "i" as one letter. Two places are one when their words
    /// are the same without particles.
    private mutating func foldSpellingVariants() {
        func words(_ name: String) -> [String] {
            name.split(whereSeparator: { $0 == " " || $0 == "-" }).map { TextFolding.key(String($0)) }
                .filter { !$0.isEmpty && !Vocabulary.nameParticles.contains(TextFolding.wordHash($0)) }
                .map(TextFolding.transliterationKey)
        }
        // "Wadi al-Kabir" is "Wadi Kabir": two discovered places whose words are the same but for particles.
        var places: [String: Int] = [:]
        for (position, entity) in entities.enumerated() where entity.kind == .place && !dropped.contains(position) {
            let key = words(entity.name).joined(separator: " ")
            guard key.contains(" ") else { continue }
            guard let host = places[key] else { places[key] = position; continue }
            guard entity.origin == .discovered else { continue }
            dropped.insert(position)
            positions[entity.id] = nil
            for form in [entity.name] + entity.aliases { claim(form, for: host) }
        }
        var endings: [String: Set<Int>] = [:]
        // "Hossein Amirabdollahian" is "Hossein Amir-Abdollahian": a hyphen or space inside a name read away.
        var compact: [String: Set<Int>] = [:]
        var persons: [(position: Int, words: [String])] = []
        // "Al Sharif" for "Anas Al Sharif", "al-Kikli" for "Abdel Ghani al-Kikli": a family name written with its
        // particle, alone, is the one person whose name ends with it.
        var particled: [(position: Int, word: String)] = []
        var lastWords: [String: Set<Int>] = [:]
        for (position, entity) in entities.enumerated() where entity.kind == .person && !dropped.contains(position) {
            let name = words(entity.name)
            guard name.count >= 2 else {
                if name.count == 1, entity.origin == .discovered, entity.name.contains(where: { $0 == " " || $0 == "-" }) {
                    particled.append((position, name[0]))
                }
                continue
            }
            persons.append((position, name))
            if let last = name.last { lastWords[last, default: []].insert(position) }
            for length in 2...name.count { endings[name.suffix(length).joined(separator: " "), default: []].insert(position) }
            compact[name.joined(), default: []].insert(position)
            // "Brenton Tarrant" for "Brenton Harrison Tarrant": the first and last names without the middle ones.
            if name.count >= 3, let first = name.first, let last = name.last { endings[first + " " + last, default: []].insert(position) }
            // "Miguel Uribe" for "Miguel Uribe Turbay": a second family name left off.
            if name.count == 3 { endings[name[0] + " " + name[1], default: []].insert(position) }
        }
        for (position, name) in persons where entities[position].origin == .discovered && !dropped.contains(position) {
            var hosts = (endings[name.joined(separator: " ")] ?? []).filter { $0 != position && !dropped.contains($0) }
            if hosts.isEmpty { hosts = (compact[name.joined()] ?? []).filter { $0 != position && !dropped.contains($0) } }
            // Of two discovered spellings of one name, the one found first stays.
            guard hosts.count == 1, let host = hosts.first,
                  words(entities[host].name).count > name.count || host < position else { continue }
            let entity = entities[position]
            dropped.insert(position)
            positions[entity.id] = nil
            for form in [entity.name] + entity.aliases { claim(form, for: host) }
        }
        for (position, word) in particled where !dropped.contains(position) {
            let hosts = (lastWords[word] ?? []).filter { !dropped.contains($0) }
            guard hosts.count == 1, let host = hosts.first else { continue }
            let entity = entities[position]
            dropped.insert(position)
            positions[entity.id] = nil
            for form in [entity.name] + entity.aliases { claim(form, for: host) }
        }
    }

    /// "Shoigu" for "Sergei Shoigu", when no other person or name has it: not "Bongo" for "Omar
    /// Bongo" beside "Ali Bongo Ondimba", whose middle name it is. "Xi" for "Xi Jinping" too, a short
    /// family name written first, when the text uses the word alone (`alone`, single-word candidates)
    /// and no other person's name begins, holds or ends with it.
    private mutating func addSurnames(alone: Set<String>) {
        var surnames: [String: [Int]] = [:]
        var firsts: [String: [Int]] = [:]
        var inside: [String: Int] = [:]
        for (position, entity) in entities.enumerated() where entity.kind == .person && !dropped.contains(position) {
            let parts = entity.name.split(separator: " ")
            guard parts.count >= 2, let last = parts.last else { continue }
            for part in parts.dropFirst().dropLast() { inside[TextFolding.key(String(part)), default: 0] += 1 }
            // A family name first is short ("Xi", "Kim", "Wang", "Hun"); a longer first word is most often a given name.
            if parts.count <= 3, let first = parts.first, first.count <= 4 { firsts[TextFolding.key(String(first)), default: []].append(position) }
            let key = TextFolding.key(String(last))
            guard last.count >= 3, !CommonWords.contains(key) else { continue }
            surnames[key, default: []].append(position)
        }
        for (key, positions) in surnames.sorted(by: { $0.key < $1.key })
        where positions.count == 1 && owners[key] == nil && inside[key] == nil {
            let name = entities[positions[0]].name
            if let last = name.split(separator: " ").last { addAlias(String(last), to: positions[0]) }
        }
        for (key, positions) in firsts.sorted(by: { $0.key < $1.key })
        where positions.count == 1 && alone.contains(key) && owners[key] == nil && surnames[key] == nil && inside[key] == nil
            && !CommonWords.contains(key) && !Vocabulary.coreTitles.contains(TextFolding.wordHash(key)) {
            if let first = entities[positions[0]].name.split(separator: " ").first { addAlias(String(first), to: positions[0]) }
        }
    }

    private func confirmedFuzzyIndex() -> FuzzyIndex {
        var index = FuzzyIndex()
        for (position, entity) in entities.enumerated() where entity.origin != .discovered {
            for form in [entity.name] + entity.aliases { index.add(form, entity: Int32(position)) }
        }
        return index
    }
}
