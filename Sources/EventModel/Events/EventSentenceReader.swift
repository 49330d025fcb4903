/// Reads one sentence's event triggers and, for each, its place, time and participants.
///
/// Place, time and participants are read inside the trigger's clause: words such as "after",
/// "that" or "when" start another clause, whose place or date belongs to something else
/// ("killing 20, three months after the massacre at ...", "said on Monday that the attack ...").
struct EventSentenceReader {
    let scan: EventScan
    let range: Range<Int>

    struct Trigger {
        var type: EventType
        var isVerb: Bool
        /// First and last word of the trigger ("opened fire" is two).
        var first: Int
        var last: Int
        /// A plural with nothing that makes it particular ("protests in Tbilisi", "attacks of this
        /// kind"): an event only when the sentence gives it both a place and a time.
        var isGeneral = false
        /// A plural a name owns ("the halting of Hezbollah's attacks"): what the group does, an event
        /// only when the sentence gives it a place or a time.
        var isOwnedPlural = false
    }

    /// "other recent attacks", "the last major ADF assault": a deed noun at `index` that names one before
    /// the one reported ("last week's attack", "last Friday's bombing" are its time).
    func isOtherDeed(_ index: Int) -> Bool {
        if (max(range.lowerBound, index - 2)..<index).contains(where: { EventWords.otherDeeds.contains(scan.hash($0)) }) { return true }
        guard let last = (max(range.lowerBound, index - 3)..<index).first(where: { scan.hash($0) == EventWords.lastWord }) else { return false }
        return last > range.lowerBound && scan.hash(last - 1) == Vocabulary.the && !EventWords.isCalendarWord(scan.hash(last + 1))
    }

    /// Whether the sentence reports a deed it says is another than the one reported, or a whole war
    /// ("In the ensuing retaliation, 40,000 have died"): its figures are that deed's.
    func namesOtherDeed() -> Bool {
        EventWords.saysAnotherDeed(range, hash: scan.hash) || range.contains { EventWords.conflictNouns.contains(scan.hash($0)) }
            || range.contains { index in
            EventWords.triggers[scan.hash(index)].map { !$0.isVerb && $0.type.family == .attack } ?? false && isOtherDeed(index)
        }
    }

