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

    /// The first trigger of each event family, unless negated, hedged or general ("did not attack",
    /// "a plot to bomb", "attacks of this kind").
    func triggers() -> [Trigger] {
        var out: [Trigger] = []
        var families = Set<EventType>()
        var index = range.lowerBound
        while index < range.upperBound {
            defer { index += 1 }
            let hash = scan.hash(index)
            var found: Trigger?
            if hash == EventWords.opened, index + 1 < range.upperBound, scan.hash(index + 1) == EventWords.fire {
                found = Trigger(type: .shooting, isVerb: true, first: index, last: index + 1)
            } else if hash == EventWords.went, index + 1 < range.upperBound, scan.hash(index + 1) == EventWords.off,
                      index > range.lowerBound, EventWords.explosives.contains(scan.hash(index - 1)) {
                // "two bombs went off at the airport".
                found = Trigger(type: .bombing, isVerb: true, first: index - 1, last: index + 1)
            } else if EventWords.killVerbs.contains(hash), index > range.lowerBound,
                      let bomb = (max(range.lowerBound, index - 2)..<index).last(where: { EventWords.explosives.contains(scan.hash($0)) }) {
                // "a car bomb killed 12 people", "two bombs killed": a bombing.
                found = Trigger(type: .bombing, isVerb: true, first: bomb, last: index)
            } else if EventWords.killVerbs.contains(hash), index > range.lowerBound,
                      (max(range.lowerBound, index - 2)..<index).contains(where: { EventWords.perpetratorNouns.contains(scan.hash($0)) }) {
                // "Gunmen killed 20 people", "a suicide bomber has killed": a killing by the doers of an attack.
                found = Trigger(type: .attack, isVerb: true, first: index, last: index)
            } else if EventWords.strikes.contains(hash), index > range.lowerBound, EventWords.strikeWeapons.contains(scan.hash(index - 1)) {
                // "a missile strike", "the drone strikes": a strike by a weapon, not a walkout.
                found = Trigger(type: .attack, isVerb: false, first: index, last: index)
            } else if let word = EventWords.triggers[hash] {
                found = Trigger(type: word.type, isVerb: word.isVerb, first: index, last: index)
            }
            // A second event of a family only when a claim names it: "the attacks, which came a month
            // after a bombing in Peshawar claimed by X".
            guard var trigger = found, !families.contains(trigger.type.family) || isClaimedByName(trigger) else { continue }
            // A trigger inside a name ("Attack Helicopter Regiment") is part of the name, unless it names an event.
            if let entity = scan.entity(at: index), scan.catalog.kind(of: entity) != .event { continue }
            if isNegated(trigger) || isVerbUse(trigger) || isDoersFate(trigger) { continue }
            // "which has carried out other recent attacks, claimed the shootings": the deed is the later one.
            if !trigger.isVerb, (max(range.lowerBound, index - 2)..<index).contains(where: { EventWords.otherDeeds.contains(scan.hash($0)) }) { continue }
            trigger.isGeneral = isGeneral(trigger)
            trigger.isOwnedPlural = !trigger.isVerb && isPlural(trigger.first) && trigger.first - 2 >= range.lowerBound
                && scan.hash(trigger.first - 1) == Vocabulary.s && scan.words[trigger.first - 2].gapAfter.contains(.apostrophe)
            if !trigger.isVerb, trigger.last + 1 < range.upperBound, Self.nounCompounds.contains(scan.hash(trigger.last + 1)) { continue }
            families.insert(trigger.type.family)
            out.append(trigger)
        }
        if !families.contains(.attack), let bare = bareClaim() ?? bareCondemnation() { out.append(bare) }
        return out
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
            if distance <= 4 && hedged && EventWords.hedges.contains(hash) { return true }
            if !scan.sameClause(index, trigger.first) { break }
            // "Russia denied carrying out a missile strike": a denial at the head of the verb phrase.
            if EventWords.denials.contains(hash) { return true }
            index -= 1
        }
        return false
    }

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
        guard previous >= range.lowerBound else { return true }
        let hash = scan.hash(previous)
        let particular = EventWords.determiners.contains(hash) || EventWords.attributives.contains(hash)
            || EventWords.numberWords.contains(hash) || scan.entity(at: previous) != nil || scan.number(previous) != nil
        return !particular
    }

    private func isPlural(_ index: Int) -> Bool {
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
    static let nounCompounds = Vocabulary.hashes("centre center centres centers camp camps facility commission committee campaign")

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

    // MARK: - Place

    /// The place a named event's name starts with: "Moscow attack" -> `moscow`.
    private func place(inName id: String) -> String? {
        guard let name = scan.catalog.entity(id: id)?.name else { return nil }
        var words = name.split(separator: " ")
        while words.count > 1 {
            words.removeLast()
            if let entity = scan.catalog.resolve(name: words.joined(separator: " ")), entity.kind == .place || entity.kind == .country {
                return entity.id
            }
        }
        return nil
    }

    /// Places named after "in", "at", "near"... in the clause, a place right before a noun trigger
    /// ("the Moscow attack", "the Kerman bombings") and the place a noun trigger is "on" ("the attack on
    /// Crocus City Hall"). An adjective ("Pakistani") names no place.
    private func placeCandidates(_ trigger: Trigger, clause: Range<Int>) -> [(word: Int, entity: String)] {
        var out: [(Int, String)] = []
        func phrase(after index: Int, within limit: Int = clause.upperBound) -> Int {
            var next = index + 1
            while next < min(limit, index + 8) {
                // "in the Kazakh capital": the country's capital, unnamed.
                if scan.hash(next) == Self.capital, next > index + 1, let country = scan.entity(at: next - 1), isDemonym(next - 1),
                   let capital = Gazetteer.capital(ofCountry: country), scan.catalog.entity(id: capital) != nil {
                    out.append((next, capital))
                }
                if let entity = scan.entity(at: next), isPlace(entity, word: next) || isVenue(entity) {
                    // "near the DRC border", "the Congo border town of Mpondwe": the border's side is not the place.
                    var end = mentionEnd(next)
                    // "the Democratic Republic of Congo (DRC) border": past the acronym.
                    if end + 1 < clause.upperBound && scan.entity(at: end + 1) == entity { end = mentionEnd(end + 1) }
                    if end + 1 < clause.upperBound && Vocabulary.borderWords.contains(scan.hash(end + 1)) {
                        next = end + 1
                        continue
                    }
                    out.append((next, entity))
                    // "the Embassy of Russia in Kabul" stands in Kabul.
                    if isVenue(entity), let city = place(afterIn: entity) { out.append((next, city)) }
                    next = mentionEnd(next) + 1
                    // "in the Pakistani city of Peshawar", "at Crocus City Hall in Krasnogorsk": keep reading the phrase.
                    continue
                }
                // Only "the", "city of", a venue noun or an adjective such as "Pakistani" may come between.
                if let entity = scan.entity(at: next) {
                    if scan.catalog.kind(of: entity) != .country { break }
                } else if !isPhraseWord(next) && !EventWords.locatives.contains(scan.hash(next))
                            && !EventWords.numberWords.contains(scan.hash(next)) && scan.number(next) == nil {
                    break
                }
                next += 1
            }
            return next
        }
        // A verb's place may stand anywhere in its clause ("In Makhachkala they opened fire"); a noun's
        // follows it ("the attack near Moscow", "the bombing at the embassy in Kabul").
        let bridged = bridge(after: trigger, clause: clause)
        let from = trigger.isVerb ? clause.lowerBound : trigger.last + 1
        let upTo = trigger.isVerb || bridged != nil ? clause.upperBound : min(clause.upperBound, trigger.last + 6)
        var index = from
        while index < upTo {
            // "The Jakarta carnage came two days after ... a bombing in Istanbul": another clause's place.
            if !trigger.isVerb && EventWords.clauseStarts.contains(scan.hash(index)) { break }
            // "the victims of the attack will be held at the cathedral": a verb of its own after the noun.
            if !trigger.isVerb && bridged == nil && Self.auxiliaries.contains(scan.hash(index)) { break }
            // "Al Qaeda in the Islamic Maghreb": a locative inside a name places nothing.
            if EventWords.locatives.contains(scan.hash(index)) && scan.entity(at: index) == nil {
                index = max(index + 1, phrase(after: index))
                continue
            }
            index += 1
        }
        // "Gunmen stormed Kabul's Intercontinental Hotel": what was attacked is where.
        if trigger.isVerb && EventWords.assaultVerbs.contains(scan.hash(trigger.last)) { _ = phrase(after: trigger.last) }
        if !trigger.isVerb {
            // "the blast, which took place in Kunduz,": the aside says where.
            if let locative = relativePlace(after: trigger) { _ = phrase(after: locative, within: range.upperBound) }
            // "the attack on its Amaq news agency" says where it was claimed, not what was hit.
            if trigger.last + 2 < clause.upperBound && EventWords.targetMarkers.contains(scan.hash(trigger.last + 1))
                && !SentencePatterns.possessivePronouns.contains(scan.hash(trigger.last + 2)) {
                _ = phrase(after: trigger.last + 1)
            }
            if let before = attributive(trigger, clause: clause), let entity = scan.entity(at: before), isPlace(entity, word: before) {
                out.append((before, entity))
            }
        }
        return out
    }

    /// "the blast, which took place in X", "the attack, which happened at X": the locative of a relative
    /// clause right after a noun trigger whose verb says only that it happened.
    private func relativePlace(after trigger: Trigger) -> Int? {
        var index = trigger.last + 1
        guard index + 2 < range.upperBound, EventWords.relatives.contains(scan.hash(index)) || scan.hash(index) == EventWords.that
        else { return nil }
        index += 1
        if scan.hash(index) == Self.took, scan.hash(index + 1) == Self.place {
            index += 2
        } else if Self.happened.contains(scan.hash(index)) {
            index += 1
        } else {
            return nil
        }
        return index < range.upperBound && EventWords.locatives.contains(scan.hash(index)) ? index : nil
    }

    private static let auxiliaries = Vocabulary.hashes("will would shall should can could may might must")
    private static let took = TextFolding.wordHash("took")
    private static let place = TextFolding.wordHash("place")
    private static let happened = Vocabulary.hashes("happened occurred unfolded")

    /// The verb a noun trigger is the subject of, a few words on: "the trial [of the four] opened ...".
    func bridge(after trigger: Trigger, clause: Range<Int>) -> Int? {
        guard !trigger.isVerb else { return nil }
        // "a service for the victims of the attack will be held at the cathedral": the noun after "of" is
        // no subject of the verb.
        var back = trigger.first - 1
        while back >= clause.lowerBound && back >= trigger.first - 3 && EventWords.determiners.contains(scan.hash(back)) { back -= 1 }
        if back >= clause.lowerBound && scan.hash(back) == Vocabulary.of { return nil }
        return (trigger.last + 1..<min(clause.upperBound, trigger.last + 7)).first { EventWords.eventVerbs.contains(scan.hash($0)) }
    }

    /// The last word of a name standing right before a noun trigger, adjectives such as "terror" between.
    func attributive(_ trigger: Trigger, clause: Range<Int>) -> Int? {
        var back = trigger.first - 1
        while back >= clause.lowerBound {
            if scan.entity(at: back) != nil { return back }
            guard EventWords.attributives.contains(scan.hash(back)) else { return nil }
            back -= 1
        }
        return nil
    }

    private static let capital = TextFolding.wordHash("capital")

    /// Words that may stand inside a place phrase: "the", "city", "of", "capital", "region".
    private static let phraseWords = Vocabulary.hashes("""
        the a an and or city town village of capital region province district its country's embassy consulate mosque \
        church cathedral synagogue market hotel airport school hospital station building hall square street border \
        area memorial checkpoint base port camp prison office headquarters parliament cities towns villages \
        western eastern northern southern central northwestern northeastern southwestern southeastern \
        beach resort coastal seaside shrine temple mall luxury upscale famed famous historic middle heart centre center \
        outskirts busy commercial hub downtown \
        main old
        """)
    func isPhraseWord(_ index: Int) -> Bool { Self.phraseWords.contains(scan.hash(index)) }

    private func isPlacePhraseWord(_ index: Int) -> Bool {
        let hash = scan.hash(index)
        return isPhraseWord(index) || EventWords.locatives.contains(hash) || EventWords.targetMarkers.contains(hash)
            || scan.entity(at: index) != nil
    }

    /// The place a venue's name ends with: "Embassy of Russia in Kabul" -> `kabul`.
    private func place(afterIn id: String) -> String? {
        guard let name = scan.catalog.entity(id: id)?.name, let range = name.range(of: " in ", options: .backwards),
              let entity = scan.catalog.resolve(name: String(name[range.upperBound...])),
              entity.kind == .place || entity.kind == .country else { return nil }
        return entity.id
    }

    /// A body named where something happened: "at Moscow's Basmanny District Court", "at the US Embassy in Kabul".
    func isVenue(_ entity: String) -> Bool {
        scan.catalog.kind(of: entity) == .organisation
    }

    func isPlace(_ entity: String, word: Int) -> Bool {
        guard let kind = scan.catalog.kind(of: entity), kind == .place || kind == .country else { return false }
        return !isDemonym(word)
    }

    /// "Russian", "Tajik": the mention names a country by its adjective.
    func isDemonym(_ word: Int) -> Bool {
        let position = Int(scan.mentionAt[word])
        guard position >= 0 else { return false }
        var key = TextFolding.key(scan.mentions[position].text)
        for suffix in ["'s", "'"] where key.hasSuffix(suffix) { key.removeLast(suffix.count) }
        return Gazetteer.name(forKey: key)?.isDemonym ?? false
    }

    func mentionEnd(_ index: Int) -> Int {
        var last = index
        while last + 1 < range.upperBound && scan.mentionAt[last + 1] == scan.mentionAt[index] { last += 1 }
        return last
    }

    func mentionStart(_ index: Int) -> Int {
        var first = index
        while first - 1 >= range.lowerBound && scan.mentionAt[first - 1] == scan.mentionAt[index] { first -= 1 }
        return first
    }
}
