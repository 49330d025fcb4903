/// Finds acronym definitions and candidate names in one article. See ``EntityCatalog/contribution(of:)``.
struct CandidateDiscovery {
    let text: String
    let words: [Word]
    /// First word of a sentence, a paragraph, or after a colon: its capital says nothing.
    var initial: [Bool]
    /// Inside a "Read more" title.
    var inTitle: [Bool]
    /// Inside a "Read more" title written in Title Case, where every word is capitalised.
    var inTitleCase: [Bool]
    /// Part of a dateline ("WEB DESK:"), never a name.
    var skip: [Bool]
    /// Capitalised occurrences of a word away from a sentence start, by hash.
    var elsewhere: [UInt64: Int] = [:]
    var foldedCache: [UInt64: String] = [:]
    var commonCache: [UInt64: Bool] = [:]

    var acronyms: [String: AcronymDefinition] = [:]
    var acronymOrder: [String] = []
    var candidates: [String: CandidateName] = [:]
    var kindVotes: [String: [EntityKind: Int]] = [:]

    init(article: Article) {
        var text = article.text
        text.makeContiguousUTF8()
        self.text = text
        words = WordScanner.scan(text)
        let count = words.count
        initial = [Bool](repeating: false, count: count)
        inTitle = [Bool](repeating: false, count: count)
        inTitleCase = [Bool](repeating: false, count: count)
        skip = [Bool](repeating: false, count: count)
        markStarts(sentences: article.sentences, paragraphs: article.paragraphs)
        markTitles(article.links)
        markDatelines(article.paragraphs)
        markHeadings(article.paragraphs)
        for index in words.indices where words[index].isCapitalised && !initial[index] && !inTitleCase[index] {
            elsewhere[words[index].hash, default: 0] += 1
        }
    }

