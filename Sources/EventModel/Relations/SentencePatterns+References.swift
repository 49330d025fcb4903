/// Who a word that names no one stands for: a pronoun's antecedent ("the group", "its", "he"), a
/// body named by the last word of its name ("the guard"), the owner of a relation noun ("Moscow's ally",
/// "their backer"), and the name an apposition describes.
extension SentencePatterns {
    /// The mention at `index`, or the entity the pronoun there stands for.
    func argument(_ index: Int) -> Argument? {
        guard tokens.indices.contains(index) else { return nil }
        if isMention(index) { return Argument(token: index, id: entity(index), kind: kind(index)) }
        return antecedent(of: index)
    }

    /// "the group", "the country", "he", "it": the one entity of that kind named earlier in this
    /// sentence, else in the previous one; nil when two could be meant.
    /// "the banned jihadist group X": the name after a run of words describing a group that ends in a noun for one.
    func groupNamed(after start: Int) -> Int? {
        var cursor = start
        while cursor < tokens.count && cursor < start + 5 && !isMention(cursor)
                && Vocabulary.groupDescriptors.contains(tokens[cursor].hash) && tokens[cursor].gapAfter.isDisjoint(with: .clauseBreak) {
            cursor += 1
        }
        guard cursor > start + 1, cursor < tokens.count, isMention(cursor), Vocabulary.groupNouns.contains(tokens[cursor - 1].hash)
        else { return nil }
        return cursor
    }

    /// "the Islamic extremist group", "the banned militant group": "the" and up to two describing words
    /// before the noun that refers back to a group ("a militant group" names a new one).
    func describedReference(_ index: Int) -> Bool {
        guard index >= 2, let article = (max(0, index - 3)..<index - 1).last(where: { isHash($0, Vocabulary.the) }) else { return false }
        return (article + 1..<index).allSatisfy {
            !isMention($0) && tokens[$0].gapAfter.isDisjoint(with: .clauseBreak) && tokens[$0].words.isDisjoint(with: .triggers)
        } && tokens[article].gapAfter.isDisjoint(with: .clauseBreak)
    }

    func antecedent(of index: Int) -> Argument? {
        guard tokens.indices.contains(index), !isMention(index) else { return nil }
        if let body = bodyNamed(byHead: index) { return body }
        // "The alliance comprises ...": a word for a body of many members stands for no body whose name ends in
        // another such word (the Myanmar National Democratic Alliance Army is no alliance; NATO may be one).
        if isHash(index - 1, Vocabulary.the), Self.unionHeads.contains(hash(index)) {
            guard let found = referent(of: index), let name = catalog.entity(id: found.id)?.name,
                  let last = name.split(separator: " ").last else { return nil }
            let head = TextFolding.wordHash(String(last))
            return Self.bodyHeads.contains(head) && head != hash(index) ? nil : found
        }
        return referent(of: index)
    }

