/// People a sentence calls the doers of the deed its article reports, often with no word for the deed
/// itself: "X, the gunman who opened fire,", "The suspect, X, ...", "the two attackers were identified
/// as A and B", "police named the bomber as X". The article lays the deed on them.
extension EventSentenceReader {
    /// Who a sentence lays the deed on, and who claims it, with the word that says so.
    struct Attribution {
        var blamed: [EventBlame]
        var claimants: [String]
        var word: Int
    }

    /// The doers the sentence names, or, failing them, the one it says was responsible.
    func attribution() -> Attribution? {
        // Most sentences hold none of the words: one pass over them before any reading.
        guard range.contains(where: { EventWords.attributionWords.contains(scan.hash($0)) }) else { return nil }
        if let doers = perpetrators() {
            let by = namer(before: doers.noun)
            return Attribution(blamed: doers.people.map { EventBlame(accused: $0, by: by) }, claimants: [], word: doers.noun)
        }
        return responsibility() ?? behindTheDeed() ?? affiliation()
    }

    /// "the suicide bomber was affiliated with the Islamic State", "identified the attacker as linked to X",
    /// "the gunman was a member of X": the body the doer belonged to, laid the deed by whoever reported it.
    func affiliation() -> Attribution? {
        for index in range where EventWords.perpetratorNouns.contains(scan.hash(index)) && !negatedWord(index) && !hedged(index) {
            // The deed's own doer, "the (suicide) bomber"; not "a terrorist group linked to X", which names the group.
            guard (max(range.lowerBound, index - 2)..<index).contains(where: { scan.hash($0) == Vocabulary.the }),
                  index + 1 >= range.upperBound || !Vocabulary.groupNouns.contains(scan.hash(index + 1)) else { continue }
            // "was", "as", "reportedly": a few words of no clause of their own between the doer and the tie.
            var link = index + 1
            while link < min(range.upperBound, index + 4) && !Self.affiliationWords.contains(scan.hash(link))
                    && scan.entity(at: link) == nil && scan.sameClause(index, link) { link += 1 }
            guard link + 1 < range.upperBound, link > index + 1, Self.affiliationWords.contains(scan.hash(link)), scan.sameClause(index, link),
                  Self.affiliationLinks.contains(scan.hash(link + 1)), !negatedWord(link), !hedged(link),
                  let body = actor(after: link + 1, within: 5, places: []), scan.catalog.kind(of: body) == .organisation else { continue }
            let by = reporter(before: index, within: 8) ?? source(before: index)
            return Attribution(blamed: [EventBlame(accused: body, by: by == body ? nil : by)], claimants: [], word: link)
        }
        return nil
    }

    /// "affiliated with", "linked to", "a member of", "loyal to": the doer's tie to a body.
    static let affiliationWords = Vocabulary.hashes("affiliated linked member belonged belonging loyal")
    static let affiliationLinks = Vocabulary.hashes("with to of")

    /// "According to the interior ministry, ...": the body or state the sentence opens by citing.
    private func source(before index: Int) -> String? {
        guard let according = (range.lowerBound..<index).first(where: { scan.hash($0) == Self.according }),
              according + 1 < index, scan.hash(according + 1) == EventWords.to else { return nil }
        return (according + 2..<min(index, according + 7)).lazy.compactMap { at in
            scan.entity(at: at).flatMap { [.country, .organisation].contains(scan.catalog.kind(of: $0)) ? $0 : nil }
        }.first
    }

    static let according = TextFolding.wordHash("according")

    /// "the people behind the massacre in Owo are the ISWAP", "the group behind the attack was X": the
    /// doer named after the copula, laid on it by whoever the sentence says reported it.
    func behindTheDeed() -> Attribution? {
        guard let word = range.first(where: { scan.hash($0) == EventWords.behind }), word > range.lowerBound,
              Self.behindHeads.contains(scan.hash(word - 1)), scan.entity(at: word - 1) == nil, !negatedWord(word), !hedged(word)
        else { return nil }
        if let named = identifiedAs(before: word - 1) { return named }
        guard let copula = (word + 1..<min(range.upperBound, word + 10)).first(where: { EventWords.passiveAuxiliaries.contains(scan.hash($0)) }),
              (word..<copula).allSatisfy({ scan.sameClause(word, $0) && !startsClause($0) })
        else { return nil }
        var named = copula + 1
        while named < min(range.upperBound, copula + 3) && scan.entity(at: named) == nil && EventWords.definite.contains(scan.hash(named)) { named += 1 }
        guard named < range.upperBound, let accused = scan.entity(at: named), let kind = scan.catalog.kind(of: accused),
              [.organisation, .person].contains(kind), !negatedWord(named) else { return nil }
        let by = reporter(before: word, within: 8)
        return Attribution(blamed: [EventBlame(accused: accused, by: by == accused ? nil : by)], claimants: [], word: word)
    }

