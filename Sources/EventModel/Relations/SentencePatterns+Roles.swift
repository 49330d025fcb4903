/// Patterns of who holds what office: titles before a name in every order ("Kazakhstan President X",
/// "U.S. Secretary of State X", "the secretary-general of the CSTO, X"), offices named by "led by", and a
/// government office the dateline's country holds (offices said in a clause of their own are in +OfficeClauses).
extension SentencePatterns {
    /// "The Russian Defense Minister Sergei Shoigu", "Kremlin aide Yuri Ushakov", "the Uzbek
    /// president, Shavkat Mirziyoyev", "Pakistan's former Prime Minister X": the person holds the
    /// office of the country or organisation before the title.
    func roleOf(person: Int) -> [Relation] {
        // "its official Al-Ahrar media": a name before a word for a medium is no person holding an office.
        guard kind(person) == .person, !Self.mediumWords.contains(hash(person + 1)) else { return [] }
        let stateBody = stateBodyOffice(person)
        if !stateBody.isEmpty { return stateBody + citizenBefore(person) }
        var index = person - 1
        // "Pakistan's army chief, General X": the office before a comma that only a rank follows.
        var officeLast = person - 1
        // "The Mayor of Sariyer district, X": a word for a region before the comma is the place's, no office.
        if index >= 0, !isMention(index), tokens[index].gapAfter.contains(.comma),
           !isWord(index, .titles) || Vocabulary.adminAreas.contains(hash(index)), officeOfPhrase(endingAt: index) == nil {
            let named = Vocabulary.adminAreas.contains(hash(index)) || isWord(index, .groupPronouns)
                || Self.bodyWords.contains(hash(index)) && isMention(index - 1)
            return citizenBefore(person) + memberOfBody(person) + namedMembers(person) + (named ? officeBefore(person) : [])
        }
        // "Mayor of Odesa Gennadiy Trukhanov", "the President of Kenya X": the office of the name after its "of".
        if index >= 2, isMention(index), tokens[index].gapAfter.isEmpty, !tokens[index].possessive,
           [.country, .organisation, .place].contains(kind(index)), isWord(index - 1, .of), isWord(index - 2, .titles),
           tokens[index - 2].gapAfter.isEmpty, Vocabulary.coreTitles.contains(hash(index - 2)) {
            var first = index - 2
            while first > 0, isWord(first - 1, .titles), tokens[first - 1].gapAfter.isDisjoint(with: .clauseBreak) { first -= 1 }
            return relation(entity(person), .roleOf, entity(index), role: office(from: first, through: index - 2), at: [index, person])
        }
        // "Senior Myanmar advisor at Crisis Group, X": the body after "at" holds the office before it.
        if index >= 2, isMention(index), kind(index) == .organisation, tokens[index].gapAfter == .comma, !tokens[index].possessive {
            let at = isWord(index - 1, .articles) ? index - 2 : index - 1
            if at >= 1, isWord(at, .at), isWord(at - 1, .titles), tokens[at - 1].gapAfter.isEmpty {
                return relation(entity(person), .roleOf, entity(index), role: office(from: at - 1, through: at - 1), at: [index, person])
            }
        }
        while index >= 0 && index >= person - 7 {
            // "Iran's ambassador to Lebanon, X", "the UN Resident Coordinator in Chad, X": where an envoy is sent or
            // an office serves is part of the office.
            if index == person - 1, isMention(index), tokens[index].gapAfter == .comma,
               isWord(index - 1, .toWord) || isWord(index - 1, .inWord) || isWord(index - 1, .forWord), isWord(index - 2, .titles) {
                officeLast = index
                index -= 2
                continue
            }
            // "Inspector-General (Operations) X": a word in brackets qualifies the title around it.
            if index > 0, !isMention(index), tokens[index].gapAfter.contains(.closeParen), tokens[index - 1].gapAfter.contains(.openParen),
               tokens[index].shape.contains(.firstUpper), isWord(index - 1, .titles) || isWord(index + 1, .titles) || index + 1 == person {
                index -= 1
                continue
            }
            // "the jailed leader X", but "police detained X": an adjective of office stands before a title.
            // "Hamas detained President X": after a name that is no owner, the word is the verb.
            let adjective = Self.officeAdjectives.contains(hash(index)) && index < person - 1
                && !(isMention(index - 1) && !tokens[index - 1].possessive && tokens[index - 1].gapAfter.isDisjoint(with: .clauseBreak))
            // "Donetsk region governor X": the word for a region after its name.
            if Vocabulary.adminAreas.contains(hash(index)), index == person - 2 || isWord(index + 1, .titles), isMention(index - 1), kind(index - 1) == .place,
               namesLocalOffice(index + 1..<person) {
                index -= 1
                break
            }
            // "Energy and Petroleum Minister X": two portfolios of one office.
            if isWord(index, .and), index + 1 < person, isWord(index - 1, .titles), isWord(index + 1, .titles),
               tokens[index - 1].gapAfter.isDisjoint(with: .clauseBreak) {
                index -= 1
                continue
            }
            guard isWord(index, .titles) || isWord(index, .formerWords) || adjective else {
                // "Secretary of State X", "Minister of Foreign Affairs X": the office's own "of" phrase.
                // ("the minister of defence, General X": a portfolio may be written in lowercase.)
                let portfolio = { (at: Int) in self.tokens[at].shape.contains(.firstUpper) || self.isWord(at, .titles) }
                if isWord(index, .of), isWord(index - 1, .titles), index + 1 < person, portfolio(index + 1) {
                    index -= 1
                    continue
                }
                // "Gran Grif gang leader X", "the Wagner group chief Y": the word for the body after its name.
                if Vocabulary.groupNouns.contains(hash(index)), index < person - 1, index >= 1, isMention(index - 1), kind(index - 1) == .organisation,
                   tokens[index - 1].gapAfter.isEmpty {
                    index -= 1
                    break
                }
                // "Army Corps General X": the service a rank is of.
                if Self.services.contains(hash(index)), (index + 1..<person).allSatisfy({ Self.isRankWord(hash($0)) }) {
                    index -= 1
                    continue
                }
                // "Minister of the Interior X": an article after the office's "of".
                if isWord(index, .articles), isWord(index - 1, .of), isWord(index - 2, .titles), index + 1 < person, portfolio(index + 1) {
                    index -= 2
                    continue
                }
                // "U.N. Special Envoy for Somalia X", "the UN special representative in Iraq X": what the office is
                // for or where it serves, not whose it is.
                if isMention(index), isWord(index - 1, .forWord) || isWord(index - 1, .inWord), isWord(index - 2, .titles) {
                    index -= 2
                    continue
                }
                guard let of = officeOfPhrase(endingAt: index) else { break }
                // "Minister of Public Security, Army Corps General X": the office before a comma that only a rank follows.
                if tokens[index].gapAfter.contains(.comma) {
                    guard officeLast == person - 1, (index + 1..<person).allSatisfy({ Self.isRankWord(hash($0)) })
                    else { return [] }
                    officeLast = index
                }
                index = of - 1
                continue
            }
            // "Tajik national X" is citizenship, not an office; "National Defense Minister X" is one.
            if isWord(index, .citizenNouns) && index == person - 1 { return [] }
            // "Maj. Gen. X": an abbreviation's period ends no sentence.
            if index < person - 1 && !tokens[index].gapAfter.isDisjoint(with: [.comma, .period, .semicolon])
                && !(tokens[index].gapAfter.subtracting([.period, .periodFirst]).isEmpty && Vocabulary.abbreviations.contains(hash(index))) {
                guard tokens[index].gapAfter == .comma, officeLast == person - 1, isWord(index, .titles),
                      (index + 1..<person).allSatisfy({ Self.isRankWord(hash($0)) }) else { return [] }
                officeLast = index
            }
            index -= 1
        }
        if index == person - 1 { return citizenBefore(person) + officeAfter(person) + officeBefore(person) + memberOfBody(person) }
        // "Turkey detained X" has no office: a title word must be among the words walked, and more than an
        // honorific or a word that only qualifies a title ("of Hirshabelle state, Dr. X" holds no office "state").
        guard (index + 1..<person).contains(where: {
            isWord($0, .titles) && !Vocabulary.honorifics.contains(hash($0))
                && (Vocabulary.coreTitles.contains(hash($0)) || !Vocabulary.titleModifiers.contains(hash($0)))
        }) else { return [] }
        // "including its alleged leader, X": "its" is the group or country named just before.
        if index >= 0, Self.possessivePronouns.contains(hash(index)), let owner = antecedent(of: index), owner.kind != .person {
            return relation(entity(person), .roleOf, owner.id, role: office(from: index + 1, through: officeLast), at: [index, person])
        }
        // "the group's spokesman X": the group the words refer back to.
        if index >= 2, isHash(index, Self.possessiveS), tokens[index - 1].gapAfter.contains(.apostrophe),
           isWord(index - 1, .groupPronouns), let group = antecedent(of: index - 1) {
            return relation(entity(person), .roleOf, group.id, role: office(from: index + 1, through: officeLast), at: [index - 1, person])
        }
        // "the White Army spokesperson X": a capitalised word no one knows before a word for a body names the
        // body whose office it is ("Traffic Minister X", "Union Home Minister X" name a portfolio).
        if index > 0, index < person - 2, !isMention(index), tokens[index].shape.contains(.firstUpper),
           tokens[index].gapAfter.isDisjoint(with: .clauseBreak), Vocabulary.organisationHeads.contains(hash(index + 1)) { return [] }
        // "President X of Uzbekistan": the office before the name, the country after it.
        // A period after the mention is an abbreviation's ("U.N. Secretary-General X"): sentences end elsewhere.
        if index < person - 1, !(index >= 0 && isMention(index) && tokens[index].gapAfter.isDisjoint(with: [.comma, .semicolon, .colon])) {
            let stated = titleThenOf(person, title: index + 1)
            // "In Irkutsk, Governor X confirmed": a local office of the place the sentence opens with.
            if stated.isEmpty, index == 1, isWord(0, .inWord), isMention(index), [.place, .other].contains(kind(index)), tokens[index].gapAfter == .comma,
               namesLocalOffice(index + 1..<person) {
                return relation(entity(person), .roleOf, entity(index), role: office(from: index + 1, through: officeLast), at: [index, person])
            }
            // "Chilean officials, including Foreign Minister X": an office among a country's officials is that country's.
            if stated.isEmpty, index >= 2, isHash(index, Self.including), tokens[index - 1].gapAfter == .comma,
               Self.delegateNouns.contains(hash(index - 1)), isMention(index - 2), kind(index - 2) == .country,
               tokens[index - 2].gapAfter.isEmpty || tokens[index - 2].gapAfter.subtracting([.period, .periodFirst]).isEmpty {
                return relation(entity(person), .roleOf, nation(index - 2) ?? entity(index - 2), role: office(from: index + 1, through: officeLast),
                                at: [index - 2, person])
            }
            // A name before the title that a comma or a quote closes is no owner: "“... on Pakistan,” Prime Minister X said".
            let owner = index >= 0 && isMention(index) && tokens[index].gapAfter.isDisjoint(with: .clauseBreak)
            return stated.isEmpty && !owner ? homeOffice(person, title: index + 1, last: officeLast) : stated
        }
        guard index < person - 1 else { return [] }
        // "Provincial Home Minister X" opening a clause: the capitalised adjective is no body.
        guard index >= 0, isMention(index), !Self.regionalOffices.contains(tokens[index].hash) else {
            return homeOffice(person, title: index + 1, last: officeLast)
        }
        guard [.country, .organisation, .place, .other].contains(kind(index)) else { return [] }
        // "Reuters' East Africa correspondent X": the region a body's office covers, after the body.
        if kind(index) == .place, !tokens[index].possessive, index >= 1, isMention(index - 1), tokens[index - 1].possessive,
           [.organisation, .other].contains(kind(index - 1)), entity(index - 1) != entity(index) {
            index -= 1
        }
        // "Palestinian journalist X", "a Ukrainian photographer, X": a trade under a country's adjective says
        // where the person is from; under a body's name ("Reuters cameraman X") it is the body's post.
        if kind(index) == .country, !tokens[index].possessive,
           (index + 1...officeLast).allSatisfy({ Self.tradeWords.contains(hash($0)) || !Vocabulary.coreTitles.contains(hash($0)) }),
           (index + 1...officeLast).contains(where: { Self.tradeWords.contains(hash($0)) }) {
            // ("Syria analyst X", "a Sudan researcher": the country is the subject studied, and says nothing of X.)
            guard context.isOtherForm(tokens[index].mention),
                  !(index + 1...officeLast).contains(where: { Self.studyTrades.contains(hash($0)) }) else { return [] }
            return relation(entity(person), .citizenOf, nation(index) ?? entity(index), at: [index, person])
        }
        // "former Nigerian President X": the office was, though "former" stands before the country's adjective.
        let was = index >= 1 && isWord(index - 1, .formerWords) && tokens[index - 1].gapAfter.isDisjoint(with: .clauseBreak)
            ? WordScanner.slice(text, utf8: tokens[index - 1].utf8Start, tokens[index - 1].utf8End).lowercased() + " " : ""
        return relation(entity(person), .roleOf, entity(index), role: was + office(from: index + 1, through: officeLast), at: [index, person])
            + outerOffice(person, inner: index)
    }

