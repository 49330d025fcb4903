/// Patterns of who holds a place: a group that controls, governs or took it ("the militants hold
/// parts of Cabo Delgado", "Kobane is controlled by the SDF", "the Houthi-controlled port") and a city
/// that fell to one.
extension SentencePatterns {
    /// "The group controlled most of southern Somalia", "the militants hold parts of Cabo Delgado".
    func controlled(by actorID: String, actor: Int, verb: Int) -> [Relation] {
        // "The Bongos have ruled Gabon": a family rules, a group governs; only a group is active there.
        if Self.ruleVerbs.contains(hash(verb)) && catalog.kind(of: actorID) != .organisation { return [] }
        var cursor = verb + 1
        // "gained control of military headquarters in Rostov-on-Don": the place the controlled thing is in.
        if isHash(verb + 1, Self.controlWord), isWord(verb + 2, .of),
           let inWord = (verb + 3..<min(tokens.count, verb + 7)).first(where: { isWord($0, .inWord) }),
           (verb + 3..<inWord).allSatisfy({ !isMention($0) && tokens[$0].gapAfter.isDisjoint(with: .clauseBreak) }),
           let place = object(after: inWord, kinds: [.place, .country], reach: 2) {
            return relation(actorID, .activeIn, place.id, at: [actor, verb, place.token])
        }
        if Self.gainVerbs.contains(hash(verb)) { return [] }
        // "had seized control of Kavumu airport": what is controlled comes after "control of".
        if isHash(verb + 1, Self.controlWord), isWord(verb + 2, .of) { cursor = verb + 3 }
        // "seized the key Congolese town of X", "captured the desert town of Y": past the words for the place,
        // and a country's adjective before them.
        while cursor < tokens.count && cursor <= verb + 7 && (!isMention(cursor) || isDemonymAdjective(cursor) && isWord(cursor + 1, .cityNouns)) {
            guard Self.controlFillers.contains(hash(cursor)) || isWord(cursor, .of) || isWord(cursor, .articles) || isWord(cursor, .directions)
                    || isWord(cursor, .cityNouns) || Self.placeAdjectives.contains(hash(cursor)) || isMention(cursor),
                  tokens[cursor].gapAfter.isDisjoint(with: .clauseBreak) else { return [] }
            cursor += 1
        }
        // ("seized an Israeli-linked cargo ship": the name fused to "linked" describes the ship.)
        guard isMention(cursor), [.country, .place].contains(kind(cursor)), !isFusedHyphen(after: cursor) else { return [] }
        return relation(actorID, .activeIn, entity(cursor), at: [actor, verb, cursor])
    }

    static let controlVerbs: Set<UInt64> = Set(("controlled controls control holds held seized captured took overran governs governed rules ruled gained wrested "
        + "seizing capturing taking recaptured retook").split(separator: " ").map { TextFolding.wordHash(String($0)) })
    static let controlWord = TextFolding.wordHash("control")
    /// "gained control of": a verb that takes a place only through "control of".
    static let gainVerbs: Set<UInt64> = Set("gained wrested".split(separator: " ").map { TextFolding.wordHash(String($0)) })
    static let ruleVerbs: Set<UInt64> = Set("governs governed rules ruled".split(separator: " ").map { TextFolding.wordHash(String($0)) })
    static let controlFillers: Set<UInt64> = Set("most much parts part large swathes swaths areas territory over strategic key main major crucial vital important".split(separator: " ").map { TextFolding.wordHash(String($0)) })

    /// "Kobane is controlled by the SDF", "the Houthi-controlled port of Hodeidah": the group is active there.
    func controlledBy(_ verb: Int) -> [Relation] {
        let places: Set<EntityKind> = [.place, .country]
        if isPassive(verb), isWord(verb + 1, .by), let group = agents(after: verb, kinds: Self.groups).first {
            // The place just before "is (now) controlled": not a name earlier in a long sentence.
            var place = verb - 1
            while place > 0 && place >= verb - 4 && !isMention(place) && isWord(place, .verbFillers) { place -= 1 }
            guard place >= 0, isMention(place), places.contains(kind(place)) else { return [] }
            return relation(group.id, .activeIn, entity(place), at: [place, verb, group.token])
        }
        guard verb > 0, isMention(verb - 1), tokens[verb - 1].gapAfter == .hyphen, Self.groups.contains(kind(verb - 1)),
              let place = object(after: verb, kinds: places, reach: 4) else { return [] }
        return relation(entity(verb - 1), .activeIn, place.id, at: [verb - 1, verb, place.token])
    }

    /// "Kabul fell to the Taliban", "since the city fell to the Taliban": the group took the place.
    func fellTo(_ verb: Int) -> [Relation] {
        guard isWord(verb + 1, .toWord), let group = object(after: verb + 1, kinds: Self.groups, reach: 3) else { return [] }
        let places: Set<EntityKind> = [.place, .country]
        var place: Int? = nil
        if verb > 0, isMention(verb - 1), places.contains(kind(verb - 1)) {
            place = verb - 1
        } else if verb > 1, Self.placeNouns.contains(hash(verb - 1)), isWord(verb - 2, .articles) {
            // "the city": the one place the sentence named before it, not counting buildings ("the airport in Kabul").
            let named = (0..<verb - 1).filter { isMention($0) && kind($0) == .place && !isFacility(entity($0)) }
            if Set(named.map { entity($0) }).count == 1 { place = named.last }
        }
        guard let place else { return [] }
        return relation(group.id, .activeIn, entity(place), at: [place, verb, group.token])
    }

    private func isFacility(_ id: String) -> Bool {
        guard let last = catalog.entity(id: id)?.name.split(separator: " ").last else { return false }
        return Vocabulary.facilityNouns.contains(TextFolding.wordHash(String(last)))
    }
}
