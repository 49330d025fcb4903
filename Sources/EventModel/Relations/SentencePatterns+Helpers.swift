/// Token questions and list readers shared by the patterns.
extension SentencePatterns {
    // MARK: - Helpers

    /// A pattern relation, unless the words between and just before its tokens deny or doubt it
    /// ("did not claim", "denied that", "it was unclear whether"). `at` are the tokens it rests on.
    func relation(_ subject: String, _ predicate: Predicate, _ object: String, role: String? = nil,
                  at parts: [Int] = [], saidBy: String? = nil, former: Bool = false) -> [Relation] {
        guard subject != object else { return [] }
        let lower = parts.min() ?? 0, upper = parts.max() ?? 0
        // "likely carried out the blasts in Turkey's capital Ankara": a guess about a deed, not about where things are.
        let deed = ![Predicate.capitalOf, .locatedIn, .basedIn, .activeIn, .roleOf, .citizenOf].contains(predicate)
        // "who will not attend the talks at a base in Anchorage, Alaska": a "not" before a place's phrase
        // denies the verb, not where the place is.
        // ("It is unclear whether X is the capital of Y" states it in a clause of its own, which the words before still doubt.)
        let geography = (predicate == .capitalOf || predicate == .locatedIn) && !(lower...max(lower, upper)).contains { isWord($0, .beVerbs) }
        if !parts.isEmpty && isDenied(from: lower, to: upper, parts: parts, former: former, guessed: deed, lookBack: !geography) { return [] }
        var evidence = parts.isEmpty ? sentence.evidence : evidence(from: lower, to: upper)
        // "..., the Kremlin said" after the statement says who states it too.
        let speaker = saidBy ?? (parts.isEmpty ? nil : trailingSpeaker(after: upper) ?? leadingSpeaker(before: lower))
        if let speaker, speaker != subject || predicate != .claimedResponsibilityFor, speaker != object { evidence.saidBy = speaker }
        return [Relation(subject: subject, predicate: predicate, object: object, origin: .pattern, role: role,
                         weight: 1, evidence: [evidence])]
    }

    /// The sentence, or in a sentence longer than ``longSentence`` a window of it around the
    /// tokens, with its own span: a megabyte-long line is not copied into every relation.
    func evidence(from lower: Int, to upper: Int) -> Evidence {
        let whole = sentence.evidence
        guard let span = whole.span, span.end - span.start > Self.longSentence, !tokens.isEmpty else { return whole }
        let first = max(0, lower - Self.evidenceMargin), last = min(tokens.count - 1, upper + Self.evidenceMargin)
        return Evidence(article: whole.article, sentence: whole.sentence,
                        text: WordScanner.slice(text, utf8: tokens[first].utf8Start, tokens[last].utf8End),
                        span: TextSpan(start: Int(tokens[first].start), end: Int(tokens[last].end)))
    }

    /// Negation, denial or doubt between `lower` and `upper`, or in the few words of the same
    /// clause before them. An aside ", which has never ...," between them does not count.
    func isDenied(from lower: Int, to upper: Int, parts: [Int] = [], former: Bool = false, guessed: Bool = true, lookBack: Bool = true) -> Bool {
        var index = lower
        while index <= upper && index < tokens.count {
            if index > lower && isWord(index, .relativeWords) && index > 0 && tokens[index - 1].gapAfter.contains(.comma) {
                var end = index
                while end < upper && !tokens[end].gapAfter.contains(.comma) { end += 1 }
                // An aside is skipped unless the relation itself is stated inside it.
                if !parts.contains(where: { (index...end).contains($0) }) {
                    index = end + 1
                    continue
                }
            }
            if isWord(index, .negation) && !isHash(index + 1, Self.only) { return true }
            // "may have carried out": doubt, but only inside the statement; "could damage" before it is not.
            if (Self.hedges.contains(tokens[index].hash) || Self.leadingHedges.contains(tokens[index].hash)) && !isMention(index) { return true }
            if former && isWord(index, .formerWords) { return true }
            index += 1
        }
        var cursor = lookBack ? lower - 1 : -1
        while cursor >= 0 && cursor >= lower - 10 {
            if !tokens[cursor].gapAfter.isDisjoint(with: [.semicolon, .comma, .colon]) { break }
            if isWord(cursor, .negation) && !isHash(cursor + 1, Self.only) { return true }
            // "It appears most likely that the attack was carried out by X": the author's guess.
            if guessed && Self.leadingHedges.contains(tokens[cursor].hash) && !isMention(cursor) { return true }
            if former && isWord(cursor, .formerWords) { return true }
            if isWord(cursor, .clauseWords) && !isHash(cursor, Self.that) { break }
            cursor -= 1
        }
        return false
    }

    /// True when the token at `index` is a word of one of the categories.
    func isWord(_ index: Int, _ category: RelationWords) -> Bool {
        tokens.indices.contains(index) && !tokens[index].isMention && !tokens[index].words.isDisjoint(with: category)
    }

    /// The folded hash of the word at `index`, or 0 past the ends.
    func hash(_ index: Int) -> UInt64 { tokens.indices.contains(index) ? tokens[index].hash : 0 }
    func isHash(_ index: Int, _ value: UInt64) -> Bool { tokens.indices.contains(index) && !tokens[index].isMention && tokens[index].hash == value }

    func isMention(_ index: Int) -> Bool { tokens.indices.contains(index) && tokens[index].isMention }
    func entity(_ index: Int) -> String { ids[tokens[index].mention] }
    func kind(_ index: Int) -> EntityKind { kinds[tokens[index].mention] }

