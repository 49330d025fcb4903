/// Support: "Iran-backed Hezbollah", "B, backed by A", "A supports B", "A's support for B", "won with
/// the backing of X", and a person who backs a group ("Islamic State sympathiser X").
extension SentencePatterns {
    static let armedWord = TextFolding.wordHash("armed")

    /// "Islamic State sympathiser X", "X, an IS supporter,", "X, a loyalist of Y": a person who backs a group.
    /// "supporters of the ruling party rallied" names no one.
    func follower(_ noun: Int) -> [Relation] {
        var group: Argument?
        if noun > 0, isMention(noun - 1), !tokens[noun - 1].possessive, Self.groups.contains(kind(noun - 1)) {
            group = Argument(token: noun - 1, id: entity(noun - 1), kind: kind(noun - 1))
        } else if isWord(noun + 1, .of) {
            group = object(after: noun + 1, kinds: Self.groups, reach: 3)
        }
        guard let group else { return [] }
        let person: Int?
        if group.token < noun, noun + 1 < tokens.count, isMention(noun + 1), kind(noun + 1) == .person {
            person = noun + 1
        } else {
            person = appositiveHead(before: min(group.token, noun)).flatMap { kind($0) == .person ? $0 : nil }
        }
        guard let person else { return [] }
        return relation(entity(person), .supported, group.id, at: [min(person, noun), noun, group.token])
    }

