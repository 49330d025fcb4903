/// Which state struck and what it struck: a country's adjective before a strike, an attack on a named town or
/// body, weapons that hit a place, a strike in a town; read for the agents and targets of
/// ``participants(_:clause:places:)`` and of the sentence's frame.
extension EventSentenceReader {
    /// "an Israeli drone strike", "Russian airstrikes", "a US raid": a country's adjective right before a
    /// strike (past its weapon) names the state that struck; before other deeds ("a Pakistani bombing") it
    /// may as well be where it happened.
    func strikingState(_ trigger: Trigger) -> String? {
        // "Russian attacks on the village of X": a state's attack on a town of another country is its own.
        let on = trigger.last + 1 < range.upperBound && [EventWords.on, EventWords.against].contains(scan.hash(trigger.last + 1))
        // ("the Russian attack on the Okhmatdyt children's hospital": a named body or building struck.)
        var struck = on ? struckPlaces(after: trigger.last + 1) : []
        if on, struck.isEmpty, let body = struckBody(after: trigger.last + 1) { struck = [body] }
        // ("Russian missiles hit a depot": the weapons' state, for a verb whose subject they are.)
        let stateDeed = EventWords.stateDeeds.contains(scan.hash(trigger.last))
            || trigger.isVerb && trigger.first < trigger.last && EventWords.strikingWeapons.contains(scan.hash(trigger.first))
        var back = trigger.first - 1
        while back > range.lowerBound && EventWords.strikeWeapons.contains(scan.hash(back)) { back -= 1 }
        // ("Russian missile attacks": weapons before the noun make it a state's.)
        let armed = back < trigger.first - 1
        guard stateDeed || Self.attacksOnPlaces.contains(scan.hash(trigger.last)) && (!struck.isEmpty || armed) else { return nil }
        // ("recent U.S. strikes on Iran", "US airstrikes": a country's abbreviation names the striker too.)
        // ("a Myanmar military airstrike": a country's own name between an article and the strike.)
        // ("Russia's strikes on Kharkiv": a state's own strikes.)
        guard back >= range.lowerBound, let entity = scan.entity(at: back), scan.catalog.kind(of: entity) == .country,
              isDemonym(back) || scan.words[back].isAllCaps || scan.words[back].gapAfter.contains(.period)
                || mentionStart(back) > range.lowerBound && isArticle(mentionStart(back) - 1)
                || stateDeed && isPossessive(back) && !struck.isEmpty
        else { return nil }
        // ("Russian attacks on Belgorod": a town of the state itself is struck by someone else.)
        guard struck.allSatisfy({ $0 != entity && (scan.catalog.country(ofPlace: $0) ?? "") != entity }) else { return nil }
        return entity
    }

    /// "A Russian drone attack set a depot in Kharkiv on fire", "Israeli jets struck a car in Tyre": a state's deed
    /// in a named town or region of another country, with no one named as struck, struck that place. Not a group's
    /// ("a Taliban attack on a bus in Kandahar" struck the bus, not the city), nor a deed someone is said to have done
    /// ("Iran said Israel was behind the Kerman bombing", "dismissed claims that Ukraine carried out the attack": a
    /// speech or blame verb, a claim, a doubt or a negation before the deed).
    func struckTown(_ trigger: Trigger, place: String?, agents: [String]) -> String? {
        guard trigger.type.family == .attack, trigger.type != .kidnapping, let place, !agents.isEmpty,
              scan.catalog.kind(of: place) == .place else { return nil }
        // "JNIM attacked the base in Boulkessi", "stormed the town of X": a group's raid on a base or a town that
        // the verb names, and the place after it.
        if agents.allSatisfy({ scan.catalog.kind(of: $0) == .organisation }), trigger.isVerb {
            var cursor = trigger.last + 1
            if cursor < range.upperBound, isArticle(cursor) { cursor += 1 }
            // ("the army base", "a military camp": a word or two saying what kind.)
            let first = cursor
            while cursor < min(range.upperBound, first + 2), !Self.raidedSites.contains(scan.hash(cursor)), scan.entity(at: cursor) == nil,
                  scan.words[cursor].isLowercase, scan.words[cursor].gapAfter.isDisjoint(with: .clauseBreak) { cursor += 1 }
            guard cursor + 2 < range.upperBound, Self.raidedSites.contains(scan.hash(cursor)),
                  [Vocabulary.of, EventWords.inWord, Self.atWord].contains(scan.hash(cursor + 1)),
                  scan.entity(at: cursor + 2) == place else { return nil }
            return place
        }
        guard agents.allSatisfy({ scan.catalog.kind(of: $0) == .country && $0 != place && scan.catalog.country(ofPlace: place) != $0 }),
              !(range.lowerBound..<trigger.first).contains(where: {
                  let hash = scan.hash($0), words = RelationWords.of(hash: hash)
                  return EventWords.speechVerbs.contains(hash) || EventWords.claimNouns.contains(hash) || EventWords.doubtWords.contains(hash)
                      || words.contains(.blameVerbs) || words.contains(.negation)
              }) else { return nil }
        return place
    }

