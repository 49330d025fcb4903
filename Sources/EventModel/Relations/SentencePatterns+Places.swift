/// Patterns of where things are: places in places, lists of villages in a district, and bodies in their seats
/// (capitals and a country's towns are in +Capitals, where groups are based or active in +Presence, control of a
/// place in +Takeovers, citizenship in +Citizenship).
extension SentencePatterns {
    static let region = TextFolding.wordHash("region")
    static let government = TextFolding.wordHash("government")
    static let area = TextFolding.wordHash("area")
    /// "suburb", "town", "village": after a place's name and before "of", they name a smaller place inside it.
    static let settlementOfWords = "suburb suburbs town towns village villages township borough city"
    static let settlementsOf = Vocabulary.hashes(settlementOfWords)
    /// "village", "communities", "districts": a word after a name, or a list of names, that says they are places.
    static let settlementWords = Vocabulary.hashes(settlementOfWords + " " + Vocabulary.pluralSettlementWords
        + " townships community communities settlement settlements hamlet hamlets")
    static let all = TextFolding.wordHash("all")
    static let both = TextFolding.wordHash("both")

    /// "Ondo State", "Kherson Oblast", "North Sinai": a place whose own name says it is a region.
    func isNamedRegion(_ index: Int) -> Bool {
        guard isMention(index), [.place, .other].contains(kind(index)) else { return false }
        if Gazetteer.isRegionOfCountry(entity(index)) { return true }
        let words = context.mentions[tokens[index].mention].text.split(separator: " ")
        guard let first = words.first, let last = words.last, words.count >= 2 else { return false }
        if CandidateDiscovery.compassWords.contains(TextFolding.wordHash(String(first))) { return true }
        let word = TextFolding.wordHash(String(last))
        // ("Maru Local Government Area": Nigeria's districts are named so.)
        let localArea = words.count >= 3 && TextFolding.wordHash(String(words[words.count - 2])) == Self.government && word == Self.area
        return localArea || kind(index) == .place && (Vocabulary.adminAreas.contains(word) || word == Vocabulary.state)
    }

    /// "Petionville, a hillside suburb": the place an apposition ending at `noun` describes, past an
    /// article and up to two lowercase words.
    func placeApposition(before noun: Int) -> Int? {
        var index = noun - 1
        while index >= noun - 2, index >= 0, !isMention(index), !isWord(index, .articles),
              tokens[index].shape.contains(.hasLower), !tokens[index].shape.contains(.firstUpper),
              tokens[index].gapAfter.isDisjoint(with: .clauseBreak) {
            index -= 1
        }
        if isWord(index, .articles) { index -= 1 } else if index != noun - 1 { return nil }
        guard index >= 0, isMention(index), kind(index) == .place, tokens[index].gapAfter.contains(.comma) else { return nil }
        return index
    }

