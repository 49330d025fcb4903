/// Patterns of arrests and charges: who holds whom, also when no one is named making the arrest.
extension SentencePatterns {
    /// "Y arrested X", "X was detained by Y", "Y charged X", "X was charged by Y": the authority Y
    /// arrested or charged X.
    static let warrants = Vocabulary.hashes("warrant warrants")
    static let arrestOpposers = Vocabulary.hashes("""
        against over after following since despite amid protest protests protested protesting condemned condemns denounced \
        decried criticised criticized
        """)

    func arrest(_ verb: Int, _ predicate: Predicate) -> [Relation] {
        let authorities: Set<EntityKind> = [.country, .organisation, .other]
        // "an arrest warrant issued by X": a warrant, no one held yet. "during his arrest": a noun, whose
        // holder the possessive names, not the names around it.
        if Self.warrants.contains(hash(verb + 1)) || verb > 0 && Self.holderPronouns.contains(hash(verb - 1)) { return [] }
        // "a man convicted of spying for X", "two men arrested in Paris": a participle after the unnamed people
        // it describes, and what for or where; X is no one charged or held.
        if verb > 0, !isMention(verb - 1), EventWords.describedPeople.contains(hash(verb - 1)),
           Self.reducedRelativeLinks.contains(hash(verb + 1)) { return [] }
        // "said A, convicted terrorist B", "the jailed cleric B": a participle describing someone, no arrest or charge.
        if EventWords.describesPeople(verb, end: tokens.count, hash: hash, isName: isMention,
                                      breaksBefore: { !tokens[$0 - 1].gapAfter.isDisjoint(with: .clauseBreak) }) { return [] }
        // "the arrest of X by Y": a noun, held by the by-phrase's authority. "..., the arrests of three doctors – A,
        // B –" in a list: no verb before it, so a name further back is no subject.
        if isWord(verb - 1, .articles), isWord(verb + 1, .of) {
            // "demands the arrest of the three men", "called for the arrest of X": asked for, no one held.
            if verb >= 2, EventWords.asksFor(at: verb - 2, lowerBound: 0, hash: hash) { return [] }
            // "gathered against the arrest of X", "protested the arrest of X": the subject opposes it, made none.
            if verb >= 2, Self.arrestOpposers.contains(hash(verb - 2)) { return [] }
            if let by = (verb + 2..<min(clauseEnd(after: verb), verb + 12)).first(where: { isWord($0, .by) }),
               let authority = agents(after: by - 1, kinds: authorities).first,
               let first = (verb + 2..<by).first(where: { isMention($0) && kind($0) == .person }) {
                return mentionList(startingAt: first).filter { kind($0) == .person && $0 < by }.flatMap {
                    relation(authority.id, predicate, entity($0), at: [$0, verb, authority.token])
                }
            }
            if verb < 2 || !tokens[verb - 2].gapAfter.isDisjoint(with: .clauseBreak) { return [] }
        }
        // "captured the city of X": a place taken, no one held; "captured" holds people only.
        let held: Set<EntityKind> = Self.captureVerbs.contains(hash(verb)) ? [.person] : [.person, .organisation, .other]
        // "three men captured on CCTV": filmed, not held.
        if isWord(verb + 1, .onWord) || isWord(verb + 1, .by), Self.recorders.contains(hash(verb + 1 + (isWord(verb + 2, .articles) ? 2 : 1))) { return [] }
        if isPassive(verb) || isWord(verb + 1, .by) {
            let by = agents(after: verb, kinds: authorities)
            guard let authority = by.first else {
                // "detained by army putschists", "held by gunmen": someone named, not a state's authorities.
                if let agent = (verb + 1..<min(clauseEnd(after: verb), verb + 5)).first(where: { isWord($0, .by) }),
                   !(agent + 1..<min(tokens.count, agent + 4)).contains(where: { Self.authorityNouns.contains(hash($0)) }) { return [] }
                return agentlessArrest(verb, predicate)
            }
            guard let (suspect, _) = subject(of: verb, kinds: held) else { return [] }
            return list(from: suspect, kinds: held).flatMap {
                relation(authority.id, predicate, $0.id, at: [$0.token, verb, authority.token])
            }
        }
        guard let (authority, _) = subject(of: verb, kinds: authorities) else { return predicate == .charged ? courtRuling(verb) : [] }
        guard let suspect = object(after: verb, kinds: held, reach: 5) else {
            // "sentenced the four attackers of the rally, A, B, C and D, to life": the names after the description.
            if predicate == .charged {
                return sentencedAfter(verb).flatMap { relation(authority.id, predicate, entity($0), at: [authority.token, verb, $0]) }
            }
            // "detained another Ukrainian citizen, identified as X,": the person the aside names.
            if let person = identifiedPerson(after: verb) {
                return relation(authority.id, predicate, entity(person), at: [authority.token, verb, person])
            }
            // "arrested two members of his family, including his brother X": the people the list names.
            guard let including = (verb + 1..<min(tokens.count, verb + 12)).first(where: { isHash($0, Self.including) }),
                  !(verb + 1..<including).contains(where: { !tokens[$0].gapAfter.isDisjoint(with: [.period, .semicolon]) }),
                  let first = (including + 1..<min(tokens.count, including + 4)).first(where: { isMention($0) && kind($0) == .person })
            else { return [] }
            return mentionList(startingAt: first).filter { kind($0) == .person }.flatMap {
                relation(authority.id, predicate, entity($0), at: [authority.token, verb, $0])
            }
        }
        var people = list(from: suspect, kinds: held)
        // "charged Diab and former ministers A, B and C": a second list after a few words that describe it.
        if let last = people.last?.token, isWord(last + 1, .and),
           let next = (last + 2..<min(tokens.count, last + 6)).first(where: isMention), kind(next) == .person,
           (last + 2..<next).allSatisfy({ !tokens[$0].shape.contains(.firstUpper) && tokens[$0].gapAfter.isDisjoint(with: .clauseBreak) }) {
            people += mentionList(startingAt: next).filter { kind($0) == .person }.map { Argument(token: $0, id: entity($0), kind: .person) }
        }
        return people.flatMap {
            relation(authority.id, predicate, $0.id, at: [authority.token, verb, $0.token])
        }
    }

