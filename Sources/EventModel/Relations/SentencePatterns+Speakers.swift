/// Who states what a sentence says: the speaker of a verb of saying before or after the words
/// a relation stands on ("Kazakhstan's security service said ...", "..., the Kremlin said").
extension SentencePatterns {
    /// Who spoke, for a speech verb at `verb`: the nearest actor before it in its clause ("U.S.
    /// officials said", "Iran's intelligence minister said"), past an earlier speech verb ("said, adding").
    func speaker(before verb: Int) -> String? {
        var cursor = verb - 1
        if let named = describedSpeaker(before: verb) { return named.id }
        while cursor >= 0 && cursor >= verb - 10 {
            // "The Houthis control much of Yemen and say": past the object of the verb before "and", to its subject.
            if isWord(cursor, .and), cursor + 1 == verb || isWord(cursor + 1, .verbFillers),
               let subject = (max(0, cursor - 10)..<cursor).first(where: { isMention($0) && Self.actors.contains(kind($0)) }),
               subject == 0 || isWord(subject - 1, .articles) {
                return entity(subject)
            }
            if let candidate = argument(cursor), Self.actors.contains(candidate.kind) { return candidate.id }
            if isWord(cursor, .clauseWords) && !isWord(cursor, .speechVerbs) { return nil }
            cursor -= 1
        }
        return nil
    }

    /// "JNIM, a Mali-based group linked to al-Qaeda, said": the name an aside right before a verb of
    /// saying describes (the aside opens with "a", "an" or "the" and says nothing itself).
    func describedSpeaker(before verb: Int) -> Argument? {
        let close = verb - 1
        guard close > 0, tokens[close].gapAfter.contains(.comma),
              let open = (max(0, close - 12)..<close).last(where: { !tokens[$0].gapAfter.isDisjoint(with: .clauseBreak) }),
              tokens[open].gapAfter.contains(.comma), isMention(open), isWord(open + 1, .articles),
              !(open + 1...close).contains(where: { isWord($0, .speechVerbs) }),
              let named = argument(open), Self.actors.contains(named.kind) else { return nil }
        return named
    }

    /// "Kazakhstan's security service said (that) ...", "According to Pakistan, ..." before a statement.
    func leadingSpeaker(before index: Int) -> String? {
        var cursor = index - 1
        while cursor >= 0 && cursor >= index - 10 {
            if isWord(cursor, .speechVerbs) {
                // "X was told to stage an attack": no one speaks; nor in "X, believed to be an offshoot of Y".
                if Self.passiveBe.contains(hash(cursor - 1)) || cursor > 0 && tokens[cursor - 1].gapAfter.contains(.comma) && isWord(cursor + 1, .toWord) {
                    return nil
                }
                if isHash(cursor, Self.according) {
                    return argument(cursor + 2).flatMap { isMention(cursor + 2) && Self.actors.contains($0.kind) ? $0.id : nil }
                }
                // "..., said Nigerian army spokesman X": a verb after its statement's comma has its speaker after it,
                // and the names before are what was said.
                // ("The governor, X, confirmed that ...": after an aside's comma the verb keeps its subject before.)
                if cursor > 0, !tokens[cursor - 1].gapAfter.isDisjoint(with: [.comma, .quote]),
                   isMention(cursor + 1) || isWord(cursor + 1, .titles) || isWord(cursor + 1, .articles) { return nil }
                return speaker(before: cursor)
            }
            if isWord(cursor, .clauseWords) && !isHash(cursor, Self.that) { return nil }
            if !tokens[cursor].gapAfter.isDisjoint(with: [.semicolon, .colon]) { return nil }
            cursor -= 1
        }
        return nil
    }

    /// "Iran, Syria's closest ally, said ...": the comma at `close` ends an aside that opened after a
    /// name and holds `index`; what the aside says is the writer's, and the name after the verb is what was said.
    func closesAside(at close: Int, around index: Int) -> Bool {
        guard tokens[close].gapAfter.contains(.comma),
              let open = (max(0, index - 12)..<index).last(where: { !tokens[$0].gapAfter.isDisjoint(with: .clauseBreak) })
        else { return false }
        return tokens[open].gapAfter.contains(.comma) && isMention(open)
            && !(index..<close).contains(where: { !tokens[$0].gapAfter.isDisjoint(with: .clauseBreak) })
    }

