/// Who acts in an event sentence: the names that can do a deed, the claimant before a claim word, and
/// the nearest actor before or after a word in its clause (see ``participants(_:clause:places:)``). `places`
/// are the words the sentence's place phrases hold, which name no actor.
extension EventSentenceReader {
    /// The entity named at word `index`, when it can act: no place, event, a word of a place phrase or a
    /// country fused to a participle; a demonym only before a word for its state ("Russian forces").
    func actor(_ index: Int, places: Set<Int>) -> String? {
        // "pro-Israel protesters", "an anti-Kremlin blogger": the name says what the people stand for.
        if index > range.lowerBound, scan.words[index - 1].gapAfter == .hyphen, Self.stanceWords.contains(scan.hash(index - 1)) { return nil }
        guard !places.contains(index), !afterLocative(index), let entity = scan.entity(at: index),
              let kind = scan.catalog.kind(of: entity), kind != .place, kind != .event,
              kind != .country || !isFused(index) else { return nil }
        // "an al-Qaeda-affiliated group, JNIM, claimed": a name fused to a word for a tie describes another.
        if isFused(index), Self.tieParticiples.contains(scan.hash(mentionEnd(index) + 1)) { return nil }
        // "Assad loyalists", "Trump supporters": people who follow the one named, not the one named.
        let after = mentionEnd(index) + 1
        if after < range.upperBound, Vocabulary.followerNouns.contains(scan.hash(after)) { return nil }
        // "supporters of former prime minister X stormed": the same people, named before.
        var back = mentionStart(index) - 1
        while back > range.lowerBound + 1, back >= mentionStart(index) - 4, scan.words[back].isLowercase,
              !RelationWords.of(hash: scan.hash(back)).isDisjoint(with: [.titles, .formerWords]) { back -= 1 }
        if back > range.lowerBound, scan.hash(back) == Vocabulary.of, Vocabulary.followerNouns.contains(scan.hash(back - 1)) { return nil }
        if isDemonym(index) {
            let next = mentionEnd(index) + 1
            guard next < range.upperBound, EventWords.stateNouns.contains(scan.hash(next)) else { return nil }
        }
        return entity
    }

    static let stanceWords = Vocabulary.hashes("pro anti")
    static let finiteBe = Vocabulary.hashes("is are was were")
    /// "a Bushmaster rifle", "Kalashnikov rifles": a firearm after its make (missiles and drones are
    /// ``EventWords/strikingWeapons``).
    static let firearms = Vocabulary.hashes("rifle rifles gun guns pistol pistols carbine shotgun")
    /// "in a statement by his spokesman", "through her spokeswoman": who conveys another's words.
    static let conveyWords = Vocabulary.hashes("by through via from")
    static let tieParticiples = Vocabulary.hashes("affiliated linked aligned allied backed inspired sponsored funded supported")
    static let linkPrepositions = Vocabulary.hashes("to with by")
    static let once = TextFolding.wordHash("once")
    static let then = TextFolding.wordHash("then")
    static let including = TextFolding.wordHash("including")
    static let told = TextFolding.wordHash("told")

    /// "mission", "wing", "office": a noun after a body's name that makes the phrase one of its parts.
    static let partNouns = Vocabulary.hashes("""
        mission missions wing arm branch office agency envoy delegation force forces unit affiliate affiliates offshoot faction
        splinter franchise
        """)

