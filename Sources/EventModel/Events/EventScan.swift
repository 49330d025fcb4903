/// An article's words with the entity mention each one belongs to: what the event readers walk.
///
/// Built once per article in one pass over words and mentions (both in text order), so every
/// reader after it is a walk over a sentence's words. A class: each sentence's reader holds the scan,
/// and as a struct each copy retained and released its thirty-odd strings and arrays (the article's
/// and the catalog's among them), a tenth of the extractor's time.
final class EventScan {
    let article: Article
    let text: String
    let words: [Word]
    let mentions: [Mention]
    /// Index into `mentions` of the mention covering each word, or -1.
    let mentionAt: [Int32]
    let catalog: EntityCatalog
    /// The first weapon's strike of the article ("an air strike", "Israeli airstrikes", "carried out precision
    /// strikes on"), found when first asked: after it, "the strike" is that attack again, not a walkout.
    private(set) lazy var firstWeaponStrike: Int? = words.indices.first { index in
        let hash = words[index].hash
        // "Israeli jets struck Beirut": a strike told by its verb.
        if Self.strikeVerbs.contains(hash), index > 0, Self.aircraft.contains(words[index - 1].hash) { return true }
        // "a Russian missile attack": a weapon's attack, which "the strike" names again.
        if index > 0, EventWords.strikeWeapons.contains(words[index - 1].hash), EventWords.triggers[hash]?.type.family == .attack { return true }
        guard EventWords.strikes.contains(hash) else { return false }
        if EventWords.airstrikes.contains(hash) || index > 0 && EventWords.strikeWeapons.contains(words[index - 1].hash) { return true }
        return index + 1 < words.count && (words[index + 1].hash == EventWords.on || words[index + 1].hash == EventWords.against)
            && (max(0, index - 4)..<index).contains { EventWords.strikeLaunchVerbs.contains(words[$0].hash) || words[$0].hash == EventWords.out }
    }

    static let strikeVerbs = Vocabulary.hashes("struck bombed pounded")
    static let aircraft = Vocabulary.hashes("jets warplanes aircraft drones planes bombers")

    init(article: Article, mentions: [Mention], catalog: EntityCatalog, scanned: (text: String, words: [Word])?) {
        self.article = article
        if let scanned {
            text = scanned.text
            words = scanned.words
        } else {
            var text = article.text
            text.makeContiguousUTF8()
            self.text = text
            words = WordScanner.scan(text)
        }
        self.mentions = mentions
        self.catalog = catalog
        var mentionAt = [Int32](repeating: -1, count: words.count)
        var next = 0
        for (index, word) in words.enumerated() {
            while next < mentions.count && mentions[next].span.end <= Int(word.start) { next += 1 }
            if next < mentions.count && mentions[next].span.start <= Int(word.start) && Int(word.end) <= mentions[next].span.end {
                mentionAt[index] = Int32(next)
            }
        }
        self.mentionAt = mentionAt
    }

    func hash(_ index: Int) -> UInt64 { words[index].hash }

    /// The word as written.
    func written(_ index: Int) -> String {
        WordScanner.slice(text, utf8: words[index].utf8Start, words[index].utf8End)
    }

    /// The text as written from the start of word `first` to the end of word `last`.
    func written(_ first: Int, through last: Int) -> String {
        WordScanner.slice(text, utf8: words[first].utf8Start, words[last].utf8End)
    }

    /// The value of a word of digits ("22", "22nd"), if it is one.
    func number(_ index: Int) -> Int? {
        guard words[index].shape.contains(.hasDigit) else { return nil }
        var value = 0, digits = 0
        for scalar in written(index).unicodeScalars {
            guard scalar.value >= 0x30 && scalar.value <= 0x39 else { break }
            value = value * 10 + Int(scalar.value - 0x30)
            digits += 1
            if digits > 9 { return nil }
        }
        return digits > 0 ? value : nil
    }

    /// Where word `index` is in the article's text.
    func span(of index: Int) -> TextSpan { TextSpan(start: Int(words[index].start), end: Int(words[index].end)) }

    /// The entity id of the mention covering word `index`.
    func entity(at index: Int) -> String? {
        let position = mentionAt[index]
        return position >= 0 ? mentions[Int(position)].entity : nil
    }

    /// Whether the words `a` and `b` (a < b) are in one clause: no clause-ending punctuation between.
    func sameClause(_ a: Int, _ b: Int) -> Bool {
        var index = a
        while index < b {
            let gap = words[index].gapAfter
            if !gap.isDisjoint(with: [.semicolon, .colon, .stop, .newline]) { return false }
            // "the U.S. consulate in Tel Aviv": a period after an initial, or before a lowercase word, ends an
            // abbreviation, not a clause.
            if gap.contains(.period), index + 1 >= words.count || !words[index + 1].isLowercase,
               words[index].letters != 1 || !words[index].isCapitalised { return false }
            index += 1
        }
        return true
    }

    /// Ranges of word indices, one per sentence of the article, in order.
    func sentenceRanges() -> [(sentence: Int, words: Range<Int>)] {
        var out: [(Int, Range<Int>)] = []
        var index = 0
        for (number, span) in article.sentences.enumerated() {
            while index < words.count && Int(words[index].start) < span.start { index += 1 }
            let first = index
            while index < words.count && Int(words[index].end) <= span.end { index += 1 }
            if index > first { out.append((number, first..<index)) }
        }
        return out
    }
}