    /// The first trigger of each event family, unless negated, hedged or general ("did not attack",
    /// "a plot to bomb", "attacks of this kind").
    func triggers() -> [Trigger] {
        var out: [Trigger] = []
        var families = Set<EventType>()
        var index = range.lowerBound
        let starts = EventWords.triggerStarts
        while index < range.upperBound {
            defer { index += 1 }
            let hash = scan.hash(index)
            // Nearly every word starts no trigger: one look-up says so before the dozen below.
            guard starts.contains(hash) else { continue }
            var found: Trigger?
            if EventWords.openedWords.contains(hash), index + 1 < range.upperBound, scan.hash(index + 1) == EventWords.fire {
                found = Trigger(type: .shooting, isVerb: true, first: index, last: index + 1)
            } else if hash == EventWords.went, index + 1 < range.upperBound, scan.hash(index + 1) == EventWords.off,
                      index > range.lowerBound, EventWords.explosives.contains(scan.hash(index - 1)) {
                // "two bombs went off at the airport".
                found = Trigger(type: .bombing, isVerb: true, first: index - 1, last: index + 1)
            } else if hash == EventWords.shot, index > range.lowerBound, EventWords.passiveAuxiliaries.contains(scan.hash(index - 1)),
                      isPersonShot(index), !shotByStateForces(index) {
                // "the prime minister was shot and wounded": a shooting of the one named before.
                found = Trigger(type: .shooting, isVerb: true, first: index, last: index)
            } else if EventWords.fireVerbs.contains(hash),
                      let shots = (index + 1..<min(range.upperBound, index + 4)).first(where: { EventWords.shots.contains(scan.hash($0)) }) {
                // "the gunman who fired shots at the former president": a shooting.
                found = Trigger(type: .shooting, isVerb: true, first: index, last: shots)
            } else if EventWords.fireVerbs.contains(hash), let weapons = firedWeapons(after: index),
                      // "shot down the Iranian-launched drones": a participle fused to a name describes the weapons.
                      index == range.lowerBound || scan.words[index - 1].gapAfter != .hyphen {
                // "the Guards launched ballistic missiles and drones at a base": an attack by whoever fired them.
                found = Trigger(type: .attack, isVerb: true, first: index, last: weapons)
            } else if EventWords.hitVerbs.contains(hash), index > range.lowerBound, EventWords.passiveAuxiliaries.contains(scan.hash(index - 1)),
                      index + 1 < range.upperBound, scan.hash(index + 1) == EventWords.by, firedWeapons(after: index + 1) != nil {
                // "two bases were targeted by missiles and drones": an attack on what was hit.
                found = Trigger(type: .attack, isVerb: true, first: index, last: index)
            } else if hash == EventWords.blew, index + 2 < range.upperBound, EventWords.reflexives.contains(scan.hash(index + 1)),
                      scan.hash(index + 2) == EventWords.up {
                // "a suicide bomber blew himself up near the gate".
                found = Trigger(type: .bombing, isVerb: true, first: index, last: index + 2)
            } else if EventWords.killVerbs.contains(hash), index > range.lowerBound,
                      let bomb = (max(range.lowerBound, index - 2)..<index).last(where: { EventWords.explosives.contains(scan.hash($0)) }) {
                // "a car bomb killed 12 people", "two bombs killed": a bombing.
                found = Trigger(type: .bombing, isVerb: true, first: bomb, last: index)
            } else if EventWords.killVerbs.contains(hash), index > range.lowerBound,
                      (max(range.lowerBound, index - 2)..<index).contains(where: { EventWords.perpetratorNouns.contains(scan.hash($0)) }),
                      // "forces shot down the drones": what was downed, not a killing; "the gunman was shot dead by
                      // police": the doer's fate.
                      index + 1 >= range.upperBound || scan.hash(index + 1) != EventWords.down,
                      !EventWords.passiveAuxiliaries.contains(scan.hash(index - 1)) {
                // "Gunmen killed 20 people", "a suicide bomber has killed": a killing by the doers of an attack.
                found = Trigger(type: .attack, isVerb: true, first: index, last: index)
            } else if EventWords.strikes.contains(hash), index > range.lowerBound, EventWords.strikeWeapons.contains(scan.hash(index - 1)) {
                // "a missile strike", "the drone strikes": a strike by a weapon, not a walkout.
                found = Trigger(type: .attack, isVerb: false, first: index, last: index)
            } else if EventWords.strikes.contains(hash), isStateStrike(index) {
                // "Israeli strikes killed 20", "U.S. strikes on Iranian sites": a state's strikes on a target.
                found = Trigger(type: .attack, isVerb: false, first: index, last: index)
            } else if EventWords.strikes.contains(hash), index > range.lowerBound, EventWords.definite.contains(scan.hash(index - 1)),
                      let first = scan.firstWeaponStrike, first < index,
                      !(max(range.lowerBound, index - 3)..<index).contains(where: { EventWords.walkoutVerbs.contains(scan.hash($0)) }) {
                // "Iran condemned the strike": the air strike the article reported before ("began the strike" is a walkout).
                found = Trigger(type: .attack, isVerb: false, first: index, last: index)
            } else if let word = EventWords.triggers[hash] {
                found = Trigger(type: word.type, isVerb: word.isVerb, first: index, last: index)
            }
            // A second event of a family only when a claim names it: "the attacks, which came a month
            // after a bombing in Peshawar claimed by X".
            // "Several attacks ... have been carried out, most recently in March when gunmen opened fire":
            // a deed after attacks in general is the one reported.
            let general = found.flatMap { found in out.firstIndex { $0.type.family == found.type.family && $0.isGeneral } }
            guard var trigger = found, !families.contains(trigger.type.family) || general != nil || isClaimedByName(trigger) else { continue }
            // A trigger inside a name ("Attack Helicopter Regiment") is part of the name, unless it names an event.
            if let entity = scan.entity(at: index), scan.catalog.kind(of: entity) != .event { continue }
            if isNegated(trigger) || isVerbUse(trigger) || isDoersFate(trigger) { continue }
            // "the kidnapped girls", "Nigeria's kidnapped schoolgirls": a participle describing those taken;
            // "a convicted terrorist", "said A, convicted murderer B": describing someone, no deed reported
            // ("the detained man" is the arrest reported).
            if trigger.isVerb, trigger.first > range.lowerBound,
               trigger.type == .kidnapping && EventWords.participleDeterminers.contains(scan.hash(trigger.first - 1))
                || trigger.type != .arrest && EventWords.describesPeople(trigger.first, end: range.upperBound, hash: scan.hash, isName: { scan.entity(at: $0) != nil },
                                              breaksBefore: { !scan.words[$0 - 1].gapAfter.isDisjoint(with: .clauseBreak) }) { continue }
            // "which has carried out other recent attacks, claimed the shootings": the deed is the later one.
            if !trigger.isVerb, isOtherDeed(index) { continue }
            trigger.isGeneral = isGeneral(trigger)
            trigger.isOwnedPlural = !trigger.isVerb && isPlural(trigger.first) && trigger.first - 2 >= range.lowerBound
                && scan.hash(trigger.first - 1) == Vocabulary.s && scan.words[trigger.first - 2].gapAfter.contains(.apostrophe)
            if !trigger.isVerb, trigger.last + 1 < range.upperBound, Self.nounCompounds.contains(scan.hash(trigger.last + 1)) { continue }
            // "a campaign rally", "an election rally": a candidate's meeting, not a protest.
            if trigger.type == .protest, trigger.first > range.lowerBound, Self.campaignWords.contains(scan.hash(trigger.first - 1)) { continue }
            if let general, !trigger.isGeneral {
                out[general] = trigger
                continue
            }
            if general != nil && !isClaimedByName(trigger) { continue }
            families.insert(trigger.type.family)
            out.append(trigger)
        }
        if !families.contains(.attack), let bare = bareClaim() ?? bareCondemnation() { out.append(bare) }
        return out
    }

