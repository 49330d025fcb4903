/// Finds the entities of a catalog in an article's text, in one pass over its words.
///
/// Matching is case- and diacritics-insensitive, curly and straight apostrophes are equal, whole
/// words only, and the longest name wins ("Islamic State-Khorasan Province" over "Islamic
/// State"). A possessive stays with its name ("Tajikistan’s"). A capitalised word of eight letters
/// or more that names nothing links to the one name it is a typo of ("Tajiskistan"), if any. A
/// surname alone is the person the article last named in full with it.
///
///     let linker = EntityLinker(catalog: catalog)   // builds the matcher once
///     let mentions = linker.mentions(in: article)   // cheap, thread-safe
public struct EntityLinker: Sendable {
    public let catalog: EntityCatalog
    private let matcher: AliasMatcher
    private let fuzzy: FuzzyIndex
    /// Entity ids by position in the catalog; empty for a catalog read in place, which gives them one by one.
    private let ids: [String]
    /// What a mention's entity is for the surname rule, by position: read per mention, so kept
    /// apart from the entities, whose copy would cost a retain of every name.
    private let surnameRoles: [SurnameRole]

    private enum SurnameRole: UInt8 {
        case none
        /// A person: a name of several words sets the article's surnames.
        case person
        /// A discovered one-word name a surname of the article may stand for.
        case bare
    }

    private static func surnameRoles(_ catalog: EntityCatalog) -> [SurnameRole] {
        (0..<catalog.count).map { position in
            let facts = catalog.surnameFacts(at: position)
            if facts.origin == .discovered && (facts.kind == .person || facts.kind == .other) && !facts.nameHasSpace { return .bare }
            return facts.kind == .person ? .person : .none
        }
    }

    /// `name.contains(" ")`, from its bytes where they tell: a new process that restores the linker asks
    /// this of every entity. A space followed by an ASCII byte or by nothing stands alone; one followed by
    /// other bytes may begin a cluster (a combining mark), which the general search decides.
    static func hasSpace(_ name: String) -> Bool {
        let bytes = name.utf8
        guard let first = bytes.firstIndex(of: UInt8(ascii: " ")) else { return false }
        let next = bytes.index(after: first)
        if next == bytes.endIndex || bytes[next] < 0x80 { return true }
        return name.contains(" ")
    }

    public init(catalog: EntityCatalog) {
        // Every name is indexed here: a catalog read in place is decoded once, not asked name by name.
        let catalog = catalog.decoded()
        self.catalog = catalog
        matcher = AliasMatcher(catalog: catalog)
        var fuzzy = FuzzyIndex()
        for (position, entity) in catalog.entities.enumerated() where entity.origin != .discovered {
            for form in [entity.name] + entity.aliases where catalog.aliasTable[TextFolding.key(form)] == entity.id {
                fuzzy.add(form, entity: Int32(position))
            }
        }
        self.fuzzy = fuzzy
        ids = catalog.entities.map(\.id)
        surnameRoles = Self.surnameRoles(catalog)
    }

    /// The linker as bytes that ``init(packed:)`` restores without indexing any name again: the
    /// catalog, the name trie and the typo index. An index stores it beside the digest of what the
    /// catalog was built from.
    public func packed() -> [UInt8] {
        var writer = PackedWriter()
        writer.int(Self.packedLayout)
        catalog.pack(into: &writer)
        matcher.pack(into: &writer)
        fuzzy.pack(into: &writer)
        return writer.bytes
    }

    /// The linker ``packed()`` wrote, or nil when the bytes are not one of this layout.
    public init?(packed bytes: [UInt8]) {
        guard let linker = bytes.withUnsafeBytes({ EntityLinker(packed: $0) }) else { return nil }
        self = linker
    }

    /// The linker ``packed()`` wrote, read in place (from a database row, say), or nil when the bytes are not one.
    public init?(packed buffer: UnsafeRawBufferPointer) {
        let parts = { () -> (EntityCatalog, AliasMatcher, FuzzyIndex)? in
            var reader = PackedReader(buffer)
            guard reader.int() == Self.packedLayout, let catalog = EntityCatalog(reading: &reader),
                  let matcher = AliasMatcher(reading: &reader), let fuzzy = FuzzyIndex(reading: &reader), reader.atEnd else { return nil }
            return (catalog, matcher, fuzzy)
        }()
        guard let (catalog, matcher, fuzzy) = parts,
              Int(matcher.largestEntity) < catalog.count, Int(fuzzy.largestEntity) < catalog.count else { return nil }
        self.catalog = catalog
        self.matcher = matcher
        self.fuzzy = fuzzy
        // A mention's id is read from the catalog's bytes when found: no string per entity here.
        ids = []
        surnameRoles = Self.surnameRoles(catalog)
    }