    /// The claimant before a claim word: past a verb of saying only when "it" or "they" follows it.
    func claimant(_ index: Int, places: Set<Int>) -> String? {
        func actor(_ index: Int) -> String? { self.actor(index, places: places) }
        // "President X, in a statement by his spokesman, Y, on Sunday, described the killings as ...": the spokesman
        // speaks for the one named before him.
        if index > range.lowerBound + 2,
           let spokesman = (max(range.lowerBound + 2, index - 14)..<index).last(where: { Self.spokesNouns.contains(scan.hash($0)) }),
           SentencePatterns.determiners.contains(scan.hash(spokesman - 1)), Self.conveyWords.contains(scan.hash(spokesman - 2)),
           let principal = (range.lowerBound..<spokesman - 2).first(where: { actor($0) != nil }) {
            return actor(principal)
        }
        var back = index - 1
        // "X, a group that swore allegiance to Y, has claimed": the aside ends before the auxiliary.
        while back > range.lowerBound && !scan.words[back].gapAfter.contains(.comma)
                && RelationWords.of(hash: scan.hash(back)).contains(.verbFillers) { back -= 1 }
        if let named = nameBeforeRelative(back) { return actor(named) }
        if let named = nameBeforeRestrictive(index) { return actor(named) }
        // "X, a group linked with Y, claimed": past the aside to the one it describes.
        // A long one only when it opens with "which" or "who", or a participle: "X, which has waged an
        // insurgency ..., claimed", "X, allied to al Qaeda and based in the desert north ..., claimed".
        if back > range.lowerBound && scan.words[back].gapAfter.contains(.comma),
           let open = (max(range.lowerBound, back - 24)..<back).reversed().first(where: { scan.words[$0].gapAfter.contains(.comma) }),
           back - open <= 12 || EventWords.relatives.contains(scan.hash(open + 1)) || EventWords.asideParticiples.contains(scan.hash(open + 1))
            // "Jamaat-ul Ahrar, a splinter faction of the banned outfit Tehreek-e-Taliban Pakistan (TTP), claimed":
            // a long apposition after a name.
            || EventWords.appositionOpeners.contains(scan.hash(open + 1)) && (actor(open) != nil || actor(open + 2) != nil) {
            // "X, a Y affiliate, has claimed": an aside saying what the name before it is names its parent.
            if back - open <= 12, EventWords.indefiniteArticles.contains(scan.hash(open + 1)),
               (open + 1...back).contains(where: { EventWords.branchNouns.contains(scan.hash($0)) && scan.entity(at: $0) == nil }),
               let head = actor(open) {
                return head
            }
            // "A separatist group, the BLA based in a province bordering Afghanistan and Iran, claimed": the
            // group the aside opens with, not the last name of its description.
            // ("The LRA, an Islamic State-affiliated militia, launched": a name fused to a participle describes
            // the one before the aside, who acts.)
            if EventWords.appositionOpeners.contains(scan.hash(open + 1)), open + 2 < back, actor(open + 2) != nil,
               scan.words[mentionEnd(open + 2)].gapAfter == .hyphen, let head = actor(open) {
                return head
            }
            if EventWords.appositionOpeners.contains(scan.hash(open + 1)), open + 2 < back, let group = actor(open + 2),
               scan.catalog.kind(of: group) == .organisation {
                // "MONUSCO, the United Nations mission in the country, condemned": a body's part, named before it.
                // ("the UN peacekeeping mission": a word may describe the part.)
                let after = mentionEnd(open + 2) + 1
                if after < back, (after..<min(back, after + 2)).contains(where: { scan.words[$0].isLowercase && Self.partNouns.contains(scan.hash($0)) }) {
                    return actor(open)
                }
                return group
            }
            // "One likely culprit, JNIM, condemned", "the other suspect, al Qaeda's local affiliate JNIM,
            // condemned": an aside that is a name, or ends with a branch and its name, is the one who acts.
            if back - open <= 12, let last = actor(back), mentionStart(back) > open {
                // ("the state's governor, Prof. X,", "the interior minister, Army Corps General X,": an honorific or
                // a rank opens the name.)
                var start = mentionStart(back)
                while start - 1 > open, Vocabulary.honorifics.contains(scan.hash(start - 1)) || SentencePatterns.isRankWord(scan.hash(start - 1)) {
                    start -= 1
                }
                // ("a faction of Boko Haram" names the parent: "of" before the name.)
                let named = start > open + 1 && EventWords.branchNouns.contains(scan.hash(start - 1))
                // ("An al-Qaeda-affiliated group, Jama'a Nusrat ... (JNIM), claimed": a name and its acronym.)
                let acronym = start > open + 1 && scan.words[start - 1].gapAfter.contains(.openParen) && actor(open + 1) != nil
                if start == open + 1 || named || acronym {
                    return last
                }
            }
            // "Al-Qaeda's affiliate in Burkina Faso, JNIM, claimed": the aside names the claimant itself.
            let named = (open + 1...back).compactMap { actor($0) }
            if back - open <= 12, let named = named.first(where: { scan.catalog.kind(of: $0) == .organisation }) ?? named.first,
               // ("The Islamic State West Africa Province (ISWAP), originally a branch of Boko Haram, claimed": the
               // word inside a name is no noun for a branch.)
               (max(range.lowerBound, open - 4)...open).contains(where: {
                   EventWords.branchNouns.contains(scan.hash($0)) && scan.entity(at: $0) == nil
               }) {
                return named
            }
            back = open
        }
        while back >= range.lowerBound && scan.sameClause(back, index) && !startsClause(back) {
            // "(CNN) – A Kurdish rebel group has claimed": the outlet credited before the story is no one in it.
            if actor(back) != nil, mentionStart(back) == range.lowerBound, scan.words[mentionEnd(back)].gapAfter.contains(.closeParen) {
                return nil
            }
            if let found = actor(back) {
                // "Founded in 2012 by X, the group has claimed": a name after "by" is the agent of another verb.
                let start = mentionStart(back)
                if start > range.lowerBound, scan.hash(start - 1) == EventWords.by { return nil }
                // "According to The Indian Express, seven gunmen carried out": the source cited, not the doer.
                if cited(start) { return nil }
                // "Al-Shabab, an extremist group affiliated with al-Qaeda claimed": the aside's name describes
                // the group before its comma, who claims.
                // "A group linked to al-Qaeda claimed", "an organisation formerly linked to the extremist group
                // TTP claimed": an unnamed group claims, not the one it is tied to.
                // ("... the extremist group Tehrik-e Taliban Pakistan (TTP) claimed": its acronym after it is the same name.)
                if start - 1 > range.lowerBound, let link = (max(range.lowerBound, start - 12)..<start - 1).last(where: {
                    EventWords.linkParticiples.contains(scan.hash($0)) && Self.linkPrepositions.contains(scan.hash($0 + 1))
                }), (link..<start).allSatisfy({ scan.entity(at: $0) == nil || scan.entity(at: $0) == found }) {
                    if let open = (max(range.lowerBound, start - 10)..<link).last(where: { scan.words[$0].gapAfter.contains(.comma) }) {
                        return actor(open)
                    }
                    // ("Militants affiliated with JNIM carried out": the group's own fighters, so the group.)
                    var head = link - 1
                    while head > range.lowerBound && (scan.written(head).hasSuffix("ly") || scan.hash(head) == Self.once) { head -= 1 }
                    // ("a group linked to X", "an organisation formerly tied to X": another body than X.)
                    if head >= range.lowerBound && Vocabulary.groupNouns.contains(scan.hash(head)) { return nil }
                }
                // "An Islamic State affiliate claimed": the affiliate, not the group it is named by.
                // ("X, a faction of Y, claimed" names X before its aside.)
                let end = mentionEnd(back)
                if !scan.words[end].gapAfter.contains(.comma),
                   (end + 1..<index).contains(where: { EventWords.branchNouns.contains(scan.hash($0)) }) { return nil }
                return found
            }
            if EventWords.speechVerbs.contains(scan.hash(back)) {
                let next = back + 1 < index ? scan.hash(back + 1) : 0
                guard EventWords.subjectPronouns.contains(next) || next == EventWords.on else { return nil }
                // "The group, led by X, said it carried out": past the aside to the one it describes.
                if back - 1 > range.lowerBound, scan.words[back - 1].gapAfter.contains(.comma),
                   let open = (max(range.lowerBound, back - 14)..<back - 1).reversed().first(where: { scan.words[$0].gapAfter.contains(.comma) }),
                   EventWords.asideParticiples.contains(scan.hash(open + 1)) || EventWords.relatives.contains(scan.hash(open + 1))
                    // "JNIM, a Mali-based group linked to al-Qaeda, stated it was behind": an apposition after a name.
                    || EventWords.appositionOpeners.contains(scan.hash(open + 1)) && actor(open) != nil {
                    back = open
                    continue
                }
            }
            // "The group last week claimed ...": the one group the article named just before.
            if EventWords.groupReferences.contains(scan.hash(back)) && back > range.lowerBound
                && EventWords.definite.contains(scan.hash(back - 1)) {
                return groupNamedBefore(back)
            }
            back -= 1
        }
        return nil
    }

