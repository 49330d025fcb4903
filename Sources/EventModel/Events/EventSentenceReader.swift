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
            // "11,200 civilians have been killed since February 2022": a toll counted over years.
            || range.contains { index in
                scan.hash(index) == EventWords.since
                    && (index + 1..<min(range.upperBound, index + 5)).contains { scan.number($0).map { (1900...2100).contains($0) } ?? false }
            }
            || range.contains { index in
            EventWords.triggers[scan.hash(index)].map { !$0.isVerb && $0.type.family == .attack } ?? false && isOtherDeed(index)
        }
    }

    /// "Russian missiles hit ...", "drones struck the port of Odesa": weapons as the subject of a verb of
    /// hitting, with their state before them or a place after; "most rockets hit apartment buildings" goes on
    /// with a strike already reported.
    func isWeaponHit(_ verb: Int) -> Bool {
        guard verb > range.lowerBound, EventWords.strikingWeapons.contains(scan.hash(verb - 1)),
              !EventWords.passiveAuxiliaries.contains(scan.hash(verb - 1)) else { return false }
        if verb - 2 >= range.lowerBound, let state = scan.entity(at: verb - 2), scan.catalog.kind(of: state) == .country { return true }
        return (verb + 1..<min(range.upperBound, verb + 10)).contains { word in
            scan.entity(at: word).map { [.place, .country].contains(scan.catalog.kind(of: $0)) } ?? false
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
            } else if EventWords.powerVerbs.contains(hash), index + 1 < range.upperBound, scan.hash(index + 1) == EventWords.power,
                      !EventWords.tookVerbs.contains(hash)
                        || (max(range.lowerBound, index - 3)..<index).contains(where: { EventWords.soldierNouns.contains(scan.hash($0)) }),
                      // ("the junta, which seized power in 2021", "since seizing power": the power it holds, not news.)
                      !(max(range.lowerBound, index - 3)..<index).contains(where: { EventWords.relatives.contains(scan.hash($0)) || scan.hash($0) == EventWords.that || scan.hash($0) == EventWords.since }) {
                // "the army seized power", "an elite unit took power": a coup, by whoever took it.
                found = Trigger(type: .coup, isVerb: true, first: index, last: index + 1)
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
            } else if hash == EventWords.fired, let target = firedAt(index) {
                // "a gunman fired indiscriminately at the school": a shooting.
                found = Trigger(type: .shooting, isVerb: true, first: index, last: target - 1)
            } else if EventWords.fireVerbs.contains(hash), let weapons = firedWeapons(after: index),
                      // "shot down the Iranian-launched drones": a participle fused to a name describes the weapons.
                      index == range.lowerBound || scan.words[index - 1].gapAfter != .hyphen {
                // "the Guards launched ballistic missiles and drones at a base": an attack by whoever fired them.
                found = Trigger(type: .attack, isVerb: true, first: index, last: weapons)
            } else if EventWords.hitVerbs.contains(hash), index > range.lowerBound, EventWords.passiveAuxiliaries.contains(scan.hash(index - 1)),
                      index + 1 < range.upperBound, scan.hash(index + 1) == EventWords.by, firedWeapons(after: index + 1) != nil {
                // "two bases were targeted by missiles and drones": an attack on what was hit.
                found = Trigger(type: .attack, isVerb: true, first: index, last: index)
            } else if EventWords.hitVerbs.contains(hash), isWeaponHit(index) {
                // "Russian missiles hit a fuel depot", "drones struck the port of Odesa": an attack by whoever fired them.
                let bombs = EventWords.explosives.contains(scan.hash(index - 1))
                found = Trigger(type: bombs ? .bombing : .attack, isVerb: true, first: index - 1, last: index)
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
            } else if EventWords.killVerbs.contains(hash), index > range.lowerBound,
                      (max(range.lowerBound, index - 2)..<index).contains(where: { EventWords.armedNouns.contains(scan.hash($0)) }),
                      !EventWords.passiveAuxiliaries.contains(scan.hash(index - 1)), killsSomeone(after: index),
                      !(index + 1..<range.upperBound).contains(where: { EventWords.triggers[scan.hash($0)]?.type.family == .attack }) {
                // "Militants killed 20 soldiers", "a paramilitary group killed 43 civilians": armed men who kill did
                // a deed ("20 soldiers killed in an ambush" is the passive, their fate; "killed two in a firefight"
                // is the firefight).
                found = Trigger(type: .attack, isVerb: true, first: index, last: index)
            } else if EventWords.strikes.contains(hash), index > range.lowerBound, EventWords.strikeWeapons.contains(scan.hash(index - 1)) {
                // "a missile strike", "the drone strikes": a strike by a weapon, not a walkout.
                found = Trigger(type: .attack, isVerb: false, first: index, last: index)
            } else if EventWords.strikes.contains(hash), isStateStrike(index) {
                // "Israeli strikes killed 20", "U.S. strikes on Iranian sites": a state's strikes on a target.
                found = Trigger(type: .attack, isVerb: false, first: index, last: index)
            } else if EventWords.strikes.contains(hash), isLaunchedStrike(index) {
                // "carried out strikes on three nuclear sites": strikes launched at a named target.
                found = Trigger(type: .attack, isVerb: false, first: index, last: index)
            } else if EventWords.strikes.contains(hash), index > range.lowerBound, EventWords.definite.contains(scan.hash(index - 1)),
                      let first = scan.firstWeaponStrike, first < index,
                      !(max(range.lowerBound, index - 3)..<index).contains(where: { EventWords.walkoutVerbs.contains(scan.hash($0)) }),
                      // ("The raid follows an attack last week by rebels": the deed it answers is the sentence's news.)
                      !answers(index) {
                // "Iran condemned the strike": the air strike the article reported before ("began the strike" is a walkout).
                found = Trigger(type: .attack, isVerb: false, first: index, last: index)
            } else if isLaunchedOffensive(index) {
                found = Trigger(type: .attack, isVerb: false, first: index, last: index)
            } else if let word = EventWords.triggers[hash] {
                found = Trigger(type: word.type, isVerb: word.isVerb, first: index, last: index)
            }
            // A second event of a family only when a claim names it: "the attacks, which came a month
            // after a bombing in Peshawar claimed by X".
            // "Several attacks ... have been carried out, most recently in March when gunmen opened fire":
            // a deed after attacks in general is the one reported.
            let general = found.flatMap { found in out.firstIndex { $0.type.family == found.type.family && $0.isGeneral } }
            let opening = found.flatMap { openingPhrase(before: $0, in: out) }
            guard var trigger = found, !families.contains(trigger.type.family) || general != nil || opening != nil || isClaimedByName(trigger)
            else { continue }
            // A trigger inside a name ("Attack Helicopter Regiment") is part of the name, unless it names an event.
            if let entity = scan.entity(at: index), scan.catalog.kind(of: entity) != .event { continue }
            if isNegated(trigger) || isVerbUse(trigger) || isDoersFate(trigger) { continue }
            // "the kidnapped girls", "Nigeria's kidnapped schoolgirls", "another sanctioned leader": a participle
            // describing those taken or bound; "a convicted terrorist", "said A, convicted murderer B": describing
            // someone, no deed reported ("the detained man" is the arrest reported).
            // ("members loyal to arrested leader X": after a preposition, a description reports no arrest either.)
            if trigger.isVerb, trigger.first > range.lowerBound,
               [.kidnapping, .sanction].contains(trigger.type) && EventWords.participleDeterminers.contains(scan.hash(trigger.first - 1))
                || (trigger.type != .arrest || EventWords.participlePrepositions.contains(scan.hash(trigger.first - 1)))
                    && EventWords.describesPeople(trigger.first, end: range.upperBound, hash: scan.hash, isName: { scan.entity(at: $0) != nil },
                                                  breaksBefore: { !scan.words[$0 - 1].gapAfter.isDisjoint(with: .clauseBreak) }) { continue }
            // "which has carried out other recent attacks, claimed the shootings": the deed is the later one.
            if !trigger.isVerb, isOtherDeed(index) { continue }
            trigger.isGeneral = isGeneral(trigger)
            trigger.isOwnedPlural = !trigger.isVerb && isPlural(trigger.first) && trigger.first - 2 >= range.lowerBound
                && scan.hash(trigger.first - 1) == Vocabulary.s && scan.words[trigger.first - 2].gapAfter.contains(.apostrophe)
            if !trigger.isVerb, trigger.last + 1 < range.upperBound, Self.nounCompounds.contains(scan.hash(trigger.last + 1)) { continue }
            // "a campaign rally", "an election rally": a candidate's meeting, not a protest.
            if trigger.type == .protest, trigger.first > range.lowerBound, Self.campaignWords.contains(scan.hash(trigger.first - 1)) { continue }
            if let opening {
                out[opening] = trigger
                continue
            }
            if let general, !trigger.isGeneral {
                out[general] = trigger
                continue
            }
            if general != nil && !isClaimedByName(trigger) { continue }
            // "In response to the X attack, India carried out strikes": a deed named only as what another
            // answers or resembles leaves its family open for the one reported.
            if !isCompared(trigger) && !isAnswered(trigger) { families.insert(trigger.type.family) }
            out.append(trigger)
        }
        if !families.contains(.attack), let bare = bareClaim() ?? bareCondemnation() { out.append(bare) }
        return out
    }

    /// "In a reprisal attack, the group attacked X": the noun of an opening phrase names the deed the verb
    /// after it reports, and the verb has its doer and target. The index in `found` of that noun's trigger.
    private func openingPhrase(before verb: Trigger, in found: [Trigger]) -> Int? {
        guard verb.isVerb, scan.hash(range.lowerBound) == EventWords.inWord,
              let at = found.firstIndex(where: { !$0.isVerb && $0.type.family == verb.type.family }) else { return nil }
        let noun = found[at]
        // ("In a reprisal attack over the killing of their leader, the group attacked": the phrase ends at its comma.)
        guard noun.last < verb.first, noun.first <= range.lowerBound + 5,
              (range.lowerBound..<noun.first).allSatisfy({ scan.words[$0].gapAfter.isDisjoint(with: .clauseBreak) }),
              let close = (noun.last..<min(verb.first, noun.last + 10)).first(where: { !scan.words[$0].gapAfter.isDisjoint(with: .clauseBreak) }),
              scan.words[close].gapAfter.contains(.comma) else { return nil }
        return at
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
            // "Five people were killed on Monday when gunmen opened fire": the time of the clause "when" hangs on;
            // "six were injured on Monday after a bomber detonated": "after" too, when that clause is the toll the
            // deed took ("became leader in August after X was killed" dates no killing).
            if time.last < clause.lowerBound, clause.lowerBound - time.last <= 2,
               let link = (time.last + 1...clause.lowerBound).first(where: { Self.tollClauses.contains(scan.hash($0)) }),
               scan.hash(link) == Self.when || (range.lowerBound..<time.first).contains(where: { EventWords.measures[scan.hash($0)] != nil }) {
                return true
            }
            guard clause.contains(time.first) else { return false }
            if time.first > trigger.last {
                // "the attack on Senator X on Saturday": past the name of whom it hit.
                let pastTarget = trigger.last + 1 < time.first && EventWords.targetMarkers.contains(scan.hash(trigger.last + 1))
                    && time.first - trigger.last <= 10 && scan.entity(at: time.first - 1) != nil
                    && (trigger.last + 1..<time.first).allSatisfy { scan.words[$0].gapAfter.isDisjoint(with: .clauseBreak) }
                return trigger.isVerb || bridged || pastTarget || (!reported && (trigger.last + 1..<time.first).allSatisfy(isPlacePhraseWord))
            }
            return trigger.first - time.last <= 6
        }
        frame.time = fitting.min(by: { abs($0.first - trigger.first) < abs($1.first - trigger.first) })?.time
        let roles = participants(trigger, clause: clause, places: Set(places.map(\.word)))
        frame.agents = roles.agents
        frame.targets = roles.targets.filter { !roles.agents.contains($0) }
        if frame.targets.isEmpty, !places.isEmpty, let town = struckTown(trigger, place: frame.place, agents: frame.agents) { frame.targets = [town] }
        frame.claimants = roles.claimants
        frame.condemners = roles.condemners.filter { !roles.agents.contains($0) }
        frame.blamed = roles.blamed.filter { !roles.claimants.contains($0.accused) }
        return frame
    }

    static let tollClauses = Vocabulary.hashes("when after")
    static let when = TextFolding.wordHash("when")

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
            // "strikes in response to the Pahalgam attack": the deed the trigger answers is not the trigger's.
            if index != trigger.first, isAnswered(Trigger(type: trigger.type, isVerb: false, first: mentionStart(index), last: mentionEnd(index))) { continue }
            if EventMerger.type(ofName: name)?.family == trigger.type.family { return entity }
        }
        return nil
    }
}