    /// The same linker over its catalog decoded whole (``EntityCatalog/decoded()``): what a caller that
    /// links many articles with a restored linker uses.
    public func decoded() -> EntityLinker {
        guard ids.isEmpty && catalog.count > 0 else { return self }
        return EntityLinker(catalog: catalog.decoded(), matcher: matcher, fuzzy: fuzzy, surnameRoles: surnameRoles)
    }

    private init(catalog: EntityCatalog, matcher: AliasMatcher, fuzzy: FuzzyIndex, surnameRoles: [SurnameRole]) {
        self.catalog = catalog
        self.matcher = matcher
        self.fuzzy = fuzzy
        ids = catalog.entities.map(\.id)
        self.surnameRoles = surnameRoles
    }

    /// Changes whenever what ``packed()`` writes changes shape.
    static let packedLayout = 3

    /// Mentions in text order, never overlapping; `text` is the words as written.
    public func mentions(in article: Article) -> [Mention] {
        var text = article.text
        text.makeContiguousUTF8()
        return mentions(in: article, text: text, words: WordScanner.scan(text)).mentions
    }

    /// Mentions and relations of one article, its text scanned once for both: the same result
    /// as ``mentions(in:)`` followed by ``RelationExtractor/relations(in:mentions:catalog:)``.
    public func analyse(_ article: Article) -> (mentions: [Mention], relations: [Relation]) {
        var text = article.text
        text.makeContiguousUTF8()
        let words = WordScanner.scan(text)
        let (found, positions) = mentions(in: article, text: text, words: words)
        return (found, curated(RelationExtractor.relations(in: article, mentions: found, catalog: catalog, scanned: (text, words), positions: positions)))
    }

    /// As ``analyse(_:)``, with the article's event sentences too, from the same scan of its text:
    /// what a sync and a load need, so that no article is scanned twice.
    public func analyseWithEvents(_ article: Article) -> (mentions: [Mention], relations: [Relation], events: [EventSentence]) {
        var text = article.text
        text.makeContiguousUTF8()
        let words = WordScanner.scan(text)
        let (found, positions) = mentions(in: article, text: text, words: words)
        let scanned = (text, words)
        return (found, curated(RelationExtractor.relations(in: article, mentions: found, catalog: catalog, scanned: scanned, positions: positions)),
                EventExtractor.sentences(in: article, mentions: found, catalog: catalog, scanned: scanned))
    }

    /// As ``analyseWithEvents(_:)``, with each sentence's co-occurrences as one group where they are
    /// every pair of its entities with the sentence as evidence (what an index stores as one row), not a
    /// relation per pair; `relations` holds the rest in order. Under a curation that rejects relations,
    /// a rejected pair breaks its sentence's group, so then every relation is in `relations` and `groups`
    /// is empty. `positions` holds, by mention, where ``catalog`` keeps its entity (``EntityCatalog/id(at:)``),
    /// and each group its entities' (``CooccurrenceGroup/positions``): what an index turns into rows.
    public func analyseGrouped(_ article: Article)
        -> (mentions: [Mention], relations: [Relation], groups: [CooccurrenceGroup], events: [EventSentence], positions: [Int32]) {
        var text = article.text
        text.makeContiguousUTF8()
        let words = WordScanner.scan(text)
        let (found, positions) = mentions(in: article, text: text, words: words)
        let scanned = (text, words)
        let events = EventExtractor.sentences(in: article, mentions: found, catalog: catalog, scanned: scanned)
        guard catalog.rejectedRelations.isEmpty else {
            let relations = RelationExtractor.relations(in: article, mentions: found, catalog: catalog, scanned: scanned, positions: positions)
            return (found, curated(relations), [], events, positions)
        }
        let (relations, groups) = RelationExtractor.grouped(in: article, mentions: found, catalog: catalog, scanned: scanned, positions: positions)
        return (found, relations, groups, events, positions)
    }

