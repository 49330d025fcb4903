/// Who did what an event sentence reports, and to whom: agents and targets, who claimed it and who
/// condemned it (see ``EventSentenceReader/frame(for:sentence:span:text:times:)``).
extension EventSentenceReader {
    // MARK: - Participants

    /// Who did it and to whom: the subject of a claim ("X claimed the attack", "claimed by X"), the one
    /// who "carried out" it, the subject and object of a verb trigger (or the by-phrase of a passive
    /// one), a name just before a noun trigger ("an ISIS-K attack") and the name after "on" or "against".
    /// Claimants are the agents a claim word gives; condemners the subject of "condemned" before the trigger.
    func participants(_ trigger: Trigger, clause: Range<Int>, places: Set<Int>) -> Roles {
        var agents: [String] = []
        var targets: [String] = []
        var claimants: [String] = []
        var condemners: [String] = []
        // Who the sentence says did it, in words that leave no doubt: "carried out", "launched",
        // "an attack by X", "an al-Shabaab blast". They are blamed for it, by the article.
        var doers: [String] = []
        func add(_ entity: String?, to list: inout [String]) {
            if let entity, !list.contains(entity) { list.append(entity) }
        }
        func actor(_ index: Int) -> String? { self.actor(index, places: places) }
        func claimant(_ index: Int) -> String? { self.claimant(index, places: places) }
        // "X condemned", else "Paris, Rome and Ankara condemned": the subject, or the states whose capitals it lists.
        func claimantOrCapitals(_ index: Int) -> [String] { claimant(index).map { [$0] } ?? capitalSubjects(before: index) }
        func before(_ index: Int, floor: Int, demonyms: Bool = true) -> String? {
            self.actor(before: index, floor: floor, demonyms: demonyms, places: places)
        }
        func after(_ index: Int, within: Int) -> String? { self.actor(after: index, within: within, places: places) }

        for index in range where !negatedWord(index) {
            let hash = scan.hash(index)
            // "claims" and "claiming" only after a name: "despite ISIS claiming responsibility".
            let claim = hash == EventWords.claimed
                || (hash == EventWords.claims || hash == EventWords.claiming) && index > range.lowerBound && scan.entity(at: index - 1) != nil
                // "JNIM took responsibility for the attack", "took credit for the bombing".
                || EventWords.takeVerbs.contains(hash) && index + 1 < range.upperBound && EventWords.claimNouns.contains(scan.hash(index + 1))
            // "carried out the attack"; "said it was behind the attacks" is said of the doer the same way.
            let carried = hash == EventWords.carried && index + 1 < range.upperBound && scan.hash(index + 1) == EventWords.out
                || hash == EventWords.behind && index > range.lowerBound && EventWords.passiveAuxiliaries.contains(scan.hash(index - 1))
                    && index < trigger.first
                    // "There is no evidence that X was behind it": a negation anywhere before leaves it unsaid;
                    // "a man who arrived from Tunisia is behind it": the name in a relative clause is not the doer.
                    && !(range.lowerBound..<index).contains {
                        RelationWords.of(hash: scan.hash($0)).contains(.negation) || EventWords.relatives.contains(scan.hash($0))
                            || EventWords.doubtWords.contains(scan.hash($0))
                    }
            // "al-Shabab launched a 30-hour gun and bomb attack": the verb a few words before a noun trigger.
            // "The EU imposed sanctions on X": who imposes them.
            let launched = !trigger.isVerb && index < trigger.first
                && ((EventWords.launchVerbs.contains(hash) || trigger.type == .sanction && EventWords.imposeVerbs.contains(hash))
                        && trigger.first - index <= 7
                    || EventWords.pressesOn(index, deed: trigger.first, hash: scan.hash))
            guard claim || carried || launched else { continue }
            // Responsibility is claimed for violence: "arrested nine people after an attack claimed by X" claims no arrest.
            if claim && trigger.type.family != .attack { continue }
            // "The explosion claimed 12 lives", "claimed the lives of 30": a toll, not a claim.
            if claim && claimsLives(after: index) { continue }
            // "They were shot in cold blood, the front claimed.": a claim verb closing the sentence after its subject's
            // comma tags what was said, it claims no deed ("an attack which ISIS claimed." still does).
            if claim, index + 1 >= range.upperBound,
               let comma = (max(range.lowerBound, index - 5)..<index).last(where: { scan.words[$0].gapAfter.contains(.comma) }),
               !(comma + 1..<index).contains(where: { EventWords.relatives.contains(scan.hash($0)) }) { continue }
            // "initially claimed responsibility but later retracted the claim": no claim stands.
            if claim && (index + 1..<range.upperBound).contains(where: { EventWords.retractions.contains(scan.hash($0)) }) { continue }
            // "a jihadist-claimed attack", "an IS-claimed bombing": the claimant is the word fused to the participle.
            if claim, index > range.lowerBound, scan.words[index - 1].gapAfter == .hyphen {
                if let fused = actor(index - 1) { add(fused, to: &claimants) }
                continue
            }
            var next = carried && hash == EventWords.carried ? index + 2 : index + 1
            // "claimed jointly by A and B": an adverb before the by-phrase.
            if next + 1 < range.upperBound && EventWords.claimAdverbs.contains(scan.hash(next)) && scan.hash(next + 1) == EventWords.by { next += 1 }
            // "claimed that the train is under their control", "claimed to have killed 173": a statement
            // about the event, not a claim of it.
            // "claimed on Monday to have solved the murder": past a time said between.
            var stated = next
            while stated < min(range.upperBound, next + 3) && EventWords.timeFillers.contains(scan.hash(stated)) { stated += 1 }
            if claim && stated < range.upperBound && (scan.hash(stated) == EventWords.that || scan.hash(stated) == EventWords.to) { continue }
            // "claimed it had met its deadline": a pronoun and a verb after "claimed" say what was claimed to be so;
            // "claimed they jeopardize the talks": "they", "he" or "she" is never the deed claimed.
            if claim, next + 1 < range.upperBound, EventWords.subjectPronouns.contains(scan.hash(next)),
               EventWords.haveWords.contains(scan.hash(next + 1)) || EventWords.passiveAuxiliaries.contains(scan.hash(next + 1))
                || EventWords.personalPronouns.contains(scan.hash(next)) {
                continue
            }
            // "claimed the missile involved was only used by ...": a clause after the verb, no claim of the deed.
            if claim && isStatement(after: next) { continue }
            guard owns(trigger, claimAt: index) else { continue }
            // "Jets struck the port on Monday, a day after the rebels claimed a missile launch": a claim in a clause
            // of another time is of another deed.
            if index > trigger.last, (trigger.last + 1..<index).contains(where: { Self.otherTimeWords.contains(scan.hash($0)) }) { continue }
            var found: String?
            // "claimed jointly by A and B": each of them.
            var joint: [String] = []
            if next < range.upperBound && scan.hash(next) == EventWords.by {
                found = after(next, within: 6)
                // "claimed by a faction affiliated with al-Qaeda": another body than the one it is tied to.
                if let named = found, let at = (next + 1..<min(range.upperBound, next + 8)).first(where: { scan.entity(at: $0) == named }),
                   let link = (next + 1..<at).first(where: { EventWords.linkParticiples.contains(scan.hash($0)) }),
                   (next + 1..<link).contains(where: { Vocabulary.groupNouns.contains(scan.hash($0)) }) {
                    found = nil
                }
                if let found { joint = partners(of: found, after: next) }
            } else if claim || index < trigger.first {
                found = claimant(index)
                // "Moscow launched missile attacks on ...": a capital that launches an attack stands for its state.
                if found == nil, launched, trigger.type.family == .attack { found = capitalSubjects(before: index).first }
            }
            add(found, to: &agents)
            joint.forEach { add($0, to: &agents) }
            // "Jamaat-ul-Ahrar says it carried out the attack": its own word, a claim.
            // "ISIL said on Saturday it had carried out": a time between the verb and the pronoun.
            // "The X Front said the group carried out": the group it names before the verb speaks of itself.
            // "X said in a statement that it had carried out": the words of the statement between.
            let saysItself = !claim && (max(range.lowerBound, index - 10)..<index).contains { speech in
                EventWords.speechVerbs.contains(scan.hash(speech))
                    && (speech + 1..<min(index, speech + 8)).contains {
                        EventWords.subjectPronouns.contains(scan.hash($0))
                            || EventWords.groupReferences.contains(scan.hash($0)) && EventWords.definite.contains(scan.hash($0 - 1))
                            && found != nil && (range.lowerBound..<speech).contains { scan.entity(at: $0) == found }
                    }
            }
            if (claim || saysItself) && !hedged(index) {
                add(found, to: &claimants)
                if claim { joint.forEach { add($0, to: &claimants) } }
            }
            // "has carried out a number of suicide attacks": what a group does, not this deed.
            if !claim && !saysItself && !hedged(index) && isOneDeed(trigger) { add(found, to: &doers) }
        }
        // "The takeover sparked condemnation from the African Union", "The raid, a rare one abroad, drew condemnation from X".
        for index in trigger.last + 1..<min(range.upperBound, trigger.last + 10)
        where EventWords.condemnationNouns.contains(scan.hash(index)) && index + 1 < range.upperBound
            && (scan.hash(index + 1) == EventWords.from || scan.hash(index + 1) == EventWords.by) {
            // "condemnation from Qatar, Iran and others": each of the list.
            let first = after(index + 1, within: 4)
            add(first, to: &condemners)
            if let first { partners(of: first, after: index + 1, kinds: [.organisation, .person, .country]).forEach { add($0, to: &condemners) } }
        }
        // "The AU voiced its firm condemnation of the raid": a condemnation given, the deed after its "of".
        for index in max(range.lowerBound + 1, trigger.first - 5)..<max(range.lowerBound + 1, trigger.first)
        where EventWords.condemnationNouns.contains(scan.hash(index)) && scan.hash(index + 1) == Vocabulary.of
            && !negatedWord(index) && !hedged(index) {
            guard let verb = (max(range.lowerBound, index - 4)..<index).last(where: { Self.issueVerbs.contains(scan.hash($0)) }),
                  // ("refused to issue a condemnation": none given.)
                  !(max(range.lowerBound, verb - 3)..<verb).contains(where: { Self.refusals.contains(scan.hash($0)) }) else { continue }
            let joint = jointActors(before: verb, actor: actor)
            (joint.count > 1 ? joint : claimantOrCapitals(verb)).forEach { add($0, to: &condemners) }
        }
        // "The council condemned the attack": a verb of condemning a few words before the trigger.
        // "X, who rushed there after the assault began, condemned the attack": the deed named again after the verb.
        // A verb at the sentence's end names nothing after it: the range is empty, never reversed.
        // "condemn this barbaric attack": up to two describing words between.
        func namedAgain(_ index: Int) -> Bool {
            index > trigger.last && (min(range.upperBound, index + 2)..<min(range.upperBound, index + 5)).contains { noun in
                EventWords.triggers[scan.hash(noun)]?.type.family == trigger.type.family
                    && (max(index + 1, noun - 3)..<noun).contains { EventWords.definite.contains(scan.hash($0)) }
            }
        }
        // ("denounced the bombing aimed at the union's march": the deed named first after the verb, not the march.)
        for index in max(range.lowerBound, trigger.first - 6)..<min(range.upperBound, trigger.last + 40)
        where EventWords.condemnVerbs.contains(scan.hash(index)) && (index < trigger.first || namedAgain(index))
            && (index > trigger.first || !(index + 1..<trigger.first).contains(where: { EventWords.triggers[scan.hash($0)] != nil }))
            && !negatedWord(index) && !hedged(index) {
            let joint = jointActors(before: index, actor: actor)
            // "condemn" itself only in the speaker's own words: "refused to condemn", "has yet to condemn" say nothing.
            if EventWords.condemnBases.contains(scan.hash(index)) {
                add(firstPersonSpeaker(of: index, actor: actor), to: &condemners)
            } else if joint.count > 1 {
                joint.forEach { add($0, to: &condemners) }
            } else if let speaker = firstPersonSpeaker(of: index, actor: actor) {
                // '"We condemn this cowardly attack," the minister X said': who speaks in the quotation.
                add(speaker, to: &condemners)
            } else if let speech = speechBeforeParticiple(index) {
                // "X said on Telegram, condemning the attack": the one who spoke condemns ('"...," X said' too, whom
                // `before` takes for a source cited).
                add(actor(speech - 1) ?? before(speech, floor: range.lowerBound), to: &condemners)
            } else {
                claimantOrCapitals(index).forEach { add($0, to: &condemners) }
                // "Afghan officials, including Interior Minister X, condemned": the ones the aside names condemn too.
                includedActors(before: index).forEach { add($0, to: &condemners) }
            }
        }
        // "X called the bombing an act of cowardice", "described the raid as barbaric": a condemnation in other words.
        if !trigger.isVerb, trigger.first - 3 >= range.lowerBound,
           let verb = (trigger.first - 3..<trigger.first).first(where: { Self.labellingVerbs.contains(scan.hash($0)) }),
           (verb + 1..<trigger.first).allSatisfy({ EventWords.definite.contains(scan.hash($0)) }),
           (trigger.last + 1..<min(range.upperBound, trigger.last + 7)).contains(where: { Self.reproaches.contains(scan.hash($0)) }),
           !negatedWord(verb), !hedged(verb) {
            claimantOrCapitals(verb).forEach { add($0, to: &condemners) }
        }
        // Who is to blame, and who says so; the doers and suspects the sentence names join them below.
        var blamed = blames(of: trigger, places: places)
        if trigger.isVerb {
            // "was arrested", "the first to be arrested".
            // "was killed and his wife kidnapped": a kidnapping verb right after the people taken is a passive
            // whose auxiliary the sentence left out.
            let taken = trigger.type == .kidnapping && trigger.first > range.lowerBound
                && EventWords.victimNouns.contains(scan.hash(trigger.first - 1))
            // "was formally charged", "were later arrested": past the adverbs between.
            var auxiliary = trigger.first - 1
            while auxiliary > max(range.lowerBound, trigger.first - 3) && EventWords.passiveAdverbs.contains(scan.hash(auxiliary)) { auxiliary -= 1 }
            // "Sanctioned by the UN for abuses, he ...": a participle with its by-phrase is a passive too.
            let participle = trigger.last + 1 < range.upperBound && scan.hash(trigger.last + 1) == EventWords.by
            let passive = participle || trigger.first > range.lowerBound
                && (EventWords.passiveAuxiliaries.contains(scan.hash(auxiliary)) || scan.hash(auxiliary) == EventWords.be || taken)
            if passive {
                // ("his wife kidnapped": the wife, unnamed, not the man named before her.)
                if !taken { add(before(trigger.first, floor: clause.lowerBound, demonyms: false), to: &targets) }
                // ("were ambushed in hills held by the Taliban": the by-phrase of another participle.)
                // ("detained by police, had sworn loyalty to the Islamic State": the by-phrase ends at its comma.)
                if let by = (trigger.last + 1..<min(clause.upperBound, trigger.last + 5)).first(where: { scan.hash($0) == EventWords.by }),
                   !(trigger.last + 1..<by).contains(where: { scan.written($0).hasSuffix("ed") }),
                   let agent = after(by, within: 6),
                   let at = (by + 1..<min(range.upperBound, by + 7)).first(where: { scan.entity(at: $0) == agent }),
                   // ("attacked by armed men supported by the RSF": unnamed men, not the body they are tied to.)
                   (by..<at).allSatisfy({
                       scan.words[$0].gapAfter.isDisjoint(with: .clauseBreak) && !EventWords.linkParticiples.contains(scan.hash($0))
                   }) {
                    add(agent, to: &agents)
                } else if let by = (trigger.last + 1..<min(clause.upperBound, trigger.last + 3)).first(where: { scan.hash($0) == EventWords.by }),
                          let state = weaponsState(after: by) {
                    // "struck by a Russian missile": the state whose weapon it was.
                    add(state, to: &agents)
                    add(state, to: &doers)
                }
            } else if scan.hash(trigger.first) == EventWords.blew {
                // "an IS suicide bomber blew himself up": the name right before the bomber; "entered through
                // its Golden gate and blew himself up" names no one who did it.
                var back = trigger.first - 1
                while back >= max(clause.lowerBound, trigger.first - 3) && scan.hash(back) != Vocabulary.and {
                    if let found = actor(back) { add(found, to: &agents); break }
                    back -= 1
                }
            } else {
                // "armed men killed the vice principal, X, and abducted 25 students": the second verb's doer is the
                // first's subject, not its object.
                var agent = before(coordinatedVerb(before: trigger.first) ?? trigger.first, floor: clause.lowerBound)
                // "Russian missiles hit a depot": the state whose weapons they are.
                if agent == nil, let state = strikingState(trigger), !hedged(trigger.first) {
                    agent = state
                    add(state, to: &doers)
                }
                add(agent, to: &agents)
                // "Washington sanctioned X": a capital that imposes sanctions stands for its state.
                if agent == nil && trigger.type == .sanction { capitalSubjects(before: trigger.first).forEach { add($0, to: &agents) } }
                // "the Guards launched missiles at a base", "Boko Haram kidnapped the schoolgirls": who fires at or
                // takes people is to blame; "have fired missiles at ships" (weapons in the plural, nothing that
                // makes them one volley) and "has kidnapped hundreds since 2014" are what a group does.
                // "Tarrant stormed two mosques", "X stabbed three people": a person who does the deed did it.
                let habitual = (trigger.last + 1..<range.upperBound).contains(where: { scan.hash($0) == EventWords.since })
                let byPerson = trigger.type.family == .attack && agent.map { scan.catalog.kind(of: $0) == .person } == true && !habitual
                let oneDeed = EventWords.fireVerbs.contains(scan.hash(trigger.first)) ? isOneDeed(trigger)
                    : trigger.type == .kidnapping && !habitual || byPerson
                if oneDeed && !hedged(trigger.first) { add(agent, to: &doers) }
                // "plowed a pickup bearing an Islamic State flag into the crowd": what rams is no target.
                // ("stormed a Dolly Parton-themed party": a name fused to a participle describes what was hit.)
                // "insurgents stormed Darajamal": a place assaulted is whom the deed was done to, as well as where.
                let object = trigger.last + 1 < range.upperBound && EventWords.definite.contains(scan.hash(trigger.last + 1)) ? trigger.last + 2 : trigger.last + 1
                if EventWords.assaultVerbs.contains(scan.hash(trigger.last)), object < range.upperBound,
                   let place = scan.entity(at: object), [.place, .country].contains(scan.catalog.kind(of: place)),
                   !isDemonym(object), !isPossessive(object), !isFused(object) {
                    add(place, to: &targets)
                }
                // "attacked what it said was Israel's headquarters": whose it was is the attacker's word, not the news.
                let claimedWhose = trigger.last + 1 < range.upperBound && scan.hash(trigger.last + 1) == EventWords.what
                if !EventWords.rammingVerbs.contains(scan.hash(trigger.last)), !claimedWhose,
                   let found = after(trigger.last, within: 6), !targetIsDemonym(found, from: trigger.last),
                   !(trigger.last + 1..<min(range.upperBound, trigger.last + 7)).contains(where: { scan.entity(at: $0) == found && isFused($0) }) {
                    if trigger.type == .sanction {
                        sanctioned(found, after: trigger.last).forEach { add($0, to: &targets) }
                    } else {
                        add(found, to: &targets)
                    }
                }
            }
        } else {
            // A name of no known kind before the noun ("the Lakeside attack") is as often the place as the doer.
            if let before = attributive(trigger, clause: clause), let entity = actor(before), scan.catalog.kind(of: entity) != .other,
               takenPerson(before, entity: entity, trigger: trigger) {
                // "confirmed Omar's arrest", "Omar's trial": the person whose arrest it is was taken.
                add(entity, to: &targets)
            } else if let before = attributive(trigger, clause: clause), let entity = actor(before), scan.catalog.kind(of: entity) != .other {
                add(entity, to: &agents)
                // "a massive al-Shabab blast": a group's name before the noun says who did it.
                if scan.catalog.kind(of: entity) == .organisation { add(entity, to: &doers) }
            } else if let state = strikingState(trigger), !hedged(trigger.first) {
                add(state, to: &agents)
                add(state, to: &doers)
            }
            var next = trigger.last + 1
            while next < min(clause.upperBound, trigger.last + 5) {
                // "X, the suspect in the attack, was overheard by Y": the noun phrase ended at the comma.
                if !scan.words[next - 1].gapAfter.isDisjoint(with: .clauseBreak) { break }
                let hash = scan.hash(next)
                if hash == EventWords.by {
                    // "was blamed for the bombing by the council": who blames, not who did it.
                    let blaming = (max(range.lowerBound, trigger.first - 6)..<trigger.first).contains { EventWords.blameVerbs.contains(scan.hash($0)) }
                    // "The bombing was condemned by the UN": who condemned it, not who did it.
                    if (trigger.last + 1..<next).contains(where: { EventWords.condemnVerbs.contains(scan.hash($0)) }) {
                        let condemner = after(next, within: 5)
                        add(condemner, to: &condemners)
                        if let condemner {
                            partners(of: condemner, after: next, kinds: [.organisation, .person, .country]).forEach { add($0, to: &condemners) }
                        }
                    } else if (trigger.last + 1..<next).contains(where: { scan.hash($0) == EventWords.claimed }) {
                        // "The attack was claimed by IS": a claim, read with the other claims below.
                    } else if (trigger.last + 1..<next).contains(where: {
                        EventWords.witnessVerbs.contains(scan.hash($0)) || EventWords.caseVerbs.contains(scan.hash($0))
                            || EventWords.defenceVerbs.contains(scan.hash($0))
                    }) {
                        // "The attack was confirmed by a security source": who told of it, not who did it.
                    } else if !blaming {
                        // "followed by gunfire," eyewitness X said: the by-phrase ends at its comma.
                        // "attacks by groups linked to al-Qaeda": unnamed groups, not the one they are tied to.
                        let doer = after(next, within: 5).flatMap { found in
                            (next..<min(range.upperBound, next + 6)).first(where: { scan.entity(at: $0) == found })
                                .map { at in (next..<at).allSatisfy {
                                    scan.words[$0].gapAfter.isDisjoint(with: .clauseBreak) && !EventWords.linkParticiples.contains(scan.hash($0))
                                } } ?? false
                                ? found : nil
                        }
                        // "It appears that the attack was carried out by X": a guess lays nothing on X.
                        if !hedged(trigger.first) {
                            add(doer, to: &agents)
                            add(doer, to: &doers)
                        }
                    }
                    break
                }
                // "the attack was the work of X": who did it, not whom it hit.
                if hash == Vocabulary.of && scan.hash(next - 1) == EventWords.work {
                    let doer = after(next, within: 5)
                    if !hedged(trigger.first) {
                        add(doer, to: &agents)
                        add(doer, to: &doers)
                    }
                    break
                }
                // "the bombing of the embassy": "of" right after the noun; "bore the hallmarks of X" names no target,
                // nor "blamed the attack on X", who is blamed.
                let laid = (max(range.lowerBound, trigger.first - 3)..<trigger.first).contains { EventWords.layVerbs.contains(scan.hash($0)) }
                // "claimed the attack on its Amaq news agency", "on their Telegram channel": where it was said.
                if hash == EventWords.on, next + 1 < range.upperBound, SentencePatterns.possessivePronouns.contains(scan.hash(next + 1)) { break }
                // "claimed the bombing on Telegram", "streamed the attack on Facebook": where it was posted.
                if hash == EventWords.on, next + 1 < range.upperBound, EventWords.platforms.contains(scan.hash(next + 1)) { break }
                // "announced the arrest during an appearance on Fox": only "of" names who is arrested or tried.
                if EventWords.targetMarkers.contains(hash) && Self.takingTypes.contains(trigger.type) { break }
                // "air strikes on Iran": a state struck is whom the deed was done to, as much as where.
                if !laid, trigger.type.family == .attack, hash == EventWords.on || hash == EventWords.against, next + 1 < range.upperBound,
                   let state = scan.entity(at: next + 1), scan.catalog.kind(of: state) == .country, !isDemonym(next + 1), !isPossessive(next + 1) {
                    add(state, to: &targets)
                    break
                }
                // "strikes on Kharkiv", "attacks on the Ukrainian cities of A and B": a town struck is whom the deed hit.
                if !laid, trigger.type.family == .attack, next == trigger.last + 1, hash == EventWords.on || hash == EventWords.against {
                    let struck = struckPlaces(after: next)
                    if !struck.isEmpty {
                        struck.forEach { add($0, to: &targets) }
                        break
                    }
                }
                if !laid && (EventWords.targetMarkers.contains(hash) || hash == Vocabulary.of && next == trigger.last + 1) {
                    let target = after(next, within: 5)
                    if trigger.type == .sanction, let target {
                        sanctioned(target, after: next).forEach { add($0, to: &targets) }
                    } else {
                        add(target, to: &targets)
                    }
                    break
                }
                next += 1
            }
        }
        // "X, the suspect in the attack,": the article lays the deed on X.
        if trigger.type.family == .attack, !trigger.isVerb {
            for suspect in suspects(of: trigger, actor: actor) where !blamed.contains(where: { $0.accused == suspect }) {
                blamed.append(EventBlame(accused: suspect))
            }
        }
        // Only for violence: "a G20 summit" is the G20's, but the G20 is not to blame for it.
        for doer in doers where trigger.type.family == .attack && !claimants.contains(doer) && !blamed.contains(where: { $0.accused == doer }) {
            blamed.append(EventBlame(accused: doer))
        }
        // "claimed the bombing of the port on Telegram": where a deed is posted is never whom it hit.
        targets.removeAll { id in scan.catalog.entity(id: id).map { EventWords.platforms.contains(TextFolding.wordHash($0.name)) } ?? false }
        // "X, extradited from Italy, was arrested": a country or a place is never who is arrested or tried.
        if Self.takingTypes.contains(trigger.type) {
            targets.removeAll { [.country, .place].contains(scan.catalog.kind(of: $0)) }
        }
        return Roles(agents: agents, targets: targets, claimants: claimants, condemners: condemners, blamed: blamed)
    }

