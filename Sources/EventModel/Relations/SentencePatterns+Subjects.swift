/// Finding the subject of a verb or noun: the first entity of its clause past asides, appositions and
/// glosses in brackets, the name a "which"/"who" clause hangs on, and who said the clause when it is
/// reported speech (objects, agents and lists are in +Arguments).
extension SentencePatterns {
    /// The subject of the verb or noun at `verb`: the first entity of `kinds` in its clause, a
    /// pronoun's antecedent, or the mention a "which"/"who" clause hangs on. When a speech verb
    /// opens the clause ("Russia said Ukraine was behind it"), `saidBy` is who spoke.
    func subject(of verb: Int, kinds: Set<EntityKind>) -> (argument: Argument, saidBy: String?)? {
        // "..., with Pakistan accusing the Afghan Taliban of ...": the name between "with" and its participle.
        if verb >= 2, isMention(verb - 1), isWord(verb - 2, .withWord), kinds.contains(kind(verb - 1)), isIngForm(verb) {
            return (Argument(token: verb - 1, id: entity(verb - 1), kind: kind(verb - 1)), nil)
        }
        let lower = max(0, verb - Self.window)
        var boundary = lower
        var speech: Int? = nil
        var relative: Int? = nil
        var cursor = verb - 1
        // ", which operates along the border with Pakistan,": an aside between subject and verb.
        var aside: ClosedRange<Int>? = nil
        while cursor >= lower {
            if cursor < verb - 1 && !tokens[cursor].gapAfter.isDisjoint(with: [.semicolon, .colon]) { boundary = cursor + 1; break }
            // A quotation ends before its speaker: '"... to ISIL," X, a member of Y, said' holds no subject of "member".
            if cursor < verb - 1 && tokens[cursor].gapAfter.isSuperset(of: [.quote, .comma]) { boundary = cursor + 1; break }
            if isWord(cursor, .speechVerbs) { speech = cursor; boundary = cursor + 1; break }
            if isWord(cursor, .relativeWords), cursor > 0, tokens[cursor - 1].gapAfter.contains(.comma), aside == nil,
               let close = (cursor..<verb).first(where: { tokens[$0].gapAfter.contains(.comma) }) {
                aside = cursor...close
                cursor -= 1
                continue
            }
            if isWord(cursor, .relativeWords) { relative = cursor; boundary = cursor + 1; break }
            // "X, a militant group that has sworn allegiance to Y": "that" after a group noun is relative too.
            if isHash(cursor, Self.that), isWord(cursor - 1, .groupPronouns) { relative = cursor; boundary = cursor + 1; break }
            // "..., and Egypt met Israel": a new clause, unless ", and" ends a list of names.
            if isWord(cursor, .and), cursor > 0, tokens[cursor - 1].gapAfter.contains(.comma), !isMention(cursor - 1) {
                boundary = cursor + 1
                break
            }
            if isWord(cursor, .clauseWords) {
                // "said that", "said in a statement that": reported speech all the same.
                if isHash(cursor, Self.that),
                   let verb = (max(0, cursor - 5)..<cursor).last(where: { isWord($0, .speechVerbs) }) { speech = verb }
                boundary = cursor + 1
                // "After landing at the Hindon air base, Hasina met ...": a clause opening the sentence ends at its comma.
                if cursor == 0, let comma = (boundary..<verb).last(where: { tokens[$0].gapAfter.contains(.comma) }),
                   (comma + 1..<verb).contains(where: isMention) {
                    boundary = comma + 1
                }
                break
            }
            cursor -= 1
        }
        // "Born in Beirut to a Lebanese mother, X joined ...", "Backed by Iran, the Houthis ...": a participle
        // opening the sentence describes the subject after its comma.
        if boundary == 0, speech == nil, relative == nil, opensWithParticiple(),
           let comma = (0..<verb).first(where: { tokens[$0].gapAfter.contains(.comma) && (($0 + 1)..<verb).contains(where: isMention) }) {
            boundary = comma + 1
        }
        // "According to Russia, Ukraine was behind it": the speaker is after "according to".
        var saidBy: String? = nil
        if let at = speech, isHash(at, Self.according), isWord(at + 1, .toWord), at + 2 < verb,
           let close = (at + 2..<min(verb, at + 10)).first(where: { tokens[$0].gapAfter.contains(.comma) }) {
            // "According to France's chief prosecutor X, Y had arrived": the words up to the comma name the speaker.
            let phrase = at + 2...close
            saidBy = (phrase.last(where: { isMention($0) && kind($0) == .person })
                ?? phrase.last(where: { isMention($0) && Self.actors.contains(kind($0)) })).map(entity)
            boundary = close + 1
            speech = nil
        } else if let at = speech, isHash(at, Self.according), isWord(at + 1, .toWord), let speaker = argument(at + 2),
                  Self.actors.contains(speaker.kind) {
            saidBy = speaker.id
            boundary = at + 3
            speech = nil
        }
        var found: Argument? = nil
        var index = boundary
        while index < verb {
            if let aside, aside.contains(index) { index = aside.upperBound + 1; continue }
            // "Riyadh, May 14 (IANS) US President X met": a name in brackets after no name is the agency a
            // dateline credits, no one's subject ("the Islamic State group (IS)" is the name before it again).
            if isMention(index), index > 0, tokens[index - 1].gapAfter.contains(.openParen), !isMention(index - 1),
               tokens[index].gapAfter.contains(.closeParen) {
                index += 1
                continue
            }
            if isMention(index) {
                // "soldiers defected from the Congolese army and joined ...": what they left is no subject.
                // "One of the brothers suspected of attacking the offices of X travelled": X is inside the subject.
                // "of", or "on": "the chief suspect in the attack on Las Ramblas" holds no subject either.
                let isPreposition = { (at: Int) in
                    self.isWord(at, .of) || Self.objectPrepositions.contains(self.hash(at)) && self.isWord(at - 1, .attackNouns)
                }
                // ("the siege of al-Fashir": past a particle the name was written with.)
                let lead = index >= 2 && tokens[index - 1].gapAfter == .hyphen && Vocabulary.nameParticles.contains(hash(index - 1)) ? index - 1 : index
                let of = isPreposition(lead - 1) ? lead - 1 : isWord(lead - 1, .articles) && isPreposition(lead - 2) ? lead - 2 : nil
                // "the base of African Union forces fighting X": the forces are the subject, named by X.
                // "The militants of X attack ...": a group's own fighters stand for it.
                let inside = of.map {
                    $0 > boundary && !isMention($0 - 1) && !isWord($0 - 1, .titles) && !isWord($0 - 1, .groupPronouns)
                        && !Self.actorNouns.contains(hash($0 - 1))
                } ?? false
                    && !Self.actorNouns.contains(hash(index + 1))
                // "Along the Algerian border, militants attacked ...": a border is no one's deed.
                // ("Tajik border guards opened fire": the guards are someone's.)
                let border = Vocabulary.borderWords.contains(hash(index + 1)) && !isMention(index + 1)
                    && !Self.forceNouns.contains(hash(index + 2)) && !isHash(index + 2, Self.police)
                // "analysts on Iranian state television accused": where they spoke, not who.
                let medium = isWord(lead - 1, .onWord) && isDemonymAdjective(index)
                // "The operation, named Spiderweb, involved strikes": the name given to the noun before it.
                let naming = Self.namingWords.contains(hash(lead - 1))
                if inside || border || medium || naming || isHash(index - 1, Self.from) || isWord(index - 1, .articles) && isHash(index - 2, Self.from) {
                    index += 1
                    continue
                }
                if kinds.contains(.person), let person = titledPerson(after: index) {
                    found = Argument(token: person, id: entity(person), kind: .person)
                    break
                }
                if let head = attributiveHead(index, kinds: kinds) ?? possessiveHead(index, kinds: kinds) {
                    found = Argument(token: head, id: entity(head), kind: kind(head))
                    break
                }
                if kinds.contains(kind(index)) { found = Argument(token: index, id: entity(index), kind: kind(index)); break }
            } else if let named = namedAside(after: index), kinds.contains(named.kind) {
                // "The rebels, known locally as X, are linked to Y": the aside names them.
                found = named
                break
            } else if let speech, index <= speech + 2, isWord(index, .itPronouns), let spoken = describedSpeaker(before: speech),
                      kinds.contains(spoken.kind) {
                // "X, a group linked to Y, said it was behind the attack": "it" is who said so, not the Y of the aside.
                found = Argument(token: index, id: spoken.id, kind: spoken.kind)
                break
            } else if let pronoun = antecedent(of: index), kinds.contains(pronoun.kind),
                      // "his government accused": the person's government, not the person.
                      !(pronoun.kind == .person && Self.determiners.contains(hash(index)) && index + 1 < verb && !isMention(index + 1)) {
                found = pronoun
                break
            }
            index += 1
        }
        // "Moscow accused Kyiv", "Washington has imposed": a capital just before the verb, for its government.
        if found == nil, kinds.contains(.country), !kinds.contains(.place) {
            var before = verb - 1
            while before > boundary && isWord(before, .verbFillers) { before -= 1 }
            if before >= boundary, before == boundary || !isMention(before - 1), let state = capitalState(before) { found = state }
        }
        if found == nil, let relative, !isHash(relative, Self.that), let head = origin(before: relative), kinds.contains(head.kind) {
            found = head
        } else if found == nil, let relative,
           let candidate = apposed(before: relative) ?? (isHash(relative, Self.that) ? nil : argument(glossed(relative - 1))),
           kinds.contains(candidate.kind) {
            found = candidate
        }
        guard var found else { return nil }
        // "as IS cells stayed quiet and Israel battles Hezbollah": a name between "and" and the verb, after a word of the
        // clause before, opens a clause of its own ("A and B battle C" is a list).
        if found.token < verb - 1, isMention(verb - 1), kinds.contains(kind(verb - 1)), isWord(verb - 2, .and),
           verb - 3 > found.token, !isMention(verb - 3), tokens[verb - 3].shape.contains(.hasLower), !tokens[verb - 3].shape.contains(.firstUpper) {
            found = Argument(token: verb - 1, id: entity(verb - 1), kind: kind(verb - 1))
        }
        if let at = speech { saidBy = speaker(before: at) }
        return (found, saidBy ?? trailingSpeaker(after: verb))
    }