    /// The country a mention stands for: itself, or the country of a city used for it ("Moscow").
    func nation(_ index: Int) -> String? {
        guard isMention(index) else { return nil }
        switch kind(index) {
        case .country: return entity(index)
        case .place: return catalog.country(ofPlace: entity(index))
        default: return nil
        }
    }

    /// The hash of the head word of the name the mention at `index` is written with: its last word, or
    /// the one before its first "of" or "for" ("State Committee for National Security", "Court of Justice").
    func nameHead(_ index: Int) -> UInt64? {
        let words = context.mentions[tokens[index].mention].text.split(separator: " ").map { TextFolding.wordHash(String($0)) }
        let head = words.dropFirst().firstIndex(where: { Vocabulary.connectors.contains($0) }).map { $0 - 1 } ?? words.count - 1
        return words.indices.contains(head) ? words[head] : nil
    }

    /// The mention at `index`, or after one "the"/"a".
    func mention(after index: Int) -> Int? {
        if isMention(index) { return index }
        if isWord(index, .articles), isMention(index + 1) { return index + 1 }
        return nil
    }

    func clauseStart(before index: Int) -> Int {
        var cursor = index - 1
        while cursor >= 0 {
            if cursor < index - Self.window { return cursor + 1 }
            if isWord(cursor, .clauseWords) { return cursor + 1 }
            if tokens[cursor].gapAfter.contains(.semicolon) || tokens[cursor].gapAfter.contains(.colon) { return cursor + 1 }
            cursor -= 1
        }
        return 0
    }

    func clauseEnd(after index: Int) -> Int {
        var cursor = index
        while cursor < tokens.count && cursor < index + Self.window {
            if isWord(cursor, .clauseWords) { return cursor }
            if tokens[cursor].gapAfter.contains(.semicolon) { return cursor + 1 }
            cursor += 1
        }
        return tokens.count
    }

    /// "A, B and C" read forward from `index`. Commas alone make no list: "JNIM, al-Qaeda's
    /// affiliate" is one name and an apposition, so a list needs its "and" or "or".
    func mentionList(startingAt index: Int) -> [Int] {
        var out: [Int] = []
        var cursor = index
        var joined = false
        while out.count < Self.longestList, let found = mention(after: cursor) {
            if !out.isEmpty && tokens[found].possessive { break }
            // "Israel and the Iran-backed group": a name fused to a participle is no item of the list.
            if isFusedAttributive(found) { break }
            out.append(found)
            // "the National Liberation Army (ELN) and ...": the same name in brackets after an item is part of it.
            var last = found
            if tokens[found].gapAfter.contains(.openParen), isMention(found + 1), entity(found + 1) == entity(found),
               tokens[found + 1].gapAfter.contains(.closeParen) {
                last = found + 1
            }
            cursor = last + 1
            if isWord(cursor, [.and, .or]) {
                joined = true
                cursor += 1
                if isWord(cursor, .fromBy) { cursor += 1 }
            } else if joined || !tokens[last].gapAfter.contains(.comma) {
                break
            }
        }
        return joined ? out : Array(out.prefix(1))
    }

    /// "A, B and C" read backward from the mention at `index`, returned in text order.
    func mentionList(endingAt index: Int) -> [Int] {
        var out = [index]
        var cursor = index - 1
        var joined = false
        while cursor >= 0 && out.count < Self.longestList {
            // "the A, the B and the C": an item's article.
            if isWord(cursor, .articles), let item = out.last, cursor + 1 == item { cursor -= 1 }
            if !joined, isWord(cursor, [.and, .or]), isMention(cursor - 1) {
                out.append(cursor - 1)
                joined = true
                cursor -= 2
            } else if joined, isMention(cursor) && tokens[cursor].gapAfter.contains(.comma),
                      // "Since the collapse of the Soviet Union, Armenia and Russia ...": the comma closes an opening clause.
                      !(isWord(0, .clauseWords) && (0..<cursor).allSatisfy({ !tokens[$0].gapAfter.contains(.comma) })) {
                out.append(cursor)
                cursor -= 1
            } else {
                break
            }
        }
        return out.reversed()
    }

    /// Who condemned: countries, organisations and people listed after "condemnation from",
    /// skipping a few filler words ("several Central Asian states, including") but not a new
    /// phrase ("with offers of support to Russia").
    func condemners(startingAt index: Int) -> [Int] {
        var out: [Int] = []
        var filler = 0
        var cursor = index
        while cursor < tokens.count && cursor < index + Self.window {
            if isMention(cursor) {
                if [.country, .organisation, .person, .other].contains(kind(cursor)) {
                    out.append(cursor)
                    filler = 0
                }
            } else {
                if isWord(cursor, .listStops) { break }
                filler += 1
                if filler > 4 { break }
            }
            if tokens[cursor].gapAfter.contains(.semicolon) { break }
            cursor += 1
        }
        return out
    }

    /// The event condemned: one named in the sentence, else the article's main event.
    func condemnedEvent(after index: Int) -> String? {
        let named = (index..<min(tokens.count, index + Self.window)).first { isDeedMention($0) }
            ?? (max(0, index - Self.window)..<index).first { isDeedMention($0) }
        return named.map(entity) ?? mainEvent
            ?? attackedPlace(from: index, to: min(tokens.count, index + Self.window)).event
    }
}