    /// "the base", "the town": what a group's raid strikes, named by the place after it.
    static let raidedSites = Vocabulary.hashes("base bases camp barracks garrison outpost post positions town village city")
    static let atWord = TextFolding.wordHash("at")

    /// "by a Russian missile", "by Israeli drones": the state whose adjective stands before the weapons after `by`.
    func weaponsState(after by: Int) -> String? {
        var cursor = by + 1
        if cursor < range.upperBound, isArticle(cursor) { cursor += 1 }
        guard cursor < range.upperBound, let state = scan.entity(at: cursor), scan.catalog.kind(of: state) == .country, isDemonym(cursor)
        else { return nil }
        var weapon = mentionEnd(cursor) + 1
        while weapon < range.upperBound && EventWords.strikeWeapons.contains(scan.hash(weapon)) && !EventWords.strikingWeapons.contains(scan.hash(weapon)) {
            weapon += 1
        }
        return weapon < range.upperBound && EventWords.strikingWeapons.contains(scan.hash(weapon)) ? state : nil
    }

    /// Nouns for attacks a state's adjective makes its own when they fall on a named town.
    static let attacksOnPlaces = Vocabulary.hashes("attack attacks shelling bombardment bombardments bombing bombings offensive")

    /// "on Kharkiv", "on the village of Vovchansk", "on the Ukrainian cities of A and B": the towns and
    /// regions after `on`, past an article, a country's adjective and a noun for a town; more than one
    /// only after a plural noun.
    func struckPlaces(after on: Int) -> [String] {
        var cursor = on + 1
        var plural = false
        while cursor < min(range.upperBound, on + 7), scan.entity(at: cursor) == nil || isDemonym(cursor) {
            let hash = scan.hash(cursor)
            guard isArticle(cursor) || isDemonym(cursor) || Vocabulary.settlementNouns.contains(hash)
                    || Vocabulary.pluralSettlementNouns.contains(hash) || hash == Vocabulary.of
                    || Self.townDescriptors.contains(hash), scan.words[cursor].gapAfter.isDisjoint(with: .clauseBreak) else { return [] }
            if Vocabulary.pluralSettlementNouns.contains(hash) { plural = true }
            cursor = isDemonym(cursor) ? mentionEnd(cursor) + 1 : cursor + 1
        }
        guard cursor < range.upperBound, let first = scan.entity(at: cursor), scan.catalog.kind(of: first) == .place,
              !isPossessive(cursor), !isFused(cursor) else { return [] }
        var out = [first]
        var end = mentionEnd(cursor)
        while plural, end + 2 < range.upperBound, scan.words[end].gapAfter.isDisjoint(with: .clauseBreak) || scan.words[end].gapAfter == .comma,
              scan.hash(end + 1) == Vocabulary.and || scan.words[end].gapAfter == .comma && scan.entity(at: end + 1) != nil,
              let next = scan.entity(at: scan.hash(end + 1) == Vocabulary.and ? end + 2 : end + 1), scan.catalog.kind(of: next) == .place {
            out.append(next)
            end = mentionEnd(scan.hash(end + 1) == Vocabulary.and ? end + 2 : end + 1)
        }
        return out
    }

    /// "on the Okhmatdyt children's hospital", "on Hezbollah": the body or building named first after `on`, within
    /// its phrase.
    func struckBody(after on: Int) -> String? {
        var cursor = on + 1
        while cursor < min(range.upperBound, on + 6), scan.entity(at: cursor) == nil {
            guard scan.words[cursor].gapAfter.isDisjoint(with: [.comma, .semicolon, .colon, .period, .stop]) else { return nil }
            cursor += 1
        }
        guard cursor < min(range.upperBound, on + 6), let body = scan.entity(at: cursor),
              [.organisation, .other].contains(scan.catalog.kind(of: body)), !isFused(cursor) else { return nil }
        return body
    }

    static let townDescriptors = Vocabulary.hashes("""
        eastern western northern southern central northeastern northwestern southeastern southwestern border frontline \
        frontier embattled besieged nearby
        """)
}