    /// "officials, including Prime Minister X and Y, condemned": the names of an aside opened by "including"
    /// that closes right before the verb.
    func includedActors(before verb: Int) -> [String] {
        var close = verb - 1
        while close > range.lowerBound && EventWords.verbAdverbs.contains(scan.hash(close)) { close -= 1 }
        guard close > range.lowerBound, scan.words[close].gapAfter.contains(.comma),
              let including = (max(range.lowerBound, close - 10)..<close).last(where: { scan.hash($0) == Self.including }),
              including > range.lowerBound, scan.words[including - 1].gapAfter.contains(.comma),
              (including..<close).allSatisfy({ scan.words[$0].gapAfter.isDisjoint(with: .clauseBreak) })
        else { return [] }
        return (including + 1...close).compactMap { index in
            scan.entity(at: index).flatMap { [.person, .organisation, .country].contains(scan.catalog.kind(of: $0)) ? $0 : nil }
        }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
    }

    /// Whom sanctions bind, from the first name after the verb or "on": each of a list ("on Rosneft and
    /// Lukoil"), and past a possessive to the names it owns ("on Russia's two largest oil firms, Rosneft and
    /// Lukoil"), never the owner.
    func sanctioned(_ first: String, after marker: Int) -> [String] {
        guard let at = (marker + 1..<range.upperBound).first(where: { scan.entity(at: $0) == first }) else { return [] }
        let kinds: Set<EntityKind> = [.organisation, .person, .country, .other]
        let end = mentionEnd(at)
        // "sanctioned the RSF commander X": a body's title before a name binds the one who holds it, not the body.
        var title = end + 1
        while title < range.upperBound, Vocabulary.coreTitles.contains(scan.hash(title)) || Vocabulary.titleModifiers.contains(scan.hash(title)),
              scan.entity(at: title) == nil, scan.words[title - 1].gapAfter.isDisjoint(with: .clauseBreak) { title += 1 }
        if title > end + 1, title < range.upperBound, let holder = scan.entity(at: title), scan.catalog.kind(of: holder) == .person,
           scan.words[title - 1].gapAfter.isDisjoint(with: .clauseBreak) {
            return [holder]
        }
        if isPossessive(at) {
            guard let comma = (end..<min(range.upperBound - 1, end + 8)).first(where: { !scan.words[$0].gapAfter.isDisjoint(with: .clauseBreak) }),
                  scan.words[comma].gapAfter.contains(.comma) else { return [] }
            return names(after: comma, kinds: kinds).filter { $0 != first }
        }
        // ("on Rosneft and Lukoil, Russia's two largest": the possessive after the list opens an apposition.)
        let owners = Set((end + 1..<min(range.upperBound, end + 16)).filter { scan.entity(at: $0) != nil && isPossessive($0) }.compactMap { scan.entity(at: $0) })
        return [first] + names(after: end, kinds: kinds).filter { !owners.contains($0) }
    }

