/// Offices said in a clause of their own: with "is" ("X is the leader of Y", "X is one of the founders
/// of Y"), by appointment ("X was appointed defence minister") or oath ("X was sworn in as president of Y"),
/// or by a verb of leading ("X heads Y", "X, who led Y").
extension SentencePatterns {
    /// "X is AQIM's leader", "X was Hamas's political chief", "X is the leader of Y": an office said with "is".
    func copulaOffice(_ person: Int) -> [Relation] {
        guard kind(person) == .person, tokens[person].gapAfter.isEmpty else { return [] }
        var owner = person + 1
        while owner < tokens.count && owner <= person + 3 && !isMention(owner) && isWord(owner, .beVerbs) { owner += 1 }
        guard owner > person + 1, owner < tokens.count else { return [] }
        // "X was also one of the founders of Y".
        if isWord(owner, .verbFillers) { owner += 1 }
        if let (office, of) = oneOfOffice(at: owner), let body = bodyAfter(of: of) {
            return relation(entity(person), .roleOf, body.id, role: office, at: [person, body.token])
        }
        // "X is the leader of the Abu Sayyaf gang": the office, then its body after "of".
        if isWord(owner, .articles) {
            var end = owner + 1
            while end < tokens.count && end <= owner + 4 && !isMention(end)
                    && (isWord(end, .titles) || Self.officeAdjectives.contains(hash(end))) { end += 1 }
            guard end > owner + 1, isWord(end - 1, .titles), isWord(end, .of),
                  let body = object(after: end, kinds: [.organisation, .country], reach: 2) else { return [] }
            return relation(entity(person), .roleOf, body.id, role: office(from: owner + 1, through: end - 1), at: [person, body.token])
        }
        guard isMention(owner), tokens[owner].possessive, [.organisation, .country].contains(kind(owner)) else { return [] }
        var end = owner + 1
        while end < tokens.count && end <= owner + 3 && !isMention(end)
                && (isWord(end, .titles) || Self.officeAdjectives.contains(hash(end))) { end += 1 }
        guard end > owner + 1, isWord(end - 1, .titles),
              end >= tokens.count || !isMention(end) && !isWord(end, .of) else { return [] }
        return relation(entity(person), .roleOf, entity(owner), role: office(from: owner + 1, through: end - 1), at: [person, owner])
    }

    /// "one of the founders of": the office each of them holds, and the "of" after it.
    func oneOfOffice(at index: Int) -> (office: String, of: Int)? {
        guard isHash(index, Self.one), isWord(index + 1, .of), isWord(index + 2, .articles),
              let office = Self.pluralOffices[hash(index + 3)], isWord(index + 4, .of) else { return nil }
        return (office, index + 4)
    }

    static let pluralOffices = Dictionary(uniqueKeysWithValues: [
        ("founders", "founder"), ("co-founders", "co-founder"), ("leaders", "leader"), ("commanders", "commander"),
    ].map { (TextFolding.wordHash($0.0), $0.1) })

    /// The body after "of": "of the Qassam Brigades", or named in an apposition, "of its military wing, the
    /// Qassam Brigades".
    func bodyAfter(of: Int) -> Argument? {
        if let body = object(after: of, kinds: [.organisation, .country], reach: 2) { return body }
        guard isWord(of + 1, .articles) || Self.possessivePronouns.contains(hash(of + 1)),
              let comma = (of + 1..<min(tokens.count, of + 5)).first(where: { !tokens[$0].gapAfter.isDisjoint(with: .clauseBreak) }),
              tokens[comma].gapAfter == .comma, (of + 1...comma).allSatisfy({ !isMention($0) }) else { return nil }
        return object(after: comma, kinds: [.organisation], reach: 2)
    }

