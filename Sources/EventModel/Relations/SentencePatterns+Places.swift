/// Patterns of where things are and who holds what office: roles with their office, capitals,
/// cities of a country, bases, citizenship, places in places and groups active somewhere.
extension SentencePatterns {
    // MARK: - Roles

    /// "The Russian Defense Minister Sergei Shoigu", "Kremlin aide Yuri Ushakov", "the Uzbek
    /// president, Shavkat Mirziyoyev", "Pakistan's former Prime Minister X": the person holds the
    /// office of the country or organisation before the title.
    func roleOf(person: Int) -> [Relation] {
        guard kind(person) == .person else { return [] }
        var index = person - 1
        if index >= 0, !isMention(index), tokens[index].gapAfter.contains(.comma), !isWord(index, .titles) { return [] }
        while index >= 0 && index >= person - 7 {
            guard isWord(index, .titles) || isWord(index, .formerWords) || Self.officeAdjectives.contains(hash(index)) else {
                // "Secretary of State X", "Minister of Foreign Affairs X": the office's own "of" phrase.
                if isWord(index, .of), isWord(index - 1, .titles), index + 1 < person, tokens[index + 1].shape.contains(.firstUpper) {
                    index -= 1
                    continue
                }
                // "U.N. Special Envoy for Somalia X": what the office is for, not whose it is.
                if isMention(index), isWord(index - 1, .forWord), isWord(index - 2, .titles) {
                    index -= 2
                    continue
                }
                guard let of = officeOfPhrase(endingAt: index) else { break }
                index = of - 1
                continue
            }
            // "Tajik national X" is citizenship, not an office; "National Defense Minister X" is one.
            if isWord(index, .citizenNouns) && index == person - 1 { return [] }
            // "Maj. Gen. X": an abbreviation's period ends no sentence.
            if index < person - 1 && !tokens[index].gapAfter.isDisjoint(with: [.comma, .period, .semicolon])
                && !(tokens[index].gapAfter.subtracting([.period, .periodFirst]).isEmpty && Vocabulary.abbreviations.contains(hash(index))) { return [] }
            index -= 1
        }
        if index == person - 1 { return citizenBefore(person) + officeAfter(person) + officeBefore(person) }
        // "Turkey detained X" has no office: a title word must be among the words walked.
        guard (index + 1..<person).contains(where: { isWord($0, .titles) }) else { return [] }
        // "the group's spokesman X": the group the words refer back to.
        if index >= 2, isHash(index, Self.possessiveS), tokens[index - 1].gapAfter.contains(.apostrophe),
           isWord(index - 1, .groupPronouns), let group = antecedent(of: index - 1) {
            return relation(entity(person), .roleOf, group.id, role: office(from: index + 1, through: person - 1), at: [index - 1, person])
        }
        // "President X of Uzbekistan": the office before the name, the country after it.
        // A period after the mention is an abbreviation's ("U.N. Secretary-General X"): sentences end elsewhere.
        if index < person - 1, !(index >= 0 && isMention(index) && tokens[index].gapAfter.isDisjoint(with: [.comma, .semicolon, .colon])) {
            let stated = titleThenOf(person, title: index + 1)
            return stated.isEmpty && !(index >= 0 && isMention(index)) ? homeOffice(person, title: index + 1) : stated
        }
        guard index < person - 1 else { return [] }
        guard index >= 0, isMention(index) else { return homeOffice(person, title: index + 1) }
        guard [.country, .organisation, .place, .other].contains(kind(index)) else { return [] }
        return relation(entity(person), .roleOf, entity(index), role: office(from: index + 1, through: person - 1), at: [index, person])
            + outerOffice(person, inner: index)
    }

    /// "ISLAMABAD (Reuters) - ... said Defence Minister X": a government office with no country written
    /// is the dateline's country's, when the sentence names no other country.
    func homeOffice(_ person: Int, title: Int) -> [Relation] {
        guard title >= 0, title < person, Self.governmentOffices.contains(hash(person - 1)), let home = context.homeCountry,
              !tokens.indices.contains(where: { isMention($0) && kind($0) == .country && nation($0) ?? entity($0) != home }),
              !tokens.indices.contains(where: { isMention($0) && kind($0) == .person && $0 != person && isWord($0 - 1, .titles) })
        else { return [] }
        return relation(entity(person), .roleOf, home, role: office(from: title, through: person - 1), at: [title, person])
    }