    /// "the Gulshan area of Dhaka", "Youhanabad, a Christian neighbourhood of Lahore", "Mumbai, India's
    /// financial capital": a part of a city or a country, said with a noun for it. A name of no known
    /// kind is a place when the sentence calls it one.
    func partOf(_ place: Int) -> [Relation]? {
        guard [.place, .other].contains(kind(place)), !tokens[place].possessive, !context.isOtherForm(tokens[place].mention) else { return nil }
        // "the Gulshan area of Dhaka", "the Bajaur tribal district of Pakistan's Khyber Pakhtunkhwa province".
        let part = Vocabulary.cityParts.contains(hash(place + 1)) || Vocabulary.adminAreas.contains(hash(place + 1)) ? place + 1 : place + 2
        if tokens[place].gapAfter.isEmpty, part < tokens.count, Vocabulary.cityParts.contains(hash(part)) || Vocabulary.adminAreas.contains(hash(part)),
           (place + 1..<part).allSatisfy({ !isMention($0) && !isWord($0, .articles) && tokens[$0].shape.contains(.hasLower)
               && !tokens[$0].shape.contains(.firstUpper) && tokens[$0].gapAfter.isEmpty }),
           tokens[part].gapAfter.isEmpty, isWord(part + 1, .of),
           var whole = mention(after: part + 2), whole <= part + 3, [.place, .country].contains(kind(whole)), entity(whole) != entity(place) {
            // "of Pakistan's Khyber Pakhtunkhwa province": the region, not its country.
            if tokens[whole].possessive, kind(whole) == .country, isMention(whole + 1), kind(whole + 1) == .place { whole += 1 }
            // A known region of another country is not placed by a slip of the pen.
            if kind(whole) == .country, let known = catalog.country(ofPlace: entity(place)), known != entity(whole) { return nil }
            // "the North Caucasus region of Dagestan" names the region after "of", inside the first; "the Tigray
            // region of Ethiopia" a country's: only a country's region is placed.
            if isHash(part, Self.region), kind(whole) == .place { return nil }
            // "the Boston suburb of Watertown", "the Helmand town of Sangin": the place after "of" is in the one before;
            // not "X village of Y township", "X village of Y District", where a region's word names the larger.
            let regionWords = { (hash: UInt64) in Vocabulary.adminAreas.contains(hash) || Vocabulary.cityParts.contains(hash) }
            let lastWord = context.mentions[tokens[whole].mention].text.split(separator: " ").last.map { TextFolding.wordHash(String($0)) } ?? 0
            let regionAfter = regionWords(hash(whole + 1)) || regionWords(lastWord) && context.mentions[tokens[whole].mention].text.contains(" ")
            if Self.settlementsOf.contains(hash(part)), kind(whole) == .place, !regionAfter {
                // ("the tiny Alawite village of X": a name of no known kind before the noun is as often a people's;
                // "the Red Sea port city of X" names the sea it lies on, not a place it is in.)
                guard kind(place) == .place, !isWater(place) else { return nil }
                return relation(entity(whole), .locatedIn, entity(place), at: [place, whole])
            }
            // "the western Aleppo district of Hamdaniya": a city the knowledge places, before a part of a city
            // that it does not, holds that part ("the Gulshan area of Dhaka" the other way round).
            if Vocabulary.cityParts.contains(hash(part)), kind(whole) == .place, catalog.country(ofPlace: entity(place)) != nil,
               catalog.country(ofPlace: entity(whole)) == nil {
                return relation(entity(whole), .locatedIn, entity(place), at: [place, whole])
            }
            return relation(entity(place), .locatedIn, entity(whole), at: [place, whole])
        }
        guard tokens[place].gapAfter == .comma else { return nil }
        // "the town of Khar, Bajaur district,": a region named with its word for a region after it.
        if isMention(place + 1), [.place, .other].contains(kind(place + 1)), tokens[place + 1].gapAfter.isEmpty,
           Vocabulary.adminAreas.contains(hash(place + 2)), !tokens[place + 2].gapAfter.isDisjoint(with: .clauseBreak) {
            return relation(entity(place), .locatedIn, entity(place + 1), at: [place, place + 1])
        }
        var noun = place + 1
        if isWord(noun, .articles) { noun += 1 }
        // "Mumbai, India's financial capital": a country's city by some measure, not its seat of government.
        if isMention(noun), kind(noun) == .country, tokens[noun].possessive, Self.cityMeasures.contains(hash(noun + 1)),
           isWord(noun + 2, .capital) || Vocabulary.cityParts.contains(hash(noun + 2)) {
            return relation(entity(place), .locatedIn, entity(noun), at: [place, noun])
        }
        // "Cali, the country's third-largest city": a city of the country the story is about.
        if isHash(place + 1, Vocabulary.the), isWord(place + 2, .countryPronouns), tokens[place + 2].gapAfter.contains(.apostrophe),
           isHash(place + 3, Self.possessiveS),
           let city = (place + 4..<min(tokens.count, place + 7)).first(where: { Self.cityHeads.contains(hash($0)) }),
           (place + 4..<city).allSatisfy({ !isMention($0) && tokens[$0].gapAfter.isDisjoint(with: .clauseBreak) }),
           let country = antecedent(of: place + 2).flatMap({ $0.kind == .country ? $0.id : nil }) ?? context.homeCountry,
           country != entity(place), catalog.country(ofPlace: entity(place)).map({ $0 == country }) ?? true {
            return relation(entity(place), .locatedIn, country, at: [place, city])
        }
        // "Youhanabad, a Christian neighbourhood of Lahore": up to two describing words before the noun.
        var head = noun
        while head < noun + 3, head < tokens.count, !isMention(head) || context.isOtherForm(tokens[head].mention),
              !Vocabulary.cityParts.contains(hash(head)), tokens[head].gapAfter.isDisjoint(with: .clauseBreak) {
            head += 1
        }
        guard head > place + 1, Vocabulary.cityParts.contains(hash(head)), isWord(head + 1, .of) || isWord(head + 1, .inWord),
              let whole = mention(after: head + 2), whole <= head + 3, [.place, .country].contains(kind(whole)),
              entity(whole) != entity(place),
              // ("Goma, then the town of Bukavu": an apposition opens with its article; "the town of Y" names Y itself,
              // and so does "the western town of Y" in a list: "in Niamey, the eastern town of Diffa and elsewhere".)
              isWord(place + 1, .articles), !(isHash(place + 1, Vocabulary.the) && isWord(head + 1, .of) && whole == head + 2
                  && (head == place + 2 || continuesList(after: whole)))
        else { return nil }
        return relation(entity(place), .locatedIn, entity(whole), at: [place, whole])
    }