    /// "party", "movement": a word after a body's name that says what it is.
    static let bodyWords = Vocabulary.hashes("party movement group")

    /// Trades that are no office of a state: "Palestinian journalist X" is a citizen.
    static let tradeWords = Vocabulary.hashes("journalist photojournalist photographer cameraman camerawoman reporter videographer correspondent analyst researcher")
    static let studyTrades = Vocabulary.hashes("analyst researcher")

    static let mediumWords = Vocabulary.hashes("media news agency channel outlet radio television tv website")

    /// Offices a rank may follow without being part of them ("Director General" is one office).
    static let officesBeforeRank: Set<UInt64> = Set("spokesman spokeswoman spokesperson chief commander head staff".split(separator: " ").map { TextFolding.wordHash(String($0)) })
    static let localOffices: Set<UInt64> = Set("governor mayor".split(separator: " ").map { TextFolding.wordHash(String($0)) })

    /// Whether the words name a place's own office ("Governor", "mayor"), which a region or a city holds, not a state's.
    func namesLocalOffice(_ words: Range<Int>) -> Bool { words.contains { Self.localOffices.contains(hash($0)) } }
    /// Military ranks that may follow an office after a comma: "army chief, General X".
    static let ranks: Set<UInt64> = Set("general gen major maj lieutenant lt colonel col brigadier brig admiral adm captain capt marshal field".split(separator: " ").map { TextFolding.wordHash(String($0)) })
    /// "Army Corps General X": the service a rank is of, written before it.
    static let services = Vocabulary.hashes("army corps navy air force")