    static let governmentOffices: Set<UInt64> = Set("president minister premier chancellor vice-president".split(separator: " ").map { TextFolding.wordHash(String($0)) })

    /// "... of State", "... of Foreign Affairs" ending at `last`, after a title word: the "of", or nil.
    func officeOfPhrase(endingAt last: Int) -> Int? {
        guard !isMention(last), tokens[last].shape.contains(.firstUpper) else { return nil }
        var of = last - 1
        while of >= last - 2 && of > 0 && !isMention(of) && tokens[of].shape.contains(.firstUpper) && !isWord(of, .of) { of -= 1 }
        guard isWord(of, .of), isWord(of - 1, .titles),
              (of - 1..<last).allSatisfy({ tokens[$0].gapAfter.isDisjoint(with: .clauseBreak) }) else { return nil }
        return of
    }

    /// "ECOWAS chairman Nigerian President Bola Tinubu": a second office, of the body named before the first.
    func outerOffice(_ person: Int, inner: Int) -> [Relation] {
        var index = inner - 1
        while index >= 0 && index >= inner - 3 && isWord(index, .titles) && tokens[index].gapAfter.isDisjoint(with: .clauseBreak) { index -= 1 }
        guard index < inner - 1, index >= 0, isMention(index), tokens[index].gapAfter.isDisjoint(with: .clauseBreak),
              [.country, .organisation].contains(kind(index)), entity(index) != entity(inner) else { return [] }
        return relation(entity(person), .roleOf, entity(index), role: office(from: index + 1, through: inner - 1), at: [index, person])
    }

    /// The office written from `first` through `last`, without an honorific that ends it: "spokesman
    /// Sheikh X" holds the office of spokesman, "Supreme Leader Ayatollah X" that of Supreme Leader.
    func office(from first: Int, through last: Int) -> String {
        var start = first, end = last
        while end > start && Self.honorifics.contains(hash(end)) { end -= 1 }
        while start < end && Self.officeAdjectives.contains(hash(start)) { start += 1 }
        return WordScanner.slice(text, utf8: tokens[start].utf8Start, tokens[end].utf8End)
    }

    static let honorifics: Set<UInt64> = Set("sheikh shaikh ayatollah mullah maulana imam haji hajji mr mrs ms dr".split(separator: " ").map { TextFolding.wordHash(String($0)) })

    /// "The group controlled most of southern Somalia", "the militants hold parts of Cabo Delgado".
    func controlled(by actorID: String, actor: Int, verb: Int) -> [Relation] {
        var cursor = verb + 1
        while cursor < tokens.count && cursor <= verb + 5 && !isMention(cursor) {
            guard Self.controlFillers.contains(hash(cursor)) || isWord(cursor, .of) || isWord(cursor, .articles) || isWord(cursor, .directions),
                  tokens[cursor].gapAfter.isDisjoint(with: .clauseBreak) else { return [] }
            cursor += 1
        }
        guard isMention(cursor), [.country, .place].contains(kind(cursor)) else { return [] }
        return relation(actorID, .activeIn, entity(cursor), at: [actor, verb, cursor])
    }

    static let controlVerbs: Set<UInt64> = Set("controlled controls control holds held seized".split(separator: " ").map { TextFolding.wordHash(String($0)) })
    static let controlFillers: Set<UInt64> = Set("most much parts part large swathes swaths areas territory".split(separator: " ").map { TextFolding.wordHash(String($0)) })

    /// "Prime Minister X of Pakistan", "President X of Uzbekistan": the title words before the
    /// person (from `title`), the country or organisation after "of".
    func titleThenOf(_ person: Int, title: Int) -> [Relation] {
        guard isWord(person + 1, .of), tokens[person].gapAfter.isDisjoint(with: .clauseBreak),
              let group = object(after: person + 1, kinds: [.country, .organisation, .other], reach: 2) else { return [] }
        return relation(entity(person), .roleOf, group.id, role: office(from: title, through: person - 1), at: [title, person, group.token])
    }

