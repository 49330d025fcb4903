/// Patterns of where armed groups are: "the Pakistan-based group X", "X, based in Y", "X militants in Y",
/// "X operates in Y", "X is one of the groups active in Y" (control of a place is in +Takeovers).
extension SentencePatterns {
    /// "the Pakistan-based group X", "X, based in Y", "X is headquartered in Y".
    func based(_ word: Int) -> [Relation] {
        // "the Islamic State branch based in Afghanistan, known as ISIS-K": the branch is.
        if isWord(word - 1, .branchNouns) {
            guard isWord(word + 1, .inWord), let place = object(after: word + 1, kinds: Self.regions, reach: 3) else { return [] }
            // "JNIM, an al Qaeda affiliate based in Mali": the group the apposition describes.
            guard let named = knownAs(after: word) ?? appositiveHead(before: word - 1).map({ entity($0) }) else { return [] }
            return relation(named, .basedIn, place.id, at: [word, place.token])
        }
        if word > 0, isMention(word - 1), tokens[word - 1].gapAfter.contains(.hyphen), Self.regions.contains(kind(word - 1)) {
            // "the Pakistan-based group X"; "X, a UK-based charity": the group the apposition describes.
            // ("X, a Mali-based group linked to al-Qaeda": the name after "linked to" is not the group based there.)
            let named = object(after: word, kinds: Self.groups, reach: 4).flatMap { found in
                (word + 1..<found.token).contains(where: { Self.groupLinks.contains(hash($0)) }) ? nil : found
            }
            guard var group = named
                    ?? appositiveHead(before: word - 1).map({ Argument(token: $0, id: entity($0), kind: kind($0)) }),
                  Self.groups.contains(group.kind),
                  // "in Jolo, Sulu, a US-based group that ...": a place phrase's last name describes no group.
                  group.token > word || !(isWord(group.token - 1, .inWord) || isWord(group.token - 1, .at)
                      || group.token > 0 && isMention(group.token - 1) && tokens[group.token - 1].gapAfter.contains(.comma)
                         && [.place, .country].contains(kind(group.token - 1))) else { return [] }
            // "the Somali-based al-Qaeda affiliate Al-Shabaab": the affiliate named last is based there.
            if group.token > word, isWord(group.token + 1, .branchNouns), tokens[group.token + 1].gapAfter.isEmpty,
               isMention(group.token + 2), Self.groups.contains(kind(group.token + 2)) {
                group = Argument(token: group.token + 2, id: entity(group.token + 2), kind: kind(group.token + 2))
            }
            return relation(group.id, .basedIn, entity(word - 1), at: [word - 1, word, group.token])
        }
        guard isWord(word + 1, .inWord), let place = object(after: word + 1, kinds: Self.regions, reach: 3),
              var (group, _) = subject(of: word, kinds: Self.groups) else { return [] }
        // "Iran International, a Persian-language station based in London": a name fused to a lowercase word
        // describes the noun; the apposition's head is what is based there.
        if tokens[group.token].gapAfter == .hyphen, !isMention(group.token + 1) {
            guard let head = appositiveHead(before: group.token), Self.groups.contains(kind(head)) else { return [] }
            group = Argument(token: head, id: entity(head), kind: kind(head))
        }
        // "based in Syria and Iraq": each place of the list.
        return mentionList(startingAt: place.token).filter { Self.regions.contains(kind($0)) }.flatMap {
            relation(group.id, .basedIn, entity($0), at: [group.token, word, $0])
        }
    }