    /// A word of a rank or of the service it is of: "General", "Army Corps General".
    static func isRankWord(_ hash: UInt64) -> Bool { ranks.contains(hash) || services.contains(hash) }
    /// "... of State", "... of Foreign Affairs" ending at `last`, after a title word: the "of", or nil.
    func officeOfPhrase(endingAt last: Int) -> Int? {
        guard !isMention(last), tokens[last].shape.contains(.firstUpper) else { return nil }
        var of = last - 1
        while of >= last - 2 && of > 0 && !isMention(of) && tokens[of].shape.contains(.firstUpper) && !isWord(of, .of) { of -= 1 }
        // ("Minister of the Interior": an article after the "of".)
        if isWord(of, .articles), isWord(of - 1, .of) { of -= 1 }
        guard isWord(of, .of), isWord(of - 1, .titles),
              (of - 1..<last).allSatisfy({ tokens[$0].gapAfter.isDisjoint(with: .clauseBreak) }) else { return nil }
        return of
    }

    /// "ECOWAS chairman Nigerian President Bola Tinubu": a second office, of the body named before the first.
    func outerOffice(_ person: Int, inner: Int) -> [Relation] {
        var index = inner - 1
        while index >= 0 && index >= inner - 3 && isWord(index, .titles) && tokens[index].gapAfter.isDisjoint(with: .clauseBreak) { index -= 1 }
        guard index < inner - 1, index >= 0, isMention(index), tokens[index].gapAfter.isDisjoint(with: .clauseBreak),
              [.country, .organisation].contains(kind(index)), entity(index) != entity(inner),
              // "Taliban government interior ministry spokesman X": "government" qualifies, it holds no office.
              (index + 1..<inner).contains(where: { Vocabulary.coreTitles.contains(hash($0)) }) else { return [] }
        return relation(entity(person), .roleOf, entity(index), role: office(from: index + 1, through: inner - 1), at: [index, person])
    }

