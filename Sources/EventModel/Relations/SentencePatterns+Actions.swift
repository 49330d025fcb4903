/// Patterns of what one actor does to another: blame, perpetration, fighting, joining and rivalry
/// (meetings and visits are in +Meetings, support in +Support, arrests and charges in +Arrests).
extension SentencePatterns {
    /// "A blamed B for E", "A accused B of E", "A blamed E on B", "B was blamed for E", "E was
    /// blamed on B": B is blamed for E, as A says.
    func blame(_ verb: Int) -> [Relation] {
        if isPassive(verb) {
            if isWord(verb + 1, .onWord), let accused = object(after: verb + 1, kinds: Self.actors, reach: 3),
               let event = event(near: verb) {
                let saidBy = agents(after: accused.token, kinds: Self.actors).first?.id ?? trailingSpeaker(after: accused.token)
                return list(from: accused, kinds: Self.actors).flatMap {
                    relation($0.id, .blamedFor, event.id, at: [verb, $0.token], saidBy: saidBy)
                }
            }
            guard let (accused, saidBy) = subject(of: verb, kinds: Self.actors) else { return [] }
            guard let event = event(near: verb) else {
                // "X has been accused by Human Rights Watch of torture": an accusation, no event.
                guard isWord(verb + 1, .by), let accuser = agents(after: verb, kinds: Self.actors).first, accuser.id != accused.id else { return [] }
                return list(from: accused, kinds: Self.actors).flatMap { relation(accuser.id, .accused, $0.id, at: [$0.token, verb, accuser.token]) }
            }
            let by = agents(after: verb + 2, kinds: Self.actors).first?.id
            return list(from: accused, kinds: Self.actors).flatMap {
                relation($0.id, .blamedFor, event.id, at: [$0.token, verb], saidBy: by ?? saidBy)
            }
        }
        let speaker = subject(of: verb, kinds: Self.actors) ?? openingParticipleSubject(verb)
        // "accused the West and Ukraine of ...": a list may open with a name evex does not know.
        var accused: Argument? = object(after: verb, kinds: Self.actors, reach: 4)
        if accused == nil, let on = (verb + 1..<min(tokens.count, verb + 6)).first(where: { isWord($0, .onWord) }) {
            accused = object(after: on, kinds: Self.actors, reach: 3)
        }
        // "criticized Kenya's government, accusing it of ...": "it" is the one the clause before names last.
        if accused == nil, isWord(verb + 1, .itPronouns), verb >= 2, tokens[verb - 1].gapAfter.contains(.comma),
           let named = (max(0, verb - 6)..<verb).last(where: { isMention($0) && Self.actors.contains(kind($0)) }),
           (named + 1..<max(named + 1, verb - 1)).allSatisfy({ !isMention($0) && tokens[$0].gapAfter.isDisjoint(with: .clauseBreak) }) {
            accused = Argument(token: verb + 1, id: nation(named) ?? entity(named), kind: kind(named))
        }
        // "The UN accused the group of ...": "the group" is not the one accusing it, but the one the
        // sentence before named.
        if let found = accused, !isMention(found.token), found.id == speaker?.argument.id,
           let other = previous.entity(of: Self.groups) ?? previous.opening(of: Self.groups), other.id != found.id {
            accused = Argument(token: found.token, id: other.id, kind: other.kind)
        }
        // "Pakistan blaming what it says are Afghan-based militants": the one who blames is not the accused.
        guard let accused, accused.id != speaker?.argument.id else { return [] }
        // "blamed the protests sweeping Iran for ...": the name inside another noun phrase is not the one blamed.
        guard (verb + 1..<accused.token).allSatisfy({
            isMention($0) || isCapitalisedWord($0) || isWord($0, .onWord) || isWord($0, .and) || Vocabulary.groupDescriptors.contains(hash($0))
                || Self.determiners.contains(hash($0)) || tokens[$0 - 1].gapAfter == .hyphen
        }) else { return [] }
        let saidBy = speaker?.argument.id
        // "accused the Indian government of issuing domiciles": an accusation of something else than a deed.
        var of = accused.token + 1
        while of < min(tokens.count, accused.token + 4), !isWord(of, .of), !isMention(of), tokens[of - 1].gapAfter.isDisjoint(with: .clauseBreak) { of += 1 }
        let otherWrong = isWord(of, .of) && isIngForm(of + 1)
            && !(of + 1..<min(tokens.count, of + 5)).contains(where: { isWord($0, .attackNouns) || isMention($0) && kind($0) == .event || EventWords.triggers[hash($0)] != nil })
        guard let event = otherWrong ? nil : event(near: verb) else {
            // "Pashinyan accused Russia of waging a propaganda campaign": an accusation, no event.
            guard let speaker else { return [] }
            // "Iran and Syria accused Israel": each accuser.
            let accusers = list(from: speaker.argument, kinds: Self.actors)
            return list(from: accused, kinds: Self.actors).flatMap { one in
                accusers.flatMap { relation($0.id, .accused, one.id, at: [$0.token, verb, one.token]) }
            }
        }
        return list(from: accused, kinds: Self.actors).flatMap {
            relation($0.id, .blamedFor, event.id, at: [speaker?.argument.token ?? verb, verb, $0.token], saidBy: saidBy)
        }
    }

