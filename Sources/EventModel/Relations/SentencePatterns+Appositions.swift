/// Offices and nationalities said in an apposition after a person: "X, the Uzbek president", "X, head
/// of Y", "X, director of Mogadishu's Madina Hospital", "X, a 33-year-old Uzbek,".
extension SentencePatterns {
    /// After a person and a comma: "X, the Uzbek president", "X, Russia's foreign minister",
    /// "X, the head of Y", "X, founder of the Y".
    static let employerWords = Vocabulary.hashes("at with")

    func appositions(_ person: Int) -> [Relation] {
        guard kind(person) == .person, tokens[person].gapAfter.contains(.comma) else { return [] }
        // "X, also known by the alias Khalid, a commander": the office is X's, not the alias's.
        if Self.aliasWords.contains(hash(person - 1)) || isHash(person - 1, Self.asWord) && Self.aliasWords.contains(hash(person - 2)) { return [] }
        var start = person + 1
        // "X, also known by the alias Khalid, a senior commander of Y": past the other name.
        if Self.aliasWords.contains(hash(start)),
           let close = (start..<min(tokens.count, start + 8)).first(where: { tokens[$0].gapAfter.contains(.comma) }) {
            start = close + 1
        }
        // "X, the country's de facto ruler", "X, the group's spokesperson": the country or group the words refer back to.
        if isWord(start, .articles), isWord(start + 1, .countryPronouns) || isWord(start + 1, .groupPronouns),
           isHash(start + 2, Self.possessiveS), let country = antecedent(of: start + 1),
           country.kind == .country || Self.groups.contains(country.kind) {
            var first = start + 3
            while first < tokens.count && first < start + 5 && !isWord(first, .titles) && tokens[first].gapAfter.isDisjoint(with: .clauseBreak) { first += 1 }
            var last = first
            while last + 1 < tokens.count && last < first + 3 && isWord(last + 1, .titles) && tokens[last].gapAfter.isDisjoint(with: .clauseBreak) { last += 1 }
            guard first < tokens.count, isWord(first, .titles) else { return [] }
            return relation(entity(person), .roleOf, country.id, role: office(from: start + 3, through: last), at: [person, start + 1])
        }
        // "X, of the civil rights group Y, said": X is of the body the aside names, as in "X of Y said".
        if isWord(start, .of), let body = (start + 1..<min(tokens.count, start + 7)).first(where: isMention), kind(body) == .organisation,
           (start + 1..<body).allSatisfy({ !tokens[$0].shape.contains(.firstUpper) && tokens[$0].gapAfter.isDisjoint(with: .clauseBreak) }),
           !tokens[body].gapAfter.isDisjoint(with: [.comma, .closeParen]) {
            return relation(entity(person), .roleOf, entity(body), at: [person, body])
        }
        // "X, one of the founders of Y,".
        if let (office, of) = oneOfOffice(at: start), let body = bodyAfter(of: of) {
            return relation(entity(person), .roleOf, body.id, role: office, at: [person, body.token])
        }
        // "X, 31, an Egyptian,": past the age.
        if start < tokens.count, !isMention(start), tokens[start].shape.contains(.hasDigit), tokens[start].gapAfter == .comma { start += 1 }
        if isWord(start, .articles) { start += 1 }
        // "X, a 33-year-old Uzbek,", "X, an Algerian,": a nationality closing the apposition.
        var age = start
        while age < tokens.count && age < start + 4 && !isMention(age) && (tokens[age].gapAfter == .hyphen || isHash(age, Self.old)) { age += 1 }
        // "X, the 17-year-old Pakistani girl who ...": a noun for a person may close it too.
        // ("X, a U.S.-sanctioned ideologue": the country's abbreviation ends in a period that ends nothing.)
        // ("X, a U.S. embassy employee": the abbreviation's period before a lowercase word closes nothing.)
        if age < tokens.count, isMention(age), kind(age) == .country, context.isOtherForm(tokens[age].mention),
           !isFusedHyphen(after: age), closesApposition(age)
            || tokens[age].gapAfter.isEmpty && Self.personNouns.contains(hash(age + 1))
                && (!tokens[age + 1].gapAfter.isDisjoint(with: .clauseBreak) || isWord(age + 2, .relativeWords)) {
            return relation(entity(person), .citizenOf, nation(age) ?? entity(age), at: [person, age])
        }
        // "X, a senior Hezbollah commander": modifiers before the organisation are no part of the office.
        var owner = start
        // ("X, the secretive leader of Y": any one describing word right before a title.)
        while owner < tokens.count && owner <= start + 2 && !isMention(owner)
                && (Self.officeAdjectives.contains(hash(owner)) || isWord(owner, .formerWords)
                    || owner == start && isWord(start - 1, .articles) && tokens[owner].shape == [.hasLower] && !isWord(owner, .titles)
                        && tokens[owner].gapAfter.isEmpty && Vocabulary.coreTitles.contains(hash(owner + 1))) { owner += 1 }
        // "X, the former president of Brazil": the office was, and its name says so.
        let was = (start..<owner).first { isWord($0, .formerWords) }.map { WordScanner.slice(text, utf8: tokens[$0].utf8Start, tokens[$0].utf8End) + " " } ?? ""
        // "X, Balochistan Home Secretary,": a province's or a city's office too.
        // ("X, Mandera's regional commander": a place's own office, which its title says is local.)
        if isMention(owner), [.country, .organisation].contains(kind(owner))
            || kind(owner) == .place && (!tokens[owner].possessive || localTitle(after: owner)) {
            // "X, a Moroccan national,": a citizenship, read by the citizenship pattern.
            if isWord(owner + 1, .citizenNouns) { return [] }
            // "X, an IDF soldier,", "X, a Hamas fighter,": one of the body's ranks.
            if kind(owner) == .organisation, Self.memberNouns.contains(hash(owner + 1)),
               !tokens[owner + 1].gapAfter.isDisjoint(with: .clauseBreak) || isWord(owner + 2, .relativeWords) {
                return relation(entity(person), .memberOf, entity(owner), at: [person, owner])
            }
            // "X, the Odesa region governor": the word for a region after its name.
            let title = kind(owner) == .place && Vocabulary.adminAreas.contains(hash(owner + 1)) ? owner + 2 : owner + 1
            var end = title
            while end < tokens.count && end <= title + 3 && (isWord(end, .titles) || isWord(end, .formerWords)) { end += 1 }
            guard end > title, !isWord(end, .of), !isMention(end) else { return [] }
            // "According to Sawa, the Jordanian army closed ...": a body after the comma, no office of the name.
            if EventWords.stateNouns.contains(hash(end - 1)) { return [] }
            // "X, a Lebanese aid worker,": a trade, no office; the country's adjective says whose citizen X is.
            if Self.personNouns.contains(hash(end)) {
                guard kind(owner) == .country, context.isOtherForm(tokens[owner].mention) else { return [] }
                return relation(entity(person), .citizenOf, nation(owner) ?? entity(owner), at: [person, owner])
            }
            // "X, Israel's emergency response service,": the words describe a body the name is, no office.
            if tokens[end - 1].gapAfter.isDisjoint(with: .clauseBreak),
               let body = (end..<min(tokens.count, end + 2)).first(where: { Vocabulary.organisationHeads.contains(hash($0)) }),
               (end...body).allSatisfy({ tokens[$0].shape == [.hasLower] }) { return [] }
            // "the town of Khar, Bajaur district": a place's office needs a title of its own, not only "district".
            if kind(owner) == .place, !(title..<end).contains(where: { Vocabulary.coreTitles.contains(hash($0)) }) { return [] }
            let role = was + office(from: title, through: end - 1)
            // "X, senior Myanmar adviser at Crisis Group": the country is what the office covers; the body after
            // "at" or "with" holds it.
            if kind(owner) == .country, Self.employerWords.contains(hash(end)),
               let body = object(after: end, kinds: [.organisation], reach: 3) {
                return relation(entity(person), .roleOf, body.id, role: role, at: [person, body.token])
            }
            return relation(entity(person), .roleOf, entity(owner), role: role, at: [person, owner])
        }
        // "X, a security analyst and director at Y": the office after the "and" of two descriptions.
        if let and = (owner + 1..<min(tokens.count, owner + 4)).first(where: { isWord($0, .and) }),
           (owner..<and).allSatisfy({ !isMention($0) && tokens[$0].gapAfter.isDisjoint(with: .clauseBreak) }), isWord(and + 1, .titles) {
            owner = and + 1
        }
        // "X, a senior commander of the Pakistan-based group Y", "X, spokesperson for the Y hospital",
        // "X, director at the Y institute": the office without its adjectives.
        var end = owner
        while end < tokens.count && end <= owner + 4 && (isWord(end, .titles) || isWord(end, .formerWords)) { end += 1 }
        // "X, special agent in charge of the FBI office": "in charge" is part of the office.
        if end > owner, isWord(end, .inWord), isHash(end + 1, Self.charge), isWord(end + 2, .of) { end += 2 }
        // "X, a commander within the TRF": an office inside a body, as "of" says it.
        let ofBody = isWord(end, .of) || isHash(end, Self.within)
        // "X, the governor of the Donetsk region": a region's or a city's office.
        let local = end > owner && Self.localOffices.contains(hash(end - 1))
        // "X, a senior leader in the TPLF": an office in a named body (not "a commander in Ukraine").
        if end > owner, !local, isWord(end, .inWord), let body = object(after: end, kinds: [.organisation], reach: 3),
           (end + 1..<body.token).allSatisfy({ !isMention($0) && tokens[$0].gapAfter.isDisjoint(with: .clauseBreak) }),
           !tokens[body.token].possessive {
            let role = was + WordScanner.slice(text, utf8: tokens[owner].utf8Start, tokens[end - 1].utf8End)
            return relation(entity(person), .roleOf, body.id, role: role, at: [person, owner, body.token])
        }
        // ("X, an analyst with the International Crisis Group": a body one works with is one's employer.)
        let with = isWord(end, .withWord)
        guard end > owner, ofBody || isWord(end, .forWord) || isWord(end, .at) || with else { return [] }
        // "X, director of Mogadishu's Madina Hospital": an institution named like a place is a body too.
        if ofBody && !local, let venue = institution(after: end) {
            let role = was + WordScanner.slice(text, utf8: tokens[owner].utf8Start, tokens[end - 1].utf8End)
            return relation(entity(person), .roleOf, entity(venue), role: role, at: [person, owner, venue])
        }
        guard let office = object(after: end, kinds: ofBody && !local ? [.country, .organisation, .other] : [.country, .organisation, .place, .other], reach: 5)
        else { return [] }
        if with && office.kind != .organisation { return [] }
        // "X, a former chief of an al-Qaeda affiliate": an office in an unnamed branch the name only describes.
        if tokens[office.token].gapAfter.isEmpty, isWord(office.token + 1, .branchNouns) { return [] }
        // "X, the Special Representative for Somalia": the country an envoy is sent for is no one whose office it is.
        if isWord(end, .forWord), [.country, .place].contains(office.kind), Self.envoyTitles.contains(hash(end - 1)) { return [] }
        // "X, spokesperson for the military in Ituri": where an unnamed body serves, not whose office it is.
        // ("wrote X, chair of the district assembly, on Facebook": the apposition ended at its comma.)
        if (end + 1..<office.token).contains(where: { isWord($0, .inWord) || isWord($0, .at) || !tokens[$0].gapAfter.isDisjoint(with: .clauseBreak) }) {
            return []
        }
        // "hosted President of Azerbaijan A, the President of China B, President of Tajikistan C, Emir of Qatar, D":
        // an office followed by a name is the next item's, not an apposition of the name before it.
        if let next = mention(after: office.token + 1), next <= office.token + 2, [.person, .other].contains(kind(next)) { return [] }
        if tokens[office.token].gapAfter == .comma, isCapitalisedWord(office.token + 1) || Vocabulary.nameTitles.contains(hash(office.token + 1)) { return [] }
        let role = was + WordScanner.slice(text, utf8: tokens[owner].utf8Start, tokens[end - 1].utf8End)
        // "X, information minister of Pakistan's Balochistan province": the province's office, not the country's.
        if tokens[office.token].possessive, kind(office.token) == .country, isMention(office.token + 1), kind(office.token + 1) == .place {
            return relation(entity(person), .roleOf, entity(office.token + 1), role: role, at: [person, owner, office.token + 1])
        }
        return relation(entity(person), .roleOf, office.id, role: role, at: [person, owner, office.token])
    }