    /// "Iran-backed Hezbollah", "B, backed by A", "A supports B", "A's support for B".
    func support(_ verb: Int) -> [Relation] {
        // "a raid meant to cut off fuel and funding for the Houthis": support taken away.
        if (max(0, verb - 5)..<verb).contains(where: { Self.cutVerbs.contains(hash($0)) }) { return [] }
        // "accuses the United States of supporting Kurdish groups", "jailed for supporting X": the gerund's
        // doer is not the clause's subject.
        // "Congo and the UN accuse Rwanda of backing M23": the accused backs, as the accusers say; so with the
        // support a noun, "accused Kessa of giving armed support to the rebels".
        let gerund = Self.supportGerunds.contains(hash(verb)) && isWord(verb - 1, .of)
        let of = gerund ? verb - 1 : (max(0, verb - 4)..<verb).last(where: { isWord($0, .of) }).flatMap { of in
            of + 1 < verb && isIngForm(of + 1)
                && (of + 1..<verb).allSatisfy({ !isMention($0) && tokens[$0].gapAfter.isDisjoint(with: .clauseBreak) }) ? of : nil
        }
        if let of, let accused = accusedBacker(before: of) {
            let after = !gerund && (isWord(verb + 1, .toWord) || isWord(verb + 1, .forWord)) ? verb + 1 : verb
            // ("of supporting Syrian Kurdish fighters": the fighters, not Syria.)
            if let backed = object(after: after, kinds: Self.actors, reach: 3), side(accused) != side(backed),
               !(backed.kind == .country && context.isOtherForm(tokens[backed.token].mention)) {
                let accuser = subject(of: accused.token - 1, kinds: Self.actors)?.argument
                return relation(side(accused), .supported, side(backed), at: [accused.token, verb, backed.token], saidBy: accuser.map(side))
            }
            if !gerund { return [] }
        }
        if Self.supportGerunds.contains(hash(verb)), Self.gerundLeads.contains(hash(verb - 1)) { return [] }
        // "the Group for the Support of Islam and Muslims": a capitalised word inside a sentence is part of a name.
        if verb > 0, tokens[verb].shape.contains(.firstUpper), !tokens[verb - 1].gapAfter.contains(.quote) { return [] }
        // "the Basque armed separatist group", "armed men": "armed" before a noun describes it; the verb takes a
        // name, an article or a pronoun ("Iran armed the Houthis").
        if isHash(verb, Self.armedWord), verb + 1 < tokens.count, !isMention(verb + 1), !isWord(verb + 1, .articles),
           !isWord(verb + 1, .itPronouns) {
            return []
        }
        // "smuggling arms for Hamas", "the arms it sent": "arms" after a gerund, an article or "of" is the noun.
        if isHash(verb, Self.armsWord), verb > 0, !isMention(verb - 1),
           isWord(verb - 1, .articles) || isWord(verb - 1, .of) || isIngForm(verb - 1) {
            return []
        }
        if Vocabulary.followerNouns.contains(tokens[verb].hash) { return follower(verb) }
        if Self.supporterNouns.contains(tokens[verb].hash) {
            // "Iran, the Houthis' main backer", "the Houthis' backer Iran", "a backer of X".
            if isWord(verb + 1, .of), let backed = object(after: verb + 1, kinds: Self.actors, reach: 3),
               let (backer, _) = subject(of: verb, kinds: Self.actors) {
                return relation(backer.id, .supported, backed.id, at: [backer.token, verb, backed.token])
            }
            // "Iran, their main backer,": the mention before the apposition, and whose backer it is.
            let appositive = appositiveHead(before: verb)
            guard let owner = owner(of: verb, besides: appositive.map { nation($0) ?? entity($0) }) else { return [] }
            if let backer = object(after: verb, kinds: Self.actors, reach: 2) {
                return relation(backer.id, .supported, owner.id, at: [owner.token, verb, backer.token])
            }
            guard let before = appositive else { return [] }
            return relation(nation(before) ?? entity(before), .supported, owner.id, at: [min(before, owner.token), verb])
        }
        if verb > 0, isMention(verb - 1), tokens[verb - 1].gapAfter.contains(.hyphen), Self.actors.contains(kind(verb - 1)) {
            // "Iran-backed Hezbollah"; "Hezbollah, an Iran-backed force opposing Israel": the head of the
            // apposition, never a name further on.
            var next = (verb + 1..<min(tokens.count, verb + 3)).first { isMention($0) || !Self.officeAdjectives.contains(hash($0)) }
            // "the Iran-backed Lebanese militant group Hezbollah": the group, not the country its adjective names.
            if let at = next, isDemonymAdjective(at),
               let group = (at + 1..<min(tokens.count, at + 5)).first(where: { isMention($0) || !tokens[$0].gapAfter.isDisjoint(with: .clauseBreak) }),
               isMention(group), Self.groups.contains(kind(group)) {
                next = group
            }
            // "the Iran-backed militia Hezbollah", "the Iran-backed armed group X": the name after the group's nouns.
            if let at = next, !isMention(at), Vocabulary.groupNouns.contains(hash(at)) || Vocabulary.groupDescriptors.contains(hash(at)),
               let group = (at + 1..<min(tokens.count, at + 4)).first(where: { !Vocabulary.groupNouns.contains(hash($0)) && !Vocabulary.groupDescriptors.contains(hash($0)) }),
               isMention(group), Self.groups.contains(kind(group)), tokens[group - 1].gapAfter.isDisjoint(with: .clauseBreak) {
                next = group
            }
            let backed: Argument
            if let next, isMention(next), Self.actors.contains(kind(next)), !isDemonymAdjective(next) {
                backed = Argument(token: next, id: entity(next), kind: kind(next))
            } else if let next, isWord(next, .groupPronouns), isWord(verb - 2, .articles), let group = previous.entity(of: Self.groups) {
                // "Israel killed Hezbollah's commander. The Iran-backed group did not confirm it.": the group named before.
                backed = Argument(token: next, id: group.id, kind: group.kind)
            } else if !(verb + 1..<min(tokens.count, verb + 4)).contains(where: { isWord($0, .groupPronouns) || Self.actorNouns.contains(hash($0)) }) {
                // "a U.N.-backed peace agreement": what is backed is no actor, whoever signs it.
                return []
            } else if let head = appositiveHead(before: verb - 1),
                      // ("Luhansk, a stronghold of Russia-backed forces": the forces are backed, not the apposition's head.)
                      !(head + 1..<verb - 1).contains(where: { isWord($0, .of) }) {
                backed = Argument(token: head, id: entity(head), kind: kind(head))
            } else {
                return []
            }
            return relation(side(Argument(token: verb - 1, id: entity(verb - 1), kind: kind(verb - 1))), .supported, backed.id,
                            at: [verb - 1, verb, backed.token])
        }
        if isWord(verb + 1, .by) {
            // "supported by Tehran": a capital right after "by" stands for its government.
            let backers = agents(after: verb, kinds: Self.actors) + (capitalState(verb + 2).map { [$0] } ?? [])
            guard let first = backers.first, let backed = backedPhrase(before: verb) else { return [] }
            return backers.flatMap { relation($0.id, .supported, backed.id, at: [backed.token, verb, first.token]) }
        }
        // "an offensive by the Eritrean Army in support of Ethiopian forces": the name just before gives it.
        // ("targeting Israel-linked vessels in support of X" and "their actions were in support of X" are the
        // subject's, read below.)
        if isWord(verb - 1, .inWord), isWord(verb + 1, .of), verb >= 2, isMention(verb - 2), Self.actors.contains(kind(verb - 2)),
           tokens[verb - 2].gapAfter.isDisjoint(with: .clauseBreak) {
            // "of Ethiopian forces": a country's adjective before its forces is the country.
            let forces = isMention(verb + 2) && kind(verb + 2) == .country && Self.forceNouns.contains(hash(verb + 3))
                ? Argument(token: verb + 2, id: nation(verb + 2) ?? entity(verb + 2), kind: .country) : nil
            guard let backed = forces ?? object(after: verb + 1, kinds: Self.actors, reach: 2) else { return [] }
            let giver = Argument(token: verb - 2, id: entity(verb - 2), kind: kind(verb - 2))
            guard side(giver) != side(backed) else { return [] }
            return relation(side(giver), .supported, side(backed), at: [verb - 2, verb, backed.token])
        }
        // "the internationally backed government", "the Western-backed government": a participle describing a
        // noun, whose backer goes unnamed, says nothing of the clause's subject.
        if isEdForm(verb), verb >= 1, isWord(verb - 1, .articles) || tokens[verb - 1].gapAfter == .hyphen && !isMention(verb - 1)
            || verb >= 2 && isWord(verb - 2, .articles) && !isMention(verb - 1)
                && WordScanner.slice(text, utf8: tokens[verb - 1].utf8Start, tokens[verb - 1].utf8End).hasSuffix("ly") { return [] }
        var after = verb
        if isWord(verb + 1, .forWord) { after = verb + 1 }
        // "the support base of Syria's allies" names no support given.
        if Self.supportCompounds.contains(hash(verb + 1)) { return [] }
        // "support against Al-Shabaab attacks": what is supported is held against the name, not given to it.
        if isHash(verb + 1, Self.against) { return [] }
        // "won the vote with the backing of his predecessor X": X backs the one who won; so does "Israel
        // had the backing of the United States".
        if isWord(verb + 1, .of), isWord(verb - 1, .articles), isWord(verb - 2, .withWord) || Self.receiveVerbs.contains(hash(verb - 2)) {
            // "hubs for groups operating with the support of X": the participle's noun is backed, not the subject.
            if isWord(verb - 2, .withWord), verb >= 3, !isMention(verb - 3), isIngForm(verb - 3) { return [] }
            guard let giver = object(after: verb + 1, kinds: Self.actors, reach: 4),
                  let (receiver, _) = subject(of: verb - 2, kinds: Self.actors), giver.id != receiver.id else { return [] }
            return relation(giver.id, .supported, receiver.id, at: [receiver.token, verb, giver.token])
        }
        // "the support of his Nasarawa counterpart": who gives the support is after "of", not the clause's subject.
        if isWord(verb + 1, .of), isWord(verb - 1, .articles), !isEdForm(verb) { return [] }
        // "Chad received support from the task force": the one after "from" gives it; "requested support from",
        // "asked for military support from" only ask for it.
        if isHash(verb + 1, Self.from) {
            guard !(max(0, verb - 3)..<verb).contains(where: { Self.requestVerbs.contains(hash($0)) }),
                  let giver = object(after: verb + 1, kinds: Self.actors, reach: 3),
                  let (receiver, _) = subject(of: verb, kinds: Self.actors), giver.id != receiver.id,
                  // "The airstrike on X was carried out with support from Y": X was struck, not supported.
                  receiver.token == 0 || !Self.againstWords.contains(hash(receiver.token - 1)) else { return [] }
            return relation(giver.id, .supported, receiver.id, at: [receiver.token, verb, giver.token])
        }
        // "its support of Israel": the nearest actor before "its", not the clause's first.
        let owned = Self.possessivePronouns.contains(hash(verb - 1)) || isMention(verb - 1) && tokens[verb - 1].possessive
        if owned && (isWord(verb + 1, .of) || isWord(verb + 1, .forWord)) { after = verb + 1 }
        // "Rwandan troops, deployed to support Mozambican forces": one state's forces backing another's.
        if !owned, let backed = statesForces(at: isWord(verb + 1, .articles) ? verb + 2 : verb + 1),
           let backer = (max(0, verb - 8)..<verb).reversed().lazy.compactMap({ self.statesForces(at: $0) }).first,
           backer.token < verb, backer.id != backed.id,
           !(backer.token + 2..<verb).contains(where: { isMention($0) || !tokens[$0].gapAfter.isDisjoint(with: [.period, .semicolon, .stop]) }) {
            return relation(backer.id, .supported, backed.id, at: [backer.token, verb, backed.token])
        }
        // "supports armed groups across the region, including Hezbollah and Hamas": the groups the list names.
        let included = Self.supportGerunds.contains(hash(verb)) || owned ? nil : includedActors(after: verb)
        guard let backed = included?.first ?? object(after: after, kinds: Self.actors, reach: 3),
              // "which supports IS, police chief X said": the object ends at the comma.
              included != nil || (verb..<backed.token).allSatisfy({ !tokens[$0].gapAfter.contains(.comma) }),
              let backer = owned ? supplier(of: verb) : subject(of: verb, kinds: Self.actors)?.argument else { return [] }
        // "supports Hezbollah and Hamas": each of the list.
        let backedList = included ?? list(from: backed, kinds: Self.actors)
        return list(from: backer, kinds: Self.actors).flatMap { giver in
            backedList.filter { $0.id != giver.id }.flatMap { relation(giver.id, .supported, $0.id, at: [giver.token, verb, $0.token]) }
        }
    }