    /// The office written from `first` through `last`, without an honorific that ends it: "spokesman
    /// Sheikh X" holds the office of spokesman, "Supreme Leader Ayatollah X" that of Supreme Leader.
    func office(from first: Int, through last: Int) -> String {
        var start = first, end = last
        while end > start && Self.honorifics.contains(hash(end)) { end -= 1 }
        // "Army spokesman Col. X" holds the office of spokesman; "Major General X" keeps his rank.
        if let office = (start...end).last(where: { !Self.ranks.contains(hash($0)) }), office < end, Self.officesBeforeRank.contains(hash(office)) {
            end = office
        }
        while start < end && (Self.officeAdjectives.contains(hash(start)) || Vocabulary.adminAreas.contains(hash(start))) { start += 1 }
        let written = WordScanner.slice(text, utf8: tokens[start].utf8Start, tokens[end].utf8End)
        // "Inspector-General (Operations)": a bracket the words cut in half is closed, or opened.
        if written.contains("(") && !written.contains(")") { return written + ")" }
        if written.contains(")") && !written.contains("(") { return "(" + written }
        return written
    }

    static let honorifics: Set<UInt64> = Set("sheikh shaikh ayatollah mullah maulana imam haji hajji mr mrs ms dr".split(separator: " ").map { TextFolding.wordHash(String($0)) })


