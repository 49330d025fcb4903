/// Ties between groups and their parts: branches and splinters, members and member lists (alliances are in +Allies).
extension SentencePatterns {
    /// "X, a branch of Y", "X is an affiliate of the Y", "Y's Afghan branch, X", "Y affiliate X".
    func branch(_ noun: Int) -> [Relation] {
        if Self.linkedWords.contains(tokens[noun].hash) {
            // "al-Qaeda-linked al-Shabaab", "X, a group linked with Y": groups only.
            if noun > 0, isMention(noun - 1), tokens[noun - 1].gapAfter.contains(.hyphen), Self.groups.contains(kind(noun - 1)) {
                // "X (JAD), an ISIS-affiliated terror network": the name the apposition describes, when it
                // calls it a group ("al Qaeda, a claim an ISIS-affiliated weekly repeated" describes no group).
                let describesGroup = (noun + 1..<min(tokens.count, noun + 4)).contains {
                    Vocabulary.groupNouns.contains(hash($0)) || Vocabulary.groupReferences.contains(hash($0))
                }
                guard let member = object(after: noun, kinds: Self.groups, reach: 3)
                        ?? (describesGroup ? appositiveHead(before: noun - 1).map({ Argument(token: $0, id: entity($0), kind: kind($0)) }) : nil),
                      Self.groups.contains(member.kind) else { return [] }
                return relation(member.id, .branchOf, entity(noun - 1), at: [noun - 1, noun, member.token], former: true)
            }
            guard isWord(noun + 1, .withWord) || isWord(noun + 1, .toWord),
                  let parent = object(after: noun + 1, kinds: Self.groups, reach: 2),
                  // "linked to the Suruc bombing": a deed, not a group.
                  !isWord(parent.token + 1, .attackNouns) else { return [] }
            // "from Amaq, a news agency affiliated with Y": the name the apposition describes.
            if let head = appositiveHead(before: noun), Self.groups.contains(kind(head)), entity(head) != parent.id,
               (head + 1..<noun).allSatisfy({ !isMention($0) }) {
                return relation(entity(head), .branchOf, parent.id, at: [head, noun, parent.token], former: true)
            }
            // "was attacked by militants linked to the BLA": unnamed people are linked, not the clause's subject.
            if noun > 0, !isMention(noun - 1), Self.linkedPeople.contains(hash(noun - 1)) || isPluralNoun(noun - 1) {
                return []
            }
            // "people they said belonged to a group linked to Y", "arrested a terrorist affiliated with Y": an unnamed
            // group or person, not the clause's subject.
            if noun > 1, !isMention(noun - 1), tokens[noun - 1].shape == [.hasLower], Vocabulary.indefiniteArticles.contains(hash(noun - 2)) {
                return []
            }
            guard let (member, _) = subject(of: noun, kinds: Self.groups) else { return [] }
            return relation(member.id, .branchOf, parent.id, at: [member.token, noun, parent.token], former: true)
        }
        // "the Islamic State branch based in Afghanistan, known as ISIS-K".
        if noun > 0, isMention(noun - 1), Self.groups.contains(kind(noun - 1)), !tokens[noun - 1].possessive,
           let named = knownAs(after: noun) {
            var out = relation(named, .branchOf, entity(noun - 1), at: [noun - 1, noun], former: true)
            // "the ISIS affiliate in Afghanistan, known as ISIS-K": where the branch is.
            if isWord(noun + 1, .inWord), let place = object(after: noun + 1, kinds: Self.regions, reach: 2) {
                out += relation(named, .activeIn, place.id, at: [noun, place.token])
            }
            return out
        }
        // "an offshoot and a close ally of Y": the "of" after coordinated nouns; "a splinter group of Y".
        var of = Vocabulary.groupNouns.contains(hash(noun + 1)) && isWord(noun + 2, .of) ? noun + 2 : noun + 1
        if isWord(of, .and), let later = (of + 1..<min(tokens.count, of + 5)).first(where: { isWord($0, .of) }),
           !(of + 1..<later).contains(where: { isMention($0) || !tokens[$0].gapAfter.isDisjoint(with: .clauseBreak) }) {
            of = later
        }
        if isWord(of, .of), let object = self.object(after: of, kinds: Self.groups, reach: 3) {
            // "a Mozambican affiliate of ISIS known locally as Shabaab": the name the branch is then given.
            if let named = knownAs(after: object.token), named != object.id {
                return relation(named, .branchOf, object.id, at: [noun, object.token], former: true)
            }
            // "the armed wing of the Hamas movement, the Qassam Brigades,": the branch named after its parent.
            var end = object.token
            if Vocabulary.groupNouns.contains(hash(end + 1)) && !isMention(end + 1) { end += 1 }
            if isWord(noun - 1, .articles) || isWord(noun - 2, .articles), tokens[end].gapAfter.contains(.comma),
               let named = mention(after: end + 1), Self.groups.contains(kind(named)), entity(named) != object.id {
                return relation(entity(named), .branchOf, object.id, at: [noun, object.token, named], former: true)
            }
            var index = noun - 1
            while index >= 0 && index >= noun - 6 {
                if let candidate = argument(index), Self.groups.contains(candidate.kind) || candidate.kind == .person {
                    return relation(candidate.id, .branchOf, object.id, at: [candidate.token, noun, object.token], former: true)
                }
                if isWord(index, .clauseWords) { break }
                index -= 1
            }
            return []
        }
        // "its Amaq news agency", "its Amaq agency": the branch named between the pronoun and the noun.
        var named = noun - 1
        if named >= 0, !isMention(named), Self.branchKinds.contains(hash(named)) { named -= 1 }
        // ("its Saharan affiliate, al-Murabitoun" names the branch after the noun.)
        if named >= 1, isMention(named), !tokens[named].possessive, kind(named) == .organisation,
           object(after: noun, kinds: Self.groups, reach: 2) == nil,
           Self.possessivePronouns.contains(hash(named - 1)), let group = antecedent(of: named - 1),
           Self.groups.contains(group.kind), group.id != entity(named) {
            return relation(entity(named), .branchOf, group.id, at: [named - 1, named, noun])
        }
        // "the PKK and its Syrian offshoot, the PYD": the group "its" stands for.
        var owner = noun - 1
        // "its Saharan affiliate": a name between the pronoun and the noun describes the branch, whatever its kind.
        if owner >= 0, isMention(owner), !tokens[owner].possessive,
           kind(owner) == .country || owner >= 1 && Self.possessivePronouns.contains(hash(owner - 1)) { owner -= 1 }
        // "its news agency Amaq", "its propaganda arm": what kind of branch, in a lowercase word before the noun.
        if owner >= 1, owner >= noun - 2, !isMention(owner), Self.branchKinds.contains(hash(owner)) || isWord(owner, .rivalNouns),
           Self.possessivePronouns.contains(hash(owner - 1)) { owner -= 1 }
        // "its Sahel media wing Al-Zallaqa": where the branch works, then what kind it is.
        if owner >= 2, owner == noun - 1, !isMention(owner), Self.branchKinds.contains(hash(owner)), isMention(owner - 1),
           [.place, .country].contains(kind(owner - 1)), !tokens[owner - 1].possessive, Self.possessivePronouns.contains(hash(owner - 2)) {
            owner -= 2
        }
        if owner >= 0, !isMention(owner), Self.possessivePronouns.contains(hash(owner)),
           let group = pairedOwner(of: owner, kinds: Self.groups) ?? antecedent(of: owner), Self.groups.contains(group.kind),
           // ("its media wing Al-Zallaqa": a name right after a word for a branch is a body's, whatever the linker took it for.)
           let member = self.object(after: noun, kinds: Self.groups, reach: 2)
               ?? (isMention(noun + 1) && kind(noun + 1) == .person && tokens[noun].gapAfter.isEmpty
                   ? Argument(token: noun + 1, id: entity(noun + 1), kind: .person) : nil),
           member.id != group.id {
            return relation(member.id, .branchOf, group.id, at: [owner, noun, member.token])
        }
        // "Y's (Afghan) branch(,) X" and "Y affiliate X".
        var index = noun - 1
        // "The Islamic State's Afghan branch": past a demonym to the owner.
        while index >= 0 && index >= noun - 3 && (!isMention(index) || (kind(index) == .country && !tokens[index].possessive)) { index -= 1 }
        guard index >= 0, isMention(index), Self.groups.contains(kind(index)),
              tokens[index].possessive || index == noun - 1 else { return [] }
        if let member = self.object(after: noun, kinds: Self.groups, reach: 2) {
            // "the Radwan unit (Hezbollah's special forces)": a gloss in brackets names the owner.
            if index == noun - 1, !tokens[index].possessive, tokens[noun].gapAfter.contains(.openParen), tokens[member.token].possessive {
                return relation(entity(index), .branchOf, member.id, at: [index, noun, member.token])
            }
            return relation(member.id, .branchOf, entity(index), at: [index, noun, member.token])
        }
        // "JNIM, al-Qaeda's affiliate in the Sahel,": the mention before the comma.
        var before = index - 1
        if isWord(before, .articles) { before -= 1 }
        guard before >= 0, isMention(before), Self.groups.contains(kind(before)), tokens[before].gapAfter.contains(.comma) else { return [] }
        return relation(entity(before), .branchOf, entity(index), at: [before, noun])
    }