    /// The name a pronoun or a word for a group at `index` refers back to, by kind and nearness.
    private func referent(of index: Int) -> Argument? {
        let words = tokens[index].words
        let kinds: Set<EntityKind>
        if !words.isDisjoint(with: .groupPronouns) && (isWord(index - 1, .articles) || describedReference(index)) {
            kinds = Self.groups
        } else if !words.isDisjoint(with: .countryPronouns) && isWord(index - 1, .articles) {
            kinds = [.country]
        } else if !words.isDisjoint(with: .personPronouns) {
            kinds = [.person]
        } else if !words.isDisjoint(with: .itPronouns) {
            kinds = Self.groupsAndCountries
        } else {
            return nil
        }
        // "X and its editor": the name the "and" follows, or no one when that name is of another kind.
        if isWord(index - 1, .and), isMention(index - 2), !words.isDisjoint(with: .itPronouns) {
            return kinds.contains(kind(index - 2)) ? Argument(token: index, id: entity(index - 2), kind: kind(index - 2)) : nil
        }
        var found: Argument? = nil, first: Argument? = nil
        var organisation: Argument? = nil
        var ambiguous = false
        var organisations = Set<String>()
        var reporter = false
        for earlier in max(0, index - Self.window)..<index where isMention(earlier) && kinds.contains(kind(earlier)) {
            // "As reported by Daily Trust, ... the insurgent group claimed": an outlet cited is no one the story is about.
            if kinds == Self.groups, isCitedSource(earlier) { continue }
            // "The UN says X is backing the rebels": the one who speaks is not the armed men it speaks of.
            if kinds == Self.groups, Self.armedReferences.contains(hash(index)), isWord(earlier + 1, .speechVerbs) { continue }
            let argument = Argument(token: index, id: entity(earlier), kind: kind(earlier))
            if argument.kind == .organisation {
                organisations.insert(argument.id)
                organisation = argument
                reporter = isWord(earlier + 1, .speechVerbs)
            } else if reporter {
                // "Reuters reported that South Africa ... its soldiers": a name after the one who reports.
                reporter = false
                organisation = nil
            }
            if let seen = found, seen.id != argument.id { ambiguous = true }
            found = argument
            if first == nil { first = argument }
        }
        // "the US sanctioned the RSF commander X after it blamed the group": "it" opening a clause of time or
        // cause is the subject of the clause it hangs on, the first name before it.
        if ambiguous, !words.isDisjoint(with: .itPronouns), Self.subordinators.contains(hash(index - 1)), !isMention(index - 1) { return first }
        // "the NTJ (National Organization of Monotheism) ... its leader": one organisation among names
        // of no known kind is the one meant, unless it only reports what another did.
        if ambiguous { return organisations.count == 1 ? organisation : nil }
        if found != nil { return found }
        if let one = previous.entity(of: kinds) { return Argument(token: index, id: one.id, kind: one.kind) }
        // "It" opening a sentence, and "the group" anywhere, is the entity the sentence before opened
        // with: "X, a militant group, operates in Y and seeks rights for Z. Over the years, the group ...".
        // "Haniyeh was in Iran to meet President X. He met ...": "he" opening a sentence is its subject.
        if index == 0 && kinds == [.person] { return previous.openingPerson().map { Argument(token: index, id: $0.id, kind: $0.kind) } }
        guard index == 0 && !words.isDisjoint(with: .itPronouns) || kinds == Self.groups else { return nil }
        return previous.opening(of: kinds).map { Argument(token: index, id: $0.id, kind: $0.kind) }
    }

    /// "reported by X", "according to X", "told X", "X reported": a name cited as the source of the news.
    func isCitedSource(_ mention: Int) -> Bool {
        // ("Agence France-Presse (AFP) reported": past the acronym's aside.)
        var after = tokens[mention].gapAfter == .openParen && isMention(mention + 1) && entity(mention + 1) == entity(mention) ? mention + 2 : mention + 1
        // ("AFP later reported": past one adverb.)
        if Self.reportAdverbs.contains(hash(after)) { after += 1 }
        if isHash(after, Self.reportedWord) { return true }
        guard mention >= 1 else { return false }
        if isWord(mention - 1, .by), mention >= 2, Self.reportParticiples.contains(hash(mention - 2)) { return true }
        if isWord(mention - 1, .toWord), mention >= 2, isHash(mention - 2, Self.according) { return true }
        return isHash(mention - 1, Self.toldWord)
    }

    static let reportParticiples = Vocabulary.hashes("reported quoted cited published broadcast aired")
    static let reportedWord = TextFolding.wordHash("reported")
    static let reportAdverbs = Vocabulary.hashes("later earlier first also")
    static let armedReferences = Vocabulary.hashes("rebels militants insurgents jihadists fighters terrorists gunmen militia")

    /// "the guard" after "the Presidential Guard", "the council" after "the National Council for ...": the one
    /// body named in this sentence or the one before whose name ends in the word.
    func bodyNamed(byHead index: Int) -> Argument? {
        guard index > 0, isHash(index - 1, Vocabulary.the), tokens[index].shape == [.hasLower], Self.bodyHeads.contains(tokens[index].hash)
        else { return nil }
        let candidates = (max(0, index - Self.window)..<index).compactMap { isMention($0) && kind($0) == .organisation ? entity($0) : nil }
            + previous.organisations
        func matching(_ ids: [String]) -> Set<String> {
            Set(ids.filter { id in
                guard let name = catalog.entity(id: id)?.name, let last = name.split(separator: " ").last, name.contains(" ") else { return false }
                return TextFolding.wordHash(String(last)) == tokens[index].hash
            })
        }
        var found = matching(candidates)
        // "The Three Rivers Alliance said ... . The alliance comprises": the one body of the article so far with that
        // head, however far back.
        if found.isEmpty {
            // (Each body once: its name is looked up and split per id.)
            let earlier = Set(context.mentions.indices.lazy.filter {
                self.context.mentions[$0].sentence < self.sentence.index && self.context.kinds[$0] == .organisation
            }.map { self.context.ids[$0] })
            found = matching(Array(earlier))
        }
        guard found.count == 1, let id = found.first else { return nil }
        return Argument(token: index, id: id, kind: .organisation)
    }

