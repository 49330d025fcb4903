/// Who an event sentence lays an event on: the one blamed for it and who says so, who did it in words
/// that leave no doubt, and "the group" that a claim refers back to (see ``participants(_:clause:places:)``).
extension EventSentenceReader {
    /// Who an event sentence says did it, to whom, who claimed, condemned or is blamed for it.
    struct Roles {
        var agents: [String]
        var targets: [String]
        var claimants: [String]
        var condemners: [String]
        var blamed: [EventBlame]
    }

    /// "the attacks", "twin bombings", "an attack": one deed, not "a number of attacks" or "attacks" in general.
    func isOneDeed(_ trigger: Trigger) -> Bool {
        let written = scan.written(trigger.last)
        guard written.hasSuffix("s") || written.hasSuffix("S") else { return true }
        // "launched missile and drone strikes on Ukraine over the weekend": a wave on one occasion.
        if (trigger.last + 1..<min(range.upperBound, trigger.last + 8)).contains(where: { EventWords.occasionWords.contains(scan.hash($0)) }) {
            return true
        }
        return (max(range.lowerBound, trigger.first - 4)..<trigger.first).contains {
            EventWords.definite.contains(scan.hash($0)) || EventWords.pairWords.contains(scan.hash($0))
        }
    }

    /// Whether the lives a deed took follow a claim verb within a few words ("claimed 12 lives", "claimed the
    /// lives of 30"), before any word of a claim ("claimed responsibility").
    func claimsLives(after verb: Int) -> Bool {
        for next in verb + 1..<min(range.upperBound, verb + 6) {
            let hash = scan.hash(next)
            if EventWords.lives.contains(hash) { return true }
            if EventWords.claimNouns.contains(hash) || !scan.words[next].gapAfter.isDisjoint(with: .clauseBreak) { return false }
        }
        return false
    }

    /// Whether "for" or "of" leads to the trigger from a blame verb: "blamed X for Sunday's attack",
    /// "accused X of responsibility for the bombing", "held X responsible (accountable) for the attack".
    func blamesFor(_ trigger: Trigger, verb: Int) -> Bool {
        let lead = max(verb + 1, trigger.first - 4)..<trigger.first
        guard lead.contains(where: { scan.hash($0) == EventWords.forWord || scan.hash($0) == Vocabulary.of }) else { return false }
        let held = EventWords.holdVerbs.contains(scan.hash(verb))
        return !held || (verb + 1..<trigger.first).contains { EventWords.liableWords.contains(scan.hash($0)) }
    }

    /// The one blamed, as the head of the verb's object: "blamed the ISIL-linked ADF", "blamed the militant
    /// group X"; not a name inside another noun phrase ("blamed the protests sweeping Iran").
    func accusedObject(after verb: Int, actor: (Int) -> String?) -> String? {
        var next = verb + 1
        var reach = verb + 6
        while next < min(range.upperBound, reach) {
            if let found = actor(next) {
                let end = mentionEnd(next)
                // "the ISIL-linked ADF", "the Iran-based, Iran-backed group": a name fused to "linked"
                // describes the one blamed, and takes none of the reach.
                if end + 1 < range.upperBound, scan.words[end].gapAfter == .hyphen {
                    reach += end + 2 - next
                    next = end + 2
                    continue
                }
                // "blamed the Basque separatist group ETA": a name describing the group named after it.
                if let named = (end + 1..<min(range.upperBound, end + 5)).first(where: { actor($0) != nil }),
                   (end + 1..<named).allSatisfy({ Vocabulary.groupDescriptors.contains(scan.hash($0)) }),
                   Vocabulary.groupNouns.contains(scan.hash(named - 1)) {
                    return actor(named)
                }
                return found
            }
            // "the Yemen-based, Iran-backed Houthis": a country fused to "based" describes the one blamed.
            if scan.entity(at: next) != nil, isFused(next) {
                let end = mentionEnd(next)
                reach += end + 2 - next
                next = end + 2
                continue
            }
            let written = scan.written(next)
            let capitalised = written.first?.isUppercase == true
            guard capitalised || Vocabulary.groupDescriptors.contains(scan.hash(next)) else { return nil }
            next += 1
        }
        return nil
    }