    /// "its Amaq News Agency", "their al-Qassam Brigades", "the BLA's Majeed Brigade": a body whose name
    /// ends in a word for a unit, owned by the group named before it or the one "its" stands for.
    func ownUnit(_ index: Int) -> [Relation] {
        guard index > 0, kind(index) == .organisation else { return [] }
        // "Hezbollah's elite Radwan Force": up to two describing words between the owner and the unit.
        var owner = index - 1
        while owner > index - 3, owner > 0, !isMention(owner), tokens[owner].shape == [.hasLower], !Self.possessivePronouns.contains(hash(owner)),
              tokens[owner - 1].gapAfter.isDisjoint(with: .clauseBreak) { owner -= 1 }
        // "the Baloch Liberation Army's Majeed Brigade": the group named before it owns it.
        let named = isMention(owner) && tokens[owner].possessive && Self.groups.contains(kind(owner))
        guard named || owner == index - 1 && Self.possessivePronouns.contains(hash(owner)),
              let last = context.mentions[tokens[index].mention].text.split(separator: " ").last,
              Self.unitHeads.contains(TextFolding.wordHash(String(last))),
              let group = named ? Argument(token: owner, id: entity(owner), kind: kind(owner)) : antecedent(of: owner),
              Self.groups.contains(group.kind), group.id != entity(index) else { return [] }
        return relation(entity(index), .branchOf, group.id, at: [owner, index])
    }