    /// "supports armed groups across the region, including A and B": the actors after "including", when the
    /// verb's object is a plural noun for groups and nothing else is named between.
    func includedActors(after verb: Int) -> [Argument]? {
        guard let including = (verb + 1..<min(tokens.count, verb + 10)).first(where: { isHash($0, Self.including) }),
              (verb + 1..<including).contains(where: { Self.groupPlurals.contains(hash($0)) }),
              !(verb + 1..<including).contains(where: { isMention($0) && !isDemonymAdjective($0) || isWord($0, .clauseWords)
                  || !tokens[$0].gapAfter.isDisjoint(with: [.semicolon, .period, .stop, .colon]) }),
              let first = mention(after: including + 1), first <= including + 2, Self.actors.contains(kind(first)) else { return nil }
        let items = mentionList(startingAt: first).filter { Self.actors.contains(kind($0)) }
        return items.map { Argument(token: $0, id: entity($0), kind: kind($0)) }
    }

    /// "Rwandan troops", "Mozambican forces": a state named by its adjective before a word for its forces.
    func statesForces(at index: Int) -> Argument? {
        guard index >= 0, index + 1 < tokens.count, isMention(index), kind(index) == .country, isDemonymAdjective(index),
              Self.forceNouns.contains(hash(index + 1)) else { return nil }
        return Argument(token: index, id: nation(index) ?? entity(index), kind: .country)
    }

