/// What the trigger finder of ``EventSentenceReader`` asks of a word before it takes it for an event: a
/// state's strikes, a weapon fired, a person shot, a claim or condemnation that names no deed, and the
/// words that deny, hedge or generalise it ("did not attack", "attacks of this kind").
extension EventSentenceReader {
    /// "Israeli strikes killed 20", "recent U.S. strikes on Iranian nuclear sites": a country right before
    /// "strikes", and what they hit or killed right after ("French strikes on Monday" are walkouts).
    func isStateStrike(_ index: Int) -> Bool {
        guard index > range.lowerBound, let country = scan.entity(at: index - 1), scan.catalog.kind(of: country) == .country,
              index + 2 < range.upperBound else { return false }
        let next = scan.hash(index + 1)
        if EventWords.killVerbs.contains(next) || EventWords.hitVerbs.contains(next) { return true }
        guard next == EventWords.on else { return false }
        // "on Iranian nuclear sites", "on Gaza": a name or a site after "on", not a day.
        return (index + 2..<min(range.upperBound, index + 5)).contains { scan.entity(at: $0) != nil }
            && !EventWords.isCalendarWord(scan.hash(index + 2))
    }

    /// "carried out strikes on three nuclear sites", "launched airstrikes against Hezbollah": a launch verb
    /// a few words before, a target after "on" or "against" ("staged strikes on Monday" are walkouts).
    func isLaunchedStrike(_ index: Int) -> Bool {
        guard EventWords.strikes.contains(scan.hash(index)), index > range.lowerBound + 1, index + 2 < range.upperBound,
              scan.hash(index + 1) == EventWords.on || scan.hash(index + 1) == EventWords.against,
              !EventWords.isCalendarWord(scan.hash(index + 2)) else { return false }
        return launchedBefore(index) { EventWords.strikeLaunchVerbs.contains(scan.hash($0)) || endsCarriedOut($0) }
    }

    /// "The RSF launched an offensive on the Zamzam camp", "Russia stepped up its offensive on Avdiivka": an
    /// offensive launched or pressed at a name is an attack on it ("the spring offensive" is a campaign).
    func isLaunchedOffensive(_ index: Int) -> Bool {
        guard scan.hash(index) == EventWords.offensive, index > range.lowerBound + 1, index + 2 < range.upperBound,
              scan.hash(index + 1) == EventWords.on || scan.hash(index + 1) == EventWords.against,
              (index + 2..<min(range.upperBound, index + 6)).contains(where: { scan.entity(at: $0) != nil }) else { return false }
        return launchedBefore(index) { EventWords.launchVerbs.contains(scan.hash($0)) || EventWords.pressesOn($0, deed: index, hash: scan.hash) }
    }

    /// Whether a verb `isLaunch` accepts stands up to four words before `index`, in its clause.
    private func launchedBefore(_ index: Int, isLaunch: (Int) -> Bool) -> Bool {
        guard let verb = (max(range.lowerBound, index - 4)..<index).last(where: isLaunch) else { return false }
        return (verb..<index).allSatisfy { scan.words[$0].gapAfter.isDisjoint(with: .clauseBreak) }
    }

    /// Whether the word at `index` is the "out" of "carried out".
    func endsCarriedOut(_ index: Int) -> Bool {
        scan.hash(index) == EventWords.out && index > range.lowerBound && scan.hash(index - 1) == EventWords.carried
    }

    /// "killed 20 soldiers", "killed at least 43 civilians", "killed the governor": a verb with its victims
    /// after it, not a participle before "in" or "by".
    func killsSomeone(after verb: Int) -> Bool {
        guard verb + 1 < range.upperBound, scan.words[verb].gapAfter.isDisjoint(with: .clauseBreak) else { return false }
        let next = scan.hash(verb + 1)
        return scan.number(verb + 1) != nil || EventWords.numberWords.contains(next) || EventWords.determiners.contains(next)
            || EventWords.victimNouns.contains(next) || EventFigureReader.qualifierStarts.contains(next)
            // "jets struck Hezbollah positions": a strike on a named target.
            || EventWords.hitVerbs.contains(scan.hash(verb)) && scan.entity(at: verb + 1) != nil
            // "jets struck rebel camps in X": a strike on what armed men hold.
            || EventWords.hitVerbs.contains(scan.hash(verb)) && (verb + 1..<min(range.upperBound, verb + 3)).contains { EventWords.heldTargets.contains(scan.hash($0)) }
    }

