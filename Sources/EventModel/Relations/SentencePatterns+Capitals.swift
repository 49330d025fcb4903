/// Patterns of capitals and of the towns a country's adjective names: "Kyrgyzstan's capital Bishkek", "the Kazakh
/// capital, Astana", "the Pakistani city of Peshawar", "Kerman, a city in southern Iran" (other places in places are
/// in +Places).
extension SentencePatterns {
    /// "Kyrgyzstan's capital Bishkek", "the Kazakh capital, Astana", "Astana, the capital of
    /// Kazakhstan", "Bishkek is the capital of Kyrgyzstan", "Bishkek, Kyrgyzstan's capital".
    func capital(_ noun: Int) -> [Relation] {
        // "became the first capital of Ivory Coast", "the old colonial capital": a capital it was.
        if Self.pastCapitals.contains(hash(noun - 1)) { return [] }
        var countryAt = noun - 1
        if isWord(countryAt, .formerWords) { countryAt -= 1 }
        // ("the Borno state capital, Maiduguri", "the Sindh provincial capital": a region's word after its name.)
        let regionWord = countryAt >= 1 && !isMention(countryAt) && Self.regionCapitalWords.contains(hash(countryAt))
            && isMention(countryAt - 1) && [.place, .other].contains(kind(countryAt - 1)) && tokens[countryAt - 1].gapAfter.isEmpty
        if regionWord { countryAt -= 1 }
        // ("Dagestan's capital, Makhachkala": a region's own capital, named with its possessive.)
        // ("the Sennar State capital Singa": a region whose name says so, before the word.)
        if countryAt >= 0, isMention(countryAt), kind(countryAt) == .country
            || kind(countryAt) == .place && (tokens[countryAt].possessive || isNamedRegion(countryAt) && isWord(countryAt - 1, .articles))
            || regionWord && isWord(countryAt - 1, .articles) {
            var after = noun
            if isWord(after + 1, .cityNouns) { after += 1 }
            if isWord(after + 1, .of) { after += 1 }
            if let city = object(after: after, kinds: [.place], reach: 2) {
                return relation(city.id, .capitalOf, entity(countryAt), at: [countryAt, noun, city.token], former: true)
            }
            // ("the Sennar State capital Singa": a name right after the word is the city, whatever the linker took it for.)
            if after == noun, isMention(noun + 1), kind(noun + 1) == .other, tokens[noun].gapAfter.isDisjoint(with: .clauseBreak) {
                return relation(entity(noun + 1), .capitalOf, entity(countryAt), at: [countryAt, noun, noun + 1], former: true)
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
        // "St. Anthony's Shrine in Colombo, the capital;": the capital of the country the city is in,
        // else of the story's country.
        if isWord(noun - 1, .articles), noun >= 2, isMention(noun - 2), kind(noun - 2) == .place,
           tokens[noun - 2].gapAfter == .comma,
           !tokens[noun].gapAfter.isDisjoint(with: .clauseBreak) || !isWord(noun + 1, .of) && !isMention(noun + 1) && !isWord(noun + 1, .cityNouns),
           let country = catalog.country(ofPlace: entity(noun - 2)) ?? context.homeCountry {
            return relation(entity(noun - 2), .capitalOf, country, at: [noun - 2, noun])
        }
        // "the capital of the state of North Kordofan": past the word for the region and its own "of".
        if isWord(after + 1, .of), isWord(after + 2, .articles), Vocabulary.adminAreas.contains(hash(after + 3)) || hash(after + 3) == Vocabulary.state,
           isWord(after + 4, .of) {
            after += 3
        }
        guard isWord(after + 1, .of), var country = object(after: after + 1, kinds: [.country, .place], reach: 2) else { return [] }
        // "the capital of Iran's oil-rich Khuzestan province": of the region the country's name owns.
        if tokens[country.token].possessive {
            let end = min(tokens.count, country.token + 5)
            if let region = (country.token + 1..<end).first(where: { isMention($0) && kind($0) == .place }) {
                country = Argument(token: region, id: entity(region), kind: .place)
            } else if (country.token + 1..<end).contains(where: { Vocabulary.adminAreas.contains(hash($0)) }) {
                return []
            }
        }
        // "the capital of neighbouring Mali, Bamako,": the city named in apposition after the country.
        if country.kind == .country, isWord(noun - 1, .articles), tokens[country.token].gapAfter == .comma,
           isMention(country.token + 1), kind(country.token + 1) == .place,
           catalog.country(ofPlace: entity(country.token + 1)).map({ $0 == country.id }) ?? true {
            return relation(entity(country.token + 1), .capitalOf, country.id, at: [noun, country.token, country.token + 1], former: true)
        }
        guard let city = (max(0, noun - 5)..<noun).last(where: { isMention($0) && kind($0) == .place }) else { return [] }
        // A region's capital only in "X, the capital of Y" or "X is the capital of Y": "the provincial
        // capital of Quetta" names the capital itself.
        if country.kind == .place {
            // ("Kadugli, the state capital of South Kordofan": a region's word between the article and the noun.)
            let apposition = tokens[city].gapAfter.contains(.comma)
                && (city + 1..<noun).allSatisfy { isWord($0, .articles) || Self.regionCapitalWords.contains(hash($0)) }
            let copula = (city + 1..<noun).contains { isWord($0, .beVerbs) }
            guard apposition || copula, country.id != entity(city) else { return [] }
        }
        return relation(entity(city), .capitalOf, country.id, at: [city, noun, country.token], former: true)
    }

    /// "the Pakistani city of Peshawar", "Kerman, a city in southern Iran": the city lies in the country.
    func cityOf(_ noun: Int) -> [Relation] {
        var countryAt = noun - 1
        while countryAt >= noun - 3, isWord(countryAt, .directions) || isWord(countryAt, .cityNouns)
                || Self.placeAdjectives.contains(hash(countryAt)) { countryAt -= 1 }
        // "the Indonesian resort island of Bali": what the noun names is a place, whatever its name was taken for.
        if countryAt >= 0, isMention(countryAt), kind(countryAt) == .country, isWord(noun + 1, .of),
           // ("the Russian border city of X" is in Russia; "the DRC border town of X" may be across that border.)
           Gazetteer.name(forKey: TextFolding.key(context.mentions[tokens[countryAt].mention].text))?.isDemonym == true
            || !(countryAt + 1..<noun).contains(where: { Vocabulary.borderWords.contains(hash($0)) }),
           let city = object(after: noun + 1, kinds: [.place, .other], reach: 2) {
            // "the Ukrainian cities of Sumy and Poltava": each place the plural names.
            let places = Vocabulary.pluralSettlementNouns.contains(hash(noun))
                ? mentionList(startingAt: city.token).filter { [.place, .other].contains(kind($0)) } : [city.token]
            return places.flatMap { relation(entity($0), .locatedIn, entity(countryAt), at: [countryAt, noun, $0]) }
        }
        // "several Israeli cities, including Tel Aviv and Haifa", "Iranian towns such as Kashan": each place listed.
        if countryAt >= 0, isMention(countryAt), kind(countryAt) == .country, context.isOtherForm(tokens[countryAt].mention) {
            var first = noun + 1
            if isHash(first, Self.including) { first += 1 } else if isHash(first, Self.such) && isHash(first + 1, Self.asWord) { first += 2 } else { first = -1 }
            if first > noun, isMention(first), kind(first) == .place {
                let country = nation(countryAt) ?? entity(countryAt)
                return mentionList(startingAt: first).filter { kind($0) == .place }.flatMap {
                    relation(entity($0), .locatedIn, country, at: [countryAt, noun, $0])
                }
            }
        }
        // "the Baluchistan region of Afghanistan", "the Kherson province of Ukraine".
        if noun > 0, isMention(noun - 1), kind(noun - 1) == .place, isWord(noun + 1, .of),
           let country = object(after: noun + 1, kinds: [.country], reach: 2),
           catalog.country(ofPlace: entity(noun - 1)).map({ $0 == country.id }) ?? true {
            return relation(entity(noun - 1), .locatedIn, country.id, at: [noun - 1, noun, country.token])
        }
        // "Kerman, a city in southern Iran", "Petionville, a hillside suburb of the capital Port-au-Prince".
        guard isWord(noun + 1, .inWord) || isWord(noun + 1, .of) else { return [] }
        var cursor = noun + 2
        while cursor < tokens.count && cursor < noun + 5
                && (isWord(cursor, .directions) || isWord(cursor, .articles) || isWord(cursor, .capital) || isWord(cursor, .cityNouns)) {
            cursor += 1
        }
        guard isMention(cursor), Self.regions.contains(kind(cursor)), let before = placeApposition(before: noun),
              entity(before) != entity(cursor) else { return [] }
        // ("Goma, then the town of Bukavu": "the town of Y" names Y itself, not a place X is in.)
        // ("in Niamey, the eastern town of Diffa and elsewhere": a list's item names Y itself, whatever describes it.)
        if isWord(noun + 1, .of), cursor == noun + 2, isHash(noun - 1, Vocabulary.the) || continuesList(after: cursor) { return [] }
        return relation(entity(before), .locatedIn, entity(cursor), at: [before, noun, cursor])
    }

    /// "the Borno state capital", "the Sindh provincial capital": a region's word between its name and "capital".
    static let regionCapitalWords = Vocabulary.hashes("state provincial regional province region district county")
    static let such = TextFolding.wordHash("such")
    static let pastCapitals: Set<UInt64> = Set(Vocabulary.words("first old ancient colonial historic historical imperial royal").map(TextFolding.wordHash))
}
