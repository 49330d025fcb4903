/// Titled names, events, facilities, acronyms and kind guesses.
extension CandidateDiscovery {
    // MARK: - Patterns

    /// "Defense Minister Sergei Shoigu", "President Vladimir Putin", "Mr. Rahmon".
    /// Titles that are family names too: "Erik Prince", "Stephen King", "George Marshall".
    static let surnameTitles = Vocabulary.hashes("prince king bishop marshal")
    static let staff = TextFolding.wordHash("staff")

    mutating func processTitle(_ start: Int, _ end: Int) -> Bool {
        var index = start
        while index <= end {
            guard isTitleWord(index) else {
                index += 1
                continue
            }
            var last = index
            // "IDF Chief of Staff X": an office's own "of" phrase, which ends the office as a core title does.
            var ofPhrase = -1
            while last + 1 <= end {
                if isTitleWord(last + 1) && !Vocabulary.honorifics.contains(words[last].hash) {
                    last += 1
                } else if last + 2 <= end, words[last + 1].hash == Vocabulary.of, words[last + 1].isLowercase, words[last + 2].isCapitalised,
                          Vocabulary.officeObjects.contains(words[last + 2].hash), Vocabulary.coreTitles.contains(words[last].hash) {
                    last += 2
                    ofPhrase = last
                } else if last + 1 <= end, words[last + 1].isCapitalised, words[last + 1].hash == Self.staff,
                          index >= 2, words[index - 1].hash == Vocabulary.the, words[index - 2].hash == Vocabulary.of,
                          // ("the Chief of Defence Staff Action Committee": a body's name goes on after it.)
                          !(last + 2 <= end && (last + 2...end).contains(where: { Vocabulary.organisationHeads.contains(words[$0].hash) })) {
                    // "(Chief of) the General Staff X": the staff an office is of, part of the office, not of the name.
                    last += 1
                    ofPhrase = last
                } else {
                    break
                }
            }
            // The name follows the last core title of the sequence.
            var core = last
            while core >= index && !Vocabulary.coreTitles.contains(words[core].hash) && core != ofPhrase { core -= 1 }
            // "Mozambique Defence Forces Commander X": a modifier in a body's name is no title; look further on.
            if core < index {
                index = last + 1
                continue
            }
            // "Khyber Pakhtunkhwa Chief Minister condemned": an office with no name after it is no one's name; the
            // words before it are still read.
            guard core + 1 <= end else {
                guard last == end, index > start else { return false }
                // "Erik Prince founded ...", "Stephen King wrote": a title that is also a family name, alone after a
                // given name that is no place's or body's, ends a person's name.
                if index == last, Self.surnameTitles.contains(words[index].hash), index - start <= 2,
                   (start..<index).allSatisfy({ !isCommon($0) && !isTitleWord($0) && !isGazetteerName($0, $0) }) {
                    add(written(start, index), kind: .person)
                    return true
                }
                process(start, index - 1)
                return true
            }
            var nameEnd = core + 1
            // "General Abdel Karim al-Nour": a particle inside the name, not after its last word.
            func particle(_ at: Int) -> Bool { at < end && isConnector(at) && Vocabulary.nameParticles.contains(words[at].hash) }
            // "Foreign Minister Choe Son Hui": a short word that is common in English, inside a name.
            // "President Hassan Sheikh Mohamud": "Sheikh" between two names is one of them.
            // "President Roque Marc Christian Kaboré": a common word between given names and the surname.
            // "Secretary General Mark Rutte", "Governor Bill Lee": a given name that is a common word, right after
            // the title and before a surname that is none.
            // "Chancellor Christian Stocker", "Prime Minister Theresa May": a surname that is a common word too,
            // closing the run after a given name.
            func closingSurname(_ at: Int) -> Bool {
                at == end && at > core + 1 && words[at].isCapitalised && !initial[at] && !isConnector(at) && !isTitleWord(at)
                    && words[at].letters >= 3 && !isNever(at)
            }
            func inside(_ at: Int) -> Bool {
                guard at < end && at > core && words[at].isCapitalised && words[at + 1].isCapitalised && (!isCommon(at + 1) || closingSurname(at + 1))
                else { return false }
                if at == core + 1 {
                    return !isConnector(at) && words[at].letters >= 3 && !Vocabulary.honorifics.contains(words[at].hash)
                        && !Vocabulary.coreTitles.contains(words[at].hash)
                }
                let last = at + 1 == end || !words[at + 2].isCapitalised
                return words[at].letters <= 3 || Vocabulary.nameTitles.contains(words[at].hash) || last && at > core + 2
            }
            while nameEnd + 1 <= end && nameEnd + 1 < core + 5
                    && (!isCommon(nameEnd + 1) || inside(nameEnd + 1) || closingSurname(nameEnd + 1) || isInWordApostrophe(nameEnd))
                    && (!isConnector(nameEnd + 1) || particle(nameEnd + 1)) {
                nameEnd += 1
            }
            let nameStart = core + 1
            guard (nameStart...nameEnd).allSatisfy({ (!isCommon($0) && !isConnector($0) && words[$0].letters >= 2) || particle($0) || inside($0)
                    || closingSurname($0)
                    || words[$0].isLowercase && $0 > nameStart && (words[$0 - 1].gapAfter == .hyphen || isInWordApostrophe($0 - 1)) }),
                  !isGazetteerName(nameStart, nameEnd) else { return false }
            if index > start {
                // "Israeli Settlements Minister X": words between a country and the title name the portfolio.
                // "Mozambique Defence Forces Commander X" names a body before the title: it stays one.
                if let country = (start..<index - 1).last(where: { isGazetteerName(start, $0) }), index - 1 - country <= 2,
                   !(country + 1..<index).contains(where: { Vocabulary.organisationHeads.contains(words[$0].hash) }) {
                    process(start, country)
                } else {
                    process(start, index - 1)
                }
            }
            var roleStart = index
            while roleStart <= core && Vocabulary.honorifics.contains(words[roleStart].hash) { roleStart += 1 }
            let role = roleStart <= core ? written(roleStart, core) : nil
            add(written(nameStart, nameEnd), kind: .person, role: role)
            if nameEnd < end { process(nameEnd + 1, end) }
            return true
        }
        return false
    }