    static let statesWord = TextFolding.wordHash("states")
    static let toldWord = TextFolding.wordHash("told")
    static let speakerBreaks: Word.Gap = [.comma, .semicolon, .colon, .quote, .openParen, .closeParen]

    /// "claimed responsibility", "claimed the attack": a claim of a deed, not words said about something else.
    func isDeedClaim(_ verb: Int) -> Bool {
        isWord(verb + 1, .responsibility)
            || isWord(verb, .claimVerbs) && (verb + 1..<min(tokens.count, verb + 4)).contains { isWord($0, .attackNouns) }
    }

    /// "..., U.S. officials said" or "according to X" after a statement.
    func trailingSpeaker(after index: Int) -> String? {
        var cursor = index + 1
        let end = min(tokens.count, index + Self.window)
        // "an attack in Menaka, which it said killed 16": a verb inside a relative clause speaks of that clause.
        var relative = false
        while cursor < end {
            if isHash(cursor, Self.according), isWord(cursor + 1, .toWord) {
                // "according to its former employees" names no one.
                guard let speaker = argument(cursor + 2), isMention(cursor + 2), Self.actors.contains(speaker.kind) else { return nil }
                return speaker.id
            }
            // "..., and late on Saturday X was reported to have ...": another clause, and no one speaking.
            if isWord(cursor, .and) && tokens[cursor - 1].gapAfter.contains(.comma) { return nil }
            // "an alliance of former Soviet states", "member states": the noun. It says only after a country's or a
            // body's own name ("..., Saudi Arabia states.").
            if isHash(cursor, Self.statesWord), !(isMention(cursor - 1) && [.country, .organisation].contains(kind(cursor - 1))
                                                   && !context.isOtherForm(tokens[cursor - 1].mention)) {
                cursor += 1
                continue
            }
            // "X claimed responsibility": a claim of a deed, no statement of what the words before it say.
            if isWord(cursor, .speechVerbs) && !isHash(cursor, Self.according) && !isDeedClaim(cursor) {
                if Self.passiveBe.contains(hash(cursor - 1)) || relative { return nil }
                // "X said Abidi had been watched": the relation's own name speaks; the name after the verb is what it said.
                if cursor == index + 1 && isMention(index) { return nil }
                for back in stride(from: cursor - 1, through: max(index + 1, cursor - 3), by: -1) {
                    // "..., a stronghold of Hezbollah, two officials told AFP": a name behind a break is not who speaks.
                    // (A period inside a sentence ends an abbreviation: "a U.S. defense official said".)
                    if !tokens[back].gapAfter.isDisjoint(with: Self.speakerBreaks) { break }
                    if let speaker = argument(back), Self.actors.contains(speaker.kind) { return speaker.id }
                }
                // "..., said X": a name after the verb speaks only in that inverted order, after a break;
                // "X said Arouri had been killed" names what was said, "told AFP" who heard it.
                guard !tokens[cursor - 1].gapAfter.isDisjoint(with: Self.speakerBreaks) || isWord(cursor + 1, .by),
                      !isHash(cursor, Self.toldWord), !closesAside(at: cursor - 1, around: index) else { return nil }
                for ahead in (cursor + 1)..<min(end, cursor + 3) {
                    // "X, Russia's envoy, said Kyiv's government was ...": an owner after the verb begins what was
                    // said ("said Russia's envoy X" names who speaks).
                    if isMention(ahead), tokens[ahead].possessive,
                       !(ahead + 1..<min(tokens.count, ahead + 5)).contains(where: { isMention($0) && kind($0) == .person }) { return nil }
                    if let speaker = argument(ahead), Self.actors.contains(speaker.kind) { return speaker.id }
                }
                return nil
            }
            if isWord(cursor, .relativeWords) { relative = true }
            if isWord(cursor, .clauseWords) && !isWord(cursor, .relativeWords) { return nil }
            cursor += 1
        }
        return nil
    }
}