    /// Where a group has its seat or its hold: "Dera houses the headquarters of X", "the headquarters of X in
    /// Dera", "X's headquarters in Dera", "Dera is a known base for X", "Dera, a stronghold of X,", "the X
    /// stronghold of Dera". A seat or a base is where it is based, a stronghold where it is active.
    func seat(_ noun: Int) -> [Relation] {
        let predicate: Predicate = isHash(noun, Self.headquarters) || isHash(noun, Self.base) ? .basedIn : .activeIn
        // The group: after "of" or "for", or a name right before the noun ("X's headquarters", "the X stronghold").
        let group: Argument?
        if isWord(noun + 1, .of) || isWord(noun + 1, .forWord) {
            group = object(after: noun + 1, kinds: Self.groups, reach: 3)
        } else if noun > 0, isMention(noun - 1), Self.groups.contains(kind(noun - 1)), tokens[noun - 1].gapAfter.isDisjoint(with: .clauseBreak) {
            group = Argument(token: noun - 1, id: entity(noun - 1), kind: kind(noun - 1))
        } else {
            group = nil
        }
        // ("not a stronghold of X", "a former stronghold of X": no hold today.)
        guard let group, !(max(0, noun - 3)..<noun).contains(where: { isWord($0, .negation) || isWord($0, .formerWords) }) else { return [] }
        // The place: "in Y" or "of Y" after the group ("the X stronghold of Dera"), else the one the clause or the
        // apposition is about ("Dera houses ...", "Dera, a stronghold of X,").
        let after = group.token + 1
        if isWord(after, .inWord) || group.token < noun && isWord(after + 1, .of) {
            let from = isWord(after, .inWord) ? after : after + 1
            guard let place = object(after: from, kinds: Self.regions, reach: 3) else { return [] }
            return relation(group.id, predicate, place.id, at: [group.token, noun, place.token])
        }
        // ("Kismayo, a bastion of X,", "Dahiyeh, a Hezbollah stronghold": the place the apposition describes.)
        if let comma = (max(0, noun - 4)..<noun).last(where: { !tokens[$0].gapAfter.isDisjoint(with: .clauseBreak) }),
           tokens[comma].gapAfter.contains(.comma), isMention(comma), Self.regions.contains(kind(comma)), isWord(comma + 1, .articles),
           !(comma + 1..<noun).contains(where: { isWord($0, .beVerbs) || isMention($0) && $0 != group.token }) {
            return relation(group.id, predicate, entity(comma), at: [comma, noun, group.token])
        }
        guard group.token > noun else { return [] }
        // "Dera houses the headquarters of X", "Dera is a known base ... ": the place the clause is about.
        guard let verb = (max(0, noun - 4)..<noun).last(where: { Self.seatVerbs.contains(hash($0)) || isWord($0, .beVerbs) }) else { return [] }
        // ("The town of Dera houses ...": the place a settlement noun names.)
        let named = verb >= 3 && isMention(verb - 1) && Self.regions.contains(kind(verb - 1)) && isWord(verb - 2, .of)
            && Vocabulary.settlementNouns.contains(hash(verb - 3)) ? Argument(token: verb - 1, id: entity(verb - 1), kind: kind(verb - 1)) : nil
        guard var place = named ?? subject(of: noun, kinds: Self.regions.union(Self.groups))?.argument, Self.regions.contains(place.kind) else { return [] }
        // "Muridke, located near Lahore, houses ...": the place an aside says it is near is not the one meant.
        if (max(0, place.token - 2)..<place.token).contains(where: { Self.nearWords.contains(hash($0)) }) {
            guard let head = (max(0, place.token - 5)..<place.token).last(where: { isMention($0) && tokens[$0].gapAfter.contains(.comma) }),
                  Self.regions.contains(kind(head)) else { return [] }
            place = Argument(token: head, id: entity(head), kind: kind(head))
        }
        return relation(group.id, predicate, place.id, at: [place.token, noun, group.token])
    }

    static let headquarters = TextFolding.wordHash("headquarters")
    static let base = TextFolding.wordHash("base")
    static let seatVerbs = Vocabulary.hashes("houses housed hosts hosted")