    /// The last weapon word of "ballistic missiles and drones" a few words after `index`, or nil.
    func firedWeapons(after index: Int) -> Int? {
        var last: Int?
        var next = index + 1
        while next < min(range.upperBound, index + 6) && scan.words[next - 1].gapAfter.isDisjoint(with: .clauseBreak) {
            if EventWords.firedWeapons.contains(scan.hash(next)) { last = next }
            next += 1
        }
        // "launched a missile strike on the station": the noun after the weapon is the trigger.
        if let last, last + 1 < range.upperBound, EventWords.strikes.contains(scan.hash(last + 1)) || EventWords.triggers[scan.hash(last + 1)] != nil {
            return nil
        }
        return last
    }

    /// "Robert Fico has been shot", "worshippers were shot": a person or people before the passive, not "a
    /// video that was shot in Africa".
    func isPersonShot(_ index: Int) -> Bool {
        (max(range.lowerBound, index - 4)..<index).contains { word in
            EventWords.victimNouns.contains(scan.hash(word))
                || scan.entity(at: word).map { scan.catalog.kind(of: $0) == .person } ?? false
        }
    }

    /// "The attacker was shot dead by police": what befell the doer, not a shooting of its own.
    func shotByStateForces(_ index: Int) -> Bool {
        guard let by = (index + 1..<min(range.upperBound, index + 4)).first(where: { scan.hash($0) == EventWords.by }) else { return false }
        return (by + 1..<min(range.upperBound, by + 4)).contains { EventWords.stateNouns.contains(scan.hash($0)) }
    }

    /// "The suspected killer, who was shot dead by police, was named as X": what befell the doer, in an
    /// aside after the noun for him, is no deed of its own.
    func isDoersFate(_ trigger: Trigger) -> Bool {
        guard trigger.first > range.lowerBound + 1,
              let who = (max(range.lowerBound + 1, trigger.first - 5)..<trigger.first).last(where: { EventWords.relatives.contains(scan.hash($0)) }),
              scan.words[who - 1].gapAfter.contains(.comma), EventWords.perpetratorNouns.contains(scan.hash(who - 1)) else { return false }
        return (who..<trigger.first).allSatisfy { scan.words[$0].gapAfter.isDisjoint(with: .clauseBreak) }
    }

    /// "A Taliban spokesman condemned the gruesome incident", "also condemned the bloodshed", "described
    /// the incident as absolute evil": a condemnation of what the article reports, named by a word that
    /// names no kind of event.
    func bareCondemnation() -> Trigger? {
        for index in range {
            let labels = Self.labellingVerbs.contains(scan.hash(index))
            guard labels || EventWords.condemnVerbs.contains(scan.hash(index)), !negatedWord(index), !hedged(index) else { continue }
            for noun in index + 1..<min(range.upperBound, index + 5) where EventWords.eventReferences.contains(scan.hash(noun)) {
                guard (index + 1..<noun).contains(where: { EventWords.definite.contains(scan.hash($0)) }) else { break }
                if labels, !(noun + 1..<min(range.upperBound, noun + 7)).contains(where: { Self.reproaches.contains(scan.hash($0)) }) { break }
                return Trigger(type: .attack, isVerb: false, first: noun, last: noun)
            }
        }
        return nil
    }

    /// "Al-Shabaab ... claimed responsibility, saying ...": a claim that names no event claims the one the
    /// article reports; "claimed responsibility for the kidnapping" names another thing and is left out.
    func bareClaim() -> Trigger? {
        for index in range where scan.hash(index) == EventWords.responsibility && index > range.lowerBound {
            let verb = scan.hash(index - 1) == EventWords.full && index - 1 > range.lowerBound ? index - 2 : index - 1
            guard EventWords.claimWords.contains(scan.hash(verb)), !negatedWord(verb), !hedged(verb) else { continue }
            if index + 1 < range.upperBound && scan.hash(index + 1) == EventWords.forWord { continue }
            return Trigger(type: .attack, isVerb: false, first: index, last: index)
        }
        return nil
    }

