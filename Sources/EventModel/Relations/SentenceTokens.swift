import Foundation
/// One sentence seen as a row of tokens: each a word, or a whole mention standing for its words.
struct SentenceTokens {
    struct Token {
        /// Index into the article's mentions, or -1 for a plain word.
        var mention: Int
        /// The pattern categories of the word (none for a mention).
        var words: RelationWords
        /// The folded hash of the word, or of a mention's first word.
        var hash: UInt64
        var shape: Word.Shape
        var gapAfter: Word.Gap
        var utf8Start: Int32
        var utf8End: Int32
        /// Unicode-scalar offsets in the article's text, for evidence cut around a relation.
        var start: Int32
        var end: Int32
        /// "Moscow’s": the mention ends with a possessive.
        var possessive: Bool

        var isMention: Bool { mention >= 0 }
    }

    var index: Int
    var tokens: [Token]
    var evidence: Evidence
}

/// What every sentence of one article shares: its words, mentions, and catalog.
struct ArticleContext {
    var article: Article { storage.article }
    /// The article's text, in contiguous UTF-8 so that words can be cut out of it cheaply.
    var text: String { storage.text }
    var mentions: [Mention] { storage.mentions }
    var catalog: EntityCatalog { storage.catalog }
    var words: [Word] { storage.words }
    /// Kinds of the mentioned entities, by mention index.
    var kinds: [EntityKind] { storage.kinds }
    /// Entity ids, by mention index.
    var ids: [String] { storage.ids }
    /// Positions of the entities in the catalog, by mention index; -1 where the catalog has no such id.
    var positions: [Int32] { storage.positions }
    /// The event the article names most often: what "the attack" means when no name is given.
    var mainEvent: String? { storage.mainEvent }

    /// All of the above in one box: the patterns keep a copy of the context for each sentence, and a copy
    /// of the values themselves was a retain and a release of each of their thirty-odd strings and arrays.
    /// Nothing in it changes but the home country, worked out once; an article is read on one thread.
    /// Read by the context's extensions only (the home country's cache is in it).
    final class Storage {
        let article: Article
        let text: String
        let mentions: [Mention]
        let catalog: EntityCatalog
        let words: [Word]
        let kinds: [EntityKind]
        let ids: [String]
        let positions: [Int32]
        let mainEvent: String?
        var homeCountry: String??
        var officeCountries: [String: String]?

        init(article: Article, text: String, mentions: [Mention], catalog: EntityCatalog, words: [Word], kinds: [EntityKind],
             positions: [Int32], mainEvent: String?) {
            (self.article, self.text, self.mentions, self.catalog, self.words) = (article, text, mentions, catalog, words)
            (self.kinds, self.positions, self.mainEvent) = (kinds, positions, mainEvent)
            ids = mentions.map(\.entity)
        }
    }
    let storage: Storage

    /// How many mentions either side of an office ``places(near:around:)`` looks at.
    static let nearbyMentions = 40