    /// "The CTD has identified the BLA as the group behind the bombing": the one named before "as", laid
    /// the deed by the subject of the verb that names it.
    private func identifiedAs(before head: Int) -> Attribution? {
        var at = head - 1
        while at > range.lowerBound && EventWords.definite.contains(scan.hash(at)) { at -= 1 }
        guard at - 1 > range.lowerBound, scan.hash(at) == EventWords.asWord, let accused = scan.entity(at: at - 1),
              let kind = scan.catalog.kind(of: accused), [.organisation, .person].contains(kind) else { return nil }
        // "the Balochistan Liberation Army (BLA) as": past the acronym to the name it follows.
        var start = mentionStart(at - 1)
        if start - 1 > range.lowerBound, scan.entity(at: start - 1) == accused { start = mentionStart(start - 1) }
        guard let verb = (max(range.lowerBound, start - 3)..<start).last(where: { Self.namingVerbs.contains(scan.hash($0)) }) else { return nil }
        let by = claimant(verb, places: [])
        return Attribution(blamed: [EventBlame(accused: accused, by: by == accused ? nil : by)], claimants: [], word: head + 1)
    }

    /// "X said (that) ...": the name before a verb of saying among the `within` words before `index`.
    private func reporter(before index: Int, within: Int) -> String? {
        guard let said = (max(range.lowerBound, index - within)..<index).last(where: { EventWords.speechVerbs.contains(scan.hash($0)) })
        else { return nil }
        return (max(range.lowerBound, said - 6)..<said).reversed().compactMap { scan.entity(at: $0) }.first
    }

    /// "X, which claimed", "X, the group that claimed", "the X militant group, which has claimed": where
    /// the name is that the relative word at `index` stands for; nil when `index` is no relative word.
    func nameBeforeRelative(_ index: Int) -> Int? {
        // (A claim word that opens the text has no word before it.)
        guard range.contains(index) else { return nil }
        let hash = scan.hash(index)
        guard index - 1 > range.lowerBound, EventWords.relatives.contains(hash) || hash == EventWords.that else { return nil }
        var head = index - 1
        // "X, the group that": past the words that name X again.
        if hash == EventWords.that, !scan.words[head].gapAfter.contains(.comma), EventWords.groupReferences.contains(scan.hash(head)),
           head - 2 >= range.lowerBound, EventWords.definite.contains(scan.hash(head - 1)), scan.words[head - 2].gapAfter.contains(.comma) {
            head -= 2
        }
        guard scan.words[head].gapAfter.contains(.comma) else { return nil }
        // "the Islamic State militant group, which": past the words for a group after its name.
        var name = head
        while name > range.lowerBound && name >= head - 2 && scan.entity(at: name) == nil && scan.words[name].isLowercase
                && (name == head || scan.words[name].gapAfter.isDisjoint(with: .clauseBreak)) { name -= 1 }
        return scan.entity(at: name) == nil ? nil : name
    }

    /// "the people behind", "the group behind": words for those behind a deed.
    static let behindHeads = Vocabulary.hashes("people group groups men man those forces network outfit organisation organization militants")

    /// "The Afghan government said the Taliban was responsible", "The Taliban was responsible for the
    /// attack, its spokesman said": who was responsible, who says so, and whether a group says it of itself.
    func responsibility() -> Attribution? {
        guard let word = range.first(where: { scan.hash($0) == EventWords.responsible }), word > range.lowerBound + 1,
              EventWords.passiveAuxiliaries.contains(scan.hash(word - 1)), !negatedWord(word), !hedged(word)
        else { return nil }
        // "responsible for the attack": the deed; "responsible for security" is an office.
        if word + 1 < range.upperBound, scan.hash(word + 1) == EventWords.forWord,
           !(word + 2..<min(range.upperBound, word + 7)).contains(where: { EventWords.triggers[scan.hash($0)]?.type.family == .attack }) {
            return nil
        }
        var back = word - 2
        // "X, designated a terrorist group by the US and the UN, is responsible": the name the aside describes.
        if scan.words[back].gapAfter.contains(.comma) {
            guard let open = asideOpen(before: word) else { return nil }
            back = open
        }
        while back > range.lowerBound && scan.entity(at: back) == nil && scan.words[back].gapAfter.isDisjoint(with: .clauseBreak)
                && EventWords.definite.contains(scan.hash(back)) == false && !EventWords.speechVerbs.contains(scan.hash(back)) { back -= 1 }
        guard let accused = scan.entity(at: back), let kind = scan.catalog.kind(of: accused), [.organisation, .person].contains(kind)
        else { return nil }
        let start = mentionStart(back)
        // "its spokesman said": the group speaks of itself.
        let own = (word + 1..<range.upperBound).contains { scan.hash($0) == EventWords.its && $0 + 1 < range.upperBound
            && Self.spokesNouns.contains(scan.hash($0 + 1)) }
        if own { return Attribution(blamed: [], claimants: [accused], word: word) }
        // "X said (that) the Taliban was responsible": the speaker before the verb.
        let by = reporter(before: start, within: 3)
        return Attribution(blamed: [EventBlame(accused: accused, by: by == accused ? nil : by)], claimants: [], word: word)
    }

