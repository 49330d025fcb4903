/// Where companies and state media are from: "Norwegian energy giant Equinor", "Iran's state-run IRNA".
extension SentencePatterns {
    /// "Norwegian energy giant Equinor", "Rosneft, the Russian oil major": a company's country, written
    /// as an adjective before what it does. "Group" and "major" only after a trade ("the French energy
    /// group"): "the Afghan group" is an armed one, "a French major" an officer.
    func companyHome(_ noun: Int) -> [Relation] {
        // "Tunisia's Ansar al-Sharia group", "Germany's highly respected Spiegel magazine": the country that owns the name.
        // "Mauritania's Al-Akhbar news agency": a trade between the name and the noun.
        let named = noun >= 3 && !isMention(noun - 1) && Self.trades.contains(hash(noun - 1)) && tokens[noun - 1].gapAfter.isEmpty ? noun - 2 : noun - 1
        if named >= 1, isMention(named), [.organisation, .other].contains(kind(named)), tokens[named].gapAfter.isEmpty {
            var owner = named - 1
            while owner >= 0 && owner >= noun - 4 && !isMention(owner) && tokens[owner].gapAfter.isEmpty
                    && !tokens[owner].shape.contains(.firstUpper) && tokens[owner].words.isEmpty { owner -= 1 }
            if owner >= 0, isMention(owner), kind(owner) == .country, tokens[owner].possessive {
                return relation(entity(named), .basedIn, nation(owner) ?? entity(owner), at: [owner, named, noun])
            }
        }
        var index = noun - 1
        // "Kenya's largest supermarket chain": a rank before the trade too.
        while index >= 0 && index >= noun - 3 && !isMention(index) && (Self.trades.contains(hash(index)) || Self.firmRanks.contains(hash(index))) {
            index -= 1
        }
        guard index >= 0, isMention(index), kind(index) == .country,
              (index..<noun).allSatisfy({ tokens[$0].gapAfter.isSubset(of: [.hyphen]) }),
              index < noun - 1 || !Self.tradeOnlyNouns.contains(hash(noun)) else { return [] }
        let country = nation(index) ?? entity(index)
        let firms: Set<EntityKind> = [.organisation, .other]
        // ("Russia's security service FSB": a state's body is its branch.)
        let home: Predicate = Self.stateBodyHeads.contains(hash(noun)) ? .branchOf : .basedIn
        if isMention(noun + 1), firms.contains(kind(noun + 1)), tokens[noun].gapAfter.isEmpty {
            return relation(entity(noun + 1), home, country, at: [index, noun, noun + 1])
        }
        // "Kenya's largest supermarket chain, Nakumatt,": the name after the comma, when the country owns the noun.
        if tokens[index].possessive, tokens[noun].gapAfter == .comma, isMention(noun + 1), firms.contains(kind(noun + 1)),
           !tokens[noun + 1].gapAfter.isDisjoint(with: .clauseBreak) {
            return relation(entity(noun + 1), .basedIn, country, at: [index, noun, noun + 1])
        }
        // "Rosneft, the Russian oil major,".
        if isWord(index - 1, .articles), index >= 2, isMention(index - 2), firms.contains(kind(index - 2)),
           tokens[index - 2].gapAfter == .comma {
            return relation(entity(index - 2), .basedIn, country, at: [index - 2, index, noun])
        }
        return []
    }

    /// The country whose possessive opens the words of mention `index`, as written ("Ukraine's Security Service").
    private func ownerInName(_ index: Int) -> String? {
        // The mention's own text, already cut: most names hold no apostrophe, found in one short scan.
        let written = context.mentions[tokens[index].mention].text
        guard let apostrophe = written.unicodeScalars.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" }),
              written[apostrophe...].dropFirst().hasPrefix("s "),
              let owner = catalog.resolve(name: String(written[..<apostrophe])), owner.kind == .country else { return nil }
        return owner.id
    }

    /// "Russia's Investigative Committee", "Iran's Revolutionary Guards": a body the country's name owns,
    /// named with a word for a body. "America's NATO allies" names no body of America's, nor
    /// "Afghanistan's Taliban-run ministry" the Taliban.
    func countrysBody(_ country: Int) -> [Relation] {
        // "Ukraine's security service", a body known by a name its country's possessive opens: one mention.
        if kind(country) == .organisation, let owner = ownerInName(country) ?? demonymInName(country) {
            return relation(entity(country), homePredicate(country), owner, at: [country])
        }
        let body = country + 1
        guard tokens[country].possessive, kind(country) == .country, body < tokens.count, isMention(body),
              [.organisation, .other].contains(kind(body)), !tokens[body].gapAfter.contains(.hyphen),
              tokens[country].gapAfter.isSubset(of: [.apostrophe]),
              let head = nameHead(body), Vocabulary.organisationHeads.contains(head),
              !isWord(body + 1, .allyNouns), !isWord(body + 1, .rivalNouns) else { return countrysArmedGroup(country) }
        return relation(entity(body), homePredicate(body), nation(country) ?? entity(country), at: [country, body])
    }