    /// "a bombing in Peshawar claimed by X": the trigger is followed, within its phrase, by "claimed by".
    func isClaimedByName(_ trigger: Trigger) -> Bool {
        guard !trigger.isVerb else { return false }
        // "The attack came two days after IS-K took credit for a suicide bombing in Kunduz": another deed, claimed.
        if let forWord = (max(range.lowerBound + 1, trigger.first - 4)..<trigger.first).first(where: { scan.hash($0) == EventWords.forWord }),
           EventWords.claimNouns.contains(scan.hash(forWord - 1)),
           (forWord + 1..<trigger.first).contains(where: { EventWords.indefiniteArticles.contains(scan.hash($0)) }) {
            return true
        }
        // "three months after X said it carried out an assault at the Crocus City Hall": another deed, claimed.
        if let carried = (max(range.lowerBound + 2, trigger.first - 5)..<trigger.first).first(where: {
               scan.hash($0) == EventWords.carried && scan.hash($0 + 1) == EventWords.out
           }),
           EventWords.subjectPronouns.contains(scan.hash(carried - 1)) || EventWords.haveWords.contains(scan.hash(carried - 1))
               && EventWords.subjectPronouns.contains(scan.hash(carried - 2)),
           (max(range.lowerBound, carried - 4)..<carried).contains(where: { EventWords.speechVerbs.contains(scan.hash($0)) }),
           (carried + 2..<trigger.first).contains(where: { EventWords.indefiniteArticles.contains(scan.hash($0)) }) {
            return true
        }
        var index = trigger.last + 1
        while index + 1 < min(range.upperBound, trigger.last + 6) && scan.sameClause(trigger.last, index) {
            if scan.hash(index) == EventWords.claimed { return scan.hash(index + 1) == EventWords.by }
            index += 1
        }
        return false
    }

    func isNegated(_ trigger: Trigger) -> Bool {
        // ("declined to say whether it had charged X": a charge or a sanction in doubt is no deed either.)
        let hedged = [.attack, .arrest, .trial, .sanction].contains(trigger.type.family)
        // "called for the gunman to be arrested": an arrest wished for; "the first to be arrested" was one.
        if trigger.type.family == .arrest, trigger.first - 2 >= range.lowerBound, scan.hash(trigger.first - 1) == EventWords.be,
           scan.hash(trigger.first - 2) == EventWords.to,
           !(trigger.first - 3 >= range.lowerBound && EventWords.ordinals.contains(scan.hash(trigger.first - 3))) {
            return true
        }
        var index = trigger.first - 1
        while index >= max(range.lowerBound, trigger.first - 6) {
            let hash = scan.hash(index), distance = trigger.first - index
            if distance <= 3 && EventWords.negations.contains(hash) { return true }
            if distance <= 4 && hedged && (EventWords.hedges.contains(hash) || Self.conditionals.contains(hash)) && !isMonthMay(index) { return true }
            if !scan.sameClause(index, trigger.first) { break }
            // "Russia denied carrying out a missile strike": a denial at the head of the verb phrase.
            if EventWords.denials.contains(hash) { return true }
            // "demands the arrest of the three men", "called for sanctions on X": a deed asked for, not done.
            if distance <= 4, [.arrest, .trial, .sanction].contains(trigger.type.family), !trigger.isVerb,
               EventWords.asksFor(at: index, lowerBound: range.lowerBound, hash: scan.hash) {
                return true
            }
            // "lifting sanctions on Syria", "the cessation of sanctions": their end, not sanctions imposed.
            if trigger.type == .sanction && distance <= 4 && Self.sanctionEnds.contains(hash) { return true }
            index -= 1
        }
        return false
    }

    static let sanctionEnds = Vocabulary.hashes("lift lifts lifted lifting ease eases eased easing end ends ended ending cessation removal remove removed removing scrap scrapped suspend suspended relief")

    /// "On 9 May, X stormed": the month, capitalised inside a sentence or before a day, hedges nothing.
    func isMonthMay(_ index: Int) -> Bool {
        scan.hash(index) == Self.may && scan.words[index].isCapitalised
            && (index > range.lowerBound || index + 1 < range.upperBound && scan.number(index + 1) != nil)
    }

