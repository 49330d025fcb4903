/// Whose offices a story means when it writes "Interior Minister X" with no country: the country of its dateline,
/// its headline or its first sentence, and the country a person's office is given in so many words.
extension ArticleContext {
    /// The country of the article's dateline ("ISLAMABAD (Reuters)", "ABUJA, Nigeria"), unless the story
    /// names only other countries (filed from a bureau abroad); with no dateline, the one country its
    /// headline names ("Gunmen attack shrine in Iran's Shiraz"): whose offices a story means
    /// when it writes "Interior Minister X" with no country.
    /// Else the one country its first sentence names by its name ("As Christians in Sri Lanka gathered
    /// ..."); "French group Total suspends work" names a company's home, not the story's, and a city
    /// where someone went as often as where the story is ("flew to Baku").
    /// Worked out once per article: the patterns ask for it at every office, and the headline's names and
    /// the first sentence's mentions are read to answer.
    var homeCountry: String? {
        if let known = storage.homeCountry { return known }
        // (A story filed from a bureau abroad names no home: its places are seen from elsewhere.)
        let country = article.dateline.flatMap(catalog.datelineCountry) != nil ? datelineHome : headlineCountry ?? leadCountry
        storage.homeCountry = .some(country)
        return country
    }

    /// The country whose office the article gives `person` in so many words ("Israeli Prime Minister X",
    /// "Russia's Foreign Minister X", "U.S. Secretary of State X"), when it gives one: whose office "Prime Minister X" is elsewhere in it.
    func officeCountry(of person: String) -> String? {
        if let known = storage.officeCountries { return known[person] }
        var found: [String: String] = [:]
        var ambiguous = Set<String>()
        for index in mentions.indices.dropFirst() where kinds[index] == .person && kinds[index - 1] == .country {
            let first = firstWord(from: mentions[index - 1].span.end), last = firstWord(from: mentions[index].span.start)
            // ("U.S. President X": the period is the name's own.)
            let abbreviated = mentions[index - 1].text.hasSuffix(".")
            guard first < last, last - first <= 4,
                  // ("U.S. Secretary of State X": an "of" inside the title.)
                  (first..<last).allSatisfy({ Vocabulary.coreTitles.contains(words[$0].hash) || Vocabulary.titleModifiers.contains(words[$0].hash)
                      || $0 > first && $0 < last - 1 && words[$0].hash == Vocabulary.of }),
                  (first - 1..<last).allSatisfy({
                      $0 < 0 || words[$0].gapAfter.isDisjoint(with: $0 == first - 1 && abbreviated ? [.comma, .stop, .newline] : [.comma, .period, .stop, .newline])
                  })
            else { continue }
            let person = mentions[index].entity, country = mentions[index - 1].entity
            if let other = found[person], other != country { ambiguous.insert(person) }
            found[person] = country
        }
        for person in ambiguous { found[person] = nil }
        storage.officeCountries = found
        return found[person]
    }

    private var leadCountry: String? {
        let (countries, actors) = leadNames
        guard !countries.isEmpty else { return nil }
        let all = countries.union(actors)
        return all.count == 1 ? all.first : nil
    }

    /// The countries the first sentence names as where it is, and those it names only as states acting.
    private var leadNames: (countries: Set<String>, actors: Set<String>) {
        var countries = Set<String>(), actors = Set<String>()
        for (index, mention) in mentions.enumerated() {
            guard mention.sentence == 0 else { break }
            // "staff of the Israel embassy outside a museum in Washington": the country owns a mission abroad,
            // which says nothing of where the story is.
            let next = firstWord(from: mention.span.end)
            if next < words.count, Vocabulary.missionNouns.contains(words[next].hash) { continue }
            // "cancelled a visit to Turkmenistan": where someone goes is not where the story is.
            if kinds[index] == .country && !isOtherForm(index) && wordBefore(mention) != Self.to { countries.insert(mention.entity) }
            // "attacks carried out by Indian armed forces on camps across Pakistan": a state acting under its
            // adjective is as much in the story as the country named where it acted. Its armed forces alone
            // ("Russian troops shelled a depot") act abroad as often as at home and name no country; its
            // police and officials ("Turkish police said") are at home.
            if kinds[index] == .country && isOtherForm(index), let noun = stateNoun(after: mention) {
                if Self.armedNouns.contains(noun) { actors.insert(mention.entity) } else { countries.insert(mention.entity) }
            }
            // "Russian troops shelled a depot in Kharkiv": the place a lead's deed is in names a country as
            // surely as the state acting does, and the two together leave the story's country open.
            // ("arrived in Baku", "was in Abuja to meet": where someone went, not where the story is.)
            if kinds[index] == .place && wordBefore(mention) == Self.inWord, !isArrival(before: mention),
               next >= words.count || words[next].hash != Self.to, let country = catalog.country(ofPlace: mention.entity) {
                countries.insert(country)
            }
        }
        return (countries, actors)
    }

    /// "arrived in", "after landing in": a verb of arrival within the three words before the place's "in".
    private func isArrival(before mention: Mention) -> Bool {
        let first = firstWord(from: mention.span.start)
        return (max(0, first - 4)..<first).contains { Self.arrivalVerbs.contains(words[$0].hash) }
    }