    /// "the Islamic State's Central Africa Province": a group's province is its branch too.
    static let unitHeads = Vocabulary.hashes("agency wing arm brigade brigades unit province force")

    /// "Hezbollah's Hassan Nasrallah", "the Unity Party's X": a person named as a body's own is one of its members.
    func possessiveMember(_ index: Int) -> [Relation] {
        guard index > 0, kind(index) == .person, isMention(index - 1), tokens[index - 1].possessive,
              kind(index - 1) == .organisation, tokens[index - 1].gapAfter.isDisjoint(with: .clauseBreak) else { return [] }
        return relation(entity(index), .memberOf, entity(index - 1), at: [index - 1, index])
    }

    /// "Markus Söder (CSU) called for ...", "Senator X (GOP) said": the acronym in brackets after a
    /// person is their party's. A news agency's credit ("Tim Cole (AFP)") is no membership.
    func partyInBrackets(_ index: Int) -> [Relation] {
        let party = index + 1
        guard kind(index) == .person, tokens[index].gapAfter.contains(.openParen), isMention(party), kind(party) == .organisation,
              tokens[party].gapAfter.contains(.closeParen), party + 1 < tokens.count, !tokens[party].gapAfter.contains(.period),
              tokens[party].shape.contains(.hasUpper), !tokens[party].shape.contains(.hasLower),
              tokens[party].utf8End - tokens[party].utf8Start <= 6, !Gazetteer.newsAgencies.contains(entity(party)) else { return [] }
        return relation(entity(index), .memberOf, entity(party), at: [index, party])
    }