    static let may = TextFolding.wordHash("may")

    /// "a 30-hour gun and bomb attack", "another bombing": a noun trigger whose own determiner makes
    /// it a new event. Read back over a few modifiers to the first determiner.
    func isIndefinite(_ trigger: Trigger) -> Bool {
        var index = trigger.first - 1
        while index >= max(range.lowerBound, trigger.first - 6) {
            let hash = scan.hash(index)
            if EventWords.indefinite.contains(hash) { return true }
            if EventWords.definite.contains(hash) || scan.entity(at: index) != nil && scan.words[index].gapAfter.contains(.apostrophe) { return false }
            if !scan.words[index].gapAfter.isDisjoint(with: .clauseBreak) { return false }
            index -= 1
        }
        return false
    }

    /// "to rally support": a noun after "to" is a verb.
    func isVerbUse(_ trigger: Trigger) -> Bool {
        !trigger.isVerb && trigger.first > range.lowerBound && scan.hash(trigger.first - 1) == EventWords.to
            || isCriticism(trigger)
    }

    /// "India attacked Pakistan for supporting terror", "attacked the minister over his remarks": words, not violence.
    func isCriticism(_ trigger: Trigger) -> Bool {
        guard trigger.isVerb, trigger.type.family == .attack, EventWords.attackVerbs.contains(scan.hash(trigger.first)) else { return false }
        let end = min(range.upperBound, trigger.last + 6)
        guard let reason = (trigger.last + 1..<end).first(where: { EventWords.reasonWords.contains(scan.hash($0)) }), reason + 1 < range.upperBound
        else { return false }
        // "for supporting", "over its remarks", "for his comments": a reason given as a deed or a saying.
        return scan.written(reason + 1).hasSuffix("ing") || EventWords.sayingNouns.contains(scan.hash(reason + 1))
            || SentencePatterns.determiners.contains(scan.hash(reason + 1)) && reason + 2 < range.upperBound && EventWords.sayingNouns.contains(scan.hash(reason + 2))
    }

    /// "Attacks of this kind", "reported arrests of": a plural with nothing that makes it particular.
    func isGeneral(_ trigger: Trigger) -> Bool {
        // "The two armies have clashed periodically since 2021": what they do, not one fight.
        if trigger.isVerb {
            return trigger.type == .clash && range.contains { Self.habitWords.contains(scan.hash($0)) || scan.hash($0) == EventWords.since }
        }
        let previous = trigger.first - 1
        guard isPlural(trigger.first), trigger.type != .sanction, trigger.type != .election else { return false }
        // "JNIM attacks in Mali have increased": a count over the years, not one deed ("the bombings, whose toll
        // rose" are the deeds); "clashes between herders and farmers are common".
        if let trend = (trigger.last + 1..<min(range.upperBound, trigger.last + 8)).first(where: {
               $0 < trigger.last + 6 && Self.trendVerbs.contains(scan.hash($0)) || Self.habitWords.contains(scan.hash($0))
           }),
           (trigger.last..<trend).allSatisfy({ scan.words[$0].gapAfter.isDisjoint(with: .clauseBreak) && !Self.measureNouns.contains(scan.hash($0)) }) {
            return true
        }
        // ("Border clashes", like "sanctions", are one deed in the plural.)
        if trigger.type == .clash { return false }
        guard previous >= range.lowerBound else { return true }
        // "the United States launched coordinated airstrikes on ...", "carried out raids on": deeds done, not a
        // kind ("the group has launched attacks across the Sahel" is what it does).
        if let verb = (max(range.lowerBound, trigger.first - 3)..<trigger.first).last(where: {
            EventWords.launchVerbs.contains(scan.hash($0)) || EventWords.pressesOn($0, deed: trigger.first, hash: scan.hash) || endsCarriedOut($0)
        }), (verb..<trigger.first).allSatisfy({ scan.words[$0].gapAfter.isDisjoint(with: .clauseBreak) }),
           // ("which has over the years carried out raids on ...": the perfect a few words back; "India has
           // carried out strikes on nine camps" is the news, strikes at a target being a state's one deed.)
           !(max(range.lowerBound, verb - 6)..<verb).contains(where: { Self.perfectAuxiliaries.contains(scan.hash($0)) })
            || isLaunchedStrike(trigger.first) {
            return false
        }
        // "support against Al-Shabaab attacks", "protection against attacks": a threat guarded against, no deed.
        var lead = previous
        if let name = scan.entity(at: previous) {
            while lead > range.lowerBound && scan.entity(at: lead - 1) == name { lead -= 1 }
            lead -= 1
        }
        if lead >= range.lowerBound && scan.hash(lead) == EventWords.against { return true }
        let hash = scan.hash(previous)
        // "A series of explosions shook Kirkuk": one volley of deeds, as particular as "the explosions".
        if isVolley(of: previous) { return false }
        let particular = EventWords.determiners.contains(hash) || EventWords.attributives.contains(hash)
            || EventWords.numberWords.contains(hash) || scan.entity(at: previous) != nil || scan.number(previous) != nil
        return !particular
    }