    /// "won the backing of X", "thanked the support of X": the subject is the one supported.
    static let receiveVerbs = Vocabulary.hashes("""
        had has have enjoys enjoyed won wins gained received receives got acknowledged acknowledges thanked welcomed \
        praised appreciated hailed lauded
        """)
    static let cutVerbs = Vocabulary.hashes("""
        cut cuts cutting halt halted halting stop stopped stopping suspend suspended suspending freeze froze frozen freezing \
        block blocked blocking deprive deprived depriving withdraw withdrew withdrawn withdrawing end ended ending
        """)
    static let requestVerbs = Vocabulary.hashes("asked asks ask requested requests request sought seeks seek seeking appealed appeals urged called")

    /// What "backed by" describes: the name just before it ("the RSF, backed by ..."), or the state
    /// a noun phrase just before it belongs to ("a Malian army battalion backed by Wagner" is Mali's).
    func backedPhrase(before verb: Int) -> Argument? {
        var cursor = verb - 1
        while cursor >= 0 && cursor >= verb - 5 {
            if isMention(cursor) {
                guard Self.actors.contains(kind(cursor)) else { return nil }
                // "Hamas, a Palestinian group backed by Iran": the group the apposition describes, not its country.
                // ("a Malian army battalion backed by Wagner" is Mali's: an army is the state's.)
                if cursor < verb - 1, isDemonymAdjective(cursor), (cursor + 1..<verb).contains(where: { Vocabulary.groupNouns.contains(hash($0)) }) {
                    guard let head = appositiveHead(before: cursor), Self.groups.contains(kind(head)) else { return nil }
                    return Argument(token: head, id: entity(head), kind: kind(head))
                }
                // "a group seeking independence from Iran and supported by Saudi Arabia": a preposition's object is
                // not what is backed.
                if cursor > 0, !isMention(cursor - 1),
                   isWord(cursor - 1, [.of, .inWord, .toWord, .forWord, .withWord, .onWord]) || isHash(cursor - 1, Self.from)
                    || Self.objectPrepositions.contains(hash(cursor - 1)) {
                    return nil
                }
                return Argument(token: cursor, id: side(Argument(token: cursor, id: entity(cursor), kind: kind(cursor))), kind: kind(cursor))
            }
            if cursor < verb - 1 && !tokens[cursor].gapAfter.isDisjoint(with: .clauseBreak) { return nil }
            // "The RSF is backed by ...", "the Houthis, who control Sanaa, are backed by ...": the subject.
            if isWord(cursor, .beVerbs) { return subject(of: verb, kinds: Self.actors)?.argument }
            if isWord(cursor, .clauseWords) || isWord(cursor, .speechVerbs) { return nil }
            cursor -= 1
        }
        return nil
    }

    static let supportingWord = TextFolding.wordHash("supporting")
    static let supportGerunds = Vocabulary.hashes("supporting backing arming funding financing")
    static let armsWord = TextFolding.wordHash("arms")

    /// "accuse Rwanda (under President X) of": the one accused, named right after a verb of accusing.
    func accusedBacker(before of: Int) -> Argument? {
        guard let verb = (max(0, of - 8)..<of).last(where: { isWord($0, .blameVerbs) }),
              let accused = object(after: verb, kinds: Self.actors, reach: 2),
              (verb..<of).allSatisfy({ tokens[$0].gapAfter.isDisjoint(with: .clauseBreak) }) else { return nil }
        return accused
    }
    static let gerundLeads = Vocabulary.hashes("of for by in with without after before while over")
}
