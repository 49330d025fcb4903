/// Finding who and what a verb or noun is about: the heads of noun phrases ("Russian President X", "the
/// Iran-backed group"), a passive agent after "by", an object after it, and lists of names (the subject
/// of a clause is in +Subjects, what a pronoun stands for in +References).
extension SentencePatterns {
    /// One side of a relation: a mention, or a pronoun ("the group", "he") standing for one.
    struct Argument {
        var token: Int
        var id: String
        var kind: EntityKind
    }

    static let actors: Set<EntityKind> = [.organisation, .country, .person, .other]
    static let groups: Set<EntityKind> = [.organisation, .other]
    static let groupsAndCountries: Set<EntityKind> = [.organisation, .other, .country]
    static let regions: Set<EntityKind> = [.place, .country]
    static let according = TextFolding.wordHash("according")
    static let from = TextFolding.wordHash("from")
    static let objectPrepositions: Set<UInt64> = Set("on against".split(separator: " ").map { TextFolding.wordHash(String($0)) })
    static let passiveBe: Set<UInt64> = Set("was were been is are being be".split(separator: " ").map { TextFolding.wordHash(String($0)) })

    /// "Iran-backed", "Russia-led": a mention joined by a hyphen to a participle.
    func isFusedAttributive(_ index: Int) -> Bool {
        isMention(index) && tokens[index].gapAfter.contains(.hyphen) && tokens.indices.contains(index + 1)
            && !isMention(index + 1) && Self.fusedParticiples.contains(tokens[index + 1].hash)
    }

    static let fusedParticiples: Set<UInt64> = Set("backed led linked aligned based allied funded supported affiliated controlled run held".split(separator: " ").map { TextFolding.wordHash(String($0)) })
    static let possessivePronouns: Set<UInt64> = Set("its their".split(separator: " ").map { TextFolding.wordHash(String($0)) })

    /// "Russian President Vladimir Putin": the person a country or organisation's title leads to.
    func titledPerson(after index: Int) -> Int? {
        var cursor = index + 1
        while cursor < tokens.count && cursor <= index + 6 {
            if isWord(cursor, .titles) {
                cursor += 1
            } else if isWord(cursor, .of), isWord(cursor - 1, .titles), isWord(cursor + 1, .titles) || isCapitalisedWord(cursor + 1) {
                // "Russia's Minister of Foreign Affairs X", "the U.S. Secretary of State X".
                cursor += isCapitalisedWord(cursor + 2) && !isMention(cursor + 2) ? 3 : 2
            } else if isWord(cursor, .forWord), isWord(cursor - 1, .titles), isMention(cursor + 1), kind(cursor + 1) != .person {
                // "Pakistan's special representative for Afghanistan, X": what the office is for.
                cursor += 2
            } else {
                break
            }
        }
        // "India's National Security Advisor, Ajit Doval": the name after the title's comma.
        // "Pakistan's army chief, General Asim X": a comma before a rank too.
        guard cursor > index + 1, isMention(cursor), kind(cursor) == .person,
              (index + 1..<cursor - 1).allSatisfy({
                  tokens[$0].gapAfter.isDisjoint(with: .clauseBreak) || tokens[$0].gapAfter == .comma && Self.ranks.contains(hash($0 + 1))
              }) else { return nil }
        return cursor
    }

    /// A capitalised word that names no entity: "State" in "Secretary of State".
    func isCapitalisedWord(_ index: Int) -> Bool {
        tokens.indices.contains(index) && !isMention(index) && tokens[index].shape.contains(.firstUpper)
    }