    /// The people the sentence names as doers, and the word that calls them so.
    func perpetrators() -> (people: [String], noun: Int)? {
        for index in range where EventWords.perpetratorNouns.contains(scan.hash(index)) && !negatedWord(index) && !hedged(index) {
            // "the bomber's brother", "gunmen's victims": someone else, named by the doer.
            if scan.words[index].gapAfter.contains(.apostrophe) { continue }
            // "the army said it had eliminated the terrorist X": the label its killers give a target, not a doer.
            if Self.labels.contains(scan.hash(index)), index - 2 >= range.lowerBound, EventWords.definite.contains(scan.hash(index - 1)),
               Self.targetingVerbs.contains(scan.hash(index - 2)) { continue }
            let people = namedBefore(index) + namedAfter(index) + identified(after: index)
            if !people.isEmpty { return (onceEach(people), index) }
        }
        return nil
    }

    static let labels = Vocabulary.hashes("terrorist terrorists")
    static let targetingVerbs = Vocabulary.hashes("eliminated eliminate killed kill targeted target assassinated neutralised neutralized")

    /// "X, the gunman who ...", "X, a 27-year-old suspect,": the person whose apposition the noun ends.
    private func namedBefore(_ noun: Int) -> [String] {
        let next = noun + 1 < range.upperBound ? scan.hash(noun + 1) : 0
        guard !scan.words[noun].gapAfter.isDisjoint(with: [.comma, .period, .stop, .closeParen]) || EventWords.relatives.contains(next)
                || next == EventWords.that
        else { return [] }
        var back = noun - 1
        // Up to four describing words between the comma and the noun: "the lone surviving", "a 27-year-old".
        while back > range.lowerBound && back >= noun - 6 && scan.entity(at: back) == nil
                && scan.words[back].gapAfter.isDisjoint(with: .clauseBreak)
                && !EventWords.relatives.contains(scan.hash(back)) && scan.hash(back) != Vocabulary.and {
            back -= 1
        }
        guard back >= range.lowerBound, back < noun - 1, scan.words[back].gapAfter.contains(.comma),
              let person = scan.entity(at: back), scan.catalog.kind(of: person) == .person,
              opensApposition(back + 1) else { return [] }
        return [person]
    }

    /// "X, the gunman", "X, 27, a suspect", "X, one attacker": the word after the comma begins a
    /// description of X. "According to X, police are searching for assailants who" is a clause of its own.
    private func opensApposition(_ index: Int) -> Bool {
        let hash = scan.hash(index)
        return EventWords.appositionOpeners.contains(hash) || scan.number(index) != nil || Self.countingWords.contains(hash)
            || Self.doerAdjectives.contains(hash) || EventWords.suspectAdjectives.contains(hash)
    }

    /// "The suspect, X,", "the two gunmen, A and B,", "the alleged bomber X": the names right after the noun.
    private func namedAfter(_ noun: Int) -> [String] {
        guard noun > range.lowerBound, EventWords.definite.contains(scan.hash(noun - 1))
                || EventWords.suspectAdjectives.contains(scan.hash(noun - 1)) || scan.number(noun - 1) != nil
                || Self.doerAdjectives.contains(scan.hash(noun - 1)),
              scan.words[noun].gapAfter.isSubset(of: [.comma])
        else { return [] }
        let named = names(after: noun, kinds: [.person])
        guard let last = named.last else { return [] }
        // "the gunman, police chief X said,": the name after the comma is the one who speaks.
        var end = noun + 1
        while end < range.upperBound, scan.entity(at: end) != last { end += 1 }
        end = mentionEnd(end)
        if end + 1 < range.upperBound, EventWords.speechVerbs.contains(scan.hash(end + 1)) { return [] }
        return named
    }

