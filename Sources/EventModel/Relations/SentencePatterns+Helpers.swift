/// Token questions and list readers shared by the patterns.
extension SentencePatterns {
    // MARK: - Helpers

    func relation(_ subject: String, _ predicate: Predicate, _ object: String, role: String? = nil) -> [Relation] {
        guard subject != object else { return [] }
        return [Relation(subject: subject, predicate: predicate, object: object, origin: .pattern, role: role,
                         weight: 1, evidence: [sentence.evidence])]
    }

    /// True when the token at `index` is a word of one of the categories.
    func isWord(_ index: Int, _ category: RelationWords) -> Bool {
        tokens.indices.contains(index) && !tokens[index].isMention && !tokens[index].words.isDisjoint(with: category)
    }

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

    /// "A, B and C" read forward from `index`.
    func mentionList(startingAt index: Int) -> [Int] {
        var out: [Int] = []
        var cursor = index
        while out.count < Self.longestList, let found = mention(after: cursor) {
            out.append(found)
            cursor = found + 1
            if isWord(cursor, [.and, .or]) {
                cursor += 1
            } else if !tokens[found].gapAfter.contains(.comma) {
                break
            }
        }
        return out
    }

    /// "A, B and C" read backward from the mention at `index`, returned in text order.
    func mentionList(endingAt index: Int) -> [Int] {
        var out = [index]
        var cursor = index - 1
        while cursor >= 0 && out.count < Self.longestList {
            if isWord(cursor, [.and, .or]), isMention(cursor - 1) {
                out.append(cursor - 1)
                cursor -= 2
            } else if isMention(cursor) && tokens[cursor].gapAfter.contains(.comma) {
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
        let named = (index..<min(tokens.count, index + Self.window)).first { isMention($0) && kind($0) == .event }
            ?? (max(0, index - Self.window)..<index).first { isMention($0) && kind($0) == .event }
        return named.map(entity) ?? mainEvent
            ?? attackedPlace(from: index, to: min(tokens.count, index + Self.window)).event
    }
}
