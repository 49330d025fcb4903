/// Patterns of meetings and visits: "A met B", "A held talks with B", "talks between A and B", "A visited
/// Y", "a visit to Y by A", and where a visit or a meeting took place.
extension SentencePatterns {
    static let hostsWord = TextFolding.wordHash("hosts")
    static let gatheringNouns = Vocabulary.hashes("summit summits meeting meetings conference forum gathering talks session games event ceremony reception dinner")

    /// "A met (with) B", "A held talks with B", "A hosted B", "talks between A and B", "A and B met".
    func meeting(_ verb: Int) -> [Relation] {
        // "will meet", "will also hold bilateral talks with": a meeting to come, a few words before the verb.
        var back = verb - 1
        while back >= max(0, verb - 4) && !isMention(back) && tokens[back].gapAfter.isDisjoint(with: .clauseBreak) {
            // "called for talks between A and B", "proposed negotiations": a meeting wished for.
            // "postponed a planned meeting with X", "cancelled talks with Y": a meeting that did not take place.
            if Self.future.contains(hash(back)) || Self.wishVerbs.contains(hash(back)) || Self.unheldWords.contains(hash(back)) { return [] }
            back -= 1
        }
        if isWord(verb + 1, .between), let first = mention(after: verb + 2) {
            let sides = mentionList(startingAt: first).filter { Self.actors.contains(kind($0)) }
            // "talks between Israel and Hamas": a state and an armed group talk through mediators.
            guard sides.count >= 2, kind(sides[0]) == kind(sides[1]) else { return [] }
            return relation(entity(sides[0]), .met, entity(sides[1]), at: [verb, sides[0], sides[1]])
        }
        // "Astana hosts the SCO summit": a gathering hosted, no one met.
        if isHash(verb, Self.hosted) || isHash(verb, Self.hostsWord) {
            let named = mention(after: verb + 1) ?? tokens.count
            // ("hosted Hamas officials for talks" met them: the gathering comes after who was hosted.)
            if (verb + 1..<min(tokens.count, verb + 7, named + 3)).contains(where: { Self.gatheringNouns.contains(hash($0)) }) { return [] }
            // "Armenia hosts a Russian military base": a country's adjective before what is hosted names no guest.
            if named < tokens.count, isDemonymAdjective(named) { return [] }
            // "talks brokered by the AU and hosted by Kenya": the host of a gathering; only "X was hosted by
            // Y" has Y meet X.
            if isWord(verb + 1, .by) && !isPassive(verb) { return [] }
        }
        // ("Trump and Putin are meeting Friday": a verb after its auxiliary.)
        let isNoun = isHash(verb, Self.talks) || isHash(verb, Self.summitWord) || isHash(verb, Self.negotiations)
            || isHash(verb, Self.meetingWord) && !isWord(verb - 1, .beVerbs)
        // "phone talks", "video meeting": spoke, did not meet.
        if isNoun && Self.remote.contains(hash(verb - 1)) { return [] }
        // "met in Afghanistan", "met Saturday in Oman": where, not whom.
        var next = verb + 1
        while next < tokens.count, !isMention(next), EventWords.weekdays[hash(next)] != nil || Self.meetingTimes.contains(hash(next)) { next += 1 }
        let place = isWord(next, .inWord) || isWord(next, .at)
        var after = verb
        if isWord(verb + 1, .withWord) { after = verb + 1 } else if isNoun { return talksHeld(verb) }
        let subject = subject(of: verb, kinds: Self.actors)
        // "Trump's envoy met Putin": someone sent by the one named met, not the one named.
        if let subject, tokens[subject.argument.token].possessive, Self.standInNouns.contains(hash(subject.argument.token + 1)) { return [] }
        if !place, let other = object(after: after, kinds: Self.actors, reach: 5), let subject {
            var out = list(from: subject.argument, kinds: Self.actors).flatMap {
                relation($0.id, .met, other.id, at: [$0.token, verb, other.token])
            }
            // "A hosted B in Moscow": the guest came to Moscow.
            // ("B was hosted by A in Moscow": the guest is the subject.)
            let guest = isWord(verb + 1, .by) ? subject.argument : other
            if isHash(verb, Self.hosted), guest.kind == .person, isWord(other.token + 1, .inWord),
               let city = object(after: other.token + 1, kinds: Self.regions, reach: 2) {
                out += relation(guest.id, .visited, city.id, at: [verb, guest.token, city.token])
            }
            return out
        }
        // "A and B met": a list before the verb, and nothing after it; "the borders of A, B and C meet" is no meeting.
        guard !isNoun, let subject,
              !(max(0, subject.argument.token - 3)..<subject.argument.token).contains(where: { Self.placeNouns.contains(hash($0)) }) else { return [] }
        let sides = list(from: subject.argument, kinds: Self.actors)
        guard sides.count >= 2 else { return [] }
        return relation(sides[0].id, .met, sides[1].id, at: [sides[0].token, verb])
    }