    /// The index of the first word that starts at or after `offset`.
    func firstWord(from offset: Int) -> Int {
        var low = 0, high = words.count
        while low < high {
            let middle = (low + high) / 2
            if Int(words[middle].start) < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The hash of the word just before a mention, or 0.
    func wordBefore(_ mention: Mention) -> UInt64 {
        let first = firstWord(from: mention.span.start)
        return first > 0 ? words[first - 1].hash : 0
    }

    /// The places this sentence or the one before names near `offset` (the nearest ``nearbyMentions``
    /// mentions either side), with the hash of the word after each: "Milan police said ..." gives (milan,
    /// police). Mentions are in text order, so they are found by halving: an article of many offices, or
    /// one sentence a megabyte long, stays linear.
    func places(near sentence: Int, around offset: Int) -> [(entity: String, next: UInt64)] {
        var low = 0, high = mentions.count
        while low < high {
            let middle = (low + high) / 2
            if mentions[middle].span.start < offset { low = middle + 1 } else { high = middle }
        }
        var out: [(entity: String, next: UInt64)] = []
        for index in max(0, low - Self.nearbyMentions)..<min(mentions.count, low + Self.nearbyMentions) {
            let mention = mentions[index]
            guard (sentence - 1...sentence).contains(mention.sentence) else { continue }
            guard kinds[index] == .place || kinds[index] == .country else { continue }
            let after = firstWord(from: mention.span.end)
            // The word after the mention, unless a sentence ends between them: "in Lyon. Police ...".
            let joined = after > 0 && after < words.count && words[after - 1].gapAfter.isDisjoint(with: [.period, .stop, .newline])
            out.append((mention.entity, joined ? words[after].hash : 0))
        }
        return out
    }

    /// A country named by another word than its name ("Russian", "U.S."), so possibly an adjective
    /// ("a Russian base") rather than the country as a party. Asked of a few mentions, so not precomputed.
    func isOtherForm(_ mention: Int) -> Bool {
        let position = Int(positions[mention])
        guard position >= 0 else { return false }
        return !TextFolding.folds(mentions[mention].text, to: catalog.nameKey(at: position), droppingPossessive: true)
    }

    /// - parameter positions: the catalog positions of the mentions' entities, as the linker found them;
    ///   without them each id is looked up.
    init(article: Article, mentions: [Mention], catalog: EntityCatalog, scanned: (text: String, words: [Word])? = nil,
         positions: [Int32]? = nil) {
        let text: String, words: [Word]
        if let scanned {
            (text, words) = scanned
        } else {
            var contiguous = article.text
            contiguous.makeContiguousUTF8()
            (text, words) = (contiguous, WordScanner.scan(contiguous))
        }
        let positions = positions.map(catalog.firstPositions) ?? Self.positions(of: mentions, in: catalog)
        var kinds: [EntityKind] = []
        kinds.reserveCapacity(mentions.count)
        var eventCounts: [String: Int] = [:]
        for (index, mention) in mentions.enumerated() {
            let kind = positions[index] >= 0 ? catalog.kind(at: Int(positions[index])) : .other
            kinds.append(kind)
            if kind == .event && !Self.isComparison(mention, words: words, text: text) && !Self.isGathering(event: mention.entity, catalog: catalog) {
                eventCounts[mention.entity, default: 0] += 1
            }
        }

        // "The city of Brussels woke up to the attacks ...": an event named after a place in another country
        // than the lead's places is background ("their suspected part in the Paris attacks"), not the one reported.
        var lead = Set<String>()
        if !eventCounts.isEmpty {
            for (index, mention) in mentions.enumerated() {
                guard mention.sentence == 0 else { break }
                if kinds[index] == .country {
                    lead.insert(mention.entity)
                } else if kinds[index] == .place, let country = catalog.country(ofPlace: mention.entity) {
                    lead.insert(country)
                }
            }
        }
        let mainEvent = eventCounts.filter { event, _ in
            guard !lead.isEmpty, let country = Self.country(ofEvent: event, catalog: catalog) else { return true }
            return lead.contains(country)
        }.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        storage = Storage(article: article, text: text, mentions: mentions, catalog: catalog, words: words, kinds: kinds,
                          positions: positions, mainEvent: mainEvent)
    }

    /// The position of each mention's entity in the catalog, each id looked up once.
    private static func positions(of mentions: [Mention], in catalog: EntityCatalog) -> [Int32] {
        var known: [String: Int32] = [:]
        return mentions.map { mention in
            if let position = known[mention.entity] { return position }
            let position = catalog.position(of: mention.entity).map(Int32.init) ?? -1
            known[mention.entity] = position
            return position
        }
    }

    /// "Paris attack" -> France: the country of the place an event is named after.
    static func country(ofEvent id: String, catalog: EntityCatalog) -> String? {
        guard let name = catalog.entity(id: id)?.name, let space = name.lastIndex(of: " ") else { return nil }
        guard let place = catalog.resolve(name: String(name[..<space])) else { return nil }
        if place.kind == .country { return place.id }
        return place.kind == .place ? catalog.country(ofPlace: place.id) : nil
    }

    /// "the BRICS Summit", "the Munich Security Conference": a gathering, which no one claims, is blamed
    /// for or condemns, so it is never the deed a sentence's "the attack" stands for.
    static func isGathering(event id: String, catalog: EntityCatalog) -> Bool {
        guard let name = catalog.entity(id: id)?.name, let last = name.split(separator: " ").last else { return false }
        return gatheringNames.contains(TextFolding.wordHash(String(last)))
    }

    static let gatheringNames = Vocabulary.hashes("""
        summit summits meeting meetings conference forum talks session assembly games olympics election elections
        referendum ceremony festival parade congress
        """)

    /// "the deadliest attack since the 26/11 Mumbai attacks": an event named to compare, not the one reported.
    /// "a group behind the 2008 Mumbai attacks", "the 26/11 attacks": an event with a year or a date in figures
    /// right before its name is recalled, not reported.
    static func isComparison(_ mention: Mention, words: [Word], text: String) -> Bool {
        var low = 0, high = words.count
        while low < high {
            let mid = (low + high) / 2
            if Int(words[mid].start) < mention.span.start { low = mid + 1 } else { high = mid }
        }
        if low > 0 {
            let before = WordScanner.slice(text, utf8: words[low - 1].utf8Start, words[low - 1].utf8End)
            if before.first?.isNumber == true && before.allSatisfy({ $0.isNumber || $0 == "/" }) { return true }
        }
        return (max(0, low - 5)..<low).contains { comparisonWords.contains(words[$0].hash) }
    }

    static let comparisonWords: Set<UInt64> = Set("since than like unlike".split(separator: " ").map { TextFolding.wordHash(String($0)) })

    /// Sentences holding at least one mention, and the sentence after each, as tokens, in order.
    func sentences() -> [SentenceTokens] {
        let spans = article.sentences
        // Mentions come in text order, so each sentence's mentions are one run of them.
        var chosen: [Int] = []
        var runs: [Range<Int>] = []
        var runStart = 0
        for index in mentions.indices {
            let sentence = mentions[index].sentence
            let isLast = index + 1 == mentions.count || mentions[index + 1].sentence != sentence
            if isLast {
                if spans.indices.contains(sentence) && chosen.last.map({ $0 < sentence }) ?? true {
                    chosen.append(sentence)
                    runs.append(runStart..<(index + 1))
                }
                runStart = index + 1
            }
        }
        // The sentence after one with mentions is read too: "The group claimed the attack" names no one
        // itself, yet its "the group" is the one named just before.
        var withFollowers: [Int] = []
        var followerRuns: [Range<Int>] = []
        for (position, sentence) in chosen.enumerated() {
            withFollowers.append(sentence)
            followerRuns.append(runs[position])
            let next = sentence + 1
            if spans.indices.contains(next) && (position + 1 == chosen.count || chosen[position + 1] != next)
                && hasPronoun(spans[next]) {
                withFollowers.append(next)
                followerRuns.append(runs[position].upperBound..<runs[position].upperBound)
            }
        }
        chosen = withFollowers
        runs = followerRuns
        let texts = sentenceTexts(chosen.map { spans[$0] })
        var out: [SentenceTokens] = []
        var wordCursor = 0
        for (position, sentence) in chosen.enumerated() {
            let span = spans[sentence]
            let inside = Array(runs[position])
            while wordCursor < words.count && Int(words[wordCursor].start) < span.start { wordCursor += 1 }
            // At most a token per word: the array is not grown word by word.
            var wordEnd = wordCursor
            while wordEnd < words.count && Int(words[wordEnd].start) < span.end { wordEnd += 1 }
            var tokens: [Token] = []
            tokens.reserveCapacity(wordEnd - wordCursor)
            var mentionCursor = 0
            var index = wordCursor
            while index < words.count && Int(words[index].start) < span.end {
                let word = words[index]
                if mentionCursor < inside.count {
                    let mention = mentions[inside[mentionCursor]]
                    if Int(word.start) >= mention.span.start {
                        var last = index
                        while last + 1 < words.count && Int(words[last + 1].end) <= mention.span.end { last += 1 }
                        // "Russia’s" (the linker keeps the s), or a plural "the Houthis’ backer".
                        let possessive = (last > index && words[last].hash == Vocabulary.s && words[last - 1].gapCode == .apostrophe)
                            || (words[last].gapAfter.contains(.apostrophe) && words[last].gapCode != .apostrophe)
                        tokens.append(Token(mention: inside[mentionCursor], words: [], hash: word.hash, shape: word.shape,
                                            gapAfter: words[last].gapAfter, utf8Start: word.utf8Start,
                                            utf8End: words[last].utf8End, start: word.start, end: words[last].end,
                                            possessive: possessive))
                        mentionCursor += 1
                        index = last + 1
                        continue
                    }
                    // "Borno State Governor, Prof. X,": an honorific before a person's name is read as the name's
                    // own, so that the office before it reaches the name as it does without one.
                    if Vocabulary.honorifics.contains(word.hash), index + 1 < words.count, Int(words[index + 1].start) == mention.span.start,
                       kinds[inside[mentionCursor]] == .person, word.gapAfter.subtracting([.period, .periodFirst]).isEmpty {
                        index += 1
                        continue
                    }
                }
                tokens.append(Token(mention: -1, words: RelationWords.of(hash: word.hash), hash: word.hash, shape: word.shape, gapAfter: word.gapAfter,
                                    utf8Start: word.utf8Start, utf8End: word.utf8End, start: word.start, end: word.end,
                                    possessive: false))
                index += 1
            }
            // "co-chair", "editor-in-chief": the words hyphened to a title are part of it.
            for index in tokens.indices.dropLast().reversed()
            where tokens[index].mention < 0 && tokens[index].gapAfter == .hyphen && tokens[index + 1].words.contains(.titles) {
                tokens[index].words.insert(.titles)
            }
            let evidence = Evidence(article: article.id, sentence: sentence, text: texts[position], span: span)
            out.append(SentenceTokens(index: sentence, tokens: tokens, evidence: evidence))
        }
        return out
    }

    /// True when a word of the span may refer back: "the group", "it", "he".
    private func hasPronoun(_ span: TextSpan) -> Bool {
        var low = 0, high = words.count
        while low < high {
            let mid = (low + high) / 2
            if Int(words[mid].start) < span.start { low = mid + 1 } else { high = mid }
        }
        let pronouns: RelationWords = [.groupPronouns, .countryPronouns, .personPronouns, .itPronouns]
        var index = low
        while index < words.count && Int(words[index].start) < span.end {
            if !RelationWords.of(hash: words[index].hash).isDisjoint(with: pronouns) { return true }
            index += 1
        }
        return false
    }

    /// The texts of sorted spans, cut in one pass over the text's UTF-8 bytes.
    private func sentenceTexts(_ spans: [TextSpan]) -> [String] {
        // The text is contiguous UTF-8 (see init): its bytes are read in place rather than copied.
        if let texts = text.utf8.withContiguousStorageIfAvailable({ Self.sentenceTexts(spans, utf8: $0) }) { return texts }
        return Array(text.utf8).withUnsafeBufferPointer { Self.sentenceTexts(spans, utf8: $0) }
    }

    private static func sentenceTexts(_ spans: [TextSpan], utf8: UnsafeBufferPointer<UInt8>) -> [String] {
        var texts: [String] = []
        texts.reserveCapacity(spans.count)
        var scalar = 0
        var byte = 0
        func advance(to target: Int) -> Int {
            while scalar < target && byte < utf8.count {
                byte += 1
                while byte < utf8.count && utf8[byte] & 0xC0 == 0x80 { byte += 1 }
                scalar += 1
            }
            return byte
        }
        for span in spans {
            let start = advance(to: span.start)
            let end = advance(to: span.end)
            texts.append(String(decoding: UnsafeBufferPointer(rebasing: utf8[start..<max(start, end)]), as: UTF8.self))
        }
        return texts
    }

    typealias Token = SentenceTokens.Token
}