    /// "The X organization that runs much of the south claimed": the name a relative clause with no
    /// commas describes, when the clause runs up to the verb at `verb`.
    func nameBeforeRestrictive(_ verb: Int) -> Int? {
        guard verb > range.lowerBound + 1, let relative = (max(range.lowerBound + 1, verb - 12)..<verb).last(where: {
            EventWords.relatives.contains(scan.hash($0)) || scan.hash($0) == EventWords.that
        }), (relative - 1..<verb).allSatisfy({ scan.words[$0].gapAfter.isDisjoint(with: .clauseBreak) }) else { return nil }
        var name = relative - 1
        while name > range.lowerBound && name >= relative - 2 && scan.entity(at: name) == nil && Self.bodyNouns.contains(scan.hash(name)) { name -= 1 }
        return scan.entity(at: name) == nil || name == relative - 1 && !isGroupName(name) ? nil : name
    }

    /// Whether the name at `index` is a body's, the only kind "X that ... claimed" is read for.
    func isGroupName(_ index: Int) -> Bool {
        scan.entity(at: index).map { scan.catalog.kind(of: $0) == .organisation } ?? false
    }

    static let bodyNouns = Vocabulary.hashes("organization organisation group movement militia network outfit")

    /// The word after the possessive that ends the mention at `index` ("X's Y", "X' Y"), or nil.
    func afterPossessive(_ index: Int) -> Int? {
        let end = mentionEnd(index)
        if scan.hash(end) == Vocabulary.s && end > index && scan.words[end - 1].gapAfter.contains(.apostrophe) { return end + 1 }
        if scan.words[end].gapAfter.contains(.apostrophe) && end + 1 < range.upperBound && scan.hash(end + 1) == Vocabulary.s { return end + 2 }
        return nil
    }