    /// "A, B and C" of places (or names of no known kind) starting at `place`, the list's first item, with
    /// nothing between the last and what follows it; nil for a single name.
    func placeList(startingAt place: Int) -> [Int]? {
        // (The first item only: not after another name and its comma or "and".)
        guard place == 0 || !isMention(place - 1) && !(isWord(place - 1, .and) || isWord(place - 1, .or)) else { return nil }
        // ("Myrnohrad in Donetsk Oblast and Kindrashivka in Kharkiv Oblast": a place named as the container of the one
        // before it opens no list.)
        if place >= 2, isWord(place - 1, .inWord), isMention(place - 2), [.place, .other].contains(kind(place - 2)) { return nil }
        let items = mentionList(startingAt: place)
        guard items.count >= 2, items[0] == place, let last = items.last, tokens[last].gapAfter.isEmpty else { return nil }
        // ("Kwall and Miango villages": the noun after the list says they are places, whatever the linker took them for.)
        let named = Self.settlementWords.contains(hash(last + 1))
        guard items.allSatisfy({ (named ? [.place, .other, .person] : [.place, .other]).contains(kind($0)) && !tokens[$0].possessive }),
              items.contains(where: { kind($0) == .place }) || named else { return nil }
        return items
    }

    /// "A, the western town of B and C": an "and" or an "or" right after the name goes on with a list.
    func continuesList(after index: Int) -> Bool {
        tokens.indices.contains(index) && tokens[index].gapAfter.isDisjoint(with: .clauseBreak) && (isWord(index + 1, .and) || isWord(index + 1, .or))
    }

    /// "the Red Sea", "the Gulf of Aden": a body of water, which a city lies on but not in.
    func isWater(_ index: Int) -> Bool {
        guard let name = catalog.entity(id: entity(index))?.name else { return false }
        return name.split(separator: " ").contains { Self.waterWords.contains(TextFolding.wordHash(String($0))) }
    }

    static let waterWords = Vocabulary.hashes("sea ocean gulf bay strait straits lake river")

    /// "financial capital", "commercial hub": what makes a city first, other than government.
    static let cityHeads = Vocabulary.hashes("city town port capital")
    /// "in Russian territory", "in Syrian waters": a country's adjective before its ground.
    static let groundNouns = Vocabulary.hashes("territory territories soil waters airspace land lands region regions province provinces")
    static let cityMeasures = Vocabulary.hashes("""
        financial commercial economic business cultural industrial spiritual religious tourist
        """)

    /// "the Spanish seaside resort of Cambrils": words that describe a kind of town.
    static let placeAdjectives: Set<UInt64> = Set(Vocabulary.words("""
        seaside coastal mountain mountainous desert riverside hillside industrial holy ancient historic \
        tourist remote rural sleepy border frontier frontline
        """).map(TextFolding.wordHash))