    private static let arrivalVerbs = Vocabulary.hashes("arrived arriving arrives arrive landed landing lands flew travelled traveled went")

    /// "Indian armed forces", "Russian troops": the word for a state's body after a country's adjective, within one word.
    private func stateNoun(after mention: Mention) -> UInt64? {
        let next = firstWord(from: mention.span.end)
        return (next..<min(words.count, next + 2)).lazy.map { self.words[$0].hash }.first { EventWords.stateNouns.contains($0) }
    }

    private static let armedNouns = Vocabulary.hashes("forces force army troops military navy jets warplanes aircraft drones")

    private var headlineCountry: String? {
        // Names of up to three words, each tried: "Iran's Shiraz" gives Iran and Shiraz.
        let countries = Self.headlineCountries(article.title, catalog: catalog)
        return countries.count == 1 ? countries.first : nil
    }

    /// The dateline's country, unless the headline and the first sentence name countries and it is none of
    /// them: "BEIRUT (AP) — US forces said they had hit targets in Syria" was filed from a bureau abroad.
    private var datelineHome: String? {
        guard let dateline = article.dateline.flatMap(catalog.datelineCountry) else { return nil }
        let lead = leadNames
        let named = Self.headlineCountries(article.title, catalog: catalog).union(lead.countries).union(lead.actors)
        return named.isEmpty || named.contains(dateline) ? dateline : nil
    }

    private static let to = TextFolding.wordHash("to")
    private static let inWord = TextFolding.wordHash("in")

    /// The countries of the countries and places a headline names.
    private static func headlineCountries(_ title: String, catalog: EntityCatalog) -> Set<String> {
        let words = WordScanner.scan(title)
        // Each name of up to three words, with the words it spans: "Iran's Shiraz" gives Iran and Shiraz.
        var found: [(first: Int, last: Int, country: String, hyphened: Bool)] = []
        for start in words.indices where words[start].isCapitalised {
            var end = start
            while end < min(words.count, start + 3) {
                let name = WordScanner.slice(title, utf8: words[start].utf8Start, words[end].utf8End)
                if let entity = catalog.resolve(name: name), !isAcronymOnly(name, of: entity) {
                    // "Vehicle carrying Chinese engineers ...": a demonym on people abroad names whose they
                    // are, not where the story is.
                    let next = end + 1 < words.count
                        ? TextFolding.wordHash(WordScanner.slice(title, utf8: words[end + 1].utf8Start, words[end + 1].utf8End)) : 0
                    // ("Russian attack on Zaporizhzhia", "Israeli strikes hit Baalbek": the state that struck, not where.)
                    let striking = Gazetteer.name(forKey: TextFolding.key(name))?.isDemonym == true && strikeNouns.contains(next)
                    let abroad = foreignPeople.contains(next) || striking
                    let hyphened = (start..<end).contains { words[$0].gapAfter == .hyphen }
                    if entity.kind == .country && !abroad && !isPeople(name, of: entity) { found.append((start, end, entity.id, hyphened)) }
                    if entity.kind == .place, let country = catalog.country(ofPlace: entity.id) { found.append((start, end, country, hyphened)) }
                }
                guard words[end].gapCode == .space || words[end].gapAfter == .hyphen, end + 1 < words.count, words[end + 1].isCapitalised else { break }
                end += 1
            }
        }
        // "Guinea-Bissau" is one country, not Guinea and a place of Guinea-Bissau.
        let joined = found.filter(\.hyphened)
        var countries = Set<String>()
        for name in found where name.hyphened || !joined.contains(where: { $0.first <= name.first && name.last <= $0.last }) {
            countries.insert(name.country)
        }
        return countries
    }

    /// "The Russians shell Kharkiv": a country's people named in the plural are who acted, at home or abroad,
    /// not where the story is ("Philippines" and "Netherlands" are the names themselves).
    private static func isPeople(_ written: String, of country: Entity) -> Bool {
        let key = TextFolding.key(written)
        return (key.hasSuffix("ns") || key.hasSuffix("is")) && !TextFolding.key(country.name).hasSuffix(key)
    }

    /// "Car bomb kills 10": a word that is a body's or country's name only as an acronym written in capitals
    /// ("CAR") names none of them in lowercase letters.
    private static func isAcronymOnly(_ written: String, of entity: Entity) -> Bool {
        guard written.contains(where: \.isLowercase) else { return false }
        let key = TextFolding.key(written)
        return !([entity.name] + entity.aliases).contains { $0.contains(where: \.isLowercase) && TextFolding.key($0) == key }
    }

    private static let strikeNouns = Vocabulary.hashes("""
        attack attacks strike strikes airstrike airstrikes missile missiles drone drones shelling bombardment raid raids offensive
        invasion forces troops army military jets warplanes
        """)

    private static let foreignPeople = Vocabulary.hashes("""
        nationals citizens engineers workers tourists pilgrims migrants students expats expatriates hostages sailors crew
        """)
}