    /// "17 people were arrested, including A and B", "A was detained in Kenya": held by the country
    /// the clause places it in, else the one whose authorities it names ("a gun battle with the
    /// Haitian authorities"), else the story's. Only people named in the list or just before the
    /// verb: a name further back is as often the victim as the suspect.
    func agentlessArrest(_ verb: Int, _ predicate: Predicate) -> [Relation] {
        var held: [Int] = []
        if let including = (verb + 1..<min(tokens.count, verb + 4)).first(where: { isHash($0, Self.including) }),
           !(verb + 1..<including).contains(where: { isMention($0) || !tokens[$0].gapAfter.isDisjoint(with: [.period, .semicolon]) }),
           let first = mention(after: including + 1), first == including + 1 {
            held = mentionList(startingAt: first)
        } else if var named = (max(0, verb - 4)..<verb).last(where: isMention),
                  (named + 1..<verb).allSatisfy({ isWord($0, .beVerbs) || isWord($0, .verbFillers) }) {
            // "X, a rival to President Y, was detained": the aside ends at Y; X before it was held ("The
            // gunman, 29-year-old Y, was sentenced": an aside naming the one before it is who was held).
            if tokens[named].gapAfter.contains(.comma),
               let open = (max(0, named - 12)..<named).last(where: { tokens[$0].gapAfter.contains(.comma) }), isMention(open) {
                named = open
            }
            held = mentionList(endingAt: named)
        }
        held = held.filter { kind($0) == .person }
        guard !held.isEmpty else { return [] }
        // "X was detained on Wednesday and the putschists named Y": held by others than the state, in a coup or a kidnapping.
        guard !tokens.indices.contains(where: { Self.captorWords.contains(hash($0)) }) else { return [] }
        let end = clauseEnd(after: verb)
        // "was arrested near the Italian town of Rimini": the country of the town names who held them too.
        let placed = (verb + 1..<min(end, verb + 6)).first {
            isMention($0) && kind($0) == .country && (isWord($0 - 1, .inWord) || isWord($0 + 1, .cityNouns) && isWord($0 + 2, .of))
        }
        let authorities = tokens.indices.first {
            isMention($0) && kind($0) == .country && Self.authorityNouns.contains(hash($0 + 1)) && tokens[$0].gapAfter.isDisjoint(with: .clauseBreak)
        }
        guard let country = placed.map(entity) ?? authorities.map(entity) ?? context.homeCountry else { return [] }
        return held.flatMap { relation(country, predicate, entity($0), at: [verb, $0]) }
    }