    /// "Prime Minister X of Pakistan", "President X of Uzbekistan": the title words before the
    /// person (from `title`), the country or organisation after "of".
    func titleThenOf(_ person: Int, title: Int) -> [Relation] {
        // ("accuse Rwanda under President X of supporting M23": "of" leads to what X is accused of.)
        guard isWord(person + 1, .of), tokens[person].gapAfter.isDisjoint(with: .clauseBreak),
              !(person + 2 < tokens.count && isIngForm(person + 2)),
              let group = object(after: person + 1, kinds: [.country, .organisation, .other, .place], reach: 2) else { return [] }
        // "Governor X of Borno State": a place holds a governor's or a mayor's office, not a president's.
        guard group.kind != .place || namesLocalOffice(title..<person) else { return [] }
        return relation(entity(person), .roleOf, group.id, role: office(from: title, through: person - 1), at: [title, person, group.token])
    }

    /// "the secretary-general of the CSTO, X", "the president of Russia, X": an office of a country
    /// or organisation, then the name after a comma.
    func officeBefore(_ person: Int) -> [Relation] {
        var group = person - 1
        // "the spokesman for the separatist group, X": the group the words refer back to.
        if group >= 3, !isMention(group), isWord(group, .groupPronouns), tokens[group].gapAfter.contains(.comma) {
            var the = group - 1
            while the > 0 && the >= group - 3 && !isWord(the, .articles) && Vocabulary.groupDescriptors.contains(hash(the)) { the -= 1 }
            guard isWord(the, .articles), the >= 2, isWord(the - 1, .of) || isWord(the - 1, .forWord), isWord(the - 2, .titles),
                  let owner = antecedent(of: group), Self.groups.contains(owner.kind) else { return [] }
            // ("the secretary general of the movement": the office's words before the "of".)
            var first = the - 2
            while first > 0 && first > the - 5 && isWord(first - 1, .titles) && tokens[first - 1].gapAfter.isDisjoint(with: .clauseBreak) { first -= 1 }
            return relation(entity(person), .roleOf, owner.id, role: office(from: first, through: the - 2), at: [first, person])
        }
        // "the governor of Kunar province, X", "the mayor of Sariyer district, X": the place before its word.
        let area = group >= 3 && !isMention(group) && Vocabulary.adminAreas.contains(hash(group))
            && tokens[group].gapAfter.contains(.comma) && isMention(group - 1) && kind(group - 1) == .place
        if area { group -= 1 }
        // "the leader of the ruling Georgian Dream party, X": the word for the body after its name.
        let body = !area && group >= 3 && !isMention(group) && Self.bodyWords.contains(hash(group))
            && tokens[group].gapAfter.contains(.comma) && isMention(group - 1) && kind(group - 1) == .organisation
            && tokens[group - 1].gapAfter.isEmpty
        if body { group -= 1 }
        // "the commander of the Tehreek-e-Taliban Pakistan (TTP) Umar Khalid Khurasani": its acronym closes the name.
        // "the Interior Minister of Turkey X": a country needs no comma before the name.
        guard group >= 2, isMention(group), area || [.organisation, .other, .country, .place].contains(kind(group)),
              area || body || tokens[group].gapAfter.contains(.comma) || tokens[group].gapAfter.contains(.closeParen)
                || kind(group) == .country && tokens[group].gapAfter.isEmpty, !tokens[group].possessive,
              // ("commander of the IRGC (IRGC); X, chief of ...": a semicolon ends one item of a list before the next name.)
              !tokens[group].gapAfter.contains(.semicolon)
        else { return [] }
        var head = group
        if isMention(head - 1), entity(head - 1) == entity(group) { head -= 1 }
        // "the Freedom and Labour Party (FLP), X": a full name the linker did not take, before its acronym.
        if tokens[head - 1].gapAfter.contains(.openParen), !isMention(head - 1) {
            var first = head - 1
            while first > head - 7, first > 0, tokens[first - 1].gapAfter.isDisjoint(with: .clauseBreak),
                  tokens[first - 1].shape.contains(.firstUpper) || first >= 2 && isWord(first - 1, .and) && tokens[first - 2].shape.contains(.firstUpper) {
                first -= 1
            }
            if tokens[first].shape.contains(.firstUpper) { head = first }
        }
        var of = head - 1
        // "the co-chair of the pro-Kurdish X Party (XP), Y": past what describes the body.
        // ("the governor of Russia's Ryazan region, X", "the commander of Sudan's RSF, X": past the country that
        // owns the region or the body.)
        while of > head - 4, of > 0, !isWord(of, .articles), !isWord(of, .of),
              isMention(of) ? context.isOtherForm(tokens[of].mention) || kind(of) == .country && tokens[of].possessive
                  : !tokens[of].shape.contains(.firstUpper),
              tokens[of].gapAfter.isDisjoint(with: .clauseBreak) {
            of -= 1
        }
        if isWord(of, .articles) { of -= 1 }
        // "the spokesman for the BLA, X" as "the spokesman of the BLA, X".
        guard isWord(of, .of) || isWord(of, .forWord) else { return [] }
        var first = of
        while first - 1 >= 0 && first - 1 >= of - 4 && isWord(first - 1, .titles) && tokens[first - 1].gapAfter.isDisjoint(with: .clauseBreak) {
            first -= 1
        }
        guard first < of else { return [] }
        // "Minister of Interior of the Slovak Republic X": the office's own "of" phrase before the country's.
        if first >= 2, isWord(first - 1, .of), isWord(first - 2, .titles),
           tokens[first - 2].gapAfter.isDisjoint(with: .clauseBreak), tokens[first - 1].gapAfter.isDisjoint(with: .clauseBreak) {
            first -= 2
        }
        // "The Governor of Nugaal Region, X": a place holds a governor's or a mayor's office, not a president's.
        if !area, kind(group) == .place, !namesLocalOffice(first..<of) { return [] }
        let role = WordScanner.slice(text, utf8: tokens[first].utf8Start, tokens[of - 1].utf8End)
        return relation(entity(person), .roleOf, entity(group), role: role, at: [first, group, person])
    }

