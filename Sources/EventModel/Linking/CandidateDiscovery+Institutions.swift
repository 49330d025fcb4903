/// Institutions news text names by function or by place: "Russia's Foreign Ministry", "the Interior
/// Ministry", "the Ministry of Defence", "the US Embassy in Moscow", "the Iranian embassy in Damascus".
extension CandidateDiscovery {
    private static let ministry = TextFolding.wordHash("ministry")
    private static let embassies = Vocabulary.hashes("embassy consulate")
    private static let inWord = TextFolding.wordHash("in")

    /// The country a word names, by name or adjective ("Russia", "Russian", "US"), as the gazetteer spells it.
    private mutating func countryName(_ index: Int) -> String? {
        guard let name = Gazetteer.name(forKey: folded(index)), name.kind == .country else { return nil }
        return Gazetteer.entity(id: name.id)?.name
    }

    /// The country named just before a run by a possessive: "Russia's Foreign Ministry".
    private mutating func possessiveCountry(before start: Int) -> (name: String, first: Int)? {
        guard start >= 2, words[start - 1].hash == Vocabulary.s, words[start - 2].gapCode == .apostrophe,
              let name = countryName(start - 2) else { return nil }
        return (name, start - 2)
    }

    /// "Foreign Ministry", "Russian Interior Ministry", "Ministry of Defence", "Russia's Foreign Ministry":
    /// a ministry named by its function, qualified by its country where the text gives one.
    mutating func processMinistry(_ start: Int, _ end: Int) -> Bool {
        guard let at = (start...end).first(where: { words[$0].hash == Self.ministry }) else { return false }
        var first = start
        // ("A Defence Ministry statement": a sentence's capitalised article is no part of the name either.)
        while first < at && (words[first].hash == Vocabulary.the || Vocabulary.indefiniteArticles.contains(words[first].hash) || isNever(first)) {
            first += 1
        }
        var country: String?
        var qualifier = first
        if first < at, let name = countryName(first) { country = name; qualifier = first + 1 }
        var possessive: Int?
        if country == nil, let found = possessiveCountry(before: start) { country = found.name; possessive = found.first }
        let function: String
        var last = at
        if qualifier < at {
            function = written(qualifier, at - 1)  // "Foreign", "Interior", "Defence"
        } else if at + 2 <= end, words[at + 1].hash == Vocabulary.of {
            last = end
            var functionEnd = end
            // "Ministry of Defence of Britain": the last "of" names the country.
            if end - 2 > at + 1, words[end - 1].hash == Vocabulary.of, country == nil, let name = countryName(end) {
                country = name
                functionEnd = end - 2
            }
            function = written(at + 2, functionEnd)  // "Ministry of Defence"
        } else {
            return false
        }
        guard !function.isEmpty, qualifier == at || countryName(qualifier) == nil else { return false }
        if first > start { process(start, first - 1) }
        let written = written(possessive ?? first, last)
        if let country {
            let name = qualifier < at ? "\(function) Ministry of \(country)" : "Ministry of \(function) of \(country)"
            add(name, kind: .organisation, variant: written)
        } else {
            add(written, kind: .organisation)
        }
        if last < end { process(last + 1, end) }
        return true
    }

    /// "US Embassy in Moscow", "Iranian embassy in Damascus": the embassy of a country in a city.
    mutating func processEmbassy(_ start: Int, _ end: Int) -> Bool {
        var noun = end
        if !Self.embassies.contains(words[end].hash) {
            noun = end + 1
            guard noun < words.count, words[end].gapCode == .space, Self.embassies.contains(words[noun].hash) else { return false }
        }
        guard noun >= 1, let country = countryName(noun - 1), noun + 2 < words.count, words[noun + 1].hash == Self.inWord,
              words[noun + 2].isCapitalised else { return false }
        var cityEnd = noun + 2
        while cityEnd + 1 < words.count && words[cityEnd].gapCode == .space && words[cityEnd + 1].isCapitalised
            && !initial[cityEnd + 1] && cityEnd < noun + 4 {
            cityEnd += 1
        }
        if noun - 1 > start { process(start, noun - 2) }
        let city = written(noun + 2, cityEnd)
        add("Embassy of \(country) in \(city)", kind: .organisation, variant: written(noun - 1, cityEnd))
        return true
    }
}