    /// "regional commander", "governor" after a place's possessive: an office of the place, not of its state.
    func localTitle(after place: Int) -> Bool {
        isWord(place + 1, .titles) && (Self.localOffices.contains(hash(place + 1)) || Self.localModifiers.contains(hash(place + 1)))
    }

    static let localModifiers = Vocabulary.hashes("regional county district provincial municipal")
    static let envoyTitles = Vocabulary.hashes("representative envoy coordinator rapporteur")
    static let charge = TextFolding.wordHash("charge")
    static let within = TextFolding.wordHash("within")
    /// "soldier", "fighter": a body's rank and file, no office.
    static let memberNouns = Vocabulary.hashes("soldier fighter militant member operative mercenary recruit conscript reservist figure")

    /// "U.S.-sanctioned": a hyphen between the token and the next, with no space.
    func isFusedHyphen(after index: Int) -> Bool {
        guard index + 1 < tokens.count else { return false }
        let gap = WordScanner.slice(text, utf8: tokens[index].utf8End, tokens[index + 1].utf8Start)
        return gap.contains("-") && !gap.contains(" ")
    }

    /// "of Mogadishu's Madina Hospital", "of the Kabul University": the place-named institution after `of`,
    /// past a city it belongs to.
    func institution(after of: Int) -> Int? {
        guard let first = mention(after: of + 1) else { return nil }
        var named = first
        if tokens[named].possessive, [.place, .country].contains(kind(named)), isMention(named + 1) { named += 1 }
        guard kind(named) == .place, !tokens[named].possessive,
              let last = context.mentions[tokens[named].mention].text.split(separator: " ").last,
              Self.institutionHeads.contains(TextFolding.wordHash(String(last))) else { return nil }
        return named
    }

    static let institutionHeads = Vocabulary.hashes("""
        hospital university college school museum hotel airport bank clinic institute academy library         church chapel cathedral mosque temple synagogue
        """)

    /// "girl", "journalist": nouns for a person, after a nationality.
    static let personNouns = Vocabulary.hashes("""
        man woman boy girl teenager student journalist activist doctor worker migrant refugee businessman businesswoman \
        engineer teacher soldier pilot cleric scholar
        """)

    /// Whether the punctuation after `index` ends an apposition: not the period of an abbreviation ("U.S.")
    /// that a lowercase word follows.
    private func closesApposition(_ index: Int) -> Bool {
        let gap = tokens[index].gapAfter
        if gap.isDisjoint(with: .clauseBreak) { return false }
        guard gap.isDisjoint(with: .clauseBreak.subtracting(.period)) else { return true }
        return index + 1 >= tokens.count || !tokens[index + 1].shape.contains(.hasLower) || tokens[index + 1].shape.contains(.firstUpper)
    }
}