    mutating func run() -> CatalogContribution {
        var index = 0
        while index < words.count {
            // "19:39 IST Islamic State": a time zone after a clock time is no part of the name after it.
            let timeZone = index > 0 && words[index - 1].shape.contains(.hasDigit) && words[index].isAllCaps
                && Vocabulary.timeZones.contains(words[index].hash)
            guard words[index].isCapitalised, !skip[index], !timeZone, !isModelDesignation(index) else {
                index += 1
                continue
            }
            let end = runEnd(from: index)
            if let unit = numberedUnit(runStart: index, runEnd: end) {
                index = unit + 1
                continue
            }
            if inTitleCase[index] {
                for single in index...end where words[single].isCapitalised { process(single, single) }
            } else {
                findAcronym(runStart: index, runEnd: end)
                findOrAcronym(runStart: index, runEnd: end)
                process(index, end)
            }
            index = end + 1
        }
        let names = candidates.keys.sorted().compactMap { key -> CandidateName? in
            guard var candidate = candidates[key] else { return nil }
            // A kind some sentence told beats "other", which only says none did.
            if let votes = kindVotes[key], let best = (votes.contains { $0.key != .other } ? votes.filter { $0.key != .other } : votes)
                .max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) {
                candidate.kind = best.key
            }
            candidate.variants.sort()
            return candidate
        }
        return CatalogContribution(acronyms: acronymOrder.compactMap { acronyms[$0] }, candidates: names)
    }

    // MARK: - Runs of capitalised words

    static let newWord = TextFolding.wordHash("new")
    static let partyNouns = Vocabulary.hashes("party")
    static let forWord = TextFolding.wordHash("for")
    /// "der" in "von der Leyen", "la" in "de la Cruz": the second of two particles inside a name.
    static let secondParticles = Vocabulary.hashes("der den la las los")

    /// "an affiliate of ISIS known as X": words for a group's branch.
    static let branchNouns = Vocabulary.hashes("affiliate affiliates branch offshoot splinter faction wing cell")

    /// "for the", "of the" after a body's head noun: the words that go on with its name.
    static let bodyLinks = Vocabulary.hashes("for of")
    /// Heads of bodies named for a purpose: "Committee for the Protection of ...", "Front for the Liberation of ...".
    static let linkedBodyHeads = Vocabulary.hashes(
        "council committee front movement union alliance coalition league association federation organisation organization commission group congress assembly court campaign")

    /// The last word of the capitalised run that starts at `start`.
    /// Country abbreviations that end a body's name ("Amnesty International USA").
    static let bodyCountryCodes = Vocabulary.hashes("USA UK")

    /// "the 444 Brigade", "the 36th Front of the EMC", "the 4th Infantry Division": a unit named with its number
    /// is a body, number and all. Adds it and returns the last word it read (the run goes on after "of").
    mutating func numberedUnit(runStart start: Int, runEnd end: Int) -> Int? {
        guard start > 0, words[start - 1].shape.contains(.hasDigit), words[start - 1].gapCode == .space, !inTitleCase[start] else { return nil }
        // ("the 444 Brigade", "the 36th Front"; not "In 2022 Army troops": a number alone only after "the".)
        let number = written(start - 1, start - 1)
        let ordinal = ["st", "nd", "rd", "th"].contains { number.lowercased().hasSuffix($0) } && number.first?.isNumber == true
        guard ordinal || number.allSatisfy(\.isNumber) && start >= 2 && words[start - 2].hash == Vocabulary.the,
              let unit = (start...min(end, start + 2)).first(where: { Self.unitHeads.contains(words[$0].hash) }),
              (start..<unit).allSatisfy({ !isConnector($0) }) else { return nil }
        let name = written(start - 1, unit)
        add(name, kind: .organisation)
        kindVotes[TextFolding.key(name), default: [:]][.organisation, default: 0] += 3
        // "the 52nd Front of the Southern Bloc": the body it belongs to is read as a name of its own.
        if unit < end, let next = (unit + 1...end).first(where: { words[$0].isCapitalised && !isConnector($0) && words[$0].hash != Vocabulary.the }) {
            process(next, end)
        }
        return end
    }

    /// Words that end a region's name ("Kunar Province", "Maru Local Government Area").
    static let regionHeads = Vocabulary.hashes("area district county province region governorate prefecture oblast")
    static let unitHeads = Vocabulary.hashes("brigade brigades division divisions front regiment battalion corps squadron fleet army")
    static let colourWords = Vocabulary.hashes("white red black green blue yellow grey gray orange")
    static let paperLeads = Vocabulary.hashes("daily weekly")

    /// "Tu-95", "AK-47", "MiG-29": a short word joined by a hyphen to a number is a model's designation,
    /// no name nor part of one ("a Thai F-16" names Thailand only).
    func isModelDesignation(_ index: Int) -> Bool {
        words[index].letters <= 3 && words[index].gapAfter == .hyphen && index + 1 < words.count
            && words[index + 1].shape.contains(.hasDigit) && Int(words[index + 1].utf8Start) == Int(words[index].utf8End) + 1
    }

    /// "Prime Minister X", "Foreign Minister X": title words with an office among them, then a name.
    func opensOffice(at index: Int) -> Bool {
        var next = index
        while next < words.count && isTitleWord(next) { next += 1 }
        return next > index && next < words.count && words[next].isCapitalised && !isTitleWord(next)
            && (index..<next).contains { Vocabulary.coreTitles.contains(words[$0].hash) }
    }

    func runEnd(from start: Int) -> Int {
        var end = start
        var sawOf = false
        var sawBody = false
        // Names are short; a longer run of capitals is a headline or a shout, cut into pieces.
        while end + 1 < words.count && end - start < 11 {
            let word = words[end], next = words[end + 1]
            if skip[end + 1] || inTitleCase[end + 1] != inTitleCase[start] || isModelDesignation(end + 1) { break }
            if word.gapCode == .space && !word.gapAfter.contains(.newline) && next.isCapitalised && !initial[end + 1] {
                end += 1
                continue
            }
            // "Kim Jong-un", "Moon Jae-in": a short lowercase syllable hyphened to a name is part of it.
            if word.gapAfter == .hyphen && word.gapCode == .space && word.isCapitalised && next.isLowercase && next.letters <= 4
                && word.letters <= 5 && end > start && !CommonWords.contains(TextFolding.key(written(end + 1, end + 1))) {
                end += 1
                continue
            }
            // "Jamaat-ul-Ahrar", "Lashkar-e-Jhangvi", "Hizb-ut-Tahrir": a particle hyphened between two names.
            if word.gapAfter == .hyphen && next.isLowercase && Vocabulary.hyphenParticles.contains(next.hash)
                && next.gapAfter == .hyphen && end + 2 < words.count && words[end + 2].isCapitalised {
                end += 2
                continue
            }
            if word.gapCode == .periodSpace && Vocabulary.abbreviations.contains(word.hash) && next.isCapitalised {
                end += 1
                continue
            }
            // "Ismael “El Mayo” Zambada", "Joaquín 'El Chapo' Guzmán": a quoted nickname between a first name and a surname.
            if let close = nicknameEnd(after: end, runStart: start) {
                end = close + 1
                continue
            }
            // "Jama'ath", "Sana'a", "O'Brien": an apostrophe inside one word of the name.
            if isInWordApostrophe(end) {
                end += 1
                continue
            }
            // "St. Anthony's Shrine", "St Paul's Cathedral": a possessive inside a facility's name.
            if isFacilityPossessive(end, runStart: start), words[end + 2].isCapitalised {
                end += 2
                continue
            }
            // "the People's Liberation Army", "the Lord's Resistance Army": a common word's possessive inside a
            // body's name.
            if let step = bodyPossessiveStep(end) {
                end += step
                continue
            }
            // "National Council for the Safeguard of the Homeland": a body's head, "for the" or "of the", and more of its name.
            if word.gapCode == .space, Self.linkedBodyHeads.contains(word.hash) || sawBody, !next.isCapitalised,
               Self.bodyLinks.contains(next.hash), next.gapCode == .space, end + 3 < words.count, words[end + 2].hash == Vocabulary.the,
               words[end + 2].isLowercase, words[end + 2].gapCode == .space, words[end + 3].isCapitalised, !initial[end + 3],
               !isGazetteerName(end + 3, end + 3) {
                sawBody = true
                end += 3
                continue
            }
            // "Committee to Protect Journalists", "Campaign to End ...": a body's head, "to", and the verb of its purpose.
            if word.gapCode == .space, Self.linkedBodyHeads.contains(word.hash), next.hash == Self.to, next.isLowercase,
               next.gapCode == .space, end + 2 < words.count, words[end + 2].isCapitalised, !initial[end + 2] {
                end += 2
                continue
            }
            // "Ursula von der Leyen", "Pieter van den Berg": two particles between the parts of one name.
            if word.gapCode == .space, next.isLowercase, Vocabulary.nameParticles.contains(next.hash), next.gapCode == .space,
               end + 3 < words.count, words[end + 2].isLowercase, Self.secondParticles.contains(words[end + 2].hash),
               words[end + 2].gapCode == .space, words[end + 3].isCapitalised, !initial[end + 3] {
                end += 3
                continue
            }
            if word.gapCode == .space && !next.isCapitalised && Vocabulary.connectors.contains(next.hash)
                && next.gapCode == .space && end + 2 < words.count && words[end + 2].isCapitalised {
                if next.hash == Vocabulary.and && !sawOf { break }
                // "comprises the MNDAA the Arakan Army and ...": a list that lost its comma after an acronym.
                if next.hash == Vocabulary.the && word.isAllCaps { break }
                // "Secretary of State X and Pakistani Foreign Minister Y": a second office-holder, not more of one body's name.
                if next.hash == Vocabulary.and && (opensOffice(at: end + 2)
                    || Gazetteer.name(forKey: TextFolding.key(written(end + 2, end + 2)))?.isDemonym == true) { break }
                // "a ceremony in Iran for Qasem Soleimani": "for" after a known place's name starts another phrase
                // ("Front for Change", "Observatory for Human Rights" go on).
                if next.hash == Self.forWord && isGazetteerName(end, end) { break }
                // "the UN Humanitarian Coordinator for Sudan, X": an office "for" a known country is no body's name.
                if next.hash == Self.forWord, Vocabulary.coreTitles.contains(word.hash), isGazetteerName(end + 2, end + 2) { break }
                // "Maru Local Government Area of Zamfara State": a region "of" the region it is in is two places.
                if next.hash == Vocabulary.of && Self.regionHeads.contains(word.hash) && end > start { break }
                if next.hash == Vocabulary.of { sawOf = true }
                end += 2
                continue
            }
            break
        }
        return end
    }

    /// The last word of a quoted nickname of one to three capitalised words after the first name at `word`,
    /// when a capitalised surname follows it.
    func nicknameEnd(after word: Int, runStart: Int) -> Int? {
        guard word == runStart, words[word].gapAfter == .quote, !words[word].isAllCaps, word + 2 < words.count else { return nil }
        var close = word + 1
        while close < min(words.count - 1, word + 4) && words[close].isCapitalised && words[close].gapAfter.isEmpty && words[close].gapCode == .space {
            close += 1
        }
        guard close < words.count - 1, close <= word + 3, words[close].isCapitalised, words[close].gapAfter == .quote,
              words[close + 1].isCapitalised, !words[close + 1].isAllCaps, !initial[close + 1] else { return nil }
        return close
    }

    /// "Mayor of Odesa Gennadiy Trukhanov", "Governor of Kursk Region X": the last word of the known place
    /// or body an office's "of" names, when two to four capitalised words of a name follow it to the run's end.
    mutating func officeOwner(after of: Int, office: Int, end: Int) -> Int? {
        guard (office..<of).contains(where: { Vocabulary.coreTitles.contains(words[$0].hash) }),
              var owner = (of + 1..<end).last(where: { isGazetteerName(of + 1, $0) }) else { return nil }
        // ("Governor of Kano State X": the word for a region is part of its name.)
        if owner + 1 < end, Self.regionHeads.contains(words[owner + 1].hash) || words[owner + 1].hash == Vocabulary.state { owner += 1 }
        guard end - owner >= 2, end - owner <= 4,
              (owner + 1...end).allSatisfy({ words[$0].isCapitalised && !isCommon($0) && !isTitleWord($0) && !isConnector($0) })
        else { return nil }
        return owner
    }

    mutating func process(_ start: Int, _ end: Int) {
        var first = start
        // "the Imam of Al-Falah Mosque", "the Governor of Kano State": an office of a body or place; the name is
        // what follows "of".
        let office = words[start].hash == Vocabulary.the ? start + 1 : start
        if end >= office + 2, let of = (office + 1..<end).first(where: { words[$0].hash == Vocabulary.of && words[$0].isLowercase }),
           (office..<of).allSatisfy({ isTitleWord($0) }), !(of + 1...end).allSatisfy({ isTitleWord($0) || isCommon($0) }) {
            // "Mayor of Odesa Gennadiy Trukhanov": a known place or body, then the office holder's name.
            if let owner = officeOwner(after: of, office: office, end: end) {
                process(of + 1, owner)
                add(written(owner + 1, end), kind: .person, role: written(office, of - 1))
                return
            }
            process(of + 1, end)
            return
        }
        if processTitle(start, end) { return }
        // "the ruling Georgian Dream party", "the United Russia party": a party's name is all of the run before the
        // word, demonym and common words included.
        if end + 1 < words.count, words[end + 1].isLowercase, Self.partyNouns.contains(words[end + 1].hash), words[end].gapAfter.isEmpty {
            let name = words[start].hash == Vocabulary.the ? start + 1 : start
            if end > name, !isGazetteerName(name, end), !(name...end).contains(where: { isConnector($0) || isTitleWord($0) }) {
                add(written(name, end), kind: .organisation)
                kindVotes[TextFolding.key(written(name, end)), default: [:]][.organisation, default: 0] += 3
                return
            }
        }
        if processEvent(start, end) { return }
        // "Turning Point USA", "Save the Children UK": a body's name that ends in its country's abbreviation.
        if end >= start + 2, words[end].isAllCaps, Self.bodyCountryCodes.contains(words[end].hash),
           !(start..<end).contains(where: { isGazetteerName($0, $0) || isTitleWord($0) || words[$0].isAllCaps }) {
            let name = words[start].hash == Vocabulary.the ? start + 1 : start
            if end - name >= 2 {
                add(written(name, end), kind: .organisation)
                kindVotes[TextFolding.key(written(name, end)), default: [:]][.organisation, default: 0] += 3
                return
            }
        }
        if processMinistry(start, end) || processEmbassy(start, end) { return }
        if processFacility(start, end) { return }
        if isGazetteerName(first, end) { return }
        // "Lady Reading Hospital": a facility's name may be made of common words, all of them its name.
        if end > start && Vocabulary.facilityNouns.contains(words[end].hash) {
            while first < end && (isConnector(first) || initial[first] && isCommon(first)) { first += 1 }
            if first < end && !isGazetteerName(first, end) {
                add(written(first, end), kind: .place)
                return
            }
        }
        // "National Council for the Safeguard of the Homeland": a body's head, then "for the" or "of the":
        // the whole run is the body's name, common words and all.
        // "State Committee for National Security", "Federal Court of Justice": the same without "the", when
        // what follows is no place's or country's name ("the Council of Europe" is one name already), and
        // the run is no translation in brackets after a name ("Jama'ath (National Organization of Monotheism)").
        let gloss = start > 0 && words[start - 1].gapAfter.contains(.openParen)
            && (words[start - 1].isCapitalised || start > 1 && words[start - 2].gapCode == .apostrophe && words[start - 2].isCapitalised)
        if let head = (start..<end).first(where: { Self.linkedBodyHeads.contains(words[$0].hash) && $0 + 2 <= end
                && (Self.bodyLinks.contains(words[$0 + 1].hash) || words[$0 + 1].hash == Self.to) && words[$0 + 1].isLowercase
                && (words[$0 + 2].hash == Vocabulary.the || !gloss && words[$0 + 2].isCapitalised && !isGazetteerName($0 + 2, $0 + 2)) }),
           head > start || end - start >= 4 || words[head + 1].hash == Self.to && end - head >= 3 {
            // "German Federal Court of Justice": a country's adjective before the name is no part of it.
            while first < head && (isConnector(first) || words[first].hash == Vocabulary.the || isGazetteerName(first, first)) { first += 1 }
            if !isGazetteerName(first, end) {
                add(written(first, end), kind: .organisation)
                return
            }
            first = start
        }
        // "Daily Trust", "the Daily Sabah": a newspaper's name, its "Daily" and all (not "Daily attacks" opening a sentence).
        let daily = words[first].hash == Vocabulary.the ? first + 1 : first
        if daily < end, !initial[daily], !inTitleCase[start], Self.paperLeads.contains(words[daily].hash), !isGazetteerName(daily, end),
           (daily + 1...end).allSatisfy({ words[$0].isCapitalised && !isConnector($0) }) {
            add(written(daily, end), kind: .organisation)
            kindVotes[TextFolding.key(written(daily, end)), default: [:]][.organisation, default: 0] += 3
            return
        }
        // "the White Army", "the Red Brigades": a colour before a body's head names a body, common words and all
        // ("the National Army", "the Federal Police" are any country's).
        let colour = words[first].hash == Vocabulary.the ? first + 1 : first
        if colour + 1 == end, !inTitleCase[start], Self.colourWords.contains(words[colour].hash),
           Vocabulary.organisationHeads.contains(words[end].hash), !isGazetteerName(colour, end) {
            add(written(colour, end), kind: .organisation)
            return
        }
        // "International Crisis Group", "Human Rights Watch": a body's name of three words or more may be
        // made of common words too.
        if end > start && Vocabulary.organisationHeads.contains(words[end].hash) && !inTitleCase[start]
            && (start..<end).contains(where: { isCommon($0) && !isConnector($0) }) {
            while first < end && (isConnector(first) || words[first].hash == Vocabulary.the || initial[first] && isCommon(first)) { first += 1 }
            if end - first >= 2 && !isGazetteerName(first, end) && !(first...end).allSatisfy({ isTitleWord($0) }) {
                add(written(first, end), kind: .organisation)
                return
            }
            first = start
        }
        // "North Sinai", "East Java", "North Rhine-Westphalia", "Lower Saxony": a compass word before one to
        // three names is part of a region's name.
        // "New Orleans", "New Caledonia": "New" before a name no one knows is part of it ("New Taliban rules" is not).
        while first <= end && (isCommon(first) || isNever(first) || isConnector(first) || isOpeningVerb(first, runEnd: end))
                && !(first < end && end - first <= 3 && Self.compassWords.contains(words[first].hash)
                     && (first + 1...end).allSatisfy({ !isCommon($0) && !isConnector($0) }))
                && !(first < end && end - first <= 2 && words[first].hash == Self.newWord && !isGazetteerName(first + 1, first + 1)
                     && (first + 1...end).allSatisfy({ !isCommon($0) && !isConnector($0) })) {
            first += 1
        }
        var last = end
        while last >= first && (isConnector(last) || isNever(last)) { last -= 1 }
        guard first <= last else { return }
        // ("Upper Nile", "Middle Shabelle": a region, whatever the shape of the name after the compass word.)
        if first < last && Self.compassWords.contains(words[first].hash) && !isGazetteerName(first, last) {
            kindVotes[TextFolding.key(written(first, last)), default: [:]][.place, default: 0] += 3
        }
        // "National Security Advisor, X": a run of title words names an office, not someone.
        if (first...last).allSatisfy({ isTitleWord($0) }) { return }
        // "acting President of Islamic Republic of Iran Mohammad Mokhber": a country's long name before a
        // person's is no part of it.
        if last - first >= 3, let split = (first + 1..<last - 1).last(where: { Gazetteer.name(forKey: TextFolding.key(written(first, $0)))?.kind == .country }),
           (2...3).contains(last - split), (split + 1...last).allSatisfy({ !isCommon($0) && !isConnector($0) && !isGazetteerName($0, $0) }) {
            process(split + 1, last)
            return
        }
        // "Envoy for Somalia Nicholas Kay": a country before a person's name is no part of it.
        // ("representative in Iraq Marco de Santis": with a particle inside the name.)
        if last - first >= 2 && last - first <= 3, Gazetteer.name(forKey: TextFolding.key(written(first, first)))?.kind == .country,
           (first + 1...last).allSatisfy({
               !isCommon($0) && !isConnector($0) && !isGazetteerName($0, $0)
                   || $0 > first + 1 && $0 < last && words[$0].isLowercase && Vocabulary.nameParticles.contains(words[$0].hash)
           }),
           !Vocabulary.organisationHeads.contains(words[last].hash), !Vocabulary.placeHeads.contains(words[last].hash) {
            first += 1
        }
        if isGazetteerName(first, last) { return }
        // "the Takfiri Daesh group": a word before a built-in group's name is no part of it.
        if last == first + 1, let known = Gazetteer.name(forKey: TextFolding.key(written(last, last))), known.kind == .organisation,
           !words[last].isAllCaps || words[last].letters > 3 {
            process(first, first)
            return
        }
        if first == last {
            let word = words[first]
            guard word.letters >= 2 || word.isAllCaps, !isNever(first) else { return }
            // "Director General (DG) X": the office's abbreviation in brackets after it, no body.
            if first > 0, words[first - 1].gapAfter.contains(.openParen), word.gapAfter.contains(.closeParen),
               Vocabulary.coreTitles.contains(words[first - 1].hash) { return }
            let seenElsewhere = elsewhere[word.hash, default: 0] > (initial[first] ? 0 : 1)
            // "CDU leader X proposed ...", "MONUSCO, the UN mission, ...": an acronym opening a sentence before a
            // lowercase word or an apposition is still a name.
            let initialAcronym = word.isAllCaps && (2...8).contains(word.letters) && first + 1 < words.count
                && (words[first + 1].isLowercase && word.gapCode == .space || word.gapAfter == .comma && words[first + 1].hash == Vocabulary.the)
            // "Kismayo, a port city in ...", "Baidoa, the largest city of ...": an apposition says what opens the sentence.
            let apposed = initial[first] && !isCommon(first) && appositionKind(after: first) != nil
            guard !initial[first] || seenElsewhere || inTitle[first] || initialAcronym || apposed else { return }
            // "Islamic militants", "Catholic priests": an adjective before a lowercase noun, no name.
            if folded(first).hasSuffix("ic"), first + 1 < words.count, words[first + 1].isLowercase, word.gapAfter.isEmpty { return }
            let kind = airfieldCue(first) ? .place : guessSingleKind(first)
            add(written(first, first), kind: kind)
            if kind == .place && (placeCue(first, first) || airfieldCue(first)) { kindVotes[TextFolding.key(written(first, first)), default: [:]][.place, default: 0] += 3 }
            voteApposition(after: first, name: written(first, first))
            voteApposition(before: first, name: written(first, first))
            voteVenueList(before: first, name: written(first, first))
            voteKnownAs(before: first, name: written(first, first))
            voteDistance(first, first, name: written(first, first))
            return
        }
        let range = first...last
        let meaningful = range.contains { !isCommon($0) && !isConnector($0) && !isGazetteerName($0, $0) }
        guard meaningful || Vocabulary.organisationHeads.contains(words[last].hash) || Vocabulary.placeHeads.contains(words[last].hash) else { return }
        if range.contains(where: { CommonWords.calendar.contains(folded($0)) }) { return }
        let kind = airfieldCue(last) ? .place : guessKind(first, last)
        add(written(first, last), kind: kind)
        // "in X", "the province of X", "X province", "X air base" say it outright: more than a shape's guess elsewhere.
        if kind == .place && (placeCue(first, last) || airfieldCue(last)) { kindVotes[TextFolding.key(written(first, last)), default: [:]][.place, default: 0] += 3 }
        if kind == .organisation && bodyCue(last) { kindVotes[TextFolding.key(written(first, last)), default: [:]][.organisation, default: 0] += 3 }
        voteApposition(after: last, name: written(first, last))
        voteApposition(before: first, name: written(first, last))
        voteVenueList(before: first, name: written(first, last))
        voteKnownAs(before: first, name: written(first, last))
        voteDistance(first, last, name: written(first, last))
    }
}