    /// "The junta named a general, X, transitional president", "X was appointed defence minister of Y":
    /// the office of the body after "of", else of the one country the sentence names, else the home country.
    func appointed(_ verb: Int) -> [Relation] {
        let passive = isPassive(verb)
        let person: Int
        if passive {
            guard let subject = subject(of: verb, kinds: [.person])?.argument, isMention(subject.token) else { return [] }
            person = subject.token
        } else {
            guard let found = (verb + 1..<min(tokens.count, verb + 6)).first(where: { isMention($0) }), kind(found) == .person else { return [] }
            person = found
        }
        var title = passive ? verb + 1 : person + 1
        if isHash(title, Self.asWord) { title += 1 }
        if isWord(title, .articles) { title += 1 }
        var end = title
        while end < tokens.count && end < title + 4 && !isMention(end) && isWord(end, .titles) { end += 1 }
        guard end > title, Vocabulary.coreTitles.contains(hash(end - 1)) else { return [] }
        // "army chief of staff": the office's own "of" phrase.
        if isWord(end, .of), Vocabulary.officeObjects.contains(hash(end + 1)), !isMention(end + 1) { end += 2 }
        let role = office(from: title, through: end - 1)
        if isWord(end, .of), let body = object(after: end, kinds: [.country, .organisation], reach: 3) {
            return relation(entity(person), .roleOf, body.id, role: role, at: [person, verb, body.token])
        }
        if isWord(end, .of) {
            // "premier of the Houthi-run cabinet": the group that leads the body named.
            if let led = (end + 1..<min(tokens.count, end + 4)).first(where: isMention), kind(led) == .organisation,
               tokens[led].gapAfter == .hyphen, Self.ledParticiples.contains(hash(led + 1)) {
                return relation(entity(person), .roleOf, entity(led), role: role, at: [person, verb, led])
            }
            // An office of something the sentence does not name is no office of the story's country.
            return []
        }
        let countries = Set(tokens.indices.filter { isMention($0) && kind($0) == .country }.map { nation($0) ?? entity($0) })
        guard let country = countries.count == 1 ? countries.first : countries.isEmpty ? context.homeCountry : nil else { return [] }
        return relation(entity(person), .roleOf, country, role: role, at: [person, verb])
    }

    /// "X, who now heads the New Development Bank", "X chairs the council": X holds the body's top office.
    func heads(_ verb: Int) -> [Relation] {
        // "the party founded by A and led by B", "the party led by X": the body named before is led by the person
        // after "by" ("the group, led by X," is read from the group's name, in `ledBy`).
        if isWord(verb + 1, .by) {
            // The body's name right before the participle, or before "founded by A and".
            var body = verb - 1
            if isWord(body, .and), isMention(body - 1), kind(body - 1) == .person, isWord(body - 2, .by), Self.foundingWords.contains(hash(body - 3)) {
                body -= 4
            }
            guard let office = Self.ledBy[hash(verb)], hash(verb) == Self.led || Self.headedWords.contains(hash(verb)),
                  isMention(body), kind(body) == .organisation, body != verb - 1 || !tokens[body].gapAfter.contains(.comma),
                  let person = object(after: verb + 1, kinds: [.person], reach: 2) else { return [] }
            return relation(person.id, .roleOf, entity(body), role: office, at: [body, verb, person.token])
        }
        // "heads of state": a noun, not the verb.
        guard !isWord(verb + 1, .of), !isPassive(verb), !Self.future.contains(hash(verb - 1)), hash(verb) != Self.led,
              let body = object(after: verb, kinds: [.organisation], reach: 4),
              let (person, _) = subject(of: verb, kinds: [.person, .country]) else { return [] }
        // "Malaysia, which chairs ASEAN": a state that chairs a body is one of its members.
        if person.kind == .country {
            return Self.chairVerbs.contains(hash(verb)) ? relation(person.id, .memberOf, body.id, at: [person.token, verb, body.token]) : []
        }
        let role = Self.chairVerbs.contains(hash(verb)) ? "chair" : Self.leadVerbs.contains(hash(verb)) ? "leader" : "head"
        return relation(person.id, .roleOf, body.id, role: role, at: [person.token, verb, body.token])
    }