    /// "the Pakistani militant group TTP", "the Baloch separatist BLA": a demonym or an unconfirmed
    /// name used as an adjective before the group's name, whose name is then the argument.
    func attributiveHead(_ index: Int, kinds: Set<EntityKind>) -> Int? {
        guard isMention(index), !tokens[index].possessive, [.country, .other, .place].contains(kind(index)),
              tokens[index].gapAfter.isDisjoint(with: .clauseBreak) else { return nil }
        var cursor = index + 1
        let notAdjectives: RelationWords = [.and, .or, .of, .inWord, .at, .toWord, .forWord, .withWord, .by, .onWord, .articles,
                                            .between, .speechVerbs, .verbFillers, .relativeWords, .clauseWords]
        while cursor < tokens.count && cursor <= index + 3 && !isMention(cursor) {
            guard tokens[cursor].shape.contains(.hasLower) && !tokens[cursor].shape.contains(.firstUpper),
                  tokens[cursor].gapAfter.isDisjoint(with: .clauseBreak),
                  // ("Israel battles Iran ally Hezbollah": whose ally describes the one named after it.)
                  tokens[cursor].words.isDisjoint(with: RelationWords.triggers.subtracting([.basedWords, .supportVerbs, .allianceNouns, .allyNouns])),
                  tokens[cursor].words.isDisjoint(with: notAdjectives),
                  // "the Iran backed Hezbollah" is attributive; "Qatar supports Hamas" is a verb and its object.
                  !tokens[cursor].words.contains(.supportVerbs) || isEdForm(cursor) else { return nil }
            cursor += 1
        }
        // "the Takfiri Daesh group": an unknown word right before a known organisation describes it.
        let adjacent = cursor == index + 1 && kind(index) == .other && isMention(cursor) && kind(cursor) == .organisation
        guard cursor > index + 1 || adjacent, cursor <= index + 4, isMention(cursor), kinds.contains(kind(cursor)),
              Self.groups.contains(kind(cursor)) else { return nil }
        return cursor
    }

    /// "a Russian military base", "U.S. troops": a country named by an adjective before a noun,
    /// not the country itself as a party.
    func isDemonymAdjective(_ index: Int) -> Bool {
        guard isMention(index), kind(index) == .country, !tokens[index].possessive,
              tokens[index].gapAfter.isDisjoint(with: .clauseBreak), index + 1 < tokens.count, !isMention(index + 1),
              tokens[index + 1].shape.contains(.hasLower), !tokens[index + 1].shape.contains(.firstUpper),
              tokens[index + 1].words.isDisjoint(with: [.and, .or, .of, .inWord, .at, .toWord, .forWord, .withWord, .by, .onWord,
                                                          .speechVerbs, .verbFillers, .beVerbs, .relativeWords, .clauseWords])
        else { return false }
        return context.isOtherForm(tokens[index].mention)
    }

    /// "Tajikistan's GKNB": the organisation a possessive country names, when one follows.
    /// "the Islamic State's local affiliate, ISKP", "the al-Qaeda branch AQAP": a group's part, named
    /// after the noun for it, is who acts.
    func branchHead(_ index: Int, kinds: Set<EntityKind>) -> Int? {
        guard isMention(index), Self.groups.contains(kind(index)) else { return nil }
        var cursor = index + 1
        while cursor < tokens.count && cursor <= index + 3 && !isMention(cursor) {
            if EventWords.branchNouns.contains(hash(cursor)) {
                let named = cursor + 1
                guard tokens[cursor].gapAfter.isSubset(of: [.comma]), named < tokens.count, isMention(named),
                      Self.groups.contains(kind(named)), kinds.contains(kind(named)) else { return nil }
                return named
            }
            guard tokens[cursor].shape.contains(.hasLower), !tokens[cursor].shape.contains(.firstUpper),
                  tokens[cursor].gapAfter.isDisjoint(with: .clauseBreak) else { return nil }
            cursor += 1
        }
        return nil
    }

    func possessiveHead(_ index: Int, kinds: Set<EntityKind>) -> Int? {
        guard isMention(index), tokens[index].possessive, kind(index) != .person else { return nil }
        for next in (index + 1)..<min(tokens.count, index + 3) where isMention(next) {
            // ("Somalia's AU-backed government": the AU describes the government, and is not Somalia's.)
            return Self.groups.contains(kind(next)) && kinds.contains(kind(next)) && !isFusedAttributive(next) ? next : nil
        }
        return nil
    }

    static let so = TextFolding.wordHash("so")
    static let called = TextFolding.wordHash("called")

    static let peoplePlurals = Vocabulary.hashes("men women migrants residents immigrants workers youths students")

    // MARK: - Objects and agents