    /// "Telegram channels linked to X", "accounts linked to X": a plural common noun, what is linked.
    func isPluralNoun(_ index: Int) -> Bool {
        guard tokens.indices.contains(index), tokens[index].words.isEmpty || isWord(index, .attackNouns),
              !tokens[index].shape.contains(.firstUpper) else { return false }
        let word = WordScanner.slice(text, utf8: tokens[index].utf8Start, tokens[index].utf8End)
        return word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss")
    }

    /// "fighters linked to X": people, not a group, before "linked" ("a group linked to X" is one).
    static let linkedPeople = Vocabulary.hashes("militants insurgents rebels jihadists fighters gunmen men attackers assailants people suspects individuals")

    /// "eight members", "dozens of members": a count before the noun.
    static let countWords = Vocabulary.hashes("""
        two three four five six seven eight nine ten eleven twelve dozen dozens several many scores hundreds thousands
        """)

    /// "its news agency", "its propaganda arm", "its armed wing": words for what kind of branch it is.
    static let branchKinds = Vocabulary.hashes("news propaganda media armed military political youth student women")

    /// "..., known as ISIS-K": the group a description is then named as, within a few words.
    func knownAs(after index: Int) -> String? {
        let end = min(tokens.count - 1, index + 12)
        guard index + 1 < end, let known = (index + 1..<end).first(where: { isHash($0, Self.known) }),
              // "Wagner unit commander Anton Yelizarov, known as Lotos": the person's other name.
              !(index + 1..<known).contains(where: { isMention($0) && kind($0) == .person }) else { return nil }
        // "known locally as Shabaab": past one adverb.
        let asWord = Vocabulary.asideAdverbs.contains(hash(known + 1)) ? known + 2 : known + 1
        guard isHash(asWord, Self.asWord), isMention(asWord + 1), Self.groups.contains(kind(asWord + 1)) else { return nil }
        return entity(asWord + 1)
    }

    /// "X is a member of Y", "A and B are members of Y", "member states of Y", "NATO member
    /// Turkey", "Y's members A, B and C", "X's membership of Y".
    static let becomeWords = Vocabulary.hashes("became become becomes becoming remains remained remain stays stayed")
    /// "a founding member", "a leading member": -ing words that describe the member, no verb.
    static let memberAdjectives = Vocabulary.hashes("founding leading ruling remaining existing")
    /// Words before "members of" that make them an object: "the homes of members of", "against members of".
    static let objectLeads = Vocabulary.hashes("""
        of for against on at with among targeting target assassinate kill arrest detain attack hit strike struck
        """)