    /// "Moscow terror attack", "Moscow massacre" -> the event "Moscow attack".
    mutating func processEvent(_ start: Int, _ end: Int) -> Bool {
        var next = end + 1
        guard next < words.count, words[end].gapCode == .space else { return false }
        if Vocabulary.terror.contains(words[next].hash) && words[next].gapCode == .space && next + 1 < words.count { next += 1 }
        let noun = words[next].hash
        let isAttack = Vocabulary.attackNouns.contains(noun)
        guard isAttack || Vocabulary.bombingNouns.contains(noun) else { return false }
        // The place is the longest tail of the run that names a city, region or venue.
        for placeStart in max(start, end - 5)...end {
            let key = TextFolding.key(written(placeStart, end))
            let place: String
            if let known = Gazetteer.name(forKey: key), known.kind == .place, !known.isDemonym,
               let entity = Gazetteer.entity(id: known.id) {
                place = entity.name
            } else if placeStart < end, Vocabulary.placeHeads.contains(words[end].hash), !isCommon(placeStart) {
                place = written(placeStart, end)
                add(place, kind: .place)
            } else {
                continue
            }
            if placeStart > start { process(start, placeStart - 1) }
            add("\(place) \(isAttack ? "attack" : "bombing")", kind: .event, variant: written(placeStart, next))
            return true
        }
        return false
    }

    /// "Crocus City concert hall" -> "Crocus City Hall"; never "Moscow theater".
    mutating func processFacility(_ start: Int, _ end: Int) -> Bool {
        var next = end + 1
        // "St. Anthony's church": the saint's possessive belongs to the name.
        let possessive = isFacilityPossessive(end, runStart: start) && words[end + 2].isLowercase
        if possessive { next += 1 }
        guard next < words.count, words[next - 1].gapCode == .space, words[next].isLowercase else { return false }
        if Vocabulary.facilityQualifiers.contains(words[next].hash), words[next].gapCode == .space,
           next + 1 < words.count, words[next + 1].isLowercase {
            next += 1
        }
        guard Vocabulary.facilityNouns.contains(words[next].hash) else { return false }
        var first = start
        while first <= end && (isCommon(first) || isConnector(first)) && !isGazetteerName(first, end) { first += 1 }
        guard first <= end, !isGazetteerName(first, end) else { return false }
        // "a Christmas market", "the Easter service": a feast names what kind of market, not which one.
        if (first...end).allSatisfy({ Vocabulary.feasts.contains(words[$0].hash) }) { return true }
        // "a Roman Catholic church", "a Shi'ite mosque": one of a kind, no name.
        if start > 0, Vocabulary.indefiniteArticles.contains(words[start - 1].hash), !possessive { return true }
        let noun = written(next, next)
        let name = written(first, possessive ? end + 1 : end) + " " + noun.prefix(1).uppercased() + noun.dropFirst()
        add(name, kind: .place, variant: written(first, next))
        return true
    }