    static let bearings = Vocabulary.hashes("""
        north south east west northeast northwest southeast southwest north-east north-west south-east south-west
        """)
    static let nearWords = Vocabulary.hashes("near outside off beyond")
    /// "ISIS-K militants in Afghanistan", "X operates in Y", "X is active in Y".
    func activeIn(_ subject: Int) -> [Relation] {
        guard let named = argument(subject), [.organisation, .other].contains(named.kind) else { return [] }
        // "X, a branch of Y, has been active in Z": X is, not Y.
        var actor = subject
        var actorID = named.id
        // "JNIM, a group connected to Al-Qaeda operating in Mali": the group the link describes operates, not the
        // body it is linked to; with no group named before, no one that can be named.
        if isMention(subject), subject >= 2, isWord(subject - 1, .toWord) || isWord(subject - 1, .withWord),
           Self.groupLinks.contains(hash(subject - 2)) {
            guard let head = (max(0, subject - 10)..<subject - 2).last(where: {
                isMention($0) && tokens[$0].gapAfter.contains(.comma) && Self.groups.contains(kind($0))
            }) else { return [] }
            actor = head
            actorID = entity(head)
        } else if tokens[subject].gapAfter.contains(.comma), isMention(subject),
           let head = (max(0, subject - 8)..<subject).first(where: { isMention($0) && tokens[$0].gapAfter.contains(.comma) && Self.groups.contains(kind($0)) }) {
            actor = head
            actorID = entity(head)
        }
        var index = subject + 1
        // "X has allegedly been operating from", "X, which has been fighting in".
        var limit = subject + (isWord(subject + 1, .relativeWords) ? 6 : 5)
        // "Jaish al-Adl, a Sunni militant group, operates in ...": past an apposition that names no one.
        if tokens[subject].gapAfter.contains(.comma), actor == subject,
           let close = (subject + 1..<min(tokens.count, subject + 8)).first(where: { tokens[$0].gapAfter.contains(.comma) }),
           (subject + 1...close).allSatisfy({ !isMention($0) && !isWord($0, .clauseWords) && !isWord($0, .speechVerbs) }) {
            index = close + 1
            limit = close + 4
        }
        var sawTrigger = false
        while index < tokens.count && index <= limit, !isMention(index) {
            // "JNIM is one of several armed groups operating in the Sahel": past the group it is one of.
            if isHash(index, Self.one), isWord(index + 1, .of),
               let groups = (index + 2..<min(tokens.count, index + 6)).first(where: { Self.groupPlurals.contains(hash($0)) }),
               !(index..<groups).contains(where: isMention) {
                index = groups + 1
                limit = index + 3
                continue
            }
            if Self.controlVerbs.contains(hash(index)) { return controlled(by: actorID, actor: actor, verb: index) }
            if isWord(index, .activeWords) {
                sawTrigger = true
            } else if sawTrigger && isWord(index, .activePrepositions) {
                // "active in the Lake Chad basin and in northeastern Nigeria": the first place named.
                var cursor = index + 1
                while cursor < tokens.count && cursor <= index + 9 && !(isMention(cursor) && Self.regions.contains(kind(cursor))) {
                    if isWord(cursor, .clauseWords) || isWord(cursor, .speechVerbs) || tokens[cursor].gapAfter.contains(.semicolon) { return [] }
                    // "in the Waziristan region southwest of Peshawar", "near Kabul": a place named to say where
                    // another is ("in the south of Yemen" is in Yemen).
                    if cursor > index + 1, Self.bearings.contains(hash(cursor)) && isWord(cursor + 1, .of) && !isWord(cursor - 1, .articles)
                        || Self.nearWords.contains(hash(cursor)) {
                        return []
                    }
                    cursor += 1
                }
                guard isMention(cursor), [.country, .place].contains(kind(cursor)) else { return [] }
                // "operates in Iran's Sistan-Baluchistan province": the place, not the country it is in.
                if tokens[cursor].possessive, kind(cursor) == .country, isMention(cursor + 1), kind(cursor + 1) == .place { cursor += 1 }
                // "active in Tunisia's neighbour Libya": the neighbour.
                if tokens[cursor].possessive, kind(cursor) == .country, Self.neighbourWords.contains(hash(cursor + 1)),
                   isMention(cursor + 2), [.country, .place].contains(kind(cursor + 2)) { cursor += 2 }
                // "active in several countries, including Mauritania, Mali and Niger": each one listed.
                let listed = mentionList(startingAt: cursor).filter { [.country, .place].contains(kind($0)) }
                var out = listed.flatMap { relation(actorID, .activeIn, entity($0), at: [actor, index, $0]) }
                cursor = listed.last ?? cursor
                // "... and in northeastern Nigeria": each place the list adds.
                while let and = (cursor + 1..<min(tokens.count, cursor + 6)).first(where: { isWord($0, .and) }),
                      !(cursor..<and).contains(where: { !tokens[$0].gapAfter.isDisjoint(with: [.semicolon, .period, .stop]) }),
                      let next = (and + 1..<min(tokens.count, and + 7)).first(where: { isMention($0) }),
                      [.country, .place].contains(kind(next)),
                      // "... and across the border in Congo".
                      (and + 1..<next).allSatisfy({
                          isWord($0, .activePrepositions) || isWord($0, .directions) || isWord($0, .articles) || Vocabulary.borderWords.contains(hash($0))
                      }) {
                    out += relation(actorID, .activeIn, entity(next), at: [actor, index, next])
                    cursor = next
                }
                return out
            } else if index == subject + 1, Self.groupPeople.contains(hash(index)) {
                // "M23 rebels seized the city of Goma": the group's people act for it.
                limit += 1
            } else if isWord(index, .onWord), index + 1 < tokens.count, EventWords.weekdays[hash(index + 1)] != nil {
                // "The group on Sunday took the town": a day between the group and its verb.
                index += 2
                limit += 2
                continue
            } else if !isWord(index, .activeFillers) {
                return []
            }
            index += 1
        }
        return []
    }

    /// "M23 rebels", "RSF forces": the people of a group, named after it.
    static let groupPeople = fighterNouns.union(["militiamen", "forces", "troops"].map(TextFolding.wordHash))

    /// "linked to", "tied to", "loyal to": words that tie a group to another named after them.
    static let groupLinks = Vocabulary.hashes("linked tied connected affiliated allied aligned loyal close")
    /// "one of the main groups operating in Y": the plural a group is one of.
    static let groupPlurals = Vocabulary.hashes("groups organisations organizations movements militias factions outfits networks")
    /// "active in Tunisia's neighbour Libya".
    static let neighbourWords: Set<UInt64> = Set("neighbour neighbor".split(separator: " ").map { TextFolding.wordHash(String($0)) })
}