    static let namingWords = Vocabulary.hashes("named dubbed codenamed nicknamed titled")

    /// The sentence's first word is a participle ("Born", "Backed", "Speaking"), not a name.
    func opensWithParticiple() -> Bool {
        guard let first = tokens.first, !first.isMention, first.shape.contains(.firstUpper) else { return false }
        let word = WordScanner.slice(text, utf8: first.utf8Start, first.utf8End).lowercased()
        return word.count > 4 && (word.hasSuffix("ed") || word.hasSuffix("ing")) || word == "born"
    }

    /// "X from Kakapora in Pulwama, who joined ...": the person whose home the places before `relative`
    /// name; "the Houthi rebels in Yemen, who are backed by Iran": the group they place.
    func origin(before relative: Int) -> Argument? {
        var cursor = relative - 1
        while cursor > 1, isMention(cursor), [.place, .country].contains(kind(cursor)) {
            // "in northern Yemen": a compass word between the preposition and the place (a mention is one token).
            var lead = cursor - 1
            while lead > 1 && !isMention(lead) && isWord(lead, .directions) { lead -= 1 }
            // "from Kakapora in Pulwama": a place inside the one before it.
            guard lead > 0, isHash(lead, Self.from) || isWord(lead, .inWord), tokens[lead - 1].gapAfter.isDisjoint(with: .clauseBreak) else { return nil }
            cursor = lead - 1
            if isMention(cursor), kind(cursor) == .person, isHash(lead, Self.from) { return argument(cursor) }
            // "the Houthi rebels in Yemen": a group's name before a word for its fighters.
            if !isMention(cursor), Self.fighterNouns.contains(hash(cursor)), isMention(cursor - 1), kind(cursor - 1) == .organisation {
                return argument(cursor - 1)
            }
        }
        return nil
    }

