/// Patterns of who is a citizen of which country: "Tajik national X", "X, a citizen of Tajikistan", a
/// nationality with an age opening a sentence, dual nationalities.
extension SentencePatterns {
    /// "Tajik national X", "X, a 31-year-old Tajik citizen", "X is a Russian national", "X, a
    /// citizen of Tajikistan".
    func citizen(_ noun: Int) -> [Relation] {
        // "India's National Security Advisor": a title, not a citizenship.
        if tokens[noun].shape.contains(.firstUpper) && (isWord(noun + 1, .titles) || isCapitalisedWord(noun + 1)) { return [] }
        // "Sweden's national police", "the national airline": an adjective before what belongs to the state.
        if isHash(noun, Self.nationalWord), tokens[noun].gapAfter.isEmpty, noun + 1 < tokens.count, !isMention(noun + 1),
           !Self.afterNational.contains(hash(noun + 1)) { return [] }
        // "a native of Kyrgyzstan but had taken Russian citizenship": born there, a citizen elsewhere.
        if Self.nativeWords.contains(hash(noun)),
           (max(0, noun - Self.window)..<min(tokens.count, noun + Self.window)).contains(where: { Self.citizenshipWords.contains(hash($0)) }) {
            return []
        }
        let country: Int
        var countries: [Int]
        if noun > 0, isMention(noun - 1), kind(noun - 1) == .country {
            country = noun - 1
            countries = coordinatedCountries(endingAt: country, noun: noun)
            // "Afghan national X"; not "... an Afghan national," a spokesman X said.
            if tokens[noun].gapAfter.isDisjoint(with: .clauseBreak), let person = object(after: noun, kinds: [.person], reach: 2) {
                return countries.flatMap { relation(person.id, .citizenOf, entity($0), at: [$0, noun, person.token]) }
            }
        } else if isWord(noun + 1, .of), let named = mention(after: noun + 2), kind(named) == .country,
                  // "nationals of Pakistan's long-time ally": of the ally, not of Pakistan.
                  !tokens[named].possessive,
                  // "a British national of Libyan descent": the parents' country, not his.
                  !Self.ancestryWords.contains(hash(named + 1)) {
            country = named
            countries = [named]
        } else {
            return []
        }
        // "detained a Ukrainian citizen, identified as X,".
        if let person = identifiedPerson(after: noun) {
            return countries.flatMap { relation(entity(person), .citizenOf, entity($0), at: [$0, noun, person]) }
        }
        // "mourned the deaths of the Chinese nationals", "met the Afghan citizens": people the sentence speaks of,
        // not its subject ("X and Y, both Tajik nationals" still are).
        let first = countries[0]
        if first >= 1, first < noun, isWord(first - 1, .of) || isWord(first - 1, .articles) && Self.pluralCitizens.contains(hash(noun)) {
            return []
        }
        guard let (person, _) = subject(of: min(noun, countries[0]), kinds: [.person]) else { return [] }
        return list(from: person, kinds: [.person]).flatMap { person in
            countries.flatMap { relation(person.id, .citizenOf, entity($0), at: [person.token, noun, $0]) }
        }
    }

    /// "dual Austrian and Macedonian nationality", "a French-Algerian national": each country of one
    /// person's citizenship, when the noun is singular ("Russian and Tajik nationals" may be two groups).
    private func coordinatedCountries(endingAt country: Int, noun: Int) -> [Int] {
        var countries = [country]
        guard Self.singleCitizenship.contains(hash(noun)) else { return countries }
        var cursor = country
        while cursor >= 1 {
            if isMention(cursor - 1), kind(cursor - 1) == .country, tokens[cursor - 1].gapAfter == .hyphen {
                cursor -= 1
            } else if cursor >= 2, isWord(cursor - 1, .and), isMention(cursor - 2), kind(cursor - 2) == .country,
                      tokens[cursor - 2].gapAfter.isDisjoint(with: .clauseBreak) {
                cursor -= 2
            } else if cursor >= 2, isMention(cursor - 1), kind(cursor - 1) == .country, tokens[cursor - 1].gapAfter.isEmpty,
                      isHash(cursor - 2, Self.dual) {
                // "a dual Syrian British citizen": two demonyms after "dual", nothing between.
                cursor -= 1
            } else {
                break
            }
            countries.insert(cursor, at: 0)
        }
        return countries
    }

    static let pluralCitizens = Vocabulary.hashes("nationals citizens")
    static let singleCitizenship = Vocabulary.hashes("national citizen nationality citizenship")