    /// The first entity of `kinds` within `reach` tokens after `index`, past articles and adjectives,
    /// stopping at the end of the clause.
    func object(after index: Int, kinds: Set<EntityKind>, reach: Int = 4, demonyms: Bool = false) -> Argument? {
        var cursor = index + 1
        var end = min(tokens.count, index + 1 + reach)
        while cursor < end {
            // "the so-called Islamic State": a hedge on the name, no word of the phrase.
            if isHash(cursor, Self.so), tokens[cursor].gapAfter == .hyphen, isHash(cursor + 1, Self.called) {
                cursor += 2
                end = min(tokens.count, end + 2)
                continue
            }
            // "in the southern Sindh province": a compass word before the name takes none of the reach.
            if !isMention(cursor), isWord(cursor, .directions) { end = min(tokens.count, end + 1) }
            // "blamed the banned jihadist group X": words describing a group, ending in a noun for one, reach its name.
            // (Read once per run of such words, from its first.)
            if !isMention(cursor), Vocabulary.groupDescriptors.contains(tokens[cursor].hash),
               cursor == index + 1 || !Vocabulary.groupDescriptors.contains(tokens[cursor - 1].hash),
               let named = groupNamed(after: cursor), named >= end {
                end = min(tokens.count, named + 1)
            }
            if isMention(cursor) {
                if let head = attributiveHead(cursor, kinds: kinds) ?? possessiveHead(cursor, kinds: kinds) {
                    return Argument(token: head, id: entity(head), kind: kind(head))
                }
                if let person = titledPerson(after: cursor), kinds.contains(.person) {
                    return Argument(token: person, id: entity(person), kind: .person)
                }
                // "a spokesman for the Sudanese military": a country's adjective before a word for its state is the country.
                if isDemonymAdjective(cursor), kinds.contains(.country), tokens[cursor].gapAfter.isEmpty,
                   !isMention(cursor + 1), EventWords.stateNouns.contains(hash(cursor + 1)) {
                    return Argument(token: cursor, id: nation(cursor) ?? entity(cursor), kind: .country)
                }
                if !demonyms && isDemonymAdjective(cursor) { cursor += 1; continue }
                // "the Iran-backed group", "the Iran-based, Iran-backed group": a name fused to a participle
                // describes what follows it, and takes none of the reach.
                if isFusedAttributive(cursor) {
                    cursor += 2
                    end = min(tokens.count, end + 2)
                    continue
                }
                // "met the prime minister of Vietnam, X", "hosted President of Azerbaijan X": the office's holder,
                // named after its country.
                if kinds.contains(.person), isWord(cursor - 1, .of), isWord(cursor - 2, .titles),
                   tokens[cursor].gapAfter == .comma || tokens[cursor].gapAfter.isEmpty,
                   isMention(cursor + 1), kind(cursor + 1) == .person {
                    return Argument(token: cursor + 1, id: entity(cursor + 1), kind: .person)
                }
                if kinds.contains(kind(cursor)) { return Argument(token: cursor, id: entity(cursor), kind: kind(cursor)) }
                // "accused Kyiv of", "blamed Kiev for": a capital just after the verb, for its government.
                if cursor == index + 1, kinds.contains(.country), !kinds.contains(.place), let state = capitalState(cursor) { return state }
                if !tokens[cursor].possessive && !isWord(cursor + 1, .citizenNouns) { return nil }
            } else if Self.determiners.contains(tokens[cursor].hash) {
                // "his Tajik counterpart": a determiner, not the object.
            } else if let pronoun = antecedent(of: cursor), kinds.contains(pronoun.kind),
                      // "headed the Islamist group Hayat Tahrir al-Sham": the name right after the noun, not the group before.
                      !(isMention(cursor + 1) && kinds.contains(kind(cursor + 1))) {
                return pronoun
            } else if isWord(cursor, .clauseWords) || isWord(cursor, .speechVerbs) {
                return nil
            }
            if !tokens[cursor].gapAfter.isDisjoint(with: [.semicolon, .period, .stop, .colon]) { return nil }
            cursor += 1
        }
        return nil
    }