    /// "A spokesperson for the Somali police, X,", "the chief of the Kenyan government delegation, X": an office
    /// in a state's body named by its country's adjective is the country's.
    func stateBodyOffice(_ person: Int) -> [Relation] {
        var last = person - 1
        guard last >= 4, !isMention(last), tokens[last].gapAfter == .comma else { return [] }
        var demonym = last
        while demonym > last - 3, demonym > 0, !isMention(demonym), tokens[demonym].shape == [.hasLower],
              tokens[demonym].gapAfter.isDisjoint(with: .clauseBreak) || demonym == last { demonym -= 1 }
        guard isMention(demonym), kind(demonym) == .country, isDemonymAdjective(demonym), tokens[demonym].gapAfter.isEmpty,
              (demonym + 1...last).contains(where: { EventWords.stateNouns.contains(hash($0)) }),
              isWord(demonym - 1, .articles), isWord(demonym - 2, .of) || isWord(demonym - 2, .forWord), isWord(demonym - 3, .titles)
        else { return [] }
        var first = demonym - 3
        while first > 0 && first > demonym - 6 && isWord(first - 1, .titles) && tokens[first - 1].gapAfter.isDisjoint(with: .clauseBreak) { first -= 1 }
        last = demonym - 3
        return relation(entity(person), .roleOf, nation(demonym) ?? entity(demonym), role: office(from: first, through: last), at: [first, demonym, person])
    }

