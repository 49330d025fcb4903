/// Every name of a catalog in one word trie: finds, at a word of a text, the longest name that
/// starts there. Words are compared by folded hash, so case, diacritics and apostrophe style do
/// not matter and no string is built while matching.
struct AliasMatcher: Sendable {
    /// What the text must look like for a name to count.
    enum Requirement: UInt8, Sendable {
        case none
        /// "Turkey", "Chad", "Polish": a common word unless capitalised.
        case capitalInitial
        /// "US", "CSTO", "IS": an acronym only in capitals, never "us" or "is".
        case allCaps
        /// "Islamic State": a name ending in a word that means something else in lowercase only when that
        /// word is capitalised, never "a strict Islamic state" ("the Radisson Blu hotel" is still the hotel).
        case capitalLast
    }

    struct Target: Sendable {
        var entity: Int32
        var requirement: Requirement
        /// "U.S.": the final period belongs to the name.
        var trailingPeriod: Bool
    }

    private var vocabulary = HashTable64()
    private var edges = HashTable64()
    private var terminals: [Int32] = [-1]
    private var targets: [Target] = []
    /// The words a name begins with: most words of a text begin none, and this small table says so
    /// before the vocabulary and the edges (a table of every word of every name, eight times its size or
    /// more, read from memory for a rare word) are looked at.
    private var firstWords = WordFilter(count: 0)

    /// Names whose folded form is also an ordinary word somewhere.
    /// Last words of a name that, in lowercase, make a phrase of their own: "an Islamic state", "the Orthodox
    /// church in Derbent" (a building, not the Russian Orthodox Church).
    private static let lowercaseMeanings = Vocabulary.hashes("state church")
    private static let church = TextFolding.wordHash("church")
    private static let denominations = Vocabulary.hashes("""
        orthodox catholic roman anglican episcopal coptic protestant evangelical lutheran methodist baptist pentecostal \
        presbyterian apostolic reformed maronite syriac chaldean assyrian armenian greek russian serbian romanian bulgarian \
        ukrainian georgian ethiopian eritrean
        """)
    private static let ambiguous: Set<String> = [
        "turkey", "chad", "jordan", "georgia", "china", "guinea", "niger", "polish", "pole", "dane", "swede",
        "finn", "lima", "sofia", "nice", "reading", "bath", "mobile", "split", "victoria", "kingston", "santiago",
    ]

    init(catalog: EntityCatalog) {
        for (position, entity) in catalog.entities.enumerated() {
            for form in [entity.name] + entity.aliases {
                let key = TextFolding.key(form)
                guard catalog.aliasTable[key] == entity.id else { continue }
                insert(form, key: key, entity: Int32(position), discovered: entity.origin == .discovered)
            }
        }
        firstWords = Self.firstWords(vocabulary: vocabulary, edges: edges)
    }

    /// The hashes of the words that an edge leaves the root with.
    private static func firstWords(vocabulary: HashTable64, edges: HashTable64) -> WordFilter {
        var hashes: [UInt64] = []
        vocabulary.forEach { hash, id in
            if edges.contains(edge(0, UInt32(id), 7)) { hashes.append(hash) }
        }
        var filter = WordFilter(count: hashes.count)
        for hash in hashes { filter.insert(hash) }
        return filter
    }