    /// The entities after "by" within a few tokens of `index`: the agents of a passive verb.
    func agents(after index: Int, kinds: Set<EntityKind>) -> [Argument] {
        guard let by = (index + 1..<min(tokens.count, index + 4)).first(where: { isWord($0, .by) }) else { return [] }
        var cursor = by + 1
        // "carried out by two suicide bombers," he said: the by-phrase ends at its punctuation.
        while cursor < tokens.count && cursor < by + 4 && !isMention(cursor) && antecedent(of: cursor) == nil
                && tokens[cursor].gapAfter.isDisjoint(with: .clauseBreak) { cursor += 1 }
        if let pronoun = antecedent(of: cursor), !isMention(cursor) {
            return kinds.contains(pronoun.kind) ? [pronoun] : []
        }
        guard isMention(cursor) else { return [] }
        // "carried out by four Tajik nationals": people of the country, not its state.
        if isDemonymAdjective(cursor), isWord(cursor + 1, .citizenNouns) || Self.peoplePlurals.contains(hash(cursor + 1)) { return [] }
        if let head = branchHead(cursor, kinds: kinds) ?? attributiveHead(cursor, kinds: kinds) ?? possessiveHead(cursor, kinds: kinds) {
            cursor = head
        }
        if let person = titledPerson(after: cursor), kinds.contains(.person) {
            return [Argument(token: person, id: entity(person), kind: .person)]
        }
        return mentionList(startingAt: cursor).filter { kinds.contains(kind($0)) }
            .map { Argument(token: $0, id: entity($0), kind: kind($0)) }
    }

    /// True when the word before `verb` (past fillers) is a form of "be": "was claimed", "were arrested".
    func isPassive(_ verb: Int) -> Bool {
        // "Turkey is blaming the PKK": a be before an -ing form is the progressive, its subject the doer.
        if isIngForm(verb) { return false }
        var cursor = verb - 1
        while cursor >= 0 && cursor >= verb - 3 {
            if Self.passiveBe.contains(hash(cursor)) { return true }
            // ("was immediately rushed to", "were swiftly condemned by": an adverb between.)
            let adverb = !isMention(cursor) && tokens[cursor].shape == [.hasLower]
                && WordScanner.slice(text, utf8: tokens[cursor].utf8Start, tokens[cursor].utf8End).hasSuffix("ly")
            if !isWord(cursor, .verbFillers) && !adverb { return false }
            cursor -= 1
        }
        return false
    }

    /// "non-NATO", "anti-Hamas": a name fused after "non" or "anti" describes what is not, or is against, it.
    func isNegatedPrefix(_ index: Int) -> Bool {
        index > 0 && tokens[index - 1].gapAfter == .hyphen && Self.negatingPrefixes.contains(hash(index - 1))
    }

    static let negatingPrefixes = Vocabulary.hashes("non anti")

    /// Whether the word at `index` is an -ed form ("targeted", "arrested").
    func isEdForm(_ index: Int) -> Bool {
        WordScanner.slice(text, utf8: tokens[index].utf8Start, tokens[index].utf8End).hasSuffix("ed")
    }

    /// Whether the word at `index` is an -ing form ("blaming", "carrying").
    func isIngForm(_ index: Int) -> Bool {
        tokens.indices.contains(index) && WordScanner.slice(text, utf8: tokens[index].utf8Start, tokens[index].utf8End).hasSuffix("ing")
    }

    /// The arguments of a list "A, B and C" that starts with `first`.
    func list(from first: Argument, kinds: Set<EntityKind>) -> [Argument] {
        // A pronoun, or a capital standing for its government, is one side alone.
        guard isMention(first.token), first.id == entity(first.token) else { return [first] }
        return mentionList(startingAt: first.token).compactMap { item in
            // "President A and Armenian Prime Minister B met": in a list of people, the person the country's title names.
            if first.kind == .person, item != first.token, kinds.contains(.person), isMention(item), [.country, .place].contains(kind(item)),
               let person = titledPerson(after: item) {
                return Argument(token: person, id: entity(person), kind: .person)
            }
            return kinds.contains(kind(item)) ? Argument(token: item, id: entity(item), kind: kind(item)) : nil
        }
    }

    /// The arguments of a list "A, B and C" that ends with `last`.
    func list(endingAt last: Argument, kinds: Set<EntityKind>) -> [Argument] {
        guard isMention(last.token), last.id == entity(last.token) else { return [last] }
        return mentionList(endingAt: last.token).filter { kinds.contains(kind($0)) }
            .map { Argument(token: $0, id: entity($0), kind: kind($0)) }
    }
}