    /// Whether the name starting at `start` is the source "according to" cites, a few words after it
    /// ("according to the official news agency Tasnim").
    func cited(_ start: Int) -> Bool {
        guard let at = (max(range.lowerBound, start - 8)..<start).last(where: { scan.hash($0) == Self.according && scan.hash($0 + 1) == EventWords.to })
        else { return false }
        return (at..<start).allSatisfy { scan.words[$0].gapAfter.isDisjoint(with: .clauseBreak) }
    }

    /// The nearest actor before `index` in its clause, skipping places.
    func actor(before index: Int, floor: Int, demonyms: Bool = true, places: Set<Int>) -> String? {
        func actor(_ index: Int) -> String? { self.actor(index, places: places) }
        var back = index - 1
        while back > range.lowerBound && RelationWords.of(hash: scan.hash(back)).contains(.verbFillers) { back -= 1 }
        // "RSF forces, fighting against Sudan's army, also attacked": past an aside that a participle or "who"
        // opens, to the one it describes.
        // ("Al-Shabaab, which is linked to al-Qaeda, attacked": the clause of the verb starts inside the aside.)
        if back > range.lowerBound, scan.words[back].gapAfter.contains(.comma),
           let open = (max(range.lowerBound, back - 12)..<back).reversed().first(where: { scan.words[$0].gapAfter.contains(.comma) }),
           scan.written(open + 1).hasSuffix("ing") || EventWords.asideParticiples.contains(scan.hash(open + 1))
            || EventWords.relatives.contains(scan.hash(open + 1))
            // "The PIJ, a Palestinian group backed by Iran, fired": an apposition, the name before it.
            || EventWords.indefiniteArticles.contains(scan.hash(open + 1)) {
            if let head = actor(open) { return demonyms || !isDemonym(open) ? head : nil }
            back = open
        } else {
            back = index - 1
        }
        while back >= floor && scan.sameClause(back, index) && !startsClause(back) {
            // "Tajik citizens were charged": the citizens, not their country, were charged.
            // ("According to the spokesman X, 24 men attacked": the source cited, not the doer.)
            if let found = actor(back) {
                // "the operator told AFP the ferry was hit": whom a statement was told to is no one in it.
                let start = mentionStart(back)
                if start > range.lowerBound && scan.hash(start - 1) == Self.told { return nil }
                return cited(start) ? nil : demonyms || !isDemonym(back) ? found : nil
            }
            // "near the X embassy, an unknown militant detonated": an unnamed subject is who acted, not a
            // name further back ("a Taliban fighter" still finds the name before the article).
            if EventWords.indefiniteArticles.contains(scan.hash(back)) { return nil }
            // "The FSB said the suspect was detained": the reported clause's subject is after the verb of
            // saying, unnamed; "the group said it attacked" goes on to the group.
            // ("X reported 40 people detained" too; "X was reported to have claimed" is X's own deed.)
            let reports = scan.hash(back) == EventWords.reported && back > range.lowerBound && !EventWords.passiveAuxiliaries.contains(scan.hash(back - 1))
            if EventWords.speechVerbs.contains(scan.hash(back)) || reports, back + 1 < index {
                var next = back + 1
                // ("said on Wednesday that it detained")
                while next + 1 < index, scan.hash(next) == EventWords.that || scan.hash(next) == EventWords.on
                        || EventWords.weekdays[scan.hash(next)] != nil { next += 1 }
                if !EventWords.subjectPronouns.contains(scan.hash(next)) && scan.entity(at: next) == nil { return nil }
            }
            // "When X came to the ministry, the attacker detonated the bomb": the doer is the one the noun
            // names, not a name further back; "an IS suicide bomber" still finds the name just before.
            if EventWords.perpetratorNouns.contains(scan.hash(back)),
               (back + 1..<index).allSatisfy({ EventWords.passiveAuxiliaries.contains(scan.hash($0)) || EventWords.haveWords.contains(scan.hash($0)) }),
               !(max(floor, back - 2)..<back).contains(where: { actor($0) != nil && scan.words[$0].gapAfter.isDisjoint(with: .clauseBreak) }) {
                return nil
            }
            back -= 1
        }
        return nil
    }