    /// "the Sudanese Armed Forces (SAF), led by Abdel Fattah al-Burhan": the person heads the group.
    func ledBy(_ group: Int) -> [Relation] {
        // "The group, led by X,": the group the words refer back to.
        let owner = isMention(group) ? ([.organisation, .other, .country].contains(kind(group)) ? entity(group) : nil)
            : antecedent(of: group).flatMap { Self.groups.contains($0.kind) ? $0.id : nil }
        // ("the group commanded by X announced": a group the words refer back to needs no commas; nor does
        // "X is led by Y", a clause of its own.)
        let predicative = isWord(group + 1, .beVerbs) && Self.ledBy[hash(group + 2)] != nil && isWord(group + 3, .by)
            && tokens[group].gapAfter.isDisjoint(with: .clauseBreak)
        guard let owner, tokens[group].gapAfter.contains(.comma) || !isMention(group) || predicative else { return [] }
        // "X, which is led by the Algerian veteran jihadist Y".
        var verb = group + 1
        if predicative {
            verb += 1
        } else if isWord(verb, .relativeWords) {
            verb += 1
            while verb < group + 4 && isWord(verb, .beVerbs) { verb += 1 }
        } else if verb < tokens.count, Self.ledBy[hash(verb)] == nil, !predicative,
                  // "X, allied to the Islamic State and led by Y,": the second participle of the aside.
                  let and = (verb + 1..<min(tokens.count, verb + 8)).first(where: { isWord($0, .and) && Self.ledBy[hash($0 + 1)] != nil }),
                  (verb..<and).allSatisfy({ tokens[$0].gapAfter.isDisjoint(with: .clauseBreak) }), EventWords.linkParticiples.contains(hash(verb)) {
            verb = and + 1
        }
        guard let office = Self.ledBy[hash(verb)], isWord(verb + 1, .by),
              // "led by the Malian jihadist X": a demonym and a noun before the name.
              let person = object(after: verb + 1, kinds: [.person], reach: 5) else { return [] }
        return relation(person.id, .roleOf, owner, role: office, at: [group, verb, person.token])
    }

    /// "X of the International Crisis Group said", "X of the Ukrainian Security Service told ...": the
    /// person speaks for the body, in an office the sentence does not name.
    func memberOfBody(_ person: Int) -> [Relation] {
        guard isWord(person + 1, .of), tokens[person].gapAfter.isEmpty, let body = mention(after: person + 2),
              !tokens[body].possessive else { return [] }
        // "X of the Vienna police said": the city's or the country's police.
        if [.place, .country].contains(kind(body)), isHash(body + 1, Self.police), tokens[body].gapAfter.isEmpty,
           !tokens[body + 1].gapAfter.isDisjoint(with: [.comma, .period, .closeParen, .quote]) || isWord(body + 2, .speechVerbs) {
            return relation(entity(person), .roleOf, kind(body) == .country ? nation(body) ?? entity(body) : entity(body), role: "police", at: [person, body])
        }
        guard kind(body) == .organisation else { return [] }
        var after = body + 1
        // "X of the Lowy Institute think tank said": what kind of body it is, after its name.
        var last = body
        while after < body + 3, tokens[last].gapAfter.isEmpty, Self.bodyNouns.contains(hash(after)) {
            last = after
            after += 1
        }
        // "X of Aaj News and Y who worked for Dawn died": another person after "and" ends the phrase too.
        guard !tokens[last].gapAfter.isDisjoint(with: [.comma, .period, .closeParen, .quote]) || isWord(after, .speechVerbs)
                || isWord(after, .and) && isMention(after + 1) && kind(after + 1) == .person else { return [] }
        return relation(entity(person), .roleOf, entity(body), at: [person, body])
    }

    static let police = TextFolding.wordHash("police")

    /// "think tank", "newspaper": nouns that say what kind of body a name just before them is.
    static let bodyNouns = Vocabulary.hashes("""
        think tank newspaper daily weekly magazine channel broadcaster network agency group institute monitor \
        organisation organization foundation party
        """)
}