    /// "Blaming Ukraine for the attack, Russian officials said ...": a participle opening the sentence is
    /// the deed of the subject after the comma that closes its clause.
    func openingParticipleSubject(_ verb: Int) -> (argument: Argument, saidBy: String?)? {
        guard verb == 0, isIngForm(verb),
              let comma = (verb + 1..<min(tokens.count, verb + 14)).first(where: { !tokens[$0].gapAfter.isDisjoint(with: .clauseBreak) }),
              tokens[comma].gapAfter.contains(.comma),
              let subject = object(after: comma, kinds: Self.actors, reach: 3, demonyms: true) else { return nil }
        return (Argument(token: subject.token, id: nation(subject.token) ?? subject.id, kind: subject.kind), nil)
    }

    /// "X carried out the attack", "the raid was carried out by X", "X was behind the bombing",
    /// "X is responsible for the attack", "X masterminded it": X is blamed for it, or claims it
    /// when X itself says so ("X said it carried out the raid").
    func perpetrator(_ verb: Int) -> [Relation] {
        var after = verb
        if isHash(verb, Self.carried) {
            guard isHash(verb + 1, Self.out) else { return [] }
            after = verb + 1
        }
        if isHash(verb, Self.responsible) {
            guard isWord(verb + 1, .forWord) else { return [] }
            after = verb + 1
        }
        if isHash(verb, Self.behind) {
            guard verb > 0, isWord(verb - 1, .beVerbs) || isHash(verb - 1, Self.be) else { return [] }
        }
        // Passive or participle: "(was) carried out by X".
        let doers = agents(after: after, kinds: Self.actors)
        if let first = doers.first, isWord(after + 1, .by) || isWord(after + 2, .by) {
            guard let event = event(near: verb) else { return [] }
            let saidBy = trailingSpeaker(after: first.token)
            return doers.flatMap { relation($0.id, .blamedFor, event.id, at: [verb, $0.token], saidBy: saidBy) }
        }
        // "warned of a planned attack": a participle before its noun is no verb with a doer.
        if isWord(verb - 1, .articles) { return [] }
        // Active: the deed must follow, an event or an attack noun.
        let deed = (after + 1..<min(tokens.count, after + 5)).first {
            (isMention($0) && kind($0) == .event) || isWord($0, .attackNouns)
        }
        guard let deed, let (doer, saidBy) = subject(of: verb, kinds: Self.actors) else { return [] }
        // "have carried out bombings against Taliban officials" tells what the group does, not that
        // it did the article's attack: a bare plural needs an event named in its clause.
        if !isMention(deed) && isBarePlural(deed) && !(clauseStart(before: deed)..<clauseEnd(after: deed)).contains(where: { isMention($0) && kind($0) == .event }) {
            return []
        }
        let event = isMention(deed) ? Argument(token: deed, id: entity(deed), kind: .event) : event(near: deed)
        guard let event else { return [] }
        let predicate: Predicate = saidBy == doer.id ? .claimedResponsibilityFor : .blamedFor
        return list(from: doer, kinds: Self.actors).flatMap {
            relation($0.id, predicate, event.id, at: [$0.token, verb, deed], saidBy: saidBy)
        }
    }