    /// "Jama'ath", "Sana'a", "Ba'ath", "O'Brien": the apostrophe after `index` is inside a word of a
    /// name, not a possessive or a contraction ("Russia's", "didn't", "they'll").
    func isInWordApostrophe(_ index: Int) -> Bool {
        guard words[index].gapCode == .apostrophe, index + 1 < words.count, words[index].isCapitalised else { return false }
        let next = words[index + 1]
        if next.isCapitalised { return words[index].letters == 1 }
        return next.isLowercase && next.letters <= 4 && !Vocabulary.contractionTails.contains(next.hash)
    }

    /// "St. Anthony's Shrine", "Saint Mary's church", "King's College": a possessive followed by a
    /// facility noun, after a saint's title or a name that is no country or known place ("Russia's
    /// church" is a church in Russia).
    func isFacilityPossessive(_ index: Int, runStart: Int) -> Bool {
        guard words[index].gapCode == .apostrophe, index + 2 < words.count, words[index + 1].hash == Vocabulary.s,
              words[index + 1].letters == 1, words[index + 1].gapCode == .space,
              Vocabulary.facilityNouns.contains(words[index + 2].hash) else { return false }
        if Vocabulary.saints.contains(words[runStart].hash) { return true }
        return words[index + 2].isCapitalised && !isGazetteerName(runStart, index) && !isGazetteerName(index, index)
    }

    /// How many words on from `index` a body's name goes past the possessive of `index`: "People's" (a
    /// common word, no body's head: "the Army's Special Forces" are two names), then capitalised words
    /// that end in a body's head within three. Nil when the possessive ends the name. (A plural's
    /// apostrophe, "Workers' Party", joins the run as any other gap does.)
    func bodyPossessiveStep(_ index: Int) -> Int? {
        let word = words[index]
        guard word.isCapitalised, index + 2 < words.count, !Vocabulary.organisationHeads.contains(word.hash),
              word.gapCode == .apostrophe, words[index + 1].hash == Vocabulary.s, words[index + 1].letters == 1,
              words[index + 1].gapCode == .space else { return nil }
        let next = index + 2
        guard CommonWords.contains(TextFolding.key(written(index, index))),
              let head = (next..<min(words.count, next + 3)).first(where: { Vocabulary.organisationHeads.contains(words[$0].hash) }),
              (next...head).allSatisfy({ words[$0].isCapitalised }) else { return nil }
        return next - index
    }