    /// "the secretary-general of the CSTO, X", "the president of Russia, X": an office of a country
    /// or organisation, then the name after a comma.
    func officeBefore(_ person: Int) -> [Relation] {
        let group = person - 1
        guard group >= 2, isMention(group), [.organisation, .other, .country].contains(kind(group)),
              tokens[group].gapAfter.contains(.comma), !tokens[group].possessive else { return [] }
        var of = group - 1
        if isWord(of, .articles) { of -= 1 }
        guard isWord(of, .of) else { return [] }
        var first = of
        while first - 1 >= 0 && first - 1 >= of - 4 && isWord(first - 1, .titles) && tokens[first - 1].gapAfter.isDisjoint(with: .clauseBreak) {
            first -= 1
        }
        guard first < of else { return [] }
        let role = WordScanner.slice(text, utf8: tokens[first].utf8Start, tokens[of - 1].utf8End)
        return relation(entity(person), .roleOf, entity(group), role: role, at: [first, group, person])
    }

    /// "the Russian deserter Dmitry Setrakov", "Tajik migrant X": a demonym and one noun before a
    /// person. Verbs ("U.S. strikes killed X") are kept out by their endings and the word lists.
    func citizenBefore(_ person: Int) -> [Relation] {
        let noun = person - 1
        guard noun >= 1, !isMention(noun), tokens[noun].words.isEmpty, tokens[noun].shape.contains(.hasLower),
              !tokens[noun].shape.contains(.firstUpper), tokens[noun - 1].gapAfter.isDisjoint(with: .clauseBreak),
              tokens[noun].gapAfter.isDisjoint(with: .clauseBreak), isDemonymAdjective(noun - 1) else { return [] }
        let word = WordScanner.slice(text, utf8: tokens[noun].utf8Start, tokens[noun].utf8End)
        guard !word.hasSuffix("ed"), !word.hasSuffix("s"), !word.hasSuffix("ly"), !word.hasSuffix("ing") else { return [] }
        return relation(entity(person), .citizenOf, entity(noun - 1), at: [noun - 1, person])
    }

    /// "the Sudanese Armed Forces (SAF), led by Abdel Fattah al-Burhan": the person heads the group.
    func ledBy(_ group: Int) -> [Relation] {
        guard [.organisation, .other, .country].contains(kind(group)), tokens[group].gapAfter.contains(.comma),
              let office = Self.ledBy[hash(group + 1)], isWord(group + 2, .by),
              let person = object(after: group + 2, kinds: [.person], reach: 3) else { return [] }
        return relation(person.id, .roleOf, entity(group), role: office, at: [group, group + 1, person.token])
    }

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