    /// "Norway and Sweden held talks", "Officials from Norway and Sweden began defence talks": the two
    /// sides of a list before a verb of holding talks met. One side alone ("Norway held talks") names no other.
    func talksHeld(_ noun: Int) -> [Relation] {
        var verb = noun - 1
        while verb > 0 && verb >= noun - 3 && !isMention(verb) && !Self.holdVerbs.contains(hash(verb))
            && tokens[verb].gapAfter.isDisjoint(with: .clauseBreak) && tokens[verb].shape == [.hasLower] { verb -= 1 }
        guard verb > 0, Self.holdVerbs.contains(hash(verb)), !isPassive(verb) else { return [] }
        let sides: [Argument]
        // "Officials from Norway and Sweden began ...": the delegates' countries, listed right before the verb.
        if verb >= 4, let first = (max(2, verb - 8)..<verb).first(where: {
               isMention($0) && (isHash($0 - 1, Self.from) || isWord($0 - 1, .of)) && Self.delegateNouns.contains(hash($0 - 2))
           }) {
            let listed = mentionList(startingAt: first).filter { Self.actors.contains(kind($0)) }
            guard let last = listed.last, last + 1 == verb else { return [] }
            sides = listed.map { Argument(token: $0, id: entity($0), kind: kind($0)) }
        } else if let (subject, _) = subject(of: verb, kinds: Self.actors) {
            sides = list(from: subject, kinds: Self.actors)
        } else {
            return []
        }
        // ("talks between Israel and Hamas" above: a state and an armed group talk through mediators.)
        guard sides.count == 2, sides[0].kind == sides[1].kind else { return [] }
        return relation(sides[0].id, .met, sides[1].id, at: [sides[0].token, verb, noun])
    }

    /// "on", "yesterday", "Saturday": when a meeting was, between its verb and where.
    static let meetingTimes = Vocabulary.hashes("on yesterday today earlier later")
    /// "envoy", "aide", "spokesman": someone who acts for the one whose name is before the noun.
    static let standInNouns = Vocabulary.hashes("""
        envoy envoys emissary emissaries aide aides adviser advisers advisor advisors spokesman spokeswoman spokesperson
        lawyer lawyers representative representatives negotiator negotiators delegation delegations
        """)
    static let unheldWords = Vocabulary.hashes("planned postponed cancelled canceled scrapped scheduled proposed delayed")
    static let delegateNouns = Vocabulary.hashes("officials delegations delegates representatives envoys negotiators diplomats ministers leaders")
    static let holdVerbs = Vocabulary.hashes("held hold holds holding began begin begins opened open opens resumed resume started start concluded")

    static let tripNouns = Vocabulary.hashes("visit visits trip trips tour arrival journey stay")

    /// "A visited B", "A's visit to B": B is a country or a place.
    func visit(_ verb: Int) -> [Relation] {
        if Self.future.contains(hash(verb - 1)) { return [] }
        // "cancelled a visit to Turkmenistan", "postponed his trip"; "fled Damascus and arrived in Moscow":
        // where someone fled to is no visit.
        if (max(0, verb - 4)..<verb).contains(where: { Self.cancelWords.contains(hash($0)) || Self.fleeWords.contains(hash($0)) }) { return [] }
        // "a rare visit by Vladimir Putin to Pyongyang": the visitor after "by", the place after "to".
        if isHash(verb, Self.visitNoun), isWord(verb + 1, .by), let visitor = object(after: verb + 1, kinds: Self.actors, reach: 3),
           let to = (visitor.token + 1..<min(tokens.count, visitor.token + 3)).first(where: { isWord($0, .toWord) }),
           let place = object(after: to, kinds: Self.regions, reach: 2) {
            return relation(visitor.id, .visited, place.id, at: [verb, visitor.token, place.token])
        }
        // "a visit to Menaka by Prime Minister X": the place first, the visitor after "by".
        if isHash(verb, Self.visitNoun), isWord(verb + 1, .toWord), let place = object(after: verb + 1, kinds: Self.regions, reach: 2),
           let by = (place.token + 1..<min(tokens.count, place.token + 3)).first(where: { isWord($0, .by) }),
           (verb..<by).allSatisfy({ tokens[$0].gapAfter.isDisjoint(with: .clauseBreak) }),
           let visitor = object(after: by, kinds: Self.actors, reach: 5) {
            return relation(visitor.id, .visited, place.id, at: [verb, place.token, visitor.token])
        }
        // "flew to Ankara" is a visit; "flew over Kazakhstan" is not.
        if Self.travelVerbs.contains(hash(verb)) && !isWord(verb + 1, .toWord) { return [] }
        // "was rushed to a hospital", "were flown to Moscow": someone carried is no visitor.
        if Self.travelVerbs.contains(hash(verb)) && isPassive(verb) { return [] }
        var after = verb
        if isWord(verb + 1, .toWord) || isWord(verb + 1, .inWord) { after = verb + 1 }
        // "X, who visited Kiir earlier this month,": a person visited is a person met ("visited Kim in
        // Pyongyang" visited the city too).
        var met: [Relation] = []
        if isHash(verb, Self.visitedWord), let host = object(after: verb, kinds: [.person], reach: 1),
           let (visitor, _) = subject(of: verb, kinds: Self.actors), visitor.kind == .person {
            met = relation(visitor.id, .met, host.id, at: [visitor.token, verb, host.token])
            guard isWord(host.token + 1, .inWord) else { return met }
            after = host.token + 1
        }
        guard var place = placeNamedAfterNoun(after: after) ?? object(after: after, kinds: Self.regions, reach: 3) ?? venuePlace(after: after)
                ?? scenePlace(after: after),
              let (visitor, _) = participleSubject(verb) ?? subject(of: verb, kinds: Self.actors) else { return met }
        // "arrived for a European summit in Brussels": a name used as an adjective is no place; the place named after it is.
        if isMention(place.token), context.isOtherForm(tokens[place.token].mention), tokens[place.token].gapAfter.isEmpty,
           tokens.indices.contains(place.token + 1), !isMention(place.token + 1), tokens[place.token + 1].shape == [.hasLower] {
            guard let later = object(after: place.token + 1, kinds: Self.regions, reach: 4) else { return [] }
            place = later
        }
        // "a hearse carrying Abe's body arrived at his home in Tokyo", "Putin's claim comes as a delegation arrived in
        // Moscow": a name that owns the noun after it is no visitor.
        // ("X's visit to Moscow", "South Korea's president visited": the visit or the office is the owner's.)
        if tokens[visitor.token].possessive {
            if Self.remainsNouns.contains(hash(visitor.token + 1)) { return [] }
            if !(Self.tripNouns.contains(hash(visitor.token + 1)) || isWord(visitor.token + 1, .titles)) { return met }
        }
        // "North Korean troops have arrived in Kursk", "its young men travelled to Syria": people travel
        // and arrive; a state or a group visits.
        if (Self.arrivals.contains(hash(verb)) || Self.travelVerbs.contains(hash(verb))) && visitor.kind != .person { return met }
        return met + relation(visitor.id, .visited, place.id, at: [visitor.token, verb, place.token])
    }