    /// "whether police had arrested him", "if he is charged": a deed asked about or supposed.
    static let conditionals = Vocabulary.hashes("whether if")
    static let perfectAuxiliaries = Vocabulary.hashes("has have had")
    static let volleyNouns = Vocabulary.hashes("series pair volley barrage salvo")

    /// "a series of", "the pair of" ending at `of`: the deeds named after it are one volley, the subject of the verb after them.
    func isVolley(of: Int) -> Bool {
        of - 2 >= range.lowerBound && scan.hash(of) == Vocabulary.of && Self.volleyNouns.contains(scan.hash(of - 1))
            && (EventWords.indefinite.contains(scan.hash(of - 2)) || EventWords.definite.contains(scan.hash(of - 2)))
    }
    /// "have increased", "rose", "doubled": what a number of deeds does over time.
    /// "common", "periodically": words that make deeds a habit.
    static let habitWords = Vocabulary.hashes("common frequent routine commonplace regular periodically regularly frequently often")
    static let trendVerbs = Vocabulary.hashes("increased increase increases rose risen rising doubled tripled fell fallen declined decreased dropped surged soared")
    /// "toll", "number": what rises in "the attacks, whose toll rose".
    static let measureNouns = Vocabulary.hashes("toll tolls number numbers count")

    func isPlural(_ index: Int) -> Bool {
        let word = scan.written(index)
        return word.hasSuffix("s") || word.hasSuffix("S")
    }

    /// "The strike follows an attack by militants", "the strikes came after a bombing": a word of sequence,
    /// within a few words after `index`, before another deed's word.
    func answers(_ index: Int) -> Bool {
        guard let sequence = (index + 1..<min(range.upperBound, index + 4)).first(where: {
            Self.sequenceWords.contains(scan.hash($0)) || EventWords.responses.contains(scan.hash($0))
        }) else { return false }
        return (sequence + 1..<min(range.upperBound, sequence + 5)).contains { EventWords.triggers[scan.hash($0)]?.type.family == .attack }
    }

    static let sequenceWords = Vocabulary.hashes("follows followed following after")

    /// "fired at the crowd", "fired indiscriminately into the church": the word after the preposition, when
    /// "fired" is shooting at someone; not "fired on Monday", "fired at will", nor "was fired" from a job.
    func firedAt(_ index: Int) -> Int? {
        guard index > range.lowerBound, !EventWords.passiveAuxiliaries.contains(scan.hash(index - 1)) else { return nil }
        var at = index + 1
        if at < range.upperBound, scan.words[at].isLowercase, scan.written(at).hasSuffix("ly") { at += 1 }
        guard at + 1 < range.upperBound, Self.firePrepositions.contains(scan.hash(at)),
              scan.words[index].gapAfter.isDisjoint(with: .clauseBreak),
              EventWords.weekdays[scan.hash(at + 1)] == nil, EventWords.months[scan.hash(at + 1)] == nil,
              !Self.notTargets.contains(scan.hash(at + 1)) else { return nil }
        return at + 1
    }

    static let firePrepositions = Vocabulary.hashes("at on upon into")
    /// "fired at will", "fired at least 200 workers".
    static let notTargets = Vocabulary.hashes("will least most")
}