    /// "the attackers were identified as A and B", "police named the suspect as X", "sources who worked
    /// with the suspect identified him to Reuters as X": the names after "as".
    private func identified(after noun: Int) -> [String] {
        var index = noun + 1
        // "The suspected killer, who was shot dead by police, was named as X": past the aside.
        if scan.words[noun].gapAfter.contains(.comma), index < range.upperBound, EventWords.relatives.contains(scan.hash(index)),
           let close = (index..<min(range.upperBound, index + 12)).first(where: { scan.words[$0].gapAfter.contains(.comma) }) {
            index = close + 1
        }
        // "One attacker was 27-year-old X": the noun, "was", and the name. ("Villages torched by the assailants are; A,
        // B": a noun after "by" is no subject of the copula, and a semicolon after it lists something else.)
        if index < range.upperBound, EventWords.passiveAuxiliaries.contains(scan.hash(index)), noun > range.lowerBound,
           Self.countingWords.contains(scan.hash(noun - 1)) || EventWords.definite.contains(scan.hash(noun - 1)),
           scan.words[index].gapAfter.isDisjoint(with: [.semicolon, .colon]),
           !(max(range.lowerBound, noun - 2)..<noun).contains(where: { scan.hash($0) == EventWords.by }) {
            let named = names(after: index, kinds: [.person])
            if !named.isEmpty { return named }
        }
        let resumed = index
        while index < min(range.upperBound, resumed + 4) {
            let hash = scan.hash(index)
            if hash == EventWords.asWord { return names(after: index, kinds: [.person]) }
            if Self.namingVerbs.contains(hash) { return named(by: index) }
            guard Self.namingAuxiliaries.contains(hash), scan.sameClause(resumed == noun + 1 ? noun : resumed, index) else { break }
            index += 1
        }
        // A naming verb further on in the clause, with "him" or "the man" as its object.
        guard let verb = (noun + 1..<min(range.upperBound, noun + 12)).first(where: {
            Self.namingVerbs.contains(scan.hash($0)) && scan.sameClause(noun, $0)
        }), verb + 1 < range.upperBound, Self.namedPronouns.contains(scan.hash(verb + 1)) else { return [] }
        return named(by: verb)
    }

    /// "German police identified the attacker as X": who names the doer, a state or a body just before
    /// the naming verb whose object the noun is ("was identified" names no one).
    private func namer(before noun: Int) -> String? {
        var verb = noun - 1
        while verb > range.lowerBound && verb >= noun - 3 && EventWords.definite.contains(scan.hash(verb)) { verb -= 1 }
        guard verb > range.lowerBound, Self.namingVerbs.contains(scan.hash(verb)),
              !EventWords.passiveAuxiliaries.contains(scan.hash(verb - 1)) else { return nil }
        for back in stride(from: verb - 1, through: max(range.lowerBound, verb - 4), by: -1) {
            guard scan.sameClause(back, verb) else { return nil }
            if let entity = scan.entity(at: back), let kind = scan.catalog.kind(of: entity), [.country, .organisation].contains(kind) {
                return entity
            }
        }
        return nil
    }

    /// "identified as X", "named him to Reuters as X": the names after the "as" a few words past the verb.
    private func named(by verb: Int) -> [String] {
        guard let at = (verb + 1..<min(range.upperBound, verb + 5)).first(where: { scan.hash($0) == EventWords.asWord }),
              (verb + 1..<at).allSatisfy({ scan.entity(at: $0) == nil || scan.catalog.kind(of: scan.entity(at: $0)!) != .person })
        else { return [] }
        return names(after: at, kinds: [.person])
    }

    /// Words before a doer's noun that make it one known doer: "the slain attackers", "two gunmen".
    static let doerAdjectives = Vocabulary.hashes("slain dead suspected surviving masked armed suicide would-be other")
    static let spokesNouns = Vocabulary.hashes("spokesman spokeswoman spokesperson")
    /// "One attacker was X", "The second attacker was X".
    static let countingWords = Vocabulary.hashes("one first second third fourth fifth")
    /// "identified him as": who is named, said again.
    static let namedPronouns = Vocabulary.hashes("him her them")
    /// "identified as", "named as": naming who did it.
    static let namingVerbs = Vocabulary.hashes("identified named")
    /// "were later identified", "has since been named": auxiliaries between the noun and the naming verb.
    static let namingAuxiliaries = Vocabulary.hashes("was were is are has have had been being later since officially formally")
}

/// The people in first-seen order, once each.
private func onceEach(_ people: [String]) -> [String] {
    var seen = Set<String>()
    return people.filter { seen.insert($0).inserted }
}