    /// "bombings", "attacks" without "the", "these" or an owner before them: deeds of a kind, not one deed.
    func isBarePlural(_ noun: Int) -> Bool {
        let word = WordScanner.slice(text, utf8: tokens[noun].utf8Start, tokens[noun].utf8End)
        guard word.hasSuffix("s"), noun > 0 else { return false }
        return !isMention(noun - 1) && !Self.definiteWords.contains(hash(noun - 1))
    }

    static let definiteWords: Set<UInt64> = Set("the these those both twin its their his her".split(separator: " ").map { TextFolding.wordHash(String($0)) })

    /// "the Algerian border", "the Malian capital": a demonym that names a place, not a side.
    func namesAPlace(_ token: Int) -> Bool {
        isMention(token) && kind(token) == .country && !isMention(token + 1) && Self.placeNouns.contains(hash(token + 1))
    }

    static let battles = TextFolding.wordHash("battles")

    /// "A fought B", "A is fighting against B", "A clashed with B", "clashes between A and B".
    func fought(_ verb: Int) -> [Relation] {
        if isWord(verb + 1, .between), let first = mention(after: verb + 2) {
            let sides = mentionList(startingAt: first).filter { Self.actors.contains(kind($0)) }
            guard sides.count >= 2 else { return [] }
            return relation(nation(sides[0]) ?? entity(sides[0]), .atWarWith, nation(sides[1]) ?? entity(sides[1]),
                            at: [verb, sides[0], sides[1]])
        }
        // "talks mediated by Qatar and Turkey, ending days of border clashes": the noun names no sides but
        // "between" and "with" give.
        if isHash(verb, Self.clashesNoun) && !isWord(verb + 1, .withWord) { return [] }
        // "Israel, which says it defends the Druze following clashes with Bedouin tribes": clashes a preposition
        // brings in are no one's the clause names.
        if isHash(verb, Self.clashesNoun), Self.clashPrepositions.contains(hash(verb - 1)) { return [] }
        // "Hezbollah has fought alongside Syrian government forces": on the same side.
        if isHash(verb + 1, Self.alongside) {
            guard let partner = object(after: verb + 1, kinds: Self.actors, reach: 3, demonyms: true),
                  let (side, _) = subject(of: verb, kinds: Self.actors) else { return [] }
            return relation(self.side(side), .allyOf, self.side(partner), at: [side.token, verb, partner.token])
        }
        var after = verb
        // "fought against X"; "fighting near the Algerian border" or "for Azawad's independence" names where or why.
        if isWord(verb + 1, .withWord) || isHash(verb + 1, Self.against) {
            after = verb + 1
        } else if Self.whereWords.contains(hash(verb + 1)) && !isMention(verb + 1) {
            // "The ELN and the FARC-EMC have battled for control of the region": two subjects fought each other over
            // something ("A and B fought in Qusayr" may be side by side).
            guard Self.contestWords.contains(hash(verb + 1)),
                  (verb + 2..<min(tokens.count, verb + 5)).contains(where: { !isMention($0) && Self.contestedThings.contains(hash($0)) }),
                  let (side, _) = subject(of: verb, kinds: Self.actors) else { return [] }
            let sides = list(from: side, kinds: Self.groupsAndCountries)
            guard sides.count == 2 else { return [] }
            return relation(self.side(sides[0]), .atWarWith, self.side(sides[1]), at: [sides[0].token, sides[1].token, verb])
        }
        // "Moscow has shelled the region since invading Ukraine": a participle's subject is the main clause's.
        let participle = isWord(verb - 1, .clauseWords) && verb >= 2 ? subject(of: verb - 1, kinds: Self.actors) : nil
        // "as Israel battles Hezbollah": "battles" is a verb only right after the name that does it (else a noun).
        if isHash(verb, Self.battles) && !(isMention(verb - 1) && Self.actors.contains(kind(verb - 1)) && !tokens[verb - 1].possessive) { return [] }
        let named = isHash(verb, Self.battles) ? (Argument(token: verb - 1, id: entity(verb - 1), kind: kind(verb - 1)), nil as String?) : nil
        guard let (side, _) = named ?? participle ?? subject(of: verb, kinds: Self.actors) ?? governmentForces(before: verb) else { return [] }
        // ("has fought numerous battles in Syria": where it fought, not whom.)
        guard let enemy = object(after: after, kinds: Self.actors, reach: 5, demonyms: true), !namesAPlace(enemy.token),
              !(after + 1..<enemy.token).contains(where: { isWord($0, .inWord) || Self.whereWords.contains(hash($0)) }) else {
            // "Armenia and Azerbaijan have fought two wars": the subjects fought each other.
            let sides = list(from: side, kinds: Self.groupsAndCountries)
            guard sides.count == 2 else { return [] }
            return relation(self.side(sides[0]), .atWarWith, self.side(sides[1]), at: [sides[0].token, sides[1].token, verb])
        }
        return relation(self.side(side), .atWarWith, self.side(enemy), at: [side.token, verb, enemy.token])
    }