    /// "The court sentenced A, B and C to life", "a military court in Moscow convicted X": a court of the
    /// country it sits in, else of the one the subject names, else of the story's.
    func courtRuling(_ verb: Int) -> [Relation] {
        let start = clauseStart(before: verb)
        guard (start..<verb).contains(where: { Self.courtNouns.contains(hash($0)) }) else { return [] }
        let people = sentencedAfter(verb)
        guard !people.isEmpty else { return [] }
        let named = (start..<verb).first { isMention($0) && kind($0) == .country }.map { nation($0) ?? entity($0) }
            ?? (start..<verb).lazy.compactMap { self.isMention($0) && self.kind($0) == .place ? self.catalog.country(ofPlace: self.entity($0)) : nil }.first
        guard let country = named ?? context.homeCountry else { return [] }
        return people.flatMap { relation(country, .charged, entity($0), at: [verb, $0]) }
    }

    /// The people named a few words after a verb of sentencing, with no other name before them.
    func sentencedAfter(_ verb: Int) -> [Int] {
        guard let first = (verb + 1..<min(tokens.count, verb + 12)).first(where: { isMention($0) && kind($0) == .person }),
              // ("the four perpetrators of the attack, A, B, ...": the deed's name may come between.)
              !(verb + 1..<first).contains(where: { isMention($0) && kind($0) != .event || !tokens[$0].gapAfter.isDisjoint(with: [.period, .semicolon, .stop]) })
        else { return [] }
        return mentionList(startingAt: first).filter { kind($0) == .person }
    }

    /// "a Ukrainian citizen, identified as X,", "a man named as X": the person an aside a few words after
    /// `index` names, with no stop between.
    func identifiedPerson(after index: Int) -> Int? {
        guard let verb = (index + 1..<min(tokens.count, index + 7)).first(where: { Self.identifyingVerbs.contains(hash($0)) }),
              isHash(verb + 1, Self.asWord), isMention(verb + 2), kind(verb + 2) == .person,
              (index..<verb).allSatisfy({ tokens[$0].gapAfter.isDisjoint(with: [.period, .semicolon, .stop]) && !(isMention($0) && kind($0) == .person) })
        else { return nil }
        return verb + 2
    }

    static let holderPronouns = Vocabulary.hashes("his her its their my our your")
    static let identifyingVerbs = Vocabulary.hashes("identified named")
    static let reducedRelativeLinks = Vocabulary.hashes("of for with in on over after")
    static let courtNouns = Vocabulary.hashes("court courts tribunal judge judges prosecutors prosecutor")
    static let captureVerbs = Vocabulary.hashes("captured capture captures capturing")
    static let including = TextFolding.wordHash("including")
    static let captorWords = Vocabulary.hashes("putschists putschist junta mutineers coup kidnappers kidnapper abductors captors rebels insurgents militants gunmen jihadists")
    static let recorders: Set<UInt64> = Set(Vocabulary.words("cctv camera cameras video film tape footage").map(TextFolding.wordHash))
    static let authorityNouns: Set<UInt64> = Set("authorities police security forces officials officers".split(separator: " ").map { TextFolding.wordHash(String($0)) })
}