    /// "X, the main suspect in the attack,", "X, a suspect in Monday's bombing,", "the two suspects in the
    /// shooting, A and B,", "X, the gunman in the supermarket siege,", "X, the network responsible for the
    /// Bali bombings,": the people (or, named as a network or group, the body) the sentence calls the
    /// trigger's suspects.
    func suspects(of trigger: Trigger, actor: (Int) -> String?) -> [String] {
        var back = trigger.first - 1
        // "the supermarket siege": a word naming what was attacked, between the article and the trigger.
        while back > range.lowerBound && back >= trigger.first - 3 && (EventWords.definite.contains(scan.hash(back))
                || scan.words[back].isLowercase && !EventWords.suspectLinks.contains(scan.hash(back))
                    && scan.words[back].gapAfter.isDisjoint(with: .clauseBreak)) { back -= 1 }
        guard back > range.lowerBound, EventWords.suspectLinks.contains(scan.hash(back)) else { return [] }
        back -= 1
        // "the network responsible for": a noun for the doer before "responsible".
        let responsible = scan.hash(back) == EventWords.responsible && back - 1 > range.lowerBound
        if responsible { back -= 1 }
        let groupNoun = responsible && Vocabulary.groupReferences.contains(scan.hash(back))
        guard back > range.lowerBound, EventWords.suspectNouns.contains(scan.hash(back)) || EventWords.perpetratorNouns.contains(scan.hash(back))
                || groupNoun else { return [] }
        // "the two suspects in the shooting, A and B,": the names after the trigger.
        if scan.words[trigger.last].gapAfter.contains(.comma) {
            let named = names(after: trigger.last, kinds: [.person])
            if !named.isEmpty { return named }
        }
        back -= 1
        // "X, understood to be the chief suspect in the attack,": the words that report the suspicion too.
        while back > range.lowerBound && back >= trigger.first - 11
                && (EventWords.suspectAdjectives.contains(scan.hash(back)) || EventWords.definite.contains(scan.hash(back))
                    || EventWords.indefinite.contains(scan.hash(back)) || EventWords.suspicionReports.contains(scan.hash(back))) { back -= 1 }
        guard back >= range.lowerBound, scan.words[back].gapAfter.contains(.comma), let doer = actor(back) else { return [] }
        // A group only when the noun says so: "the network responsible for"; a suspect or a gunman is a person.
        let kind = scan.catalog.kind(of: doer)
        return kind == .person || kind == .organisation && groupNoun ? [doer] : []
    }

    /// "A and B", "and the B", "A, B and C" right after `index`: the names of `kinds` listed there.
    func names(after index: Int, kinds: Set<EntityKind>) -> [String] {
        var found: [String] = []
        var next = index + 1
        while next < min(range.upperBound, index + 16) {
            if let entity = scan.entity(at: next) {
                guard let kind = scan.catalog.kind(of: entity), kinds.contains(kind) else {
                    // "as 20-year-old Islamic State sympathiser X": the group describes the name after it.
                    let end = mentionEnd(next)
                    guard end + 1 < range.upperBound, Vocabulary.followerNouns.contains(scan.hash(end + 1)) else { break }
                    next = end + 2
                    continue
                }
                found.append(entity)
                next = mentionEnd(next) + 1
                continue
            }
            let hash = scan.hash(next)
            // "claimed by X, an Al-Qaeda affiliate": an apposition describes the one named, it adds no one.
            if EventWords.indefiniteArticles.contains(hash) { break }
            // "as 30-year-old X": an age before the name.
            let age = scan.number(next) != nil && scan.words[next].gapAfter == .hyphen
                || (hash == EventWords.year || hash == EventWords.old) && scan.words[next - 1].gapAfter == .hyphen
            guard hash == Vocabulary.and || hash == Vocabulary.the || scan.words[next - 1].gapAfter == .comma || age else { break }
            next += 1
        }
        return found
    }