    /// A one-word name only a capital made a candidate ("Troops" in a headline) matches only capitalised:
    /// in lowercase it is the common word.
    private mutating func insert(_ form: String, key: String, entity: Int32, discovered: Bool) {
        let words = WordScanner.scan(form)
        let letters = words.reduce(0) { $0 + Int($1.letters) }
        guard !words.isEmpty, letters >= 2 else { return }
        var node: Int32 = 0
        for (index, word) in words.enumerated() {
            let gap: UInt8 = index == 0 ? 7 : words[index - 1].gapCode.rawValue
            if index > 0 && words[index - 1].gapCode == .none { return }
            let id: UInt32
            if let known = vocabulary[word.hash] {
                id = UInt32(known)
            } else {
                id = UInt32(vocabulary.count)
                vocabulary.set(word.hash, Int32(id))
            }
            let edge = Self.edge(node, id, gap)
            if let child = edges[edge] {
                node = child
            } else {
                let child = Int32(terminals.count)
                terminals.append(-1)
                edges.set(edge, child)
                node = child
            }
        }
        let allCaps = words.allSatisfy { !$0.shape.contains(.hasLower) } && words.contains { $0.shape.contains(.hasUpper) }
        let requirement: Requirement
        if allCaps && letters <= 7 {
            requirement = .allCaps
        } else if words.count == 1 && (CommonWords.contains(key) || Self.ambiguous.contains(key) || discovered && words[0].isCapitalised) {
            requirement = .capitalInitial
        } else if words.count > 1, let last = words.last, last.isCapitalised, Self.lowercaseMeanings.contains(last.hash),
                  // "St Brigid's church", "the Mar Elias Greek Orthodox church": a building's own name, whatever the
                  // case of its noun; only words any church may be called by make "an Orthodox church" generic.
                  last.hash != Self.church || words.dropLast().allSatisfy({ Self.denominations.contains($0.hash) }) {
            requirement = .capitalLast
        } else {
            requirement = .none
        }
        let target = Target(entity: entity, requirement: requirement, trailingPeriod: form.hasSuffix("."))
        let existing = terminals[Int(node)]
        if existing < 0 {
            terminals[Int(node)] = Int32(targets.count)
            targets.append(target)
        } else if targets[Int(existing)].entity == entity && target.requirement.rawValue < targets[Int(existing)].requirement.rawValue {
            targets[Int(existing)].requirement = target.requirement
        }
    }

    @inline(__always)
    private static func edge(_ node: Int32, _ word: UInt32, _ gap: UInt8) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(word) << 3 | UInt64(gap & 7)
    }

    /// The longest name starting at word `start`: the index of its last word and its target.
    func longestMatch(_ words: [Word], at start: Int) -> (last: Int, target: Target)? {
        guard firstWords.mayContain(words[start].hash), let first = vocabulary[words[start].hash],
              var node = edges[Self.edge(0, UInt32(first), 7)] else { return nil }
        var best: (last: Int, target: Target)? = nil
        var index = start
        while true {
            let terminal = terminals[Int(node)]
            if terminal >= 0 {
                let target = targets[Int(terminal)]
                if satisfies(target.requirement, words, start, index) { best = (index, target) }
            }
            let gap = words[index].gapCode
            guard gap != .none, index + 1 < words.count, let id = vocabulary[words[index + 1].hash],
                  let child = edges[Self.edge(node, UInt32(id), gap.rawValue)] else { break }
            node = child
            index += 1
        }
        return best
    }

    @inline(__always)
    private func satisfies(_ requirement: Requirement, _ words: [Word], _ start: Int, _ last: Int) -> Bool {
        switch requirement {
        case .none: return true
        case .capitalInitial: return words[start].isCapitalised
        case .capitalLast: return words[last].isCapitalised
        case .allCaps:
            for index in start...last where words[index].shape.contains(.hasLower) { return false }
            return true
        }
    }
}

extension AliasMatcher {
    /// The largest entity position a name leads to, -1 when none: a restored trie must stay inside its catalog.
    var largestEntity: Int32 { targets.map(\.entity).max() ?? -1 }

    /// The trie as it is, for ``EntityLinker/packed()``.
    func pack(into writer: inout PackedWriter) {
        vocabulary.pack(into: &writer)
        edges.pack(into: &writer)
        writer.raw(terminals)
        writer.raw(targets.map(\.entity))
        writer.raw(targets.map { $0.requirement.rawValue | ($0.trailingPeriod ? 0x80 : 0) })
        firstWords.pack(into: &writer)
    }

    init?(reading reader: inout PackedReader) {
        guard let vocabulary = HashTable64(reading: &reader), let edges = HashTable64(reading: &reader),
              let terminals = reader.raw(Int32.self), let entities = reader.raw(Int32.self), let flags = reader.raw(UInt8.self),
              let firstWords = WordFilter(reading: &reader),
              entities.count == flags.count, terminals.allSatisfy({ $0 < entities.count }) else { return nil }
        var targets: [Target] = []
        targets.reserveCapacity(entities.count)
        for (entity, flag) in zip(entities, flags) {
            guard let requirement = Requirement(rawValue: flag & 0x7F) else { return nil }
            targets.append(Target(entity: entity, requirement: requirement, trailingPeriod: flag & 0x80 != 0))
        }
        self.vocabulary = vocabulary
        self.edges = edges
        self.terminals = terminals
        self.targets = targets
        self.firstWords = firstWords
    }
}