    /// `relations` less those a curation rejected.
    private func curated(_ relations: [Relation]) -> [Relation] {
        catalog.rejectedRelations.isEmpty ? relations : relations.filter { !catalog.rejects($0) }
    }

    /// The mentions, and beside each the position in the catalog of its entity: what the extractor and
    /// an index read of the entity without looking its id up.
    private func mentions(in article: Article, text: String, words: [Word]) -> (mentions: [Mention], positions: [Int32]) {
        var mentions: [Mention] = []
        var positions: [Int32] = []
        var surnames: [UInt64: Int32] = [:]
        // "Pakistan Tehreek-e-Insaf (PTI)": an acronym this article defines names what it defines here, whatever it
        // names elsewhere.
        var acronyms: [UInt64: Int32] = [:]
        let articleID = article.id
        var index = 0
        while index < words.count {
            var entity: Int32 = -1
            var last = index
            var trailingPeriod = false
            if let match = matcher.longestMatch(words, at: index) {
                entity = match.target.entity
                last = match.last
                trailingPeriod = match.target.trailingPeriod
            } else if let typo = fuzzyMatch(words[index], in: text) {
                entity = typo
            }
            guard entity >= 0 else {
                index += 1
                continue
            }
            // "Suleyman Soylu ... Soylu said": a surname alone is the person this article last named in
            // full with it, even where other articles give the surname to someone else.
            let role = surnameRoles[Int(entity)]
            if last > index && role == .person {
                // "Ali Bongo Ondimba ... Bongo": a middle name too.
                for word in index + 1...last where words[word].isCapitalised && words[word].letters >= 3 { surnames[words[word].hash] = entity }
            } else if last == index, role == .bare, !surnames.isEmpty, let full = surnames[words[index].hash] {
                entity = full
            }
            if last == index, !acronyms.isEmpty, words[index].isAllCaps, let defined = acronyms[words[index].hash] {
                entity = defined
            } else if last > index, words[last].gapAfter.contains(.openParen), last + 1 < words.count, words[last + 1].isAllCaps,
                      words[last + 1].gapAfter.contains(.closeParen), role != .person,
                      // ("Jonas Keller (SPD)": a person's party in brackets is no acronym of the name.)
                      TextFolding.key(WordScanner.slice(text, utf8: words[index].utf8Start, words[index].utf8End)).first
                        == TextFolding.key(WordScanner.slice(text, utf8: words[last + 1].utf8Start, words[last + 1].utf8End)).first {
                acronyms[words[last + 1].hash] = entity
            }
            var end = words[last].end
            var utf8End = words[last].utf8End
            if words[last].gapCode == .apostrophe, last + 1 < words.count,
               words[last + 1].hash == Vocabulary.s, words[last + 1].letters == 1 {
                last += 1
                end = words[last].end
                utf8End = words[last].utf8End
            } else if trailingPeriod && words[last].gapAfter.contains(.periodFirst) {
                end += 1
                utf8End += 1
            }
            let start = Int(words[index].start)
            mentions.append(Mention(
                article: articleID, entity: ids.isEmpty ? catalog.id(at: Int(entity)) : ids[Int(entity)],
                text: WordScanner.slice(text, utf8: words[index].utf8Start, utf8End),
                span: TextSpan(start: start, end: Int(end)), sentence: Self.sentence(of: start, in: article)))
            positions.append(entity)
            index = last + 1
        }
        return (mentions, positions)
    }

    private func fuzzyMatch(_ word: Word, in text: String) -> Int32? {
        guard word.isCapitalised, !word.isAllCaps, Int(word.letters) >= FuzzyIndex.minimumLength else { return nil }
        let written = WordScanner.slice(text, utf8: word.utf8Start, word.utf8End)
        let key = TextFolding.key(written)
        guard !CommonWords.contains(key) else { return nil }
        return fuzzy.match(TextFolding.foldedScalars(Substring(key).unicodeScalars))
    }

    /// The sentence holding `offset`, or the last one starting before it.
    static func sentence(of offset: Int, in article: Article) -> Int {
        if let found = article.sentenceIndex(containing: offset) { return found }
        var low = 0, high = article.sentences.count - 1, best = 0
        while low <= high {
            let mid = (low + high) / 2
            if article.sentences[mid].start <= offset { best = mid; low = mid + 1 } else { high = mid - 1 }
        }
        return best
    }
}