    /// After a person and a comma: "X, the Uzbek president", "X, Russia's foreign minister",
    /// "X, the head of Y", "X, founder of the Y".
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
        if isWord(start, .articles) { start += 1 }
        // "X, a senior Hezbollah commander": modifiers before the organisation are no part of the office.
        var owner = start
        while owner < tokens.count && owner <= start + 2 && !isMention(owner)
                && (Self.officeAdjectives.contains(hash(owner)) || isWord(owner, .formerWords)) { owner += 1 }
        if isMention(owner), [.country, .organisation].contains(kind(owner)) {
            var end = owner + 1
            while end < tokens.count && end <= owner + 4 && (isWord(end, .titles) || isWord(end, .formerWords)) { end += 1 }
            guard end > owner + 1, !isWord(end, .of), !isMention(end) else { return [] }
            let role = office(from: owner + 1, through: end - 1)
            return relation(entity(person), .roleOf, entity(owner), role: role, at: [person, owner])
        }
        // "X, a senior commander of the Pakistan-based group Y": the office without its adjectives.
        var end = owner
        while end < tokens.count && end <= owner + 4 && (isWord(end, .titles) || isWord(end, .formerWords)) { end += 1 }
        guard end > owner, isWord(end, .of),
              let office = object(after: end, kinds: [.country, .organisation], reach: 5) else { return [] }
        let role = WordScanner.slice(text, utf8: tokens[owner].utf8Start, tokens[end - 1].utf8End)
        return relation(entity(person), .roleOf, office.id, role: role, at: [person, owner, office.token])
    }

    // MARK: - Places

    /// "Kyrgyzstan's capital Bishkek", "the Kazakh capital, Astana", "Astana, the capital of
    /// Kazakhstan", "Bishkek is the capital of Kyrgyzstan", "Bishkek, Kyrgyzstan's capital".
    func capital(_ noun: Int) -> [Relation] {
        var countryAt = noun - 1
        if isWord(countryAt, .formerWords) { countryAt -= 1 }
        if countryAt >= 0, isMention(countryAt), kind(countryAt) == .country {
            var after = noun
            if isWord(after + 1, .cityNouns) { after += 1 }
            if isWord(after + 1, .of) { after += 1 }
            if let city = object(after: after, kinds: [.place], reach: 2) {
                return relation(city.id, .capitalOf, entity(countryAt), at: [countryAt, noun, city.token], former: true)
            }
            // "Bishkek, Kyrgyzstan's capital".
            var before = countryAt - 1
            if isWord(before, .articles) { before -= 1 }
            guard before >= 0, isMention(before), kind(before) == .place, tokens[before].gapAfter.contains(.comma) else { return [] }
            return relation(entity(before), .capitalOf, entity(countryAt), at: [before, noun], former: true)
        }
        var after = noun
        if isWord(after + 1, .cityNouns) { after += 1 }
        // "northeast of the capital Mogadishu": a country's capital, named without its country.
        if isWord(noun - 1, .articles), !isWord(after + 1, .of), isMention(after + 1), kind(after + 1) == .place,
           let country = catalog.country(ofPlace: entity(after + 1)), Gazetteer.capital(ofCountry: country) == entity(after + 1) {
            return relation(entity(after + 1), .capitalOf, country, at: [noun, after + 1])
        }
        guard isWord(after + 1, .of), let country = object(after: after + 1, kinds: [.country, .place], reach: 2) else { return [] }
        guard let city = (max(0, noun - 5)..<noun).last(where: { isMention($0) && kind($0) == .place }) else { return [] }
        // A region's capital only in "X, the capital of Y" or "X is the capital of Y": "the provincial
        // capital of Quetta" names the capital itself.
        if country.kind == .place {
            let apposition = tokens[city].gapAfter.contains(.comma) && (city + 1..<noun).allSatisfy { isWord($0, .articles) }
            let copula = (city + 1..<noun).contains { isWord($0, .beVerbs) }
            guard apposition || copula, country.id != entity(city) else { return [] }
        }
        return relation(entity(city), .capitalOf, country.id, at: [city, noun, country.token], former: true)
    }

    /// "the Pakistani city of Peshawar", "Kerman, a city in southern Iran": the city lies in the country.
    func cityOf(_ noun: Int) -> [Relation] {
        var countryAt = noun - 1
        while countryAt >= noun - 3, isWord(countryAt, .directions) || isWord(countryAt, .cityNouns) { countryAt -= 1 }
        if countryAt >= 0, isMention(countryAt), kind(countryAt) == .country, isWord(noun + 1, .of),
           let city = object(after: noun + 1, kinds: [.place], reach: 2) {
            return relation(city.id, .locatedIn, entity(countryAt), at: [countryAt, noun, city.token])
        }
        // "the Baluchistan region of Afghanistan", "the Kherson province of Ukraine".
        if noun > 0, isMention(noun - 1), kind(noun - 1) == .place, isWord(noun + 1, .of),
           let country = object(after: noun + 1, kinds: [.country], reach: 2),
           catalog.country(ofPlace: entity(noun - 1)).map({ $0 == country.id }) ?? true {
            return relation(entity(noun - 1), .locatedIn, country.id, at: [noun - 1, noun, country.token])
        }
        guard isWord(noun + 1, .inWord) else { return [] }
        var cursor = noun + 2
        while cursor < tokens.count && cursor < noun + 5 && isWord(cursor, .directions) || isWord(cursor, .articles) { cursor += 1 }
        guard isMention(cursor), Self.regions.contains(kind(cursor)) else { return [] }
        var before = noun - 1
        if isWord(before, .articles) { before -= 1 }
        guard before >= 0, isMention(before), kind(before) == .place, tokens[before].gapAfter.contains(.comma) else { return [] }
        return relation(entity(before), .locatedIn, entity(cursor), at: [before, noun, cursor])
    }

    /// "the Pakistan-based group X", "X, based in Y", "X is headquartered in Y".
    func based(_ word: Int) -> [Relation] {
        // "the Islamic State branch based in Afghanistan, known as ISIS-K": the branch is.
        if isWord(word - 1, .branchNouns) {
            guard isWord(word + 1, .inWord), let place = object(after: word + 1, kinds: Self.regions, reach: 3) else { return [] }
            // "JNIM, an al Qaeda affiliate based in Mali": the group the apposition describes.
            guard let named = knownAs(after: word) ?? appositiveHead(before: word - 1).map({ entity($0) }) else { return [] }
            return relation(named, .basedIn, place.id, at: [word, place.token])
        }
        if word > 0, isMention(word - 1), tokens[word - 1].gapAfter.contains(.hyphen), Self.regions.contains(kind(word - 1)) {
            // "the Pakistan-based group X"; "X, a UK-based charity": the group the apposition describes.
            guard let group = object(after: word, kinds: Self.groups, reach: 4)
                    ?? appositiveHead(before: word - 1).map({ Argument(token: $0, id: entity($0), kind: kind($0)) }),
                  Self.groups.contains(group.kind) else { return [] }
            return relation(group.id, .basedIn, entity(word - 1), at: [word - 1, word, group.token])
        }
        guard isWord(word + 1, .inWord), let place = object(after: word + 1, kinds: Self.regions, reach: 3),
              let (group, _) = subject(of: word, kinds: Self.groups) else { return [] }
        return relation(group.id, .basedIn, place.id, at: [group.token, word, place.token])
    }

    /// "Tajik national X", "X, a 31-year-old Tajik citizen", "X is a Russian national", "X, a
    /// citizen of Tajikistan".
    func citizen(_ noun: Int) -> [Relation] {
        // "India's National Security Advisor": a title, not a citizenship.
        if tokens[noun].shape.contains(.firstUpper) && (isWord(noun + 1, .titles) || isCapitalisedWord(noun + 1)) { return [] }
        let country: Int
        if noun > 0, isMention(noun - 1), kind(noun - 1) == .country {
            country = noun - 1
            // "Afghan national X"; not "... an Afghan national," a spokesman X said.
            if tokens[noun].gapAfter.isDisjoint(with: .clauseBreak), let person = object(after: noun, kinds: [.person], reach: 2) {
                return relation(person.id, .citizenOf, entity(country), at: [country, noun, person.token])
            }
        } else if isWord(noun + 1, .of), let named = mention(after: noun + 2), kind(named) == .country {
            country = named
        } else {
            return []
        }
        guard let (person, _) = subject(of: min(noun, country), kinds: [.person]) else { return [] }
        return list(from: person, kinds: [.person]).flatMap {
            relation($0.id, .citizenOf, entity(country), at: [$0.token, noun, country])
        }
    }

    /// "ISIS-K militants in Afghanistan", "X operates in Y", "X is active in Y".
    func activeIn(_ subject: Int) -> [Relation] {
        guard let named = argument(subject), [.organisation, .other].contains(named.kind) else { return [] }
        // "X, a branch of Y, has been active in Z": X is, not Y.
        var actor = subject
        var actorID = named.id
        if tokens[subject].gapAfter.contains(.comma), isMention(subject),
           let head = (max(0, subject - 8)..<subject).first(where: { isMention($0) && tokens[$0].gapAfter.contains(.comma) && Self.groups.contains(kind($0)) }) {
            actor = head
            actorID = entity(head)
        }
        var index = subject + 1
        var limit = subject + 4
        // "Jaish al-Adl, a Sunni militant group, operates in ...": past an apposition that names no one.
        if tokens[subject].gapAfter.contains(.comma), actor == subject,
           let close = (subject + 1..<min(tokens.count, subject + 8)).first(where: { tokens[$0].gapAfter.contains(.comma) }),
           (subject + 1...close).allSatisfy({ !isMention($0) && !isWord($0, .clauseWords) && !isWord($0, .speechVerbs) }) {
            index = close + 1
            limit = close + 4
        }
        var sawTrigger = false
        while index < tokens.count && index <= limit, !isMention(index) {
            if Self.controlVerbs.contains(hash(index)) { return controlled(by: actorID, actor: actor, verb: index) }
            if isWord(index, .activeWords) {
                sawTrigger = true
            } else if sawTrigger && isWord(index, .activePrepositions) {
                // "active in the Lake Chad basin and in northeastern Nigeria": the first place named.
                var cursor = index + 1
                while cursor < tokens.count && cursor <= index + 9 && !(isMention(cursor) && Self.regions.contains(kind(cursor))) {
                    if isWord(cursor, .clauseWords) || isWord(cursor, .speechVerbs) || tokens[cursor].gapAfter.contains(.semicolon) { return [] }
                    cursor += 1
                }
                guard isMention(cursor), [.country, .place].contains(kind(cursor)) else { return [] }
                // "operates in Iran's Sistan-Baluchistan province": the place, not the country it is in.
                if tokens[cursor].possessive, kind(cursor) == .country, isMention(cursor + 1), kind(cursor + 1) == .place { cursor += 1 }
                var out = relation(actorID, .activeIn, entity(cursor), at: [actor, index, cursor])
                // "... and in northeastern Nigeria": each place the list adds.
                while let and = (cursor + 1..<min(tokens.count, cursor + 6)).first(where: { isWord($0, .and) }),
                      !(cursor..<and).contains(where: { !tokens[$0].gapAfter.isDisjoint(with: [.semicolon, .period, .stop]) }),
                      let next = (and + 1..<min(tokens.count, and + 5)).first(where: { isMention($0) }),
                      [.country, .place].contains(kind(next)),
                      (and + 1..<next).allSatisfy({ isWord($0, .activePrepositions) || isWord($0, .directions) || isWord($0, .articles) }) {
                    out += relation(actorID, .activeIn, entity(next), at: [actor, index, next])
                    cursor = next
                }
                return out
            } else if !isWord(index, .activeFillers) {
                return []
            }
            index += 1
        }
        return []
    }

    /// "the Crocus City concert hall in Moscow, Russia": hall in Moscow, Moscow in Russia;
    /// "Peshawar in northwestern Pakistan"; "Peshawar, Pakistan".
    func locatedIn(_ place: Int) -> [Relation] {
        guard kind(place) == .place else { return [] }
        // "Russia's Kursk region", "Mozambique's Cabo Delgado province": the region is in the country.
        if place > 0, isMention(place - 1), tokens[place - 1].possessive, kind(place - 1) == .country,
           Vocabulary.adminAreas.contains(hash(place + 1)), !isMention(place + 1),
           catalog.country(ofPlace: entity(place)).map({ $0 == entity(place - 1) }) ?? true {
            return relation(entity(place), .locatedIn, entity(place - 1), at: [place - 1, place])
        }
        if tokens[place].gapAfter == .comma, isMention(place + 1), kind(place + 1) == .country, !tokens[place + 1].possessive,
           !isDemonymAdjective(place + 1),
           // "a leader in the Sahel, Nigerien President X": a demonym opening the next phrase.
           !(context.isOtherForm(tokens[place + 1].mention) && place + 2 < tokens.count
             && (tokens[place + 1].gapAfter.isDisjoint(with: .clauseBreak) || isWord(place + 2, .titles))),
           !isWord(place + 2, [.and, .or]), place == 0 || !(isMention(place - 1) && tokens[place - 1].gapAfter.contains(.comma)) {
            return relation(entity(place), .locatedIn, entity(place + 1), at: [place, place + 1])
        }
        var at = place + 2
        // "Bakhmut is in eastern Ukraine".
        if isWord(place + 1, .beVerbs), isWord(place + 2, .inWord) { at = place + 3 } else if !isWord(place + 1, .inWord) { return [] }
        while at < tokens.count && at < place + 4 && isWord(at, .directions) { at += 1 }
        guard let container = mention(after: at), [.place, .country].contains(kind(container)) else { return [] }
        var out = relation(entity(place), .locatedIn, entity(container), at: [place, container])
        if tokens[container].gapAfter.contains(.comma), container + 1 < tokens.count, isMention(container + 1),
           kind(container + 1) == .country, kind(container) == .place {
            out += relation(entity(container), .locatedIn, entity(container + 1), at: [container, container + 1])
        }
        return out
    }
}