    /// "the militant group Hamas in the Gaza Strip": a group named after the word for one, then where, is
    /// active there; "the Federal Court of Justice in Karlsruhe": an institution is based where it sits.
    func bodyIn(_ body: Int) -> [Relation] {
        guard kind(body) == .organisation else { return [] }
        // "the Sultan Kudarat State University (SKSU) in Tacurong": the body's acronym in its aside is the same name.
        let end = tokens[body].gapAfter == .openParen && isMention(body + 1) && entity(body + 1) == entity(body)
            && tokens[body + 1].gapAfter == .closeParen ? body + 1 : body
        guard end > body || tokens[body].gapAfter.isEmpty, isWord(end + 1, .inWord),
              var place = mention(after: end + 2), [.place, .country].contains(kind(place)) else { return [] }
        // "in Russia's Kursk region": the region, not the country it is in.
        if tokens[place].possessive, isMention(place + 1), kind(place + 1) == .place { place += 1 }
        if body > 0, Vocabulary.groupNouns.contains(hash(body - 1)), !isMention(body - 1) {
            return relation(entity(body), .activeIn, entity(place), at: [body, place])
        }
        guard let head = nameHead(body), Self.seatHeads.contains(head) else { return [] }
        return relation(entity(body), .basedIn, entity(place), at: [body, place])
    }

    static let locatedWords = Vocabulary.hashes("located situated lying")
    static let federal = TextFolding.wordHash("federal")

    /// Last words of the names of bodies that sit in one place: a court, an embassy, a ministry.
    static let seatHeads = Vocabulary.hashes("court tribunal embassy consulate ministry university parliament assembly institute academy")

    /// Words that may follow a place at the end of its phrase.
    static let phraseEnders = Vocabulary.hashes("on with for at in during since after before when where which and")