    /// "Israeli strikes killed 20", "recent U.S. strikes on Iranian nuclear sites": a country right before
    /// "strikes", and what they hit or killed right after ("French strikes on Monday" are walkouts).
    private func isStateStrike(_ index: Int) -> Bool {
        guard index > range.lowerBound, let country = scan.entity(at: index - 1), scan.catalog.kind(of: country) == .country,
              index + 2 < range.upperBound else { return false }
        let next = scan.hash(index + 1)
        if EventWords.killVerbs.contains(next) || EventWords.hitVerbs.contains(next) { return true }
        guard next == EventWords.on else { return false }
        // "on Iranian nuclear sites", "on Gaza": a name or a site after "on", not a day.
        return (index + 2..<min(range.upperBound, index + 5)).contains { scan.entity(at: $0) != nil }
            && !EventWords.isCalendarWord(scan.hash(index + 2))
    }

    /// The last weapon word of "ballistic missiles and drones" a few words after `index`, or nil.
    private func firedWeapons(after index: Int) -> Int? {
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
    private func isPersonShot(_ index: Int) -> Bool {
        (max(range.lowerBound, index - 4)..<index).contains { word in
            EventWords.victimNouns.contains(scan.hash(word))
                || scan.entity(at: word).map { scan.catalog.kind(of: $0) == .person } ?? false
        }
    }

    /// "The attacker was shot dead by police": what befell the doer, not a shooting of its own.
    private func shotByStateForces(_ index: Int) -> Bool {
        guard let by = (index + 1..<min(range.upperBound, index + 4)).first(where: { scan.hash($0) == EventWords.by }) else { return false }
        return (by + 1..<min(range.upperBound, by + 4)).contains { EventWords.stateNouns.contains(scan.hash($0)) }
    }

    /// "The suspected killer, who was shot dead by police, was named as X": what befell the doer, in an
    /// aside after the noun for him, is no deed of its own.
    private func isDoersFate(_ trigger: Trigger) -> Bool {
        guard trigger.first > range.lowerBound + 1,
              let who = (max(range.lowerBound + 1, trigger.first - 5)..<trigger.first).last(where: { EventWords.relatives.contains(scan.hash($0)) }),
              scan.words[who - 1].gapAfter.contains(.comma), EventWords.perpetratorNouns.contains(scan.hash(who - 1)) else { return false }
        return (who..<trigger.first).allSatisfy { scan.words[$0].gapAfter.isDisjoint(with: .clauseBreak) }
    }

    /// "A Taliban spokesman condemned the gruesome incident", "also condemned the bloodshed": a
    /// condemnation of what the article reports, named by a word that names no kind of event.
    private func bareCondemnation() -> Trigger? {
        for index in range where EventWords.condemnVerbs.contains(scan.hash(index)) && !negatedWord(index) && !hedged(index) {
            for noun in index + 1..<min(range.upperBound, index + 5) where EventWords.eventReferences.contains(scan.hash(noun)) {
                guard (index + 1..<noun).contains(where: { EventWords.definite.contains(scan.hash($0)) }) else { break }
                return Trigger(type: .attack, isVerb: false, first: noun, last: noun)
            }
        }
        return nil
    }

    /// "Al-Shabaab ... claimed responsibility, saying ...": a claim that names no event claims the one the
    /// article reports; "claimed responsibility for the kidnapping" names another thing and is left out.
    private func bareClaim() -> Trigger? {
        for index in range where scan.hash(index) == EventWords.responsibility && index > range.lowerBound {
            let verb = scan.hash(index - 1) == EventWords.full && index - 1 > range.lowerBound ? index - 2 : index - 1
            guard EventWords.claimWords.contains(scan.hash(verb)), !negatedWord(verb), !hedged(verb) else { continue }
            if index + 1 < range.upperBound && scan.hash(index + 1) == EventWords.forWord { continue }
            return Trigger(type: .attack, isVerb: false, first: index, last: index)
        }
        return nil
    }

    /// "a bombing in Peshawar claimed by X": the trigger is followed, within its phrase, by "claimed by".
    private func isClaimedByName(_ trigger: Trigger) -> Bool {
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

    private func isNegated(_ trigger: Trigger) -> Bool {
        let hedged = trigger.type.family == .attack || trigger.type.family == .arrest
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
            if distance <= 4 && hedged && EventWords.hedges.contains(hash) && !isMonthMay(index) { return true }
            if !scan.sameClause(index, trigger.first) { break }
            // "Russia denied carrying out a missile strike": a denial at the head of the verb phrase.
            if EventWords.denials.contains(hash) { return true }
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

    private static let may = TextFolding.wordHash("may")

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
    private func isVerbUse(_ trigger: Trigger) -> Bool {
        !trigger.isVerb && trigger.first > range.lowerBound && scan.hash(trigger.first - 1) == EventWords.to
            || isCriticism(trigger)
    }

    /// "India attacked Pakistan for supporting terror", "attacked the minister over his remarks": words, not violence.
    private func isCriticism(_ trigger: Trigger) -> Bool {
        guard trigger.isVerb, trigger.type.family == .attack, EventWords.attackVerbs.contains(scan.hash(trigger.first)) else { return false }
        let end = min(range.upperBound, trigger.last + 6)
        guard let reason = (trigger.last + 1..<end).first(where: { EventWords.reasonWords.contains(scan.hash($0)) }), reason + 1 < range.upperBound
        else { return false }
        // "for supporting", "over its remarks", "for his comments": a reason given as a deed or a saying.
        return scan.written(reason + 1).hasSuffix("ing") || EventWords.sayingNouns.contains(scan.hash(reason + 1))
            || SentencePatterns.determiners.contains(scan.hash(reason + 1)) && reason + 2 < range.upperBound && EventWords.sayingNouns.contains(scan.hash(reason + 2))
    }

    /// "Attacks of this kind", "reported arrests of": a plural with nothing that makes it particular.
    private func isGeneral(_ trigger: Trigger) -> Bool {
        guard !trigger.isVerb else { return false }
        let previous = trigger.first - 1
        guard isPlural(trigger.first), trigger.type != .sanction, trigger.type != .election else { return false }
        // "JNIM attacks in Mali have increased": a count over the years, not one deed ("the bombings, whose toll
        // rose" are the deeds).
        if let trend = (trigger.last + 1..<min(range.upperBound, trigger.last + 6)).first(where: { Self.trendVerbs.contains(scan.hash($0)) }),
           (trigger.last..<trend).allSatisfy({ scan.words[$0].gapAfter.isDisjoint(with: .clauseBreak) && !Self.measureNouns.contains(scan.hash($0)) }) {
            return true
        }
        guard previous >= range.lowerBound else { return true }
        // "the United States launched coordinated airstrikes on ...", "carried out raids on": deeds done, not a
        // kind ("the group has launched attacks across the Sahel" is what it does).
        if let verb = (max(range.lowerBound, trigger.first - 3)..<trigger.first).last(where: {
            EventWords.launchVerbs.contains(scan.hash($0)) || scan.hash($0) == EventWords.out && $0 > range.lowerBound && scan.hash($0 - 1) == EventWords.carried
        }), (verb..<trigger.first).allSatisfy({ scan.words[$0].gapAfter.isDisjoint(with: .clauseBreak) }),
           // ("which has in recent years carried out attacks on ...": the perfect a few words back.)
           !(max(range.lowerBound, verb - 6)..<verb).contains(where: { Self.perfectAuxiliaries.contains(scan.hash($0)) }) {
            return false
        }
        let hash = scan.hash(previous)
        let particular = EventWords.determiners.contains(hash) || EventWords.attributives.contains(hash)
            || EventWords.numberWords.contains(hash) || scan.entity(at: previous) != nil || scan.number(previous) != nil
        return !particular
    }

    static let perfectAuxiliaries = Vocabulary.hashes("has have had")
    /// "have increased", "rose", "doubled": what a number of deeds does over time.
    static let trendVerbs = Vocabulary.hashes("increased increase increases rose risen rising doubled tripled fell fallen declined decreased dropped surged soared")
    /// "toll", "number": what rises in "the attacks, whose toll rose".
    static let measureNouns = Vocabulary.hashes("toll tolls number numbers count")

    func isPlural(_ index: Int) -> Bool {
        let word = scan.written(index)
        return word.hasSuffix("s") || word.hasSuffix("S")
    }

    /// Whether word `index` starts another clause: "that", "after", "when"..., or ", and".
    func startsClause(_ index: Int) -> Bool {
        let hash = scan.hash(index)
        if EventWords.clauseStarts.contains(hash) { return true }
        return hash == Vocabulary.and && index > range.lowerBound && scan.words[index - 1].gapAfter.contains(.comma)
    }

    /// The words of the trigger's clause.
    private func clause(of trigger: Trigger) -> Range<Int> {
        var first = trigger.first
        while first > range.lowerBound && scan.sameClause(first - 1, first) && !startsClause(first - 1) {
            first -= 1
        }
        var end = trigger.last + 1
        while end < range.upperBound && scan.sameClause(end - 1, end) && !startsClause(end) {
            end += 1
        }
        return first..<end
    }

    /// "a detention centre", "the election commission": the noun names a place or body, not an event.
    /// "a campaign rally", "a political rally", "the party's convention rally": a party's own meeting, no protest.
    static let campaignWords = Vocabulary.hashes("campaign election electoral political party convention")
    static let originWords = Vocabulary.hashes("born founded established formed created")
    static let countedFrom = Vocabulary.hashes("prior")
    static let nounCompounds = Vocabulary.hashes("centre center centres centers camp camps facility commission committee campaign rally rallies warrant warrants")

    func frame(
        for trigger: Trigger, sentence: Int, span: TextSpan, text: String, times: [(first: Int, last: Int, time: EventTime)]
    ) -> EventSentence {
        let triggerSpan = TextSpan(start: Int(scan.words[trigger.first].start), end: Int(scan.words[trigger.last].end))
        var frame = EventSentence(
            article: scan.article.id, sentence: sentence, span: span, trigger: triggerSpan, text: text, type: trigger.type)
        let clause = clause(of: trigger)
        frame.named = namedEvent(trigger, clause: clause)
        var places = placeCandidates(trigger, clause: clause)
        if places.isEmpty, let named = frame.named, let place = place(inName: named) { places.append((trigger.first, place)) }
        // The place shown is a true place when the sentence gives one; a venue such as a court is one only alone.
        // A city or venue over its country: "in western Uganda's Mpondwe town" happened in Mpondwe.
        let located = places.filter { scan.catalog.kind(of: $0.entity) != .organisation }
        let specific = located.filter { scan.catalog.kind(of: $0.entity) != .country }
        let shown = !specific.isEmpty ? specific : located.isEmpty ? places : located
        if let nearest = shown.min(by: { abs($0.word - trigger.first) < abs($1.word - trigger.first) }) {
            frame.place = nearest.entity
        }
        var all: [String] = []
        for candidate in places {
            all.append(candidate.entity)
            if let country = scan.catalog.country(ofPlace: candidate.entity) { all.append(country) }
        }
        var seen = Set<String>()
        frame.places = all.filter { seen.insert($0).inserted }
        // A time after the trigger in its clause, or just before it: "In January the group bombed ...".
        // A noun's time follows it, a place phrase at most between ("the bombing at a market in Kerman on
        // Friday"), unless the noun is what was claimed or condemned, whose time it then is; a verb's
        // time may end its clause.
        let reported = (max(range.lowerBound, trigger.first - 3)..<trigger.first).contains { EventWords.reportingVerbs.contains(scan.hash($0)) }
        let bridged = bridge(after: trigger, clause: clause) != nil
        let fitting = times.filter { time in
            // "a man born in 1995", "a group founded in 2004": a time of someone's life, not of the deed.
            if (max(range.lowerBound, time.first - 2)..<time.first).contains(where: { Self.originWords.contains(scan.hash($0)) }) { return false }
            // "Two weeks prior to the July 23 attack": the time another deed is counted from.
            if (max(range.lowerBound, time.first - 3)..<time.first).contains(where: { Self.countedFrom.contains(scan.hash($0)) }) { return false }
            // "In March 2015, 21 people were killed in attacks by ...": a time opening the sentence is all of it.
            if time.first <= range.lowerBound + 1 && scan.words[time.last].gapAfter.contains(.comma) { return true }
            guard clause.contains(time.first) else { return false }
            if time.first > trigger.last {
                return trigger.isVerb || bridged || (!reported && (trigger.last + 1..<time.first).allSatisfy(isPlacePhraseWord))
            }
            return trigger.first - time.last <= 6
        }
        frame.time = fitting.min(by: { abs($0.first - trigger.first) < abs($1.first - trigger.first) })?.time
        let roles = participants(trigger, clause: clause, places: Set(places.map(\.word)))
        frame.agents = roles.agents
        frame.targets = roles.targets.filter { !roles.agents.contains($0) }
        frame.claimants = roles.claimants
        frame.condemners = roles.condemners.filter { !roles.agents.contains($0) }
        frame.blamed = roles.blamed.filter { !roles.claimants.contains($0.accused) }
        return frame
    }

    /// An event entity the sentence names for this trigger: the trigger is inside the name ("the Crocus
    /// City Hall attack"), or the name says the same kind of event.
    /// Another clause's event is another event: "Those attacks were claimed by IS, but there has been no
    /// claim for the Stockholm assault".
    private func namedEvent(_ trigger: Trigger, clause: Range<Int>) -> String? {
        if let entity = scan.entity(at: trigger.first), scan.catalog.kind(of: entity) == .event { return entity }
        for index in clause {
            guard let entity = scan.entity(at: index), scan.catalog.kind(of: entity) == .event,
                  let name = scan.catalog.entity(id: entity)?.name else { continue }
            // "the deadliest attack since the 26/11 Mumbai attacks" names another event to compare.
            if (max(range.lowerBound, mentionStart(index) - 5)..<mentionStart(index)).contains(where: {
                ArticleContext.comparisonWords.contains(scan.hash($0))
            }) { continue }
            if EventMerger.type(ofName: name)?.family == trigger.type.family { return entity }
        }
        return nil
    }
}