    func member(_ noun: Int) -> [Relation] {
        // "the SDF, of which the YPG is the largest component": the group "which" stands for.
        if noun > 2, let which = (max(2, noun - 12)..<noun).last(where: { isHash($0, Self.which) }), isWord(which - 1, .of),
           isMention(which - 2), Self.groups.contains(kind(which - 2)), tokens[which - 2].gapAfter.contains(.comma),
           // "of which the PKK-allied YPG is ...": past a name fused to a participle.
           let first = (which + 1..<noun).first(where: { isMention($0) && !isFusedAttributive($0) }) {
            return mentionList(startingAt: first).filter { $0 < noun && Self.actors.contains(kind($0)) && entity($0) != entity(which - 2) }.flatMap {
                relation(entity($0), .memberOf, entity(which - 2), at: [which - 2, noun, $0])
            }
        }
        // "saying its members — the Arakan Army (AA), the TNLA and the MNDAA — would", "X's members, A and B,": the
        // list set off after the owner's members.
        if noun >= 1, !tokens[noun].gapAfter.isEmpty, tokens[noun].gapAfter.isDisjoint(with: [.period, .semicolon, .colon]) {
            let owner = tokens[noun - 1].possessive && isMention(noun - 1) ? Argument(token: noun - 1, id: entity(noun - 1), kind: kind(noun - 1))
                : Self.possessivePronouns.contains(hash(noun - 1)) ? antecedent(of: noun - 1) : nil
            let first = isWord(noun + 1, .articles) ? noun + 2 : noun + 1
            if let owner, Self.groups.contains(owner.kind), isMention(first) {
                let members = mentionList(startingAt: first).filter { Self.groupsAndCountries.contains(kind($0)) && entity($0) != owner.id }
                if members.count >= 2 { return members.flatMap { relation(entity($0), .memberOf, owner.id, at: [owner.token, noun, $0]) } }
            }
        }
        var next = noun + 1
        if isWord(next, .memberQualifiers) { next += 1 }
        if isWord(next, .of) || (isWord(next, .inWord) && isHash(noun, Self.membership)) {
            // "suspected members of X", "alleged members": what the police suspect, not a membership.
            if Self.suspicionWords.contains(hash(noun - 1)) { return [] }
            // "killing at least eight members of the Guard", "three members of X were wounded": a count of
            // people, who are no one named.
            if noun > 0, !isMention(noun - 1), tokens[noun - 1].shape.contains(.hasDigit) || Self.countWords.contains(hash(noun - 1)) {
                return []
            }
            // "the daughter of a member of the group": kin of someone unnamed.
            if noun >= 2, isWord(noun - 1, .articles), isWord(noun - 2, .of) { return [] }
            // "X, a member of Sri Lanka's parliament": a seat in a country's legislature is an office.
            if let country = mention(after: next + 1), kind(country) == .country,
               tokens[country].possessive || context.isOtherForm(tokens[country].mention), Self.legislatures.contains(hash(country + 1)),
               let (person, _) = subject(of: noun, kinds: [.person]) {
                let seat = WordScanner.slice(text, utf8: tokens[noun].utf8Start, tokens[noun].utf8End) + " of "
                    + WordScanner.slice(text, utf8: tokens[country + 1].utf8Start, tokens[country + 1].utf8End)
                return relation(person.id, .roleOf, nation(country) ?? entity(country), role: seat, at: [person.token, noun, country])
            }
            guard let object = self.object(after: next, kinds: Self.groups, reach: 3),
                  // "two members of Abedi's family": kin, not a body.
                  !Self.kinWords.contains(hash(object.token + 1)) else { return [] }
            var index = noun - 1
            while index >= 0 && index >= noun - 5, isWord(index, .memberFillers) { index -= 1 }
            // "two men he described as members of X": the described are the unnamed noun before the
            // describer, who is no member.
            if index >= 3, isHash(index, Self.asWord), Self.describingVerbs.contains(hash(index - 1)), !isMention(index - 2),
               !isMention(index - 3), !tokens[index - 3].shape.contains(.hasUpper), !Self.describedRelatives.contains(hash(index - 3)) {
                return []
            }
            if index >= 0, isMention(index) || antecedent(of: index) != nil {
                guard let last = argument(index) else { return [] }
                return list(endingAt: last, kinds: Self.actors).flatMap {
                    relation($0.id, .memberOf, object.id, at: [$0.token, noun, object.token], former: true)
                }
            }
            // "X targeted the homes of members of Y", "X arrested members of Y": the members are the object of
            // another word, not the subject; only "is", "became" or "as" make the subject one.
            // (Past a describing word or two: "tried to kill senior members of".)
            var lead = index
            // "farmers and members of the Shammar kept fighting": members joined to other people
            // by "and" are who the clause is about, not a name's membership.
            if lead >= 0, isWord(lead, .and) || isWord(lead, .or) { return [] }
            while lead >= 0 && lead >= noun - 3 && !isMention(lead) && tokens[lead].gapAfter.isDisjoint(with: .clauseBreak) {
                if Self.objectLeads.contains(hash(lead)) || !Self.becomeWords.contains(hash(lead)) && !Self.memberAdjectives.contains(hash(lead))
                    && !tokens[lead].shape.contains(.hasUpper) && (isIngForm(lead) || isEdForm(lead)) { return [] }
                lead -= 1
            }
            guard let (subject, _) = subject(of: noun, kinds: Self.actors) else { return [] }
            return relation(subject.id, .memberOf, object.id, at: [subject.token, noun, object.token], former: true)
        }
        // "Other member countries include Iran, India and Pakistan": the bloc named before.
        if Self.memberVerbs.contains(hash(next)) || (isWord(noun + 1, .memberQualifiers) && Self.memberVerbs.contains(hash(noun + 2))) {
            let verb = Self.memberVerbs.contains(hash(next)) ? next : noun + 2
            let before = (max(0, noun - Self.window)..<noun).last { isMention($0) && Self.groups.contains(kind($0)) }
            guard let group = before.map({ entity($0) }) ?? previous.entity(of: [.organisation])?.id,
                  let first = mention(after: verb + 1) else { return [] }
            return mentionList(startingAt: first).filter { [.country, .organisation].contains(kind($0)) && entity($0) != group }.flatMap {
                relation(entity($0), .memberOf, group, at: [noun, verb, $0])
            }
        }
        // "NATO member Turkey", "the CSTO's members Armenia and Belarus".
        var owner = noun - 1
        if isWord(owner, .memberQualifiers) { owner -= 1 }
        guard owner >= 0, isMention(owner), Self.groups.contains(kind(owner)) else { return [] }
        var first = next
        if tokens[noun].gapAfter.contains(.comma) || isWord(first, .articles) { first += isWord(first, .articles) ? 1 : 0 }
        guard isMention(first), Self.actors.contains(kind(first)) else {
            // "Poland, a NATO member, ...": the mention before the apposition.
            var before = owner - 1
            if isWord(before, .articles) { before -= 1 }
            guard before >= 0, isMention(before), Self.actors.contains(kind(before)), tokens[before].gapAfter.contains(.comma) else { return [] }
            return relation(entity(before), .memberOf, entity(owner), at: [before, owner, noun], former: true)
        }
        return mentionList(startingAt: first).filter { Self.actors.contains(kind($0)) }.flatMap {
            relation(entity($0), .memberOf, entity(owner), at: [owner, noun, $0])
        }
    }