    /// "Islamic State-Khorasan Province (ISIS-K)", and "CSTO (Collective Security Treaty Organization)".
    mutating func findAcronym(runStart: Int, runEnd: Int) {
        guard words[runEnd].gapAfter.contains(.openParen), !words[runEnd].gapAfter.contains(.closeParen),
              runEnd + 1 < words.count else { return }
        // "National Security Advisor (NSA) X": an office's abbreviation, not a body's.
        guard !Vocabulary.coreTitles.contains(words[runEnd].hash) else { return }
        let inner = runEnd + 1
        var innerEnd = inner
        while innerEnd < words.count && !words[innerEnd].gapAfter.contains(.closeParen) {
            guard words[innerEnd].gapAfter.isSubset(of: [.hyphen]) || words[innerEnd].gapCode == .space || isInWordApostrophe(innerEnd),
                  innerEnd < inner + 8 else { return }
            innerEnd += 1
        }
        guard innerEnd < words.count else { return }
        // "The Collective ... (CSTO)" loses its "The"; "Islamic State ... (IS)" keeps its first word.
        var first = runStart
        while first < runEnd && words[first].hash == Vocabulary.the { first += 1 }
        while first <= runEnd && isCommon(first) && !words[first].isAllCaps && firstLetter(first) != firstLetter(inner) { first += 1 }
        guard first <= runEnd else { return }
        if words[inner].isAllCaps && (inner...innerEnd).allSatisfy({ !words[$0].shape.contains(.hasLower) }) {
            // "The Resistance Front (TRF)": the acronym takes the article's letter; the name is without it.
            if first > runStart, words[first - 1].hash == Vocabulary.the, firstLetter(first - 1) == firstLetter(inner),
               firstLetter(first) != firstLetter(inner), innerEnd == inner, words[inner].letters == runEnd - first + 2 {
                record(acronym: written(inner, innerEnd), expansion: written(first, runEnd))
                return
            }
            guard let start = expansionStart(first, runEnd, letter: firstLetter(inner))
                    ?? translatedExpansionStart(first, runEnd, acronym: inner, acronymEnd: innerEnd) else { return }
            record(acronym: written(inner, innerEnd), expansion: written(owned(start, runEnd), runEnd))
        } else if innerEnd == inner, words[inner].isCapitalised, words[inner].letters <= 6, isMixedAcronym(inner),
                  let start = expansionStart(first, runEnd, letter: firstLetter(inner)) {
            // "Jamaat-ul-Ahrar (JuA)", "Lashkar-e-Taiba (LeT)": capitals with a lowercase particle letter.
            record(acronym: written(inner, innerEnd), expansion: written(start, runEnd))
        } else if first == runEnd, words[first].isAllCaps, words[inner].isCapitalised, innerEnd > inner,
                  firstLetter(inner) == firstLetter(first) {
            record(acronym: written(first, first), expansion: written(inner, innerEnd))
        }
    }

    /// "Ukraine's Security Service (SBU)": ordinary words name the body only with their owner's
    /// possessive, which the expansion keeps (from its first word); other expansions start at `start`.
    mutating func owned(_ start: Int, _ end: Int) -> Int {
        guard start >= 2, words[start - 2].isCapitalised, words[start - 2].gapCode == .apostrophe,
              words[start - 1].hash == Vocabulary.s, words[start - 1].letters == 1,
              (start...end).allSatisfy({ isCommon($0) }) else { return start }
        return start - 2
    }

    /// "Jamaat Ansar al-Sunna, or JAS,", "the Ansar Front (Partisans of Unity) or APF": an acronym
    /// after "or", behind a comma or a gloss in parentheses.
    mutating func findOrAcronym(runStart: Int, runEnd: Int) {
        var or = runEnd + 1
        if words[runEnd].gapAfter.contains(.openParen) && !words[runEnd].gapAfter.contains(.closeParen) {
            guard let close = (runEnd + 1..<min(words.count, runEnd + 9)).first(where: { words[$0].gapAfter.contains(.closeParen) }) else { return }
            or = close + 1
        } else if words[runEnd].gapAfter != .comma {
            return
        }
        let acronym = or + 1
        guard acronym < words.count, words[or].hash == Vocabulary.or, words[or].gapCode == .space,
              words[acronym].isAllCaps, (2...6).contains(words[acronym].letters),
              words[acronym].gapAfter.isDisjoint(with: [.hyphen, .apostrophe]) else { return }
        var first = runStart
        while first < runEnd && words[first].hash == Vocabulary.the { first += 1 }
        guard let start = expansionStart(first, runEnd, letter: firstLetter(acronym)),
              Int(words[acronym].letters) <= runEnd - start + 3 else { return }
        record(acronym: written(acronym, acronym), expansion: written(start, runEnd))
    }

    /// "JuA", "LeT": two or more capitals and fewer lower-case letters.
    func isMixedAcronym(_ index: Int) -> Bool {
        let scalars = written(index, index).unicodeScalars
        let upper = scalars.filter { $0.properties.isUppercase }.count
        return upper >= 2 && upper * 2 >= scalars.count
    }

    /// "the Kurdistan Workers' Party (PKK)", "the Federal Security Service (FSB)": an acronym of the name
    /// in another language, whose letters need not match, right after a body's whole name.
    func translatedExpansionStart(_ start: Int, _ end: Int, acronym: Int, acronymEnd: Int) -> Int? {
        guard end > start, acronymEnd == acronym, (2...6).contains(words[acronym].letters),
              Vocabulary.organisationHeads.contains(words[end].hash),
              (start...end).allSatisfy({ words[$0].isCapitalised || isConnector($0) }) else { return nil }
        return start
    }

