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
            // "Tu-95", "AK-47", "MiG-29": a short word joined by a hyphen to a number is a model's designation.
            let model = words[index].letters <= 3 && words[index].gapAfter == .hyphen && index + 1 < words.count
                && words[index + 1].shape.contains(.hasDigit) && Int(words[index + 1].utf8Start) == Int(words[index].utf8End) + 1
            guard words[index].isCapitalised, !skip[index], !timeZone, !model else {
                index += 1
                continue
            }
            let end = runEnd(from: index)
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

    // MARK: - Marking positions

    mutating func markStarts(sentences: [TextSpan], paragraphs: [TextSpan]) {
        for spans in [sentences, paragraphs] {
            var cursor = 0
            for span in spans.sorted() {
                while cursor < words.count && Int(words[cursor].start) < span.start { cursor += 1 }
                if cursor < words.count && Int(words[cursor].start) < span.end { initial[cursor] = true }
            }
        }
        if !words.isEmpty { initial[0] = true }
        for index in words.indices.dropFirst() {
            let gap = words[index - 1].gapAfter
            if gap.contains(.colon) || gap.contains(.stop) || gap.contains(.newline) { initial[index] = true }
            if gap.contains(.period) && words[index - 1].gapCode != .period
                && !Vocabulary.abbreviations.contains(words[index - 1].hash) {
                initial[index] = true
            }
        }
    }

    mutating func markTitles(_ links: [ReadMoreLink]) {
        for link in links {
            var low = 0, high = words.count
            while low < high {
                let mid = (low + high) / 2
                if Int(words[mid].start) < link.span.start { low = mid + 1 } else { high = mid }
            }
            var inside: [Int] = []
            var index = low
            while index < words.count && Int(words[index].end) <= link.span.end {
                inside.append(index)
                index += 1
            }
            guard let first = inside.first else { continue }
            initial[first] = true
            let capitalised = inside.filter { words[$0].isCapitalised }.count
            let titleCase = inside.count >= 3 && capitalised * 10 >= inside.count * 7
            for index in inside {
                inTitle[index] = true
                inTitleCase[index] = titleCase
            }
        }
    }

    /// "WEB DESK:" or "MOSCOW (Reuters) -" opening a paragraph.
    mutating func markDatelines(_ paragraphs: [TextSpan]) {
        var cursor = 0
        for span in paragraphs.sorted() {
            while cursor < words.count && Int(words[cursor].start) < span.start { cursor += 1 }
            markPlaceDateline(from: cursor, paragraphEnd: span.end)
            var end = cursor
            while end < words.count && end < cursor + 4 && words[end].isAllCaps && Int(words[end].start) < span.end {
                if words[end].gapAfter.contains(.colon) {
                    for index in cursor...end { skip[index] = true }
                    if end + 1 < words.count { initial[end + 1] = true }
                    break
                }
                if words[end].gapAfter.contains(.openParen),
                   let close = (end + 1..<min(words.count, end + 5)).first(where: { words[$0].gapAfter.contains(.closeParen) }) {
                    for index in cursor...close { skip[index] = true }
                    if close + 1 < words.count { initial[close + 1] = true }
                    break
                }
                end += 1
            }
        }
    }

    /// "Hidden Drones, Strategic Hits", "Russia Scrambles for Answers, Blames 'Terrorist Attack'": a short
    /// paragraph with no stop and every word of four letters or more capitalised is a scraped page's heading
    /// or a caption. Its capitals say nothing, so it names no one ("Dramatic Footage"); the names it holds that
    /// the prose gives are still matched there. (Its shape is a list of names' too: those the prose never
    /// names again are lost, which costs less than a heading's words made people.)
    mutating func markHeadings(_ paragraphs: [TextSpan]) {
        var cursor = 0
        for span in paragraphs.sorted() {
            while cursor < words.count && Int(words[cursor].start) < span.start { cursor += 1 }
            var end = cursor
            while end < words.count && Int(words[end].start) < span.end { end += 1 }
            let inside = cursor..<end
            guard (2...12).contains(inside.count), words[cursor].isCapitalised,
                  words[end - 1].gapAfter.isDisjoint(with: [.period, .stop, .colon]),
                  !inside.contains(where: { words[$0].isLowercase && words[$0].letters >= 4 })
            else { continue }
            for index in inside {
                skip[index] = true
                inTitleCase[index] = true
            }
        }
    }

    /// "Islamabad, Pakistan – Separatist fighters say": the word after a dateline's dash starts the
    /// sentence, so its capital says nothing. The places themselves stay names.
    mutating func markPlaceDateline(from first: Int, paragraphEnd: Int) {
        var index = first
        while index < words.count && index < first + 4 && words[index].isCapitalised && Int(words[index].start) < paragraphEnd {
            let gap = words[index].gapAfter
            if words[index].gapCode == .none && !gap.isDisjoint(with: [.hyphen, .other]) && gap.isDisjoint(with: [.period, .quote, .openParen]) {
                if index + 1 < words.count { initial[index + 1] = true }
                return
            }
            guard gap.isEmpty || gap == .comma else { return }
            index += 1
        }
    }

    // MARK: - Runs of capitalised words

    static let newWord = TextFolding.wordHash("new")
    static let partyNouns = Vocabulary.hashes("party")
    static let forWord = TextFolding.wordHash("for")

    /// "an affiliate of ISIS known as X": words for a group's branch.
    static let branchNouns = Vocabulary.hashes("affiliate affiliates branch offshoot splinter faction wing cell")

    /// "for the", "of the" after a body's head noun: the words that go on with its name.
    static let bodyLinks = Vocabulary.hashes("for of")
    /// Heads of bodies named for a purpose: "Committee for the Protection of ...", "Front for the Liberation of ...".
    static let linkedBodyHeads = Vocabulary.hashes(
        "council committee front movement union alliance coalition league association federation organisation organization commission group congress assembly court")

    /// The last word of the capitalised run that starts at `start`.
    func runEnd(from start: Int) -> Int {
        var end = start
        var sawOf = false
        var sawBody = false
        // Names are short; a longer run of capitals is a headline or a shout, cut into pieces.
        while end + 1 < words.count && end - start < 11 {
            let word = words[end], next = words[end + 1]
            if skip[end + 1] || inTitleCase[end + 1] != inTitleCase[start] { break }
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
            // "National Council for the Safeguard of the Homeland": a body's head, "for the" or "of the", and more of its name.
            if word.gapCode == .space, Self.linkedBodyHeads.contains(word.hash) || sawBody, !next.isCapitalised,
               Self.bodyLinks.contains(next.hash), next.gapCode == .space, end + 3 < words.count, words[end + 2].hash == Vocabulary.the,
               words[end + 2].isLowercase, words[end + 2].gapCode == .space, words[end + 3].isCapitalised, !initial[end + 3],
               !isGazetteerName(end + 3, end + 3) {
                sawBody = true
                end += 3
                continue
            }
            if word.gapCode == .space && !next.isCapitalised && Vocabulary.connectors.contains(next.hash)
                && next.gapCode == .space && end + 2 < words.count && words[end + 2].isCapitalised {
                if next.hash == Vocabulary.and && !sawOf { break }
                // "a ceremony in Iran for Qasem Soleimani": "for" after a known place's name starts another phrase
                // ("Front for Change", "Observatory for Human Rights" go on).
                if next.hash == Self.forWord && isGazetteerName(end, end) { break }
                if next.hash == Vocabulary.of { sawOf = true }
                end += 2
                continue
            }
            break
        }
        return end
    }

    mutating func process(_ start: Int, _ end: Int) {
        var first = start
        // "the Imam of Al-Falah Mosque", "the Governor of Kano State": an office of a body or place; the name is
        // what follows "of".
        let office = words[start].hash == Vocabulary.the ? start + 1 : start
        if end >= office + 2, let of = (office + 1..<end).first(where: { words[$0].hash == Vocabulary.of && words[$0].isLowercase }),
           (office..<of).allSatisfy({ isTitleWord($0) }), !(of + 1...end).allSatisfy({ isTitleWord($0) || isCommon($0) }) {
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
                && Self.bodyLinks.contains(words[$0 + 1].hash) && words[$0 + 1].isLowercase
                && (words[$0 + 2].hash == Vocabulary.the || !gloss && words[$0 + 2].isCapitalised && !isGazetteerName($0 + 2, $0 + 2)) }),
           head > start || end - start >= 4 {
            // "German Federal Court of Justice": a country's adjective before the name is no part of it.
            while first < head && (isConnector(first) || words[first].hash == Vocabulary.the || isGazetteerName(first, first)) { first += 1 }
            if !isGazetteerName(first, end) {
                add(written(first, end), kind: .organisation)
                return
            }
            first = start
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
        if last - first >= 2 && last - first <= 3, Gazetteer.name(forKey: TextFolding.key(written(first, first)))?.kind == .country,
           (first + 1...last).allSatisfy({ !isCommon($0) && !isConnector($0) && !isGazetteerName($0, $0) }),
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
            let seenElsewhere = elsewhere[word.hash, default: 0] > (initial[first] ? 0 : 1)
            // "CDU leader X proposed ...", "MONUSCO, the UN mission, ...": an acronym opening a sentence before a
            // lowercase word or an apposition is still a name.
            let initialAcronym = word.isAllCaps && (2...8).contains(word.letters) && first + 1 < words.count
                && (words[first + 1].isLowercase && word.gapCode == .space || word.gapAfter == .comma && words[first + 1].hash == Vocabulary.the)
            guard !initial[first] || seenElsewhere || inTitle[first] || initialAcronym else { return }
            // "Islamic militants", "Catholic priests": an adjective before a lowercase noun, no name.
            if folded(first).hasSuffix("ic"), first + 1 < words.count, words[first + 1].isLowercase, word.gapAfter.isEmpty { return }
            let kind = airfieldCue(first) ? .place : guessSingleKind(first)
            add(written(first, first), kind: kind)
            if kind == .place && (placeCue(first, first) || airfieldCue(first)) { kindVotes[TextFolding.key(written(first, first)), default: [:]][.place, default: 0] += 3 }
            voteApposition(after: first, name: written(first, first))
            voteApposition(before: first, name: written(first, first))
            voteVenueList(before: first, name: written(first, first))
            voteKnownAs(before: first, name: written(first, first))
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
    }

    /// "the province's insurgents, known locally as Ansar al-Sunna,": a name given to a group is a group's.
    mutating func voteKnownAs(before first: Int, name: String) {
        let asWord = first >= 1 && words[first - 1].hash == Vocabulary.the ? first - 2 : first - 1
        var known = asWord - 1
        if known >= 0, Vocabulary.asideAdverbs.contains(words[known].hash) { known -= 1 }
        guard known >= 1, words[asWord].hash == Vocabulary.asWord, words[known].hash == Vocabulary.known else { return }
        // "an affiliate of ISIS known locally as X": the word for a branch a few words before.
        let branch = (max(0, known - 4)..<known).contains { Self.branchNouns.contains(words[$0].hash) && words[$0].isLowercase }
            && (max(0, known - 4)..<known).allSatisfy { words[$0].gapAfter.isDisjoint(with: [.period, .semicolon]) }
        guard branch || words[known - 1].gapAfter == .comma && Vocabulary.groupReferences.contains(words[known - 1].hash) else { return }
        kindVotes[TextFolding.key(name), default: [:]][.organisation, default: 0] += 8
    }

    /// "three luxury hotels: the Shangri-La, the Cinnamon Grand and the Kingsbury": names listed after
    /// a kind of building and a colon are buildings.
    mutating func voteVenueList(before first: Int, name: String) {
        var index = first - 1
        while index >= 0 && index >= first - 16 {
            let word = words[index]
            if word.gapAfter.contains(.colon) {
                if (max(0, index - 2)...index).contains(where: { Vocabulary.venueNouns.contains(words[$0].hash) }) {
                    kindVotes[TextFolding.key(name), default: [:]][.place, default: 0] += 8
                }
                return
            }
            guard word.isCapitalised || word.hash == Vocabulary.the || word.hash == Vocabulary.and,
                  word.gapAfter.isSubset(of: [.comma, .hyphen]) else { return }
            index -= 1
        }
    }

    /// "a TTP splinter group, Jamaat-ul-Ahrar,": the noun just before the comma says what the name is.
    mutating func voteApposition(before first: Int, name: String) {
        // "the jihadist group Al Mourabitoun": a group noun right before the name says what it is; so does
        // "the messaging app Telegram".
        if first > 1, words[first - 1].gapAfter.isEmpty, words[first - 1].isLowercase,
           Vocabulary.groupNouns.contains(words[first - 1].hash) || Vocabulary.mediaNouns.contains(words[first - 1].hash)
            || Vocabulary.companyNouns.contains(words[first - 1].hash),
           // "the jihadist group X", "the French magazine X": a lowercase word or a demonym before the noun.
           words[first - 2].isLowercase || Gazetteer.name(forKey: TextFolding.key(written(first - 2, first - 2)))?.isDemonym == true {
            kindVotes[TextFolding.key(name), default: [:]][.organisation, default: 0] += 8
            return
        }
        // "Sudan's Energy Minister, Ahmed Saied,", "the group's spokesman, X": an office, a comma, then who holds it.
        if first > 0, words[first - 1].gapAfter == .comma, Vocabulary.coreTitles.contains(words[first - 1].hash) {
            kindVotes[TextFolding.key(name), default: [:]][.person, default: 0] += 8
            return
        }
        guard first > 0, words[first - 1].gapAfter == .comma, words[first - 1].isLowercase else { return }
        // "The Mayor of Sariyer district, Sukru Genc,": the noun is the name before it's, not this one's
        // ("the Kazakh capital, Astana" is).
        if first > 1, words[first - 2].isCapitalised, words[first - 2].gapAfter.isEmpty,
           Gazetteer.name(forKey: TextFolding.key(written(first - 2, first - 2)))?.isDemonym != true { return }
        // "The spokesman for the separatist group, Junaid Baloch,": the noun is inside an office's phrase,
        // and the name is the office holder's.
        var back = first - 2
        while back > 0 && back >= first - 5 && words[back].isLowercase && Vocabulary.groupDescriptors.contains(words[back].hash) { back -= 1 }
        if back > 0, words[back].isLowercase, words[back].hash == Vocabulary.of || words[back].hash == Self.forWord,
           Vocabulary.coreTitles.contains(words[back - 1].hash) { return }
        let hash = words[first - 1].hash
        let kind: EntityKind? = Vocabulary.groupNouns.contains(hash) ? .organisation
            : Vocabulary.settlementNouns.contains(hash) ? .place : nil
        if let kind { kindVotes[TextFolding.key(name), default: [:]][kind, default: 0] += 8 }
    }

    /// "Jaish al-Adl, a Sunni militant group", "Sistan-Baluchistan, a province bordering ...": an
    /// apposition says what the name is, which outweighs every guess from its shape in the article.
    mutating func voteApposition(after last: Int, name: String) {
        guard words[last].gapAfter == .comma else { return }
        var index = last + 1
        while index < words.count && index <= last + 6 {
            let word = words[index]
            // "Anke Vogel, said the city ...": a verb after the comma opens no apposition.
            if Vocabulary.speechVerbs.contains(word.hash) { return }
            if word.isLowercase {
                let kind: EntityKind? = Vocabulary.groupNouns.contains(word.hash) || Vocabulary.mediaNouns.contains(word.hash)
                    || Vocabulary.companyNouns.contains(word.hash) ? .organisation
                    : Vocabulary.settlementNouns.contains(word.hash) ? .place
                    : Vocabulary.personNouns.contains(word.hash) ? .person : nil
                if let kind {
                    // "in Rask, an official said": the noun is who speaks after the name, not what the name is.
                    if index + 1 < words.count, Vocabulary.speechVerbs.contains(words[index + 1].hash) { return }
                    kindVotes[TextFolding.key(name), default: [:]][kind, default: 0] += 8
                    return
                }
                if Vocabulary.connectors.contains(word.hash) && word.hash != Vocabulary.the { return }
            }
            if !word.gapAfter.isEmpty && word.gapAfter != .hyphen { return }
            index += 1
        }
    }
}