    /// "the Crocus City concert hall in Moscow, Russia": hall in Moscow, Moscow in Russia;
    /// "Peshawar in northwestern Pakistan"; "Peshawar, Pakistan".
    func locatedIn(_ place: Int) -> [Relation] {
        if let part = partOf(place) { return part }
        // "Kabaru village, Maru Local Government Area": a settlement's word before the comma.
        // (The word says the name is a place, whatever the linker took it for.)
        if [.place, .other].contains(kind(place)), tokens[place].gapAfter.isEmpty, !isMention(place + 1), Self.settlementsOf.contains(hash(place + 1)), tokens[place + 1].gapAfter == .comma,
           isMention(place + 2), isNamedRegion(place + 2) || kind(place + 2) == .country && !context.isOtherForm(tokens[place + 2].mention),
           !tokens[place + 2].possessive, !isWord(place + 3, [.and, .or]) {
            return relation(entity(place), .locatedIn, entity(place + 2), at: [place, place + 2])
        }
        // "Maru Local Government Area of Zamfara State": a region "of" the region or country it is in ("Guma Local
        // Government Area (LGA) of Benue State": past its acronym).
        let acronym = tokens[place].gapAfter.contains(.openParen) && place + 1 < tokens.count && tokens[place + 1].gapAfter.contains(.closeParen)
        let of = acronym ? place + 2 : place + 1
        if isNamedRegion(place), tokens[place].gapAfter.isEmpty || acronym, isWord(of, .of), isMention(of + 1),
           isNamedRegion(of + 1) || kind(of + 1) == .country && !context.isOtherForm(tokens[of + 1].mention), entity(of + 1) != entity(place) {
            return relation(entity(place), .locatedIn, entity(of + 1), at: [place, of + 1])
        }
        // "a summit in northern China's Tianjin", "a blast in Pakistan's Quetta": a city after its country's possessive.
        if [.place, .other].contains(kind(place)), place >= 2, isMention(place - 1), tokens[place - 1].possessive, kind(place - 1) == .country,
           isWord(place - 2, .inWord) || isWord(place - 2, .at) || place >= 3 && isWord(place - 2, .directions) && (isWord(place - 3, .inWord) || isWord(place - 3, .at)),
           !Vocabulary.adminAreas.contains(hash(place + 1)), !tokens[place].possessive,
           // (A name of no known kind only where its phrase ends: not "in Turkey's Erdogan era".)
           kind(place) == .place || place + 1 >= tokens.count || !tokens[place].gapAfter.isDisjoint(with: .clauseBreak) || Self.phraseEnders.contains(hash(place + 1)),
           catalog.country(ofPlace: entity(place)).map({ $0 == entity(place - 1) }) ?? true {
            return relation(entity(place), .locatedIn, entity(place - 1), at: [place - 1, place])
        }
        // "Kwall village in Bassa district": the word for a settlement says the name is a place.
        // (A list only where one goes on after the name: a cheap look before reading it.)
        // ("Vovchansk in Kharkiv Oblast": a name of no known kind in a named region is a place too.)
        // ("destroy the Masalit in West Darfur": a name after "the" is as often a people's.)
        let inRegion = kind(place) == .other && tokens[place].gapAfter.isEmpty && isWord(place + 1, .inWord) && isMention(place + 2)
            && !isWord(place - 1, .articles)
            && (isNamedRegion(place + 2) || tokens[place + 2].gapAfter.isEmpty && Vocabulary.adminAreas.contains(hash(place + 3)))
        let settlement = inRegion || [.other, .person].contains(kind(place)) && (tokens[place].gapAfter.isEmpty && Self.settlementWords.contains(hash(place + 1))
            && isWord(place + 2, .inWord) || (isWord(place + 1, .and) || tokens[place].gapAfter == .comma) && placeList(startingAt: place) != nil)
        guard kind(place) == .place || settlement else { return [] }
        // "Cabo Delgado's jihadists, known locally as Al-Shabab,": the group named is active there.
        if tokens[place].possessive, Vocabulary.groupReferences.contains(hash(place + 1)), let named = namedAside(after: place + 1),
           Self.groups.contains(named.kind) {
            return relation(named.id, .activeIn, entity(place), at: [place, named.token])
        }
        // "the Shangri-La, the Cinnamon Grand and the Kingsbury, all in Colombo".
        if tokens[place].gapAfter == .comma, isHash(place + 1, Self.all) || isHash(place + 1, Self.both), isWord(place + 2, .inWord),
           let container = mention(after: place + 3), [.place, .country].contains(kind(container)) {
            let items = mentionList(endingAt: place).filter { kind($0) == .place && entity($0) != entity(container) }
            if items.count >= 2 || isHash(place + 1, Self.both) && items.count == 2 { return items.flatMap { relation(entity($0), .locatedIn, entity(container), at: [$0, container]) } }
        }
        // "luxury hotels in Colombo: the Shangri La, the Cinnamon Grand and the Kingsbury".
        if tokens[place].gapAfter.contains(.colon), isWord(place - 1, .inWord),
           (place - 3...place - 2).contains(where: { Vocabulary.venueNouns.contains(hash($0)) }), let first = mention(after: place + 1) {
            return mentionList(startingAt: first).filter { kind($0) == .place && entity($0) != entity(place) }.flatMap {
                relation(entity($0), .locatedIn, entity(place), at: [place, $0])
            }
        }
        // "Quetta's Civil Hospital", "Istanbul's central Taksim Square": the city's own building or square.
        if tokens[place].possessive, let facility = (place + 1..<min(tokens.count, place + 4)).first(where: isMention),
           kind(facility) == .place, !tokens[facility].possessive, entity(facility) != entity(place),
           (place + 1..<facility).allSatisfy({ !tokens[$0].shape.contains(.firstUpper) && (tokens[$0].words.isEmpty || isWord($0, .directions)) }),
           (place..<facility).allSatisfy({ tokens[$0].gapAfter.isSubset(of: [.apostrophe]) }),
           // A known region ("Moscow's Central Asian ally") is no building of the city.
           catalog.country(ofPlace: entity(facility)) == nil, catalog.entity(id: entity(facility))?.origin != .gazetteer {
            return relation(entity(facility), .locatedIn, entity(place), at: [place, facility])
        }
        // "Russia's Kursk region", "Mozambique's Cabo Delgado province": the region is in the country.
        // "Kyrgyzstan's Batken provincial government": the adjective says as much. "Pakistan's restive
        // Balochistan province": past one adjective.
        let owner = place > 1 && !isMention(place - 1) && tokens[place - 1].shape.contains(.hasLower)
            && !tokens[place - 1].shape.contains(.firstUpper) && tokens[place - 1].gapAfter.isEmpty
            && !isWord(place - 1, .articles) && !isWord(place - 1, .of) ? place - 2 : place - 1
        if owner >= 0, isMention(owner), tokens[owner].possessive, kind(owner) == .country,
           Vocabulary.adminAreas.contains(hash(place + 1)) || Self.regionalOffices.contains(hash(place + 1)), !isMention(place + 1),
           // A known region of several countries ("Russia's Caucasus region") is in none of them alone.
           catalog.country(ofPlace: entity(place)).map({ $0 == entity(owner) }) ?? (catalog.entity(id: entity(place))?.origin != .gazetteer) {
            return relation(entity(place), .locatedIn, entity(owner), at: [owner, place])
        }
        // "Orlando, Florida, United States": a city, its region and its country.
        if tokens[place].gapAfter == .comma, isMention(place + 1), [.place, .other].contains(kind(place + 1)), tokens[place + 1].gapAfter == .comma,
           isMention(place + 2), kind(place + 2) == .country, !context.isOtherForm(tokens[place + 2].mention),
           place + 3 >= tokens.count || !isWord(place + 3, [.and, .or]) && !isMention(place + 3),
           place == 0 || !(isMention(place - 1) && tokens[place - 1].gapAfter.contains(.comma)),
           catalog.country(ofPlace: entity(place + 1)).map({ $0 == entity(place + 2) }) ?? true {
            return relation(entity(place), .locatedIn, entity(place + 1), at: [place, place + 1])
                + relation(entity(place + 1), .locatedIn, entity(place + 2), at: [place + 1, place + 2])
        }
        // "Solhan, northern Burkina Faso,": a compass word before the country.
        if tokens[place].gapAfter == .comma, isWord(place + 1, .directions), !isMention(place + 1), isMention(place + 2),
           kind(place + 2) == .country, !tokens[place + 2].possessive, !tokens[place + 2].gapAfter.isDisjoint(with: .clauseBreak),
           !isWord(place + 3, [.and, .or]) {
            return relation(entity(place), .locatedIn, entity(place + 2), at: [place, place + 2])
        }
        if tokens[place].gapAfter == .comma, isMention(place + 1), kind(place + 1) == .country || isNamedRegion(place + 1), !tokens[place + 1].possessive,
           !isDemonymAdjective(place + 1),
           // "a leader in the Sahel, Nigerien President X": a demonym opening the next phrase.
           !(context.isOtherForm(tokens[place + 1].mention) && place + 2 < tokens.count
             && (tokens[place + 1].gapAfter.isDisjoint(with: .clauseBreak) || isWord(place + 2, .titles))),
           // "into Central Asia, Turkey, Iran and Europe" is a list, not a place and its country; "Belaya (Irkutsk,
           // Siberia), Olenya (...)": a bracket closes the pair before the list goes on.
           tokens[place + 1].gapAfter.contains(.closeParen) || !isWord(place + 2, [.and, .or]),
           // "in Milan, Italy, Reuters reported" goes on with another kind of name, not the list's.
           tokens[place + 1].gapAfter.contains(.closeParen)
            || !(isMention(place + 2) && tokens[place + 1].gapAfter.contains(.comma) && [.place, .country].contains(kind(place + 2))),
           place == 0 || !(isMention(place - 1) && tokens[place - 1].gapAfter.contains(.comma)),
           // "a violation by Tehran, Pakistan announced": a known city of another country is not in this one.
           catalog.country(ofPlace: entity(place)).map({ $0 == entity(place + 1) || kind(place + 1) != .country }) ?? true {
            return relation(entity(place), .locatedIn, entity(place + 1), at: [place, place + 1])
        }
        var at = place + 2
        // "the cities of Zhanaozen and Aktau in the Mangystau Region", "the villages of A, B, C and D in X": each of a
        // list is where the list ends (read from its first item).
        if let items = placeList(startingAt: place) {
            var end = items[items.count - 1] + 1
            // ("A and B villages in X": past the word for what they are.)
            if Self.settlementWords.contains(hash(end)) { end += 1 }
            guard isWord(end, .inWord), let container = mention(after: end + 1), [.place, .country].contains(kind(container)),
                  !items.contains(where: { entity($0) == entity(container) }) else { return [] }
            return items.flatMap { relation(entity($0), .locatedIn, entity(container), at: [$0, container]) }
        }
        // "the Olenya air base in Murmansk", "the Shayrat airfield in Homs": the base named before its word.
        let base = tokens[place].gapAfter.isEmpty && !tokens[place].possessive
            ? (Vocabulary.airfieldNouns.contains(hash(place + 1)) ? 1
               : isHash(place + 1, Vocabulary.air) && Vocabulary.airBaseNouns.contains(hash(place + 2)) ? 2 : 0) : 0
        // "Bakhmut is in eastern Ukraine", "Magdeburg, located in the state of Saxony-Anhalt".
        // "Nyaung Kone village in the Sagaing region": past the word for what the place is.
        if isWord(place + 1, .beVerbs) || Self.locatedWords.contains(hash(place + 1))
            // ("an Alawite town in Syria": after "a" or "an" the name says what kind of town, not which.)
            || tokens[place].gapAfter.isEmpty && Self.settlementWords.contains(hash(place + 1))
                && !(place > 0 && Vocabulary.indefiniteArticles.contains(hash(place - 1))), isWord(place + 2, .inWord) {
            at = place + 3
        } else if base > 0, isWord(place + base + 1, .inWord) {
            at = place + base + 2
        } else if !isWord(place + 1, .inWord) {
            return []
        }
        // "in eastern Ukraine", "in the southern Sindh province": an article and compass words before the name.
        if isWord(at, .articles), isWord(at + 1, .directions) { at += 1 }
        while at < tokens.count && at < place + 5 && isWord(at, .directions) { at += 1 }
        // "Peshawar in the province of Khyber Pakhtunkhwa", "in the federal state of Saxony-Anhalt".
        var lead = at
        if isWord(lead, .articles) { lead += 1 }
        if isHash(lead, Self.federal) { lead += 1 }
        if lead > at, Vocabulary.adminAreas.contains(hash(lead)) || isHash(lead, Self.state), isWord(lead + 1, .of) { at = lead + 2 }
        guard var container = mention(after: at), [.place, .country].contains(kind(container)) else { return [] }
        // "injured in Sanaa in Israeli strikes": a country's adjective before a thing it did is no container
        // ("in Russian territory" still is).
        if kind(container) == .country, context.isOtherForm(tokens[container].mention), tokens[container].gapAfter.isEmpty,
           container + 1 < tokens.count, !isMention(container + 1), tokens[container + 1].shape == [.hasLower],
           !Self.groundNouns.contains(hash(container + 1)) {
            return []
        }
        // "the Radisson Blu hotel in Mali's capital, Bamako": in the capital the apposition names.
        if tokens[container].possessive, kind(container) == .country, isWord(container + 1, .capital),
           tokens[container + 1].gapAfter.contains(.comma), isMention(container + 2), kind(container + 2) == .place {
            container += 2
        }
        // "Pavlohrad in eastern Ukraine's Dnipropetrovsk region": the region or city the country's possessive owns.
        if tokens[container].possessive, kind(container) == .country, isMention(container + 1), kind(container + 1) == .place,
           entity(container + 1) != entity(place) {
            container += 1
        }
        var out = relation(entity(place), .locatedIn, entity(container), at: [place, container])
        // "in Crimea, Russian state media said": a demonym opening the next phrase is no country of the place.
        if tokens[container].gapAfter.contains(.comma), container + 1 < tokens.count, isMention(container + 1),
           kind(container + 1) == .country && !context.isOtherForm(tokens[container + 1].mention) || isNamedRegion(container + 1),
           kind(container) == .place, entity(container) != entity(container + 1) {
            out += relation(entity(container), .locatedIn, entity(container + 1), at: [container, container + 1])
        }
        return out
    }
}