    /// "Government troops are fighting the RSF": the forces of the story's country, when the clause
    /// names no one else before the verb.
    func governmentForces(before verb: Int) -> (argument: Argument, saidBy: String?)? {
        var index = verb - 1
        while index > 0 && index >= verb - 4 && isWord(index, .verbFillers) { index -= 1 }
        guard index > 0, !isMention(index), Self.governmentForceNouns.contains(hash(index)),
              Self.governmentWords.contains(hash(index - 1)), index - 1 == 0 || isWord(index - 2, .articles),
              // The headline or dateline read only when the words call for it.
              let home = context.homeCountry
        else { return nil }
        return (Argument(token: index - 1, id: home, kind: .country), nil)
    }

    static let contestWords = Vocabulary.hashes("for over")
    static let contestedThings = Vocabulary.hashes("control territory turf routes land supremacy dominance influence")
    static let clashesNoun = TextFolding.wordHash("clashes")
    static let clashPrepositions = Vocabulary.hashes("following after amid during despite since before")
    static let negotiations = TextFolding.wordHash("negotiations")
    static let wishVerbs = Vocabulary.hashes("called calls calling urged urges urging proposed proposes proposing demanded demands pushed pushing pressed seeking sought offered hoped hopes")
    static let governmentWords: Set<UInt64> = Set("government regime state".split(separator: " ").map { TextFolding.wordHash(String($0)) })
    static let governmentForceNouns: Set<UInt64> = Set("troops forces army soldiers".split(separator: " ").map { TextFolding.wordHash(String($0)) })

    /// "X joined Y": X is a member of the organisation Y.
    func joined(_ verb: Int) -> [Relation] {
        if Self.future.contains(hash(verb - 1)) { return [] }
        // "It was later joined by India, Pakistan and Iran": the joiners are members of the subject.
        if isPassive(verb) {
            guard let (group, _) = subject(of: verb, kinds: Self.groups) else { return [] }
            let joiners = agents(after: verb, kinds: Self.groupsAndCountries)
            guard let first = joiners.first else { return [] }
            return joiners.flatMap { relation($0.id, .memberOf, group.id, at: [group.token, verb, first.token]) }
        }
        guard let (member, _) = subject(of: verb, kinds: Self.actors) else { return [] }
        // "whose country borders Russia and joined NATO": the name before "and" is the first verb's object.
        if isWord(verb - 1, .and), member.token == verb - 2, member.token > 0, !isMention(member.token - 1),
           !tokens[member.token - 1].shape.contains(.firstUpper), !isWord(member.token - 1, .articles) { return [] }
        if let group = object(after: verb, kinds: Self.groups, reach: 3) {
            // "as he joined the NATO summit": a gathering of the body is attended, not joined.
            if ArticleContext.gatheringNames.contains(hash(group.token + 1)) { return [] }
            return list(from: member, kinds: Self.actors).flatMap {
                relation($0.id, .memberOf, group.id, at: [$0.token, verb, group.token])
            }
        }
        // "India and Pakistan joined in 2017, followed by Iran in 2023": countries joining the body the
        // sentence, or the one before it, is about.
        // ("joined in 2017", "joined as the sixth member"; not "joined in the fighting".)
        let inYear = isWord(verb + 1, .inWord) && verb + 2 < tokens.count && tokens[verb + 2].shape.contains(.hasDigit)
        let asMember = isHash(verb + 1, Self.asWord) && (verb + 2..<min(tokens.count, verb + 6)).contains { isWord($0, .memberNouns) }
        guard member.kind == .country, isMention(member.token), verb + 1 < tokens.count,
              inYear || asMember || !tokens[verb].gapAfter.isDisjoint(with: .clauseBreak),
              let body = (max(0, verb - Self.window)..<member.token).last(where: { isMention($0) && kind($0) == .organisation }).map({ entity($0) })
                ?? previous.entity(of: [.organisation])?.id else { return [] }
        var joiners = list(from: member, kinds: [.country])
        if let followed = (verb + 1..<min(tokens.count, verb + 6)).first(where: { isHash($0, Self.followedWord) }), isWord(followed + 1, .by) {
            var cursor = followed + 2
            while cursor < min(tokens.count, followed + 14) {
                if isMention(cursor), kind(cursor) == .country { joiners.append(Argument(token: cursor, id: entity(cursor), kind: .country)) }
                if tokens[cursor].gapAfter.contains(.semicolon) || tokens[cursor].gapAfter.contains(.period) && !isMention(cursor) { break }
                cursor += 1
            }
        }
        return joiners.flatMap { relation($0.id, .memberOf, body, at: [$0.token, verb]) }
    }