    /// "X, after arriving in Peshawar,": the name before the comma that opens the participle's clause.
    func participleSubject(_ verb: Int) -> (argument: Argument, saidBy: String?)? {
        guard Self.participleLeads.contains(hash(verb - 1)), verb >= 3, tokens[verb - 2].gapAfter.contains(.comma),
              let named = argument(verb - 2), named.kind == .person else { return nil }
        return (named, nil)
    }

    /// "visited the site of the bombing at the junction": where the deed was, past the words for it.
    func scenePlace(after index: Int) -> Argument? {
        var noun = index + 1
        if isWord(noun, .articles) { noun += 1 }
        guard Self.sceneNouns.contains(hash(noun)), isWord(noun + 1, .of),
              let at = (noun + 2..<min(tokens.count, noun + 6)).first(where: { isWord($0, .inWord) || isWord($0, .at) }),
              (noun + 2..<at).allSatisfy({ !isMention($0) && tokens[$0].gapAfter.isDisjoint(with: .clauseBreak) }) else { return nil }
        return object(after: at, kinds: Self.regions, reach: 3)
    }

    static let sceneNouns = Vocabulary.hashes("scene site")
    static let visitedWord = TextFolding.wordHash("visited")
    static let participleLeads = Vocabulary.hashes("after upon on before")
    static let remainsNouns = Vocabulary.hashes("body bodies coffin casket remains corpse ashes")
    static let fleeWords = Vocabulary.hashes("fled flees flee fleeing escaped exiled")
    static let cancelWords: Set<UInt64> = Set("cancelled canceled cancels cancel postponed postpones scrapped shelved".split(separator: " ").map { TextFolding.wordHash(String($0)) })

    /// "the Indonesian resort island of Bali", "the town of Kobane": the place a noun of places names.
    func placeNamedAfterNoun(after index: Int) -> Argument? {
        var cursor = index + 1
        while cursor < min(tokens.count, index + 6) && !isWord(cursor, .of) {
            guard isWord(cursor, .articles) || isWord(cursor, .cityNouns) || isWord(cursor, .directions) || isDemonymAdjective(cursor),
                  tokens[cursor].gapAfter.isDisjoint(with: .clauseBreak) else { return nil }
            cursor += 1
        }
        guard cursor > index + 1, isWord(cursor, .of), isWord(cursor - 1, .cityNouns) else { return nil }
        return object(after: cursor, kinds: Self.regions, reach: 2)
    }

    /// "visited the burnt synagogue in Derbent": the place a visited building stands in.
    func venuePlace(after verb: Int) -> Argument? {
        let end = min(tokens.count, verb + 6)
        guard verb + 2 < end, let inWord = (verb + 2..<end).first(where: { isWord($0, .inWord) }),
              (verb + 1..<inWord).allSatisfy({ !isMention($0) && tokens[$0].gapAfter.isDisjoint(with: .clauseBreak) }),
              let place = object(after: inWord, kinds: Self.regions, reach: 2) else { return nil }
        return place
    }
}