    static let unionHeads = Vocabulary.hashes("alliance coalition league")

    /// Words that open a clause of time or cause, whose "it" is the subject of the clause they hang on.
    static let subordinators = Vocabulary.hashes("after before because when since while until once")

    /// Last words of a body's name that stand for it alone; not "state" ("blamed the state") nor "group" (a pronoun of its own).
    static let bodyHeads = Vocabulary.hashes(
        "guard guards council committee front movement alliance coalition league brigade brigades battalion army party militia forces commission")

    /// "Boko Haram and its rival": the group or country just before the "and" that the pronoun at `pronoun`
    /// follows, which it stands for.
    func pairedOwner(of pronoun: Int, kinds: Set<EntityKind>) -> Argument? {
        guard pronoun >= 2, isWord(pronoun - 1, .and), isMention(pronoun - 2), kinds.contains(kind(pronoun - 2)) else { return nil }
        return Argument(token: pronoun - 2, id: nation(pronoun - 2) ?? entity(pronoun - 2), kind: kind(pronoun - 2))
    }

    /// Whose a relation noun is, within three words before it: "Moscow's ally", or "its rival" and
    /// "their main backer", where the pronoun is the one "and" ties it to (``pairedOwner(of:kinds:)``), else
    /// the first actor of the sentence before it other than `besides` (the noun's other side), else the one
    /// the sentence before names.
    func owner(of noun: Int, besides other: String? = nil) -> Argument? {
        var index = noun - 1
        while index >= 0 && index >= noun - 3 {
            if isMention(index) {
                return tokens[index].possessive ? Argument(token: index, id: entity(index), kind: kind(index)) : nil
            }
            if Self.possessivePronouns.contains(tokens[index].hash) {
                if let paired = pairedOwner(of: index, kinds: Self.groupsAndCountries), paired.id != other { return paired }
                let first = (max(0, index - Self.window)..<index).first {
                    isMention($0) && Self.groupsAndCountries.contains(kind($0)) && entity($0) != other
                }
                if let first { return Argument(token: first, id: nation(first) ?? entity(first), kind: kind(first)) }
                return previous.entity(of: Self.groupsAndCountries).map { Argument(token: index, id: $0.id, kind: $0.kind) }
            }
            if !tokens[index].gapAfter.isDisjoint(with: .clauseBreak) { return nil }
            index -= 1
        }
        return nil
    }

    /// "Iran, their main backer": the mention an apposition ending at `noun` describes.
    /// "al Qaeda, according to an ISIS-affiliated paper" is a source, not an apposition.
    func appositiveHead(before noun: Int) -> Int? {
        var index = noun - 1
        while index >= 0 && index >= noun - 6 {
            if isWord(index, .speechVerbs) { return nil }
            if tokens[index].gapAfter.contains(.comma) {
                guard isMention(index), Self.actors.contains(kind(index)) || nation(index) != nil else { return nil }
                // "According to the UN, the network is a Taliban-affiliated group": a clause, not an apposition.
                if (index + 1..<noun).contains(where: { isWord($0, .beVerbs) }) { return nil }
                return index
            }
            if !tokens[index].gapAfter.isDisjoint(with: .clauseBreak) { return nil }
            index -= 1
        }
        return nil
    }

    /// "Moscow accused Kyiv", "Putin blamed Kiev for the attack", "Washington supports Kyiv": a capital standing
    /// for its government. Only a bare name, not "Moscow's mayor" nor "in Moscow".
    func capitalState(_ index: Int) -> Argument? {
        guard isMention(index), kind(index) == .place, !tokens[index].possessive, !Vocabulary.placePrepositions.contains(hash(index - 1)),
              let country = Gazetteer.country(ofCapital: entity(index))
        else { return nil }
        return Argument(token: index, id: country, kind: .country)
    }
}