    /// "a similar assault", "reminiscent of the attack on ...": a deed named to compare with the one reported.
    func isCompared(_ trigger: Trigger) -> Bool {
        (max(range.lowerBound, trigger.first - 5)..<trigger.first).contains {
            EventWords.comparisons.contains(scan.hash($0))
                // "its worst attack since the 2002 Bali bombings": a deed of another year; "the deadliest
                // since a suicide bombing at the airport": another deed ("since the attack" is this one's aftermath).
                || scan.hash($0) == EventWords.since && (($0 + 1..<trigger.first).contains { scan.number($0).map { (1900...2100).contains($0) } ?? false }
                    || $0 + 1 < trigger.first && EventWords.indefiniteArticles.contains(scan.hash($0 + 1)))
        }
    }

    /// "strikes in answer to last week's market bombing that killed 12": the deed another answers, told
    /// where it is reported rather than here, whose figures are not the answer's.
    func isAnswered(_ trigger: Trigger) -> Bool {
        guard let response = (max(range.lowerBound, trigger.first - 7)..<trigger.first).last(where: {
            EventWords.responses.contains(scan.hash($0)) && $0 + 1 < trigger.first && Self.responseLinks.contains(scan.hash($0 + 1))
        }) else { return false }
        return (response..<trigger.first).allSatisfy { scan.words[$0].gapAfter.isDisjoint(with: .clauseBreak) }
    }

    /// "response to", "retaliation for", "the wake of": what joins a response to the deed it answers.
    static let responseLinks = Vocabulary.hashes("to for of")

    /// "the worst attack since the 2008 Mumbai shootings, in which more than 160 were killed": the first deed
    /// after the trigger that is named to compare with it, or that it answers; the figures after it are that deed's.
    func comparedDeed(after trigger: Trigger) -> Int? {
        (trigger.last + 1..<range.upperBound).first { index in
            let word = EventWords.triggers[scan.hash(index)]
            let deed = word.map { !$0.isVerb && $0.type.family == trigger.type.family }
                ?? scan.entity(at: index).map { scan.catalog.kind(of: $0) == .event } ?? false
            let other = Trigger(type: word?.type ?? trigger.type, isVerb: false, first: index, last: index)
            return deed && (isCompared(other) || isAnswered(other))
        }
    }

    /// "claimed the missile involved was only used by ...": a clause with its own verb after "claimed",
    /// before any word for the deed, its responsibility or the clause's end.
    func isStatement(after start: Int) -> Bool {
        for index in start..<min(range.upperBound, start + 6) {
            let hash = scan.hash(index)
            // "claimed the attack was planned by Y": the deed with a verb of its own after it is what is said.
            if EventWords.triggers[hash] != nil || EventWords.strikes.contains(hash) {
                return index + 1 < range.upperBound && (EventWords.passiveAuxiliaries.contains(scan.hash(index + 1))
                    || Self.deedPredicates.contains(scan.hash(index + 1)))
            }
            if EventWords.claimNouns.contains(hash) { return false }
            // ("claimed by IS-Khorasan Province": a name's word is no auxiliary.)
            if EventWords.passiveAuxiliaries.contains(hash) && scan.entity(at: index) == nil { return true }
            // "claimed a second gunman fired at the door": a noun and its own verb; "claimed the killing" is no verb.
            if index > start, Self.statedVerbs.contains(hash), !EventWords.definite.contains(scan.hash(index - 1)),
               !EventWords.indefiniteArticles.contains(scan.hash(index - 1)) { return true }
            if !scan.words[index].gapAfter.isDisjoint(with: .clauseBreak) { return false }
        }
        return false
    }

    /// "claimed the strike aimed to ...": verbs after the deed that make it the subject of what is said.
    static let deedPredicates = Vocabulary.hashes("aimed had has would could showed proved meant killed wounded injured hit struck destroyed left")

    /// Verbs a clause said after "claimed" may have: what someone else did.
    static let statedVerbs = Vocabulary.hashes("fired launched killed shot struck hit opened entered planted detonated stormed had has have came fled")