    /// A state's own body ("Russia's Defense Ministry", "Ukraine's security service") is a branch of its state;
    /// anything else a country owns (a company, a paper, a charity) is based there.
    func homePredicate(_ body: Int) -> Predicate {
        // ("Sudan's Rapid Support Forces": an armed group at war with the state is no part of it.)
        if Gazetteer.armedGroupIDs.contains(entity(body)) { return .basedIn }
        return nameHead(body).map { Self.stateBodyHeads.contains($0) } ?? false ? .branchOf : .basedIn
    }

    static let stateBodyHeads = Vocabulary.hashes("""
        ministry army police forces force service services guard guards navy intelligence military gendarmerie directorate \
        staff command committee government parliament cabinet presidency
        """)

    /// "the Russian Defense Ministry", "the Sudanese Armed Forces": the country whose demonym opens a state body's
    /// name, when every word after it is a portfolio or a word for a state body ("Syrian Democratic Forces" is none).
    private func demonymInName(_ index: Int) -> String? {
        guard Gazetteer.demonymWordHashes.contains(tokens[index].hash) else { return nil }
        let written = context.mentions[tokens[index].mention].text
        guard let space = written.firstIndex(of: " "), let head = nameHead(index), Self.stateBodyHeads.contains(head),
              written[space...].split(separator: " ").allSatisfy({
                  let hash = TextFolding.wordHash(String($0))
                  return Self.stateBodyHeads.contains(hash) || Vocabulary.titleModifiers.contains(hash) || Self.stateBodyWords.contains(hash)
              }),
              let name = Gazetteer.name(forKey: TextFolding.key(String(written[..<space]))), name.isDemonym,
              let owner = catalog.resolve(name: String(written[..<space])), owner.kind == .country else { return nil }
        return owner.id
    }

    static let stateBodyWords = Vocabulary.hashes("armed air border coast interior revolutionary investigative")

    /// "Yemen's Houthi rebels", "Nigeria's Boko Haram", "Lebanon's Iran-backed Hezbollah": a built-in armed
    /// group the country's name owns is active there. ("Iran's Houthi allies" are no group of Iran's.)
    func countrysArmedGroup(_ country: Int) -> [Relation] {
        let group = isFusedAttributive(country + 1) ? country + 3 : country + 1
        guard tokens[country].possessive, kind(country) == .country, tokens[country].gapAfter.isSubset(of: [.apostrophe]),
              group < tokens.count, isMention(group), Gazetteer.armedGroupIDs.contains(entity(group)),
              !isWord(group + 1, .allyNouns), !isWord(group + 1, .rivalNouns) else { return [] }
        return relation(entity(group), .activeIn, nation(country) ?? entity(country), at: [country, group])
    }

    /// "Iran's state-run IRNA", "the Russian state-owned Rosatom".
    func stateRun(_ word: Int) -> [Relation] {
        guard isHash(word - 1, Self.state), tokens[word - 1].gapAfter == .hyphen, isMention(word - 2), kind(word - 2) == .country,
              tokens[word - 2].gapAfter.isSubset(of: [.apostrophe]), isMention(word + 1), [.organisation, .other].contains(kind(word + 1)),
              tokens[word].gapAfter.isEmpty else { return [] }
        return relation(entity(word + 1), .basedIn, nation(word - 2) ?? entity(word - 2), at: [word - 2, word, word + 1])
    }

    static let state = TextFolding.wordHash("state")
    static let trades: Set<UInt64> = Set(Vocabulary.words("""
        oil gas energy mining defence defense arms tech technology telecoms telecom media shipping logistics chemicals \
        pharmaceutical pharmaceuticals drug drugs car carmaker auto steel engineering construction food retail banking \
        financial investment insurance aerospace aviation software internet chip chipmaker semiconductor nuclear power \
        utility security consulting state owned run private supermarket satirical news spy intelligence paramilitary \
        police counterterrorism
        """).map(TextFolding.wordHash))
    /// "largest", "leading": a rank among the country's firms or bodies.
    static let firmRanks = Vocabulary.hashes("""
        largest biggest leading main oldest top popular influential prominent elite domestic foreign external \
        internal federal
        """)
    static let tradeOnlyNouns: Set<UInt64> = Set(Vocabulary.words("group major operator producer").map(TextFolding.wordHash))
}