    /// "Jundallah (Soldiers of God), which ...": the name a gloss in brackets ending at `index` follows.
    func glossed(_ index: Int) -> Int {
        guard index > 0, tokens[index].gapAfter.contains(.closeParen),
              let open = (max(0, index - 6)..<index).last(where: { tokens[$0].gapAfter.contains(.openParen) }) else { return index }
        return open
    }

    /// "X, a militant Somali group that ...": the name an apposition of a few words before `relative`
    /// describes, the apposition opening with an article.
    func apposed(before relative: Int) -> Argument? {
        var cursor = relative - 1
        while cursor > 0 && cursor >= relative - 6 && tokens[cursor - 1].gapAfter.isDisjoint(with: .clauseBreak) { cursor -= 1 }
        guard cursor > 0, cursor >= relative - 6, isWord(cursor, .articles), tokens[cursor - 1].gapAfter == .comma,
              isMention(cursor - 1) else { return nil }
        // "the Islamic Resistance in Iraq, a group that ...": the name before "in <place>".
        if [.place, .country].contains(kind(cursor - 1)), cursor >= 3, isWord(cursor - 2, .inWord), isMention(cursor - 3) {
            return argument(cursor - 3)
        }
        return argument(cursor - 1)
    }

    /// ", known locally as X," after the word at `index`: X.
    func namedAside(after index: Int) -> Argument? {
        guard tokens.indices.contains(index), tokens[index].gapAfter == .comma, isHash(index + 1, Self.known) else { return nil }
        var cursor = index + 2
        if Vocabulary.asideAdverbs.contains(hash(cursor)) { cursor += 1 }
        guard isHash(cursor, Self.asWord), let named = mention(after: cursor + 1),
              tokens[named].gapAfter.contains(.comma) || tokens[named].gapAfter.contains(.closeParen) else { return nil }
        return Argument(token: named, id: entity(named), kind: kind(named))
    }
}