    func expansionStart(_ start: Int, _ end: Int, letter: UInt32) -> Int? {
        guard end > start else { return nil }
        for index in start..<end where firstLetter(index) == letter && !isConnector(index) && words[index].hash != Vocabulary.the {
            return index
        }
        return nil
    }

    mutating func record(acronym: String, expansion: String) {
        let key = acronym + "|" + expansion
        if acronyms[key] == nil {
            acronyms[key] = AcronymDefinition(acronym: acronym, expansion: expansion, count: 0)
            acronymOrder.append(key)
        }
        acronyms[key]?.count += 1
    }

    // MARK: - Kinds

    func guessSingleKind(_ index: Int) -> EntityKind {
        if words[index].isAllCaps || mediaCue(index) { return .organisation }
        // "the Kaluga region", "Helmand province"
        if index + 1 < words.count, words[index + 1].isLowercase, Vocabulary.adminAreas.contains(words[index + 1].hash) {
            return .place
        }
        if index + 1 < words.count, Vocabulary.speechVerbs.contains(words[index + 1].hash),
           !words[index].gapAfter.contains(.comma) {
            return .person
        }
        // ('"... inside," X said': a comma or a quotation mark after the preposition ends its phrase.)
        if index > 0, words[index - 1].isLowercase,
           words[index - 1].gapAfter.isDisjoint(with: .clauseBreak) && Vocabulary.placePrepositions.contains(words[index - 1].hash) || isLocated(index),
           // "due to Telegram's lack of", "according to Reuters", "loyal to X": a "to" that goes nowhere.
           !(words[index - 1].hash == Self.to && index > 1 && Self.toLeads.contains(words[index - 2].hash)) {
            return .place
        }
        return .other
    }

    static let to = TextFolding.wordHash("to")
    static let toLeads = Vocabulary.hashes("due according owing thanks linked related tied close loyal allegiance compared prior next similar")

    /// After "in", "at" or "near": where something happens, a stronger sign of a place than any
    /// other word is of a person, so it counts twice when kinds are voted. "The province of X" and
    /// "the city of X" say so outright.
    func isLocated(_ start: Int) -> Bool {
        // ('"... inside," X said': a comma or a quotation mark after the preposition ends its phrase.)
        guard start > 0, words[start - 1].isLowercase, words[start - 1].gapAfter.isDisjoint(with: .clauseBreak) else { return false }
        if Vocabulary.locatives.contains(words[start - 1].hash) { return true }
        // "the cities of Zhanaozen and Aktau": the second name of a pair after a word for places.
        if words[start - 1].hash == Vocabulary.and, start > 2, words[start - 2].isCapitalised {
            var first = start - 2
            while first > 0 && first > start - 5 && words[first - 1].isCapitalised && words[first - 1].gapAfter.isEmpty { first -= 1 }
            return first > 1 && words[first - 1].hash == Vocabulary.of && Vocabulary.pluralSettlementNouns.contains(words[first - 2].hash)
        }
        guard start > 1, words[start - 1].hash == Vocabulary.of, words[start - 2].isLowercase else { return false }
        // "the federal state of Saxony-Anhalt", "the state of Bavaria" (not "the Islamic State of ...").
        if words[start - 2].hash == Vocabulary.state {
            return start > 2 && words[start - 3].isLowercase && Self.stateLeads.contains(words[start - 3].hash)
        }
        // "residents of Pont Sondé", "the outskirts of Culiacán": who lives in a place, or its parts.
        return Vocabulary.settlementNouns.contains(words[start - 2].hash) || Vocabulary.pluralSettlementNouns.contains(words[start - 2].hash)
            || Self.placeOfNouns.contains(words[start - 2].hash)
    }

    static let placeOfNouns = Vocabulary.hashes("residents inhabitants outskirts suburbs streets")

    /// "the state of X", "the federal state of X": a region of a federation.
    static let stateLeads = Vocabulary.hashes("the federal")

    /// "the cities of X and Y", "the provinces of X and Y".
    /// A word that says the name is a place: a locative before it, or a word for a region after it.
    func placeCue(_ start: Int, _ end: Int) -> Bool {
        isLocated(start) || end + 1 < words.count && words[end + 1].isLowercase
            && (Vocabulary.adminAreas.contains(words[end + 1].hash) || Vocabulary.cityParts.contains(words[end + 1].hash))
    }