    /// "two Pakistan-based LeT handlers, A and B": the people a group's members are named as, after a comma.
    func namedMembers(_ person: Int) -> [Relation] {
        guard person >= 2, Self.memberPlurals.contains(hash(person - 1)), tokens[person - 1].gapAfter == .comma,
              isMention(person - 2), kind(person - 2) == .organisation, tokens[person - 2].gapAfter.isEmpty, !tokens[person - 2].possessive
        else { return [] }
        return mentionList(startingAt: person).filter { kind($0) == .person }.flatMap {
            relation(entity($0), .memberOf, entity(person - 2), at: [person - 2, person - 1, $0])
        }
    }

    static let memberPlurals = Vocabulary.hashes("handlers operatives militants fighters commanders members leaders gunmen recruits")

    static let describingVerbs = Vocabulary.hashes("described identified called labelled labeled branded named")
    /// ("X, whom police described as ...": the relative word stands for X, who is described.)
    static let describedRelatives = Vocabulary.hashes("whom who which that")
    static let kinWords: Set<UInt64> = Set(Vocabulary.words("family families clan household relatives tribe entourage").map(TextFolding.wordHash))
    static let legislatures: Set<UInt64> = Set("parliament congress senate assembly duma cabinet".split(separator: " ").map { TextFolding.wordHash(String($0)) })

    /// "six countries:", "four members:": the kind of member a count before a list names.
    static let memberKinds = Vocabulary.hashes("countries states nations members republics")