    /// "X drove the truck. The 24-year-old Tunisian had ...": a nationality with an age, opening a
    /// sentence, describes the person the sentence before opened with.
    func agedNationality(_ demonym: Int) -> [Relation] {
        guard demonym >= 2, demonym <= 6, kind(demonym) == .country, context.isOtherForm(tokens[demonym].mention),
              isWord(0, .articles), (1..<demonym).contains(where: { isHash($0, Self.old) }),
              (0..<demonym).allSatisfy({ !isMention($0) }), let person = previous.openingPerson() else { return [] }
        return relation(person.id, .citizenOf, nation(demonym) ?? entity(demonym), at: [demonym])
    }

    static let nationalWord = TextFolding.wordHash("national")
    static let dual = TextFolding.wordHash("dual")
    static let nativeWords = Vocabulary.hashes("native natives")
    static let citizenshipWords = Vocabulary.hashes("citizenship passport nationality")
    /// "a Tajik national who ...", "a Russian national living in ...": words after the noun "national".
    static let afterNational = Vocabulary.hashes("""
        who whom whose that was is had has and of living residing working born named identified arrested detained held \
        accused charged suspected
        """)
    static let ancestryWords: Set<UInt64> = Set(Vocabulary.words("descent origin origins heritage ancestry background extraction parents parentage").map(TextFolding.wordHash))

    /// "the Russian deserter Dmitry Setrakov", "Tajik migrant X": a demonym and one noun before a
    /// person. Verbs ("U.S. strikes killed X") are kept out by their endings and the word lists.
    func citizenBefore(_ person: Int) -> [Relation] {
        // "started by Nigerian Emmanuel Ogede": a nationality right before a name.
        // ("part of the American Comeback Tour": after an article, the adjective opens a thing's name.)
        if person >= 1, isMention(person - 1), kind(person - 1) == .country, tokens[person - 1].gapAfter.isEmpty,
           !tokens[person - 1].possessive, context.isOtherForm(tokens[person - 1].mention), person < 2 || !isWord(person - 2, .articles),
           !WordScanner.slice(text, utf8: tokens[person - 1].utf8Start, tokens[person - 1].utf8End).hasSuffix("s") {
            return relation(entity(person), .citizenOf, nation(person - 1) ?? entity(person - 1), at: [person - 1, person])
        }
        // "identified as Tunisians Hatem X and Yassin Y": a plural demonym before the names.
        if person >= 1, isMention(person - 1), kind(person - 1) == .country, tokens[person - 1].gapAfter.isEmpty,
           context.isOtherForm(tokens[person - 1].mention),
           WordScanner.slice(text, utf8: tokens[person - 1].utf8Start, tokens[person - 1].utf8End).hasSuffix("s"),
           person < 2 || isHash(person - 2, Self.asWord) || isWord(person - 2, .articles)
            || !tokens[person - 2].gapAfter.isDisjoint(with: .clauseBreak) {
            let country = nation(person - 1) ?? entity(person - 1)
            return mentionList(startingAt: person).filter { kind($0) == .person }.flatMap {
                relation(entity($0), .citizenOf, country, at: [person - 1, $0])
            }
        }
        // "a 21-year-old Tunisian man named X", "a Tunisian man, X,": a person's noun, then "named" or a comma.
        let called = person >= 3 && Self.namedWords.contains(hash(person - 1)) ? person - 2 : nil
        let apposed = person >= 2 && tokens[person - 1].gapAfter == .comma && !isMention(person - 1) ? person - 1 : nil
        if let noun = called ?? apposed, Self.peopleNouns.contains(hash(noun)), noun >= 1, isDemonymAdjective(noun - 1),
           tokens[noun - 1].gapAfter.isEmpty, !tokens[noun - 1].possessive {
            return relation(entity(person), .citizenOf, nation(noun - 1) ?? entity(noun - 1), at: [noun - 1, person])
        }
        let noun = person - 1
        guard noun >= 1, !isMention(noun), tokens[noun].words.isEmpty, tokens[noun].shape.contains(.hasLower),
              !tokens[noun].shape.contains(.firstUpper), tokens[noun - 1].gapAfter.isDisjoint(with: .clauseBreak),
              tokens[noun].gapAfter.isDisjoint(with: .clauseBreak), isDemonymAdjective(noun - 1) else { return [] }
        let word = WordScanner.slice(text, utf8: tokens[noun].utf8Start, tokens[noun].utf8End)
        guard !word.hasSuffix("ed"), !word.hasSuffix("s"), !word.hasSuffix("ly"), !word.hasSuffix("ing"),
              !Self.ancestryWords.contains(hash(noun)) else { return [] }
        return relation(entity(person), .citizenOf, entity(noun - 1), at: [noun - 1, person])
    }

    static let namedWords = Vocabulary.hashes("named called")
    /// "a Tunisian man", "a Syrian refugee": nouns for a person that a nationality describes.
    static let peopleNouns = Vocabulary.hashes("man woman boy girl teenager youth immigrant migrant refugee student worker resident citizen national")
}