    /// "a raid by Chad's rebel militia": forces of a country's name that are not its state's.
    static let nonStateForces = Vocabulary.hashes("paramilitary paramilitaries rebel rebels opposition militia militias insurgents separatist separatists")

    /// The actor a few words after `index` in its clause: past a name fused to "affiliated", to a group's
    /// unit or to the branch a noun names ("the IS affiliate ISKP").
    static let opposers = Vocabulary.hashes("opponents opponent critics critic enemies enemy foes foe adversaries adversary")

    func actor(after index: Int, within: Int, places: Set<Int>) -> String? {
        func actor(_ index: Int) -> String? { self.actor(index, places: places) }
        var next = index + 1
        while next < min(range.upperBound, index + 1 + within + 3) && scan.sameClause(index, next) && !startsClause(next) {
            // "Further hamlets burned by the assailants are; A, B": a semicolon or a colon ends the phrase, and so does
            // the clause's own verb ("... by the assailants are A and B").
            if next > index + 1, !scan.words[next - 1].gapAfter.isDisjoint(with: [.semicolon, .colon]) || Self.finiteBe.contains(scan.hash(next)) { break }
            // "a car exploded, according to the minister X": who is cited, not whom the deed hit.
            if scan.hash(next) == Self.according && next + 1 < range.upperBound && scan.hash(next + 1) == EventWords.to { break }
            // "dozens detained, calling the X raids ...": a participle after a comma says something else.
            // (", including X" goes on to name them.)
            if scan.words[next - 1].gapAfter.contains(.comma), scan.words[next].isLowercase, scan.written(next).hasSuffix("ing"),
               scan.hash(next) != Self.including { break }
            // "attacked worshippers and then ordered the vice president to ...": a second verb starts another clause.
            if scan.hash(next) == Vocabulary.and, next + 1 < range.upperBound, scan.words[next + 1].isLowercase,
               scan.hash(next + 1) == Self.then || scan.written(next + 1).hasSuffix("ed") && !EventWords.killVerbs.contains(scan.hash(next + 1))
                && EventWords.measures[scan.hash(next + 1)] == nil { break }
            // "the Pakistan chapter of the Islamic State group": the group whose chapter it is.
            if let found = actor(next) {
                let end = mentionEnd(next)
                // "fired with a Ruger AR rifle": a weapon's make is no one.
                if end + 1 < range.upperBound, scan.words[end].gapAfter.isEmpty,
                   Self.firearms.contains(scan.hash(end + 1)) || EventWords.strikingWeapons.contains(scan.hash(end + 1)) {
                    next = end + 2
                    continue
                }
                // "carried out by herders from X": where the doers come from is not who they are
                // ("gunmen from al-Shabaab" are its own).
                let start = mentionStart(next)
                if start > index + 1, scan.hash(start - 1) == EventWords.from, scan.catalog.kind(of: found) != .organisation { return nil }
                // "initiated by opponents of Myanmar's military government": those against the name, not the name.
                if (index + 1..<start).contains(where: { Self.opposers.contains(scan.hash($0)) }) { return nil }
                // "claimed by the al-Qaeda-affiliated group JNIM": the name fused to "affiliated" describes the group
                // (so does "the Al-Qaeda affiliated Support Group ...", the hyphen left out).
                if end + 1 < range.upperBound, scan.words[end].gapAfter == .hyphen || scan.words[end].gapAfter.isEmpty && scan.words[end + 1].isLowercase,
                   SentencePatterns.fusedParticiples.contains(scan.hash(end + 1)) {
                    next = end + 2
                    continue
                }
                // "claimed by the Baloch Liberation Army's Majeed Brigade": the group's unit.
                let owned = afterPossessive(next)
                if let owned, owned < range.upperBound, let unit = actor(owned), unit != found { return unit }
                // "a raid by Chad's rebel militia": a force against the state is not the state.
                if let owned, owned < range.upperBound, Self.nonStateForces.contains(scan.hash(owned)),
                   scan.catalog.kind(of: found) == .country { return nil }
                // "a strike on President X's hometown of Kryvyi Rih": the place the person is from, not the person.
                if let owned, owned < range.upperBound, Vocabulary.settlementNouns.contains(scan.hash(owned)) {
                    next = owned + 1
                    continue
                }
                // "claimed by the Islamic State's local affiliate, ISKP", "by the IS affiliate ISKP": the
                // affiliate the noun names.
                if let noun = (end + 1..<min(range.upperBound, end + 4)).first(where: { EventWords.branchNouns.contains(scan.hash($0)) }),
                   (end + 1..<noun).allSatisfy({ scan.entity(at: $0) == nil }), scan.words[noun].gapAfter.isSubset(of: [.comma]),
                   noun + 1 < range.upperBound, let branch = actor(noun + 1) {
                    return branch
                }
                guard end + 2 < range.upperBound, EventWords.branchNouns.contains(scan.hash(end + 1)),
                      scan.hash(end + 2) == Vocabulary.of else { return found }
                next = end + 3
                continue
            }
            if next >= index + 1 + within { break }
            next += 1
        }
        return nil
    }
}