    /// "the Olenya air base", "the Shayrat airfield": a name before the word for an air base is the base's, a place.
    func airfieldCue(_ end: Int) -> Bool {
        end + 1 < words.count && words[end + 1].isLowercase && words[end].gapAfter.isEmpty
            && (Vocabulary.airfieldNouns.contains(words[end + 1].hash)
                || words[end + 1].hash == Vocabulary.air && end + 2 < words.count && Vocabulary.airBaseNouns.contains(words[end + 2].hash))
    }


    /// "X spokesman", "X fighters": the body's people right after its name say what it is.
    func bodyCue(_ end: Int) -> Bool {
        end + 1 < words.count && words[end + 1].isLowercase && words[end].gapAfter.isEmpty && Self.memberNouns.contains(words[end + 1].hash)
    }

    /// "Al-Akhbar news agency", "the Dawn newspaper": an outlet named before what it is.
    func mediaCue(_ end: Int) -> Bool {
        guard end + 1 < words.count, words[end + 1].isLowercase, words[end].gapAfter.isEmpty else { return false }
        return Self.outletNouns.contains(words[end + 1].hash)
            || words[end + 1].hash == Self.news && end + 2 < words.count && words[end + 2].hash == Self.agency
    }

    /// Not "channel": "its Telegram channel" names a platform, not an outlet.
    static let outletNouns = Vocabulary.hashes("newspaper magazine weekly tabloid broadcaster")
    static let news = TextFolding.wordHash("news")
    static let agency = TextFolding.wordHash("agency")

    /// "fighters", "spokesman": the people of a body, written right after its name.
    static let memberNouns = Vocabulary.hashes("fighters militants gunmen insurgents rebels commanders spokesman spokesperson")

    mutating func guessKind(_ start: Int, _ end: Int) -> EntityKind {
        var head = end
        for index in start...end where isConnector(index) && index > start {
            head = index - 1
            break
        }
        let hash = words[head].hash
        // "Lake Chad", "Mount Kenya", "Gulf of Aden"; "Borno State" is a place, "Islamic State" a group.
        if Vocabulary.placeLeads.contains(words[start].hash) { return .place }
        // "Mozambique's Cabo Delgado province", "the Kherson region", "Barcelona's Las Ramblas boulevard".
        if end + 1 < words.count, words[end + 1].isLowercase,
           Vocabulary.adminAreas.contains(words[end + 1].hash) || Vocabulary.cityParts.contains(words[end + 1].hash) { return .place }
        // "Tunisia's Ansar al-Sharia group", "the Harbour Front movement".
        if end + 1 < words.count, words[end + 1].isLowercase, words[end].gapAfter.isEmpty, Vocabulary.groupNouns.contains(words[end + 1].hash) {
            return .organisation
        }
        // "Jamaat-ul-Ahrar spokesman X", "Wagner fighters": the body's people named after it.
        if bodyCue(end) || mediaCue(end) { return .organisation }
        if hash == Vocabulary.state && head == start + 1 && words[start].hash != Vocabulary.islamic { return .place }
        if Vocabulary.organisationHeads.contains(hash) { return .organisation }
        if Vocabulary.placeHeads.contains(hash) { return .place }
        if Vocabulary.eventHeads.contains(hash) { return .event }
        // "fighting in El Fasher": an unknown name after "in" or "near" is a place.
        let located = isLocated(start)
        // "Abdel Fattah al-Burhan", "Osama bin Laden": particles inside a person's name.
        let names = (start...end).filter { !($0 > start && isConnector($0) && Vocabulary.nameParticles.contains(words[$0].hash)) }
        // "Kim Jong-un": a lowercase syllable hyphened to a name says nothing on its own.
        let named = names.filter { !(words[$0].isLowercase && $0 > start && words[$0 - 1].gapAfter == .hyphen) }
        // ("Kim Jong Un": a short word in mixed case is a name's syllable, not the acronym it spells, "UN".)
        let syllables = Set(named.filter { $0 > start && words[$0].letters <= 3 && !words[$0].isAllCaps })
        if named.count <= 3,
           named.allSatisfy({ !isCommon($0) && !isConnector($0) && (!isGazetteerName($0, $0) || syllables.contains($0)) && !words[$0].isAllCaps }) {
            return located ? .place : .person
        }
        return located ? .place : .other
    }
}
