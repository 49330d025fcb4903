/// Where a sentence places its event: the locatives after a noun trigger or anywhere in a verb's clause,
/// the phrase that names the place ("in the Pakistani city of Peshawar"), and the words that may stand in it.
extension EventSentenceReader {
    /// The place a named event's name starts with: "Moscow attack" -> `moscow`.
    func place(inName id: String) -> String? {
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

    /// Words that open a sentence with a phrase of time or circumstance: "At the time of the attack, ...".
    static let openingPrepositions = Vocabulary.hashes("at after before during since following amid ahead despite")

    /// Places named after "in", "at", "near"... in the clause, a place right before a noun trigger
    /// ("the Moscow attack", "the Kerman bombings") and the place a noun trigger is "on" ("the attack on
    /// Crocus City Hall"). An adjective ("Pakistani") names no place.
    func placeCandidates(_ trigger: Trigger, clause: Range<Int>) -> [(word: Int, entity: String)] {
        var out: [(Int, String)] = []
        func phrase(after index: Int, within limit: Int = clause.upperBound) -> Int {
            var next = index + 1
            // ("at a busy market in the southern Iraqi port town of Basra": each locative reads ten words on.)
            var reach = index + 10
            while next < min(limit, reach) {
                if next > index + 1, EventWords.locatives.contains(scan.hash(next)), scan.entity(at: next) == nil { reach = next + 10 }
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
                    // "targeting the BYC march": a body's name before a word for a gathering or a deed is whose it is.
                    if !isPlace(entity, word: next), end + 1 < clause.upperBound,
                       EventWords.triggers[scan.hash(end + 1)] != nil || Self.processionNouns.contains(scan.hash(end + 1)) {
                        next = end + 1
                        continue
                    }
                    // "the U.S. consulate in Tel Aviv": the country owns the mission, which stands elsewhere.
                    // ("in a DINA vehicle": a name no gazetteer knows says whose vehicle, not where; "a Kabul car park" is in Kabul.)
                    if end + 1 < clause.upperBound && (Vocabulary.borderWords.contains(scan.hash(end + 1))
                        || Vocabulary.missionNouns.contains(scan.hash(end + 1)) && scan.catalog.kind(of: entity) == .country
                        || EventWords.vehicleNouns.contains(scan.hash(end + 1))
                            && scan.catalog.entity(id: entity).map({ Gazetteer.name(forKey: TextFolding.key($0.name)) == nil }) ?? false) {
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
                    // "in the Houthi-controlled port of Hodeida", "Hamas-run Gaza": a name fused to a participle.
                    let end = mentionEnd(next)
                    if isFused(next), end + 1 < limit, scan.words[end + 1].isLowercase {
                        next = end + 2
                        continue
                    }
                    // "on President X's hometown of Kryvyi Rih": past the one whose town it is.
                    if let owned = afterPossessive(next), owned < limit, Vocabulary.settlementNouns.contains(scan.hash(owned)) {
                        next = owned + 1
                        continue
                    }
                    if scan.catalog.kind(of: entity) != .country { break }
                } else if Vocabulary.coreTitles.contains(scan.hash(next)), next + 1 < limit,
                          let person = scan.entity(at: next + 1), scan.catalog.kind(of: person) == .person {
                    // "on President X's hometown of Y": the title before the one whose town it is.
                    next += 1
                    continue
                } else if scan.words[next].gapAfter == .hyphen, next + 1 < limit, scan.words[next + 1].isLowercase,
                          scan.entity(at: next + 1) == nil {
                    // "in Shiite-majority Iran", "in rebel-held Idlib": an adjective of two hyphened words.
                    next += 2
                    continue
                } else if !isPhraseWord(next) && !EventWords.locatives.contains(scan.hash(next))
                            && !EventWords.numberWords.contains(scan.hash(next)) && scan.number(next) == nil
                            // "in the besieged city of El Fasher", "the restive province of": an adjective before a word
                            // for a place.
                            && !(scan.words[next].isLowercase && next + 1 < limit && Vocabulary.settlementNouns.contains(scan.hash(next + 1))) {
                    break
                }
                next += 1
            }
            return next
        }
        // A verb's place may stand anywhere in its clause ("In Makhachkala they opened fire"); a noun's
        // follows it ("the attack near Moscow", "the bombing at the embassy in Kabul").
        let bridged = bridge(after: trigger, clause: clause)
        // "Near the gate of the consulate in Peshawar, a gunman detonated": a locative phrase that opens the
        // sentence, before the comma that starts the verb's clause.
        let fronted = trigger.isVerb && clause.lowerBound > range.lowerBound
            && EventWords.locatives.contains(scan.hash(range.lowerBound))
            && !(range.lowerBound + 1..<clause.lowerBound).contains(where: startsClause)
        let from = fronted ? range.lowerBound : trigger.isVerb ? clause.lowerBound : trigger.last + 1
        // ("an attack overnight on a police station in Rask": a word for when takes none of the reach.)
        // ("the raid carried out by Israel's army near the town of X": nor does the by-phrase of its doers.)
        let doers = !trigger.isVerb && trigger.last + 3 < range.upperBound && scan.hash(trigger.last + 1) == EventWords.carried
            && scan.hash(trigger.last + 2) == EventWords.out && scan.hash(trigger.last + 3) == EventWords.by ? 6 : 0
        let when = (trigger.last + 1 < range.upperBound && Self.whenWords.contains(scan.hash(trigger.last + 1)) ? 1 : 0) + doers
        var reach = trigger.isVerb || bridged != nil ? clause.upperBound : min(clause.upperBound, trigger.last + 6 + when)
        // "At the time of the attack, X was in Libya": a noun in a phrase that opens the sentence reaches to its comma.
        if !trigger.isVerb, Self.openingPrepositions.contains(scan.hash(range.lowerBound)),
           (range.lowerBound..<trigger.first).allSatisfy({ scan.words[$0].gapAfter.isDisjoint(with: .clauseBreak) }),
           let comma = (trigger.last..<reach).first(where: { scan.words[$0].gapAfter.contains(.comma) }) {
            reach = comma + 1
        }
        var upTo = reach
        var index = from
        var chained: Int?
        while index < upTo {
            if index >= reach && chained == nil { chained = out.count }
            // "The Jakarta carnage came two days after ... a bombing in Istanbul": another clause's place.
            if !trigger.isVerb && EventWords.clauseStarts.contains(scan.hash(index)) { break }
            // "the victims of the attack will be held at the cathedral": a verb of its own after the noun.
            if !trigger.isVerb && bridged == nil && Self.auxiliaries.contains(scan.hash(index)) { break }
            // "Al Qaeda in the Islamic Maghreb": a locative inside a name places nothing.
            if EventWords.locatives.contains(scan.hash(index)) && scan.entity(at: index) == nil {
                // "in the early hours of Monday in X": a time of day takes none of the reach.
                if index + 2 < upTo, scan.hash(index + 1) == Vocabulary.the, Self.timesOfDay.contains(scan.hash(index + 2)) {
                    upTo = min(clause.upperBound, upTo + 6)
                }
                // "the rare attack outside Gaza": a bare name after "outside" is where it did not happen
                // ("outside Kabul's airport" is still at the airport).
                if scan.hash(index) == Self.outside, index + 1 < upTo, scan.entity(at: index + 1) != nil, !isPossessive(index + 1) {
                    index = mentionEnd(index + 1) + 1
                    continue
                }
                // "a bombing near the country's mission in the Afghan capital Kabul": locatives chained
                // without a comma reach past the noun's first few words. Not from "in", which is as often
                // no place at all ("in disgust at X", "in response"); and for one deed, not "attacks" recalled.
                if !trigger.isVerb && !isPlural(trigger.first) && scan.hash(index) != EventWords.inWord
                    && (trigger.last..<index).allSatisfy({ scan.words[$0].gapAfter.isDisjoint(with: .clauseBreak) }) {
                    upTo = max(upTo, min(clause.upperBound, index + 7))
                }
                index = max(index + 1, phrase(after: index))
                continue
            }
            // "near the entrance of the Russian Embassy in Kabul": the city a venue's name holds, reached
            // through a locative's longer phrase.
            if let entity = scan.entity(at: index), isVenue(entity), let city = place(afterIn: entity),
               (max(from, index - 8)..<index).contains(where: { EventWords.locatives.contains(scan.hash($0)) && scan.entity(at: $0) == nil }) {
                out.append((index, city))
                index = mentionEnd(index) + 1
                continue
            }
            index += 1
        }
        // Past the noun's own words, a chain of locatives gives a city or venue, not a country: "a bombing at a
        // mosque in northern Afghanistan" is still the one in Kunduz another sentence reported.
        if let chained {
            out = out[..<chained] + out[chained...].filter { scan.catalog.kind(of: $0.1) != .country }
        }
        // "Gunmen stormed Kabul's Intercontinental Hotel": what was attacked is where.
        if trigger.isVerb && EventWords.assaultVerbs.contains(scan.hash(trigger.last)) { _ = phrase(after: trigger.last) }
        // "A blast rocked Lahore", "an explosion shook the capital's main market": what the deed shook is where.
        if let bridged, EventWords.impactVerbs.contains(scan.hash(bridged)) { _ = phrase(after: bridged) }
        if !trigger.isVerb {
            // "the blast, which took place in Kunduz,": the aside says where.
            if let locative = relativePlace(after: trigger) { _ = phrase(after: locative, within: range.upperBound) }
            // "the attack on its Amaq news agency" says where it was claimed, not what was hit; "blamed the attack
            // on the Islamic State" says on whom it is laid.
            let laid = (max(range.lowerBound, trigger.first - 3)..<trigger.first).contains { EventWords.layVerbs.contains(scan.hash($0)) }
            // ("sanctions on Russia" are on whom they bind, wherever that is.)
            if !laid, trigger.type != .sanction, trigger.last + 2 < clause.upperBound && EventWords.targetMarkers.contains(scan.hash(trigger.last + 1))
                && !SentencePatterns.possessivePronouns.contains(scan.hash(trigger.last + 2)) {
                _ = phrase(after: trigger.last + 1)
            }
            // ("the US airstrikes": the state that struck, not where.)
            if let before = attributive(trigger, clause: clause), let entity = scan.entity(at: before), isPlace(entity, word: before),
               strikingState(trigger) != entity {
                out.append((before, entity))
            }
            // "the Cadet College in Wana came under attack": what came under it is where (the first place the
            // subject names; the places after it say where that is).
            if trigger.type.family == .attack, trigger.first >= clause.lowerBound + 2, scan.hash(trigger.first - 1) == Self.under,
               Self.underVerbs.contains(scan.hash(trigger.first - 2)),
               let index = (clause.lowerBound..<trigger.first - 2).first(where: { index in
                   scan.entity(at: index).map { isPlace($0, word: index) || isVenue($0) } ?? false
               }), let entity = scan.entity(at: index) {
                out.append((index, entity))
            }
            // "Macron flew to Cairo for a summit with Sisi": where the leaders go is where they meet.
            if out.isEmpty, trigger.type == .summit {
                for index in clause.lowerBound..<trigger.first
                where (EventWords.locatives.contains(scan.hash(index)) || scan.hash(index) == EventWords.to) && scan.entity(at: index) == nil {
                    _ = phrase(after: index, within: trigger.first)
                }
            }
            // "In the central town of X, Somali forces carried out an airstrike": a locative phrase that opens the
            // sentence places a deed that names no place of its own.
            if out.isEmpty, EventWords.locatives.contains(scan.hash(range.lowerBound)),
               let comma = (range.lowerBound..<min(trigger.first, range.lowerBound + 10)).first(where: {
                   !scan.words[$0].gapAfter.isDisjoint(with: .clauseBreak)
               }), scan.words[comma].gapAfter.contains(.comma),
               !(comma + 1..<trigger.first).contains(where: { !scan.words[$0].gapAfter.isDisjoint(with: .clauseBreak) }) {
                _ = phrase(after: range.lowerBound, within: comma + 1)
            }
            // "The village of X ... has become the site of a deadly attack": the place the clause is about.
            if out.isEmpty, !trigger.isVerb,
               let site = (max(clause.lowerBound, trigger.first - 5)..<trigger.first).last(where: { Self.siteNouns.contains(scan.hash($0)) }),
               site + 1 < trigger.first, scan.hash(site + 1) == Vocabulary.of,
               let subject = (clause.lowerBound..<site).first(where: { word in scan.entity(at: word).map { isPlace($0, word: word) } ?? false }),
               let entity = scan.entity(at: subject) {
                out.append((subject, entity))
            }
        }
        return out
    }

    static let siteNouns = Vocabulary.hashes("site scene")
    static let timesOfDay = Vocabulary.hashes("early morning evening night afternoon dawn")

    /// "the blast, which took place in X", "the attack, which happened at X": the locative of a relative
    /// clause right after a noun trigger whose verb says only that it happened.
    func relativePlace(after trigger: Trigger) -> Int? {
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

    static let auxiliaries = Vocabulary.hashes("will would shall should can could may might must")
    static let took = TextFolding.wordHash("took")
    static let place = TextFolding.wordHash("place")
    static let happened = Vocabulary.hashes("happened occurred unfolded")

    /// The verb a noun trigger is the subject of, a few words on: "the trial [of the four] opened ...".
    func bridge(after trigger: Trigger, clause: Range<Int>) -> Int? {
        guard !trigger.isVerb else { return nil }
        // "a service for the victims of the attack will be held at the cathedral": the noun after "of" is
        // no subject of the verb.
        var back = trigger.first - 1
        while back >= clause.lowerBound && back >= trigger.first - 3 && EventWords.determiners.contains(scan.hash(back)) { back -= 1 }
        if back >= clause.lowerBound && scan.hash(back) == Vocabulary.of && !isVolley(of: back) { return nil }
        // Within a few words, a name counting as one ("a strike on the city of Kryvyi Rih killed 16").
        var next = trigger.last + 1
        var words = 0
        while next < clause.upperBound && words < 8 {
            if EventWords.eventVerbs.contains(scan.hash(next)) { return next }
            // ("an airstrike in Lebanon, a rocket attack struck X": the verb of the deed named after the first.)
            if EventWords.triggers[scan.hash(next)] != nil { return nil }
            next = scan.entity(at: next) == nil ? next + 1 : mentionEnd(next) + 1
            words += 1
        }
        return nil
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

    static let capital = TextFolding.wordHash("capital")
    static let under = TextFolding.wordHash("under")
    /// "the BYC march", "the party's convoy": what a body holds, which stands nowhere of its own.
    static let processionNouns = Vocabulary.hashes("march marches rally rallies gathering procession funeral convoy ceremony")
    static let underVerbs = Vocabulary.hashes("came come comes coming was were is are")
    static let outside = TextFolding.wordHash("outside")
    static let whenWords = Vocabulary.hashes("overnight yesterday today tonight early late")

    /// Words that may stand inside a place phrase: "the", "city", "of", "capital", "region".
    static let phraseWords = Vocabulary.hashes("""
        the a an and or city town village of capital region province district its country's embassy consulate mosque \
        church cathedral synagogue market hotel airport school hospital station building hall square street border \
        area memorial checkpoint base port camp prison office headquarters parliament cities towns villages \
        western eastern northern southern central northwestern northeastern southwestern southeastern \
        north south east west northwest northeast southwest southeast \
        beach resort coastal seaside shrine temple mall luxury upscale famed famous historic middle heart centre center \
        outskirts busy commercial hub downtown facility facilities site sites plant installation installations nuclear \
        bases markets hotels schools hospitals stations buildings mosques churches camps offices compounds checkpoints posts \
        main old bank ministry compound stadium university college courthouse restaurant cafe nightclub club theatre \
        theater venue bus train car vehicle convoy apartment house territory territories soil police army military security \
        crowded packed stop stops junction intersection crossing roundabout on restive volatile troubled remote rural lawless mountainous
        """)
    func isPhraseWord(_ index: Int) -> Bool { Self.phraseWords.contains(scan.hash(index)) }

    func isPlacePhraseWord(_ index: Int) -> Bool {
        let hash = scan.hash(index)
        return isPhraseWord(index) || EventWords.locatives.contains(hash) || EventWords.targetMarkers.contains(hash)
            || scan.entity(at: index) != nil
    }

    /// The place a venue's name ends with: "Embassy of Russia in Kabul" -> `kabul`.
    func place(afterIn id: String) -> String? {
        guard let name = scan.catalog.entity(id: id)?.name, let range = name.range(of: " in ", options: .backwards),
              let entity = scan.catalog.resolve(name: String(name[range.upperBound...])),
              entity.kind == .place || entity.kind == .country else { return nil }
        return entity.id
    }

    /// A body named where something happened: "at Moscow's Basmanny District Court", "at the US Embassy in Kabul".
    /// An armed group is none ("strikes on Hezbollah targets" hit the group, wherever it was).
    func isVenue(_ entity: String) -> Bool {
        scan.catalog.kind(of: entity) == .organisation && !Gazetteer.armedGroupIDs.contains(entity)
    }

    func isPlace(_ entity: String, word: Int) -> Bool {
        guard let kind = scan.catalog.kind(of: entity), kind == .place || kind == .country else { return false }
        return !isDemonym(word) && !isFused(word)
    }

    /// "the Bahamas-flagged Galaxy Leader", "an Israeli-linked vessel": a name fused by a hyphen to the
    /// next word describes what follows it.
    func isFused(_ word: Int) -> Bool {
        let end = mentionEnd(word)
        return end + 1 < range.upperBound && scan.words[end].gapAfter == .hyphen
    }

    /// "Russian", "Tajik": the mention names a country by its adjective.
    func isDemonym(_ word: Int) -> Bool {
        let position = Int(scan.mentionAt[word])
        guard position >= 0 else { return false }
        var key = TextFolding.key(scan.mentions[position].text)
        for suffix in ["'s", "'"] where key.hasSuffix(suffix) { key.removeLast(suffix.count) }
        return Gazetteer.name(forKey: key)?.isDemonym ?? false
    }

    /// "Kabul's": a mention written with a possessive, or followed by one.
    func isPossessive(_ index: Int) -> Bool {
        let position = Int(scan.mentionAt[index])
        guard position >= 0 else { return false }
        let written = scan.mentions[position].text
        if written.hasSuffix("'s") || written.hasSuffix("\u{2019}s") { return true }
        let next = mentionEnd(index) + 1
        return next < range.upperBound && scan.hash(next) == Vocabulary.s && scan.words[next].letters == 1
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