    /// "after", "before": words that open a clause of another time.
    static let otherTimeWords = Vocabulary.hashes("after before until")

    /// Deeds done to a person by the authorities: who they are done to is named with "of" or a possessive.
    static let takingTypes: Set<EventType> = [.arrest, .trial, .deportation]

    /// "Omar's arrest", "the suspect's detention": a person named with a possessive before an arrest, a
    /// trial or a deportation is who was taken, unless "of" names another after it ("Russia's arrest of X").
    func takenPerson(_ index: Int, entity: String, trigger: Trigger) -> Bool {
        guard Self.takingTypes.contains(trigger.type), scan.catalog.kind(of: entity) == .person, isPossessive(index) else { return false }
        return !(trigger.last + 1 < range.upperBound && scan.hash(trigger.last + 1) == Vocabulary.of)
    }

    /// "X said on Telegram, condemning ...": the verb of speech a participle after a comma goes with,
    /// a few words before it in the same sentence.
    func speechBeforeParticiple(_ index: Int) -> Int? {
        guard index > range.lowerBound, scan.words[index - 1].gapAfter.contains(.comma), scan.written(index).hasSuffix("ing") else { return nil }
        return (max(range.lowerBound, index - 6)..<index).last { EventWords.speechVerbs.contains(scan.hash($0)) }
    }