    static let chairVerbs = Vocabulary.hashes("chairs chaired")
    static let led = TextFolding.wordHash("led")
    static let headedWords = Vocabulary.hashes("headed")
    static let foundingWords = Vocabulary.hashes("founded formed created established")
    static let leadVerbs = Vocabulary.hashes("leads")

    static let ledParticiples = Vocabulary.hashes("led run controlled backed")

    /// "X, who led the Quds force", "X, who heads Y": the office the verb names.
    func officeAfter(_ person: Int) -> [Relation] {
        var verb = person + 1
        if !isWord(verb, .relativeWords) {
            // "X, a general who led the Quds force": past a short apposition to its "who".
            guard tokens[person].gapAfter.contains(.comma),
                  let who = (person + 2..<min(tokens.count, person + 5)).first(where: { isWord($0, .relativeWords) }),
                  !(person + 1..<who).contains(where: { isMention($0) || !tokens[$0].gapAfter.isDisjoint(with: .clauseBreak) })
            else { return [] }
            verb = who
        }
        verb += 1
        guard let office = Self.officeVerbs[hash(verb)], !isMention(verb),
              let group = object(after: verb, kinds: [.organisation, .other, .country], reach: 4) else { return [] }
        return relation(entity(person), .roleOf, group.id, role: office, at: [person, verb, group.token])
    }

    /// "General X, who took the helm of the Moldovan army in March": the head of it (with a title before
    /// the name or none).
    func tookHelm(_ person: Int) -> [Relation] {
        guard kind(person) == .person, tokens[person].gapAfter.contains(.comma), isWord(person + 1, .relativeWords) else { return [] }
        let verb = person + 2
        guard isHash(verb, Self.took), isWord(verb + 1, .articles), isHash(verb + 2, Self.helm), isWord(verb + 3, .of),
              let group = object(after: verb + 3, kinds: [.organisation, .other, .country], reach: 4) else { return [] }
        return relation(entity(person), .roleOf, group.id, role: "head", at: [person, verb, group.token])
    }

    static let took = TextFolding.wordHash("took")
    static let helm = TextFolding.wordHash("helm")

    /// "X was sworn in as Niger's interim president", "X was sworn in as president of Y": the
    /// office the oath gives, of the country or body named with it.
    func swornIn(_ person: Int) -> [Relation] {
        guard kind(person) == .person else { return [] }
        var at = person + 1
        while at < person + 4, at < tokens.count, isWord(at, .verbFillers) || isWord(at, .beVerbs) { at += 1 }
        guard isHash(at, Self.sworn), isWord(at + 1, .inWord), isHash(at + 2, Self.asWord), at + 3 < tokens.count,
              tokens[person].gapAfter.isDisjoint(with: .clauseBreak) else { return [] }
        var first = at + 3
        if isWord(first, .articles) { first += 1 }
        // "as Niger's interim president": the owner before the title.
        var owner: Int? = nil
        if isMention(first), [.country, .organisation].contains(kind(first)) {
            if tokens[first].possessive {
                owner = first
                first += 1
            } else if tokens[first].gapAfter.contains(.apostrophe), isHash(first + 1, Self.possessiveS) {
                owner = first
                first += 2
            }
        }
        // ("as the country's new transitional president": a few describing words before the title.)
        var end = first
        while end < tokens.count, end < first + 4, !isMention(end), !isWord(end, .of), tokens[end - 1].gapAfter.isDisjoint(with: .clauseBreak) || end == first {
            end += 1
        }
        guard let title = (first..<end).last(where: { isWord($0, .titles) }) else { return [] }
        let last = title + 1
        if owner == nil, isWord(last, .of), let body = object(after: last, kinds: [.country, .organisation], reach: 2) { owner = body.token }
        guard let owner else { return [] }
        return relation(entity(person), .roleOf, nation(owner) ?? entity(owner), role: office(from: first, through: last - 1), at: [person, at, owner])
    }

    static let sworn = TextFolding.wordHash("sworn")
}