    /// "Y is a ... alliance comprising A, B and C", "the SCO, grouping A, B and C": each is a member of Y.
    func alliance(_ noun: Int) -> [Relation] {
        if Self.memberVerbs.contains(tokens[noun].hash) { return memberList(noun) }
        // "the National Organization of Monotheism": a word of a name evex did not link, not a noun.
        if noun > 0 && tokens[noun].shape.contains(.firstUpper) { return [] }
        var next = noun + 1
        var owner: Int? = nil
        if isWord(noun, .listIntros), noun > 0, isMention(noun - 1), Self.groups.contains(kind(noun - 1)) {
            owner = noun - 1
            next = noun
        } else {
            while next < noun + 4, isWord(next, .listLeadIns) { next += 1 }
            guard isWord(next, .listIntros) else { return [] }
            owner = (max(0, noun - 8)..<noun).last { isMention($0) && kind($0) == .organisation }
        }
        guard let owner else { return [] }
        let members = mentionList(startingAt: next + 1).filter { [.country, .organisation, .other].contains(kind($0)) }
        // "an alliance of A, B and C" lists members; "a sister organisation of the PKK" names one kin.
        if isWord(next, .of) && members.count < 2 { return [] }
        return members.flatMap { relation(entity($0), .memberOf, entity(owner), at: [owner, noun, $0]) }
    }

    /// "the CSTO, which also includes A, B and C", "the SCO consists of A and B": each is a member.
    /// "A, B and C, calling themselves the Three Brotherhood Alliance, said ...", "A and B, known collectively as X,":
    /// each named before is a member of the body the words name.
    func selfNamed(_ index: Int) -> [Relation] {
        let lead: Int, name: Int
        if isHash(index, Self.themselves), Self.callingWords.contains(hash(index - 1)) {
            (lead, name) = (index - 1, index + 1)
        } else if isHash(index, Self.collectively), isHash(index - 1, Self.known), isHash(index + 1, Self.asWord) {
            (lead, name) = (index - 1, index + 2)
        } else {
            return []
        }
        let body = isWord(name, .articles) ? name + 1 : name
        guard lead >= 1, isMention(lead - 1), tokens[lead - 1].gapAfter.contains(.comma),
              isMention(body), kind(body) == .organisation, !tokens[body].possessive else { return [] }
        // ("the Arakan Army (AA), ...": the bracketed acronym closes the last item.)
        var last = lead - 1
        if last >= 1, isMention(last - 1), entity(last - 1) == entity(last), tokens[last - 1].gapAfter.contains(.openParen) { last -= 1 }
        let members = mentionList(endingAt: last).filter { Self.groupsAndCountries.contains(kind($0)) && entity($0) != entity(body) }
        guard members.count >= 2 else { return [] }
        return members.flatMap { relation(entity($0), .memberOf, entity(body), at: [$0, index, body]) }
    }

    static let themselves = TextFolding.wordHash("themselves")
    static let collectively = TextFolding.wordHash("collectively")
    static let callingWords = Vocabulary.hashes("calling call called")

    func memberList(_ verb: Int) -> [Relation] {
        guard let (owner, _) = subject(of: verb, kinds: Self.groups), !tokens[owner.token].possessive else { return [] }
        var start = verb + 1
        if isWord(start, .of) { start += 1 }
        // "consisted of six countries: A, B and C": past the count and its noun to the colon.
        if !isMention(start), start + 2 < tokens.count, tokens[start].shape.contains(.hasDigit) || Self.countWords.contains(hash(start)),
           Self.memberKinds.contains(hash(start + 1)), tokens[start + 1].gapAfter.contains(.colon) {
            start += 2
        }
        guard isMention(start) || (isWord(start, .articles) && isMention(start + 1)) else { return [] }
        let members = mentionList(startingAt: start).filter { [.country, .organisation, .other].contains(kind($0)) }
        return (membersBefore(verb) + members).flatMap { relation(entity($0), .memberOf, owner.id, at: [owner.token, verb, $0], former: true) }
    }
}