    /// "issued a condemnation", "voiced their condemnation": verbs that give a condemnation.
    static let issueVerbs = Vocabulary.hashes("issued issues issue expressed expresses express voiced voices voice conveyed")
    static let refusals = Vocabulary.hashes("refused refuses refusing declined declines failed fails yet")

    func isArticle(_ index: Int) -> Bool { scan.hash(index) == Vocabulary.the || Vocabulary.indefiniteArticles.contains(scan.hash(index)) }

    /// "killed X and abducted Y": the verb a trigger verb is joined to by "and", a few words before, whose
    /// subject is the trigger's too.
    func coordinatedVerb(before index: Int) -> Int? {
        guard index - 1 > range.lowerBound, scan.hash(index - 1) == Vocabulary.and else { return nil }
        return (max(range.lowerBound, index - 9)..<index - 1).last { word in
            let hash = scan.hash(word)
            return EventWords.killVerbs.contains(hash) || EventWords.triggers[hash]?.isVerb == true
        }
    }

    /// "called the attack ...", "described the bombing as ...": verbs that name what a deed was.
    static let labellingVerbs = Vocabulary.hashes("called calls calling described describes describing labelled labeled branded termed")
    /// What a condemnation calls a deed: "an act of evil", "cowardly", "a heinous crime".
    static let reproaches = Vocabulary.hashes("""
        evil cowardly cowardice barbaric barbarous heinous despicable horrific senseless abhorrent dastardly vile atrocious \
        atrocity terrorism terror terrorist treacherous cruel cruelty inhuman inhumane monstrous outrageous shameful \
        unacceptable unjustifiable criminal crime crimes massacre genocide
        """)
}