    static let followedWord = TextFolding.wordHash("followed")

    /// "A's rival B", "A and B are rivals", "A, a rival of B", "the rivalry between A and B".
    func rival(_ noun: Int) -> [Relation] {
        if isWord(noun + 1, .between), let first = mention(after: noun + 2) {
            let sides = mentionList(startingAt: first).filter { Self.actors.contains(kind($0)) }
            guard sides.count >= 2 else { return [] }
            return relation(entity(sides[0]), .rivalOf, entity(sides[1]), at: [noun, sides[0], sides[1]])
        }
        if isWord(noun + 1, .of), let other = object(after: noun + 1, kinds: Self.actors, reach: 3) {
            // "X was a revered figure in Iran and a staunch enemy of IS": not the place named on the way.
            guard let subject = (max(0, noun - 5)..<noun).last(where: { isMention($0) && Self.actors.contains(kind($0))
                    && !isWord($0 - 1, [.inWord, .at, .of, .toWord, .forWord, .withWord, .onWord]) }) else { return [] }
            return relation(entity(subject), .rivalOf, other.id, at: [subject, noun, other.token])
        }
        // "Moscow's rival Kyiv", "its long-time rival Azerbaijan", "Boko Haram and its breakaway rival, ISWAP".
        if let other = object(after: noun, kinds: Self.actors, reach: 3), let owner = owner(of: noun, besides: other.id) {
            var out = relation(other.id, .rivalOf, owner.id, at: [owner.token, noun, other.token])
            // "its breakaway rival", "its rival offshoot": it split from the owner too.
            if (max(0, noun - 2)..<min(tokens.count, noun + 2)).contains(where: { Self.splitWords.contains(hash($0)) }) {
                out += relation(other.id, .branchOf, owner.id, at: [owner.token, noun, other.token])
            }
            return out
        }
        // "accuses Russia of failing to defend it against long-standing rival Azerbaijan": a bare
        // rival noun before a name is the rival of the clause's subject.
        if let other = object(after: noun, kinds: Self.groupsAndCountries, reach: 1), !isWord(noun - 1, .articles),
           let (subject, _) = subject(of: noun, kinds: Self.groupsAndCountries), side(subject) != side(other) {
            return relation(side(other), .rivalOf, side(subject), at: [subject.token, noun, other.token])
        }
        var index = noun - 1
        while index >= 0 && index >= noun - 4, !isMention(index) { index -= 1 }
        guard index >= 0, isMention(index) else { return [] }
        let sides = mentionList(endingAt: index).filter { Self.actors.contains(kind($0)) }
        guard sides.count >= 2 else { return [] }
        return relation(entity(sides[0]), .rivalOf, entity(sides[1]), at: [sides[0], noun])
    }
}