    /// The group "the group" at `reference` stands for: the one organisation its own sentence names
    /// before it ("X said the group carried out ..."), else the one the few sentences before name.
    func groupNamedBefore(_ reference: Int) -> String? {
        // Two groups in its own sentence leave it unclear; the sentences before are not asked then.
        // Within the words a reader keeps in mind: a sentence of thousands of words stays linear.
        let found: String?
        if let own = organisations(in: max(range.lowerBound, reference - 80)..<reference) {
            found = own.count == 1 ? own.first : nil
        } else {
            found = organisations(in: max(0, range.lowerBound - 80)..<range.lowerBound).flatMap { $0.count == 1 ? $0.first : nil }
        }
        // "The group denounced the strike as a crime that revealed the RSF's disregard": a sentence that names
        // the group after "the group" meant another by it (one the linker did not know).
        guard let found, !(reference + 1..<min(range.upperBound, reference + 40)).contains(where: { scan.entity(at: $0) == found }) else { return nil }
        return found
    }

    /// "reported by X", "according to X", "told X", "X reported": the words around the name `word` is in cite
    /// it as a source.
    func isCitedSource(word: Int) -> Bool {
        var index = word
        while index > 0 && scan.mentionAt[index - 1] == scan.mentionAt[word] { index -= 1 }
        guard index >= 1 else { return false }
        var end = word
        while end + 1 < scan.words.count && scan.mentionAt[end + 1] == scan.mentionAt[index] { end += 1 }
        // ("Agence France-Presse (AFP) reported": past the acronym's aside.)
        if end + 2 < scan.words.count, scan.words[end].gapAfter == .openParen, scan.words[end + 1].gapAfter.contains(.closeParen) { end += 1 }
        // ("AFP later reported": past one adverb.)
        if end + 2 < scan.words.count, SentencePatterns.reportAdverbs.contains(scan.hash(end + 1)) { end += 1 }
        if end + 1 < scan.words.count, scan.hash(end + 1) == SentencePatterns.reportedWord { return true }
        let before = scan.hash(index - 1)
        if before == EventWords.by, index >= 2 { return SentencePatterns.reportParticiples.contains(scan.hash(index - 2)) }
        if before == EventWords.to, index >= 2 { return scan.hash(index - 2) == Self.according }
        return before == Self.told
    }

    /// The organisations the words name, nil when none.
    private func organisations(in words: Range<Int>) -> Set<String>? {
        var found = Set<String>()
        for index in words {
            guard let entity = scan.entity(at: index), scan.catalog.kind(of: entity) == .organisation else { continue }
            // "As reported by Daily Trust, ... the insurgent group claimed": an outlet cited is no one the story is about.
            if isCitedSource(word: index) { continue }
            found.insert(entity)
            if found.count > 1 { break }
        }
        return found.isEmpty ? nil : found
    }

    /// Who a sentence blames for the attack `trigger` reports, and who says so: "Police blamed the ADF for
    /// the attack", "accused X of being behind the bombing", "blamed the attack on X", "X was blamed for it".
    func blames(of trigger: Trigger, places: Set<Int>) -> [EventBlame] {
        func actor(_ index: Int) -> String? { self.actor(index, places: places) }
        func claimant(_ index: Int) -> String? { self.claimant(index, places: places) }
        func before(_ index: Int, floor: Int, demonyms: Bool = true) -> String? {
            self.actor(before: index, floor: floor, demonyms: demonyms, places: places)
        }
        func after(_ index: Int, within: Int) -> String? { self.actor(after: index, within: within, places: places) }
        var blamed: [EventBlame] = []
        // "Police blamed the ADF, a group that ..., for the attack", "accused X of being behind the bombing",
        // "blamed the attack on X", "X was blamed for the attack": who is to blame, and who says so.
        // Only violence is laid at someone's door: "accused X of treason and issued a warrant for his arrest".
        // "X has been assassinated, and his group has blamed Y for the attack": the same deed, named again after the verb.
        var blames: [(verb: Int, trigger: Trigger)] = []
        for index in max(range.lowerBound, trigger.first - 24)..<range.upperBound
        where trigger.type.family == .attack && (EventWords.blameVerbs.contains(scan.hash(index)) || EventWords.tieVerbs.contains(scan.hash(index)))
            && !negatedWord(index) && !hedged(index) {
            if index < trigger.first {
                blames.append((index, trigger))
            } else if index > trigger.last,
                      let again = (index + 1..<min(range.upperBound, index + 8)).first(where: { EventWords.triggers[scan.hash($0)]?.type.family == .attack }),
                      EventWords.definite.contains(scan.hash(again - 1)) {
                blames.append((index, Trigger(type: trigger.type, isVerb: false, first: again, last: again)))
            }
        }
        for (index, trigger) in blames {
            // "is blaming X for the attack": a be before an -ing form is the progressive, not the passive.
            let passive = index > range.lowerBound && EventWords.passiveAuxiliaries.contains(scan.hash(index - 1))
                && !scan.written(index).hasSuffix("ing")
            // "blamed the attack on X"; "tried to link the attack to X", "attributed the bombing to X".
            let tie = EventWords.tieVerbs.contains(scan.hash(index))
            let on = (trigger.last + 1..<min(range.upperBound, trigger.last + (tie ? 7 : 3))).first {
                (scan.hash($0) == EventWords.on || tie && scan.hash($0) == EventWords.to)
                    && (trigger.last..<$0).allSatisfy { scan.words[$0].gapAfter.isDisjoint(with: .clauseBreak) }
            }
            var accused: String?
            var by: String?
            if let on, trigger.first - index <= 3, EventWords.layVerbs.contains(scan.hash(index)) || tie {
                accused = after(on, within: 3)
                // "Chad confirmed 20 deaths in a raid on Kouri, attributing the raid to X": a participle after
                // the comma is the sentence's subject's, not the last name before it.
                let participle = index > range.lowerBound && scan.written(index).hasSuffix("ing") && scan.words[index - 1].gapAfter.contains(.comma)
                by = participle ? (range.lowerBound..<index).lazy.compactMap({ actor($0) }).first : claimant(index)
            } else if blamesFor(trigger, verb: index) {
                if passive, let named = relativeHead(of: index, actor: actor) {
                    // "A and B, who are accused of carrying out the attack,": the names the clause hangs on.
                    for person in named where !blamed.contains(where: { $0.accused == person }) { blamed.append(EventBlame(accused: person)) }
                    continue
                }
                if passive {
                    // Past an aside, only the name it describes: "X, designated a terrorist group by the UN, is
                    // responsible" lays nothing on the UN.
                    accused = asideOpen(before: index).map(actor) ?? before(index, floor: range.lowerBound, demonyms: false)
                    // "was blamed by the council for the attack", "was blamed for the attack by the council".
                    let words = Array(index + 1..<trigger.first) + Array(trigger.last + 1..<min(range.upperBound, trigger.last + 3))
                    if let word = words.first(where: { scan.hash($0) == EventWords.by }) { by = after(word, within: 5) }
                } else if let object = accusedObject(after: index, actor: { at in
                    // "blamed Kiev for the attack": a capital just after the verb stands for its government.
                    actor(at) ?? (at == index + 1 ? capitalState(at) : nil)
                }) {
                    accused = object
                    // "Islamabad blamed Kabul": the capital just before the verb speaks for its government too.
                    by = claimant(index) ?? (index > range.lowerBound ? capitalState(index - 1) : nil)
                }
            }
            if let accused, accused != by, !blamed.contains(where: { $0.accused == accused }) {
                blamed.append(EventBlame(accused: accused, by: by))
            }
        }
        // "confirmed the assault and blamed the ADF": a blame verb joined to the verb whose object is the deed.
        if blamed.isEmpty, trigger.type.family == .attack, !trigger.isVerb, trigger.last + 2 < range.upperBound,
           scan.hash(trigger.last + 1) == Vocabulary.and, EventWords.blameVerbs.contains(scan.hash(trigger.last + 2)),
           !negatedWord(trigger.last + 2), !hedged(trigger.last + 2),
           let accused = accusedObject(after: trigger.last + 2, actor: actor) {
            // Who did the first verb: "X, a military spokesman, confirmed the massacre".
            var verb = trigger.first - 1
            while verb > range.lowerBound && EventWords.definite.contains(scan.hash(verb)) { verb -= 1 }
            let by = claimant(verb) ?? before(trigger.first, floor: range.lowerBound)
            if accused != by { blamed.append(EventBlame(accused: accused, by: by)) }
        }
        return blamed
    }
}
