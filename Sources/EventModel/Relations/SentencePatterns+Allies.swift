/// Alliances: "X, an ally of Y", "X and Y are allies", "X is allied with Y", "X, Y's closest ally" (branches and
/// members of groups are in +Groups).
extension SentencePatterns {
    /// "Moscow's (close) (Central Asian) ally Tajikistan" -> Tajikistan ally of Russia;
    static let allied = TextFolding.wordHash("allied")
    /// "some", "those": unnamed ones a participle after them describes (as "fighters" or "groups" do).
    static let unnamedQuantifiers = Vocabulary.hashes("some those others many several few most")

    /// "X, an ally of Y"; "X and Y are allies"; "X is allied with Y"; "X, Y's closest ally".
    func ally(_ noun: Int) -> [Relation] {
        // "The Houthis, an Iran-aligned group,": the fused name is the ally of what the apposition describes.
        if noun > 0, isMention(noun - 1), tokens[noun - 1].gapAfter.contains(.hyphen), isWord(noun + 1, .groupPronouns),
           let head = appositiveHead(before: noun - 1), entity(head) != entity(noun - 1) {
            return relation(nation(head) ?? entity(head), .allyOf, nation(noun - 1) ?? entity(noun - 1), at: [head, noun - 1, noun])
        }
        // "Aleksandr Lukashenko, a close Putin ally,": a name before the noun, in an apposition.
        if noun > 0, isMention(noun - 1), !tokens[noun - 1].possessive, tokens[noun - 1].gapAfter.isDisjoint(with: [.hyphen, .comma]),
           !isWord(noun + 1, .of), !isWord(noun + 1, .withWord), !isMention(noun + 1),
           let head = appositiveHead(before: noun - 1), entity(head) != entity(noun - 1) {
            return relation(nation(head) ?? entity(head), .allyOf, nation(noun - 1) ?? entity(noun - 1), at: [head, noun - 1, noun])
        }
        // "rebel factions, including some allied with al-Qaeda": the participle describes the unnamed ones before it.
        // ("M23 rebels allied with Rwanda": a name before its people's noun names them.)
        if noun > 0, !isMention(noun - 1),
           Self.unnamedQuantifiers.contains(hash(noun - 1)) || Self.groupPeople.contains(hash(noun - 1)) || Self.groupPlurals.contains(hash(noun - 1)),
           !(isMention(noun - 2) && tokens[noun - 2].gapAfter.isEmpty) { return [] }
        // "X is allied with Y", "X, which is allied to Y".
        if isWord(noun + 1, .withWord) || isHash(noun, Self.allied) && isWord(noun + 1, .toWord),
           let partner = object(after: noun + 1, kinds: Self.actors, reach: 3),
           var (subject, _) = subject(of: noun, kinds: Self.actors) {
            // "Hezbollah, which is backed by Iran and allied to Hamas": the one the clause is about, not the backer.
            if isWord(subject.token - 1, .by) {
                guard let relative = (max(0, noun - 12)..<subject.token).last(where: { isWord($0, .relativeWords) }),
                      let head = isMention(relative - 1) ? argument(relative - 1) : origin(before: relative),
                      Self.actors.contains(head.kind) else { return [] }
                subject = head
            }
            return relation(side(subject), .allyOf, side(partner), at: [subject.token, noun, partner.token], former: true)
        }
        if var partner = mention(after: noun + 1), partner == noun + 1 || !tokens.indices.contains(noun + 1) {
            // "allied Lebanese armed group Hezbollah": the demonym describes the ally named after it.
            if isDemonymAdjective(partner), let named = (partner + 1..<min(tokens.count, partner + 5)).first(where: isMention),
               (partner + 1..<named).allSatisfy({ Vocabulary.groupDescriptors.contains(hash($0)) || Vocabulary.groupNouns.contains(hash($0)) }),
               named > partner + 1 {
                partner = named
            }
            var index = noun - 1
            var subject: Int? = nil
            // "U.S.-allied Kurdish forces": the name fused to "allied" is the ally.
            if isMention(noun - 1) && tokens[noun - 1].gapAfter.contains(.hyphen) {
                return relation(nation(partner) ?? entity(partner), .allyOf, nation(noun - 1) ?? entity(noun - 1), at: [noun - 1, noun, partner])
            }
            // "as Israel battles Iran ally Hezbollah": the name right before the noun is whose ally it is.
            if isMention(noun - 1), tokens[noun - 1].gapAfter.isEmpty, Self.groupsAndCountries.contains(kind(noun - 1)) || nation(noun - 1) != nil {
                return relation(nation(partner) ?? entity(partner), .allyOf, nation(noun - 1) ?? entity(noun - 1), at: [noun - 1, noun, partner], former: true)
            }
            var sawPronoun = false
            while index >= 0 && index >= noun - 6 {
                if isMention(index) && tokens[index].possessive { subject = index; break }
                if isWord(index, .pronouns) {
                    // "the Houthis say they are supporting their ally Hamas": the one "their" stands for.
                    if let owner = antecedent(of: index), Self.groupsAndCountries.contains(owner.kind), owner.id != entity(partner) {
                        return relation(nation(partner) ?? entity(partner), .allyOf, owner.id, at: [index, noun, partner], former: true)
                    }
                    sawPronoun = true
                }
                index -= 1
            }
            if subject == nil && sawPronoun { subject = (max(0, noun - Self.window)..<noun).first { nation($0) != nil } }
            // "drawing the ire of traditional ally Russia": the ally of the clause's subject.
            if subject == nil, !isWord(noun - 1, .articles), let (found, _) = self.subject(of: noun, kinds: Self.groupsAndCountries),
               isMention(found.token), side(found) != (nation(partner) ?? entity(partner)) {
                subject = found.token
            }
            guard let subject else { return [] }
            return relation(nation(partner) ?? entity(partner), .allyOf, nation(subject) ?? entity(subject), at: [subject, noun, partner], former: true)
        }
        if isWord(noun + 1, .of), var object = mention(after: noun + 2) {
            // "a close ally of Russian President X": the person the title names, not the country.
            if nation(object) != nil, let person = titledPerson(after: object) { object = person }
            // ("a major non-NATO ally of the US": a name after "non-" is no side.)
            if let subject = (max(0, noun - 5)..<noun).last(where: { isMention($0) && !isNegatedPrefix($0) }) {
                return relation(nation(subject) ?? entity(subject), .allyOf, nation(object) ?? entity(object), at: [subject, noun, object], former: true)
            }
            // "the speaker of the parliament, a close ally of X": an apposition describes the words
            // before its comma; when they name no one, no one is the ally.
            if (max(0, noun - 4)..<noun).contains(where: { tokens[$0].gapAfter.contains(.comma) }) {
                guard let head = appositiveHead(before: noun) else { return [] }
                return relation(nation(head) ?? entity(head), .allyOf, nation(object) ?? entity(object), at: [head, noun, object])
            }
            // "The TTP is an offshoot and a close ally of the Afghan Taliban".
            guard let (subject, _) = subject(of: noun, kinds: Self.actors) else { return [] }
            return relation(side(subject), .allyOf, nation(object) ?? entity(object), at: [subject.token, noun, object], former: true)
        }
        // "X, Y's closest ally,", "X, one of Y's closest allies,": the possessive owner, and the mention before the comma.
        if let owner = (max(0, noun - 3)..<noun).last(where: { isMention($0) && tokens[$0].possessive }), owner > 0 {
            var subject = owner - 1
            if isWord(subject, .articles) { subject -= 1 } else if isWord(subject, .of), isHash(subject - 1, Self.one) { subject -= 2 }
            if subject >= 0, isMention(subject), tokens[subject].gapAfter.contains(.comma) {
                return relation(nation(subject) ?? entity(subject), .allyOf, nation(owner) ?? entity(owner), at: [subject, noun])
            }
        }
        if isWord(noun, .allies) {
            var index = noun - 1
            while index >= 0 && index >= noun - 4, !isMention(index) { index -= 1 }
            guard index >= 0, isMention(index) else { return [] }
            // "Americans and Afghan allies" are people; "Russia and China are allies" are states.
            let partners = mentionList(endingAt: index).filter { !context.isOtherForm(tokens[$0].mention) }
            guard partners.count >= 2 else { return [] }
            var out: [Relation] = []
            for first in partners.indices {
                for second in partners.indices where second > first {
                    out += relation(nation(partners[first]) ?? entity(partners[first]), .allyOf,
                                    nation(partners[second]) ?? entity(partners[second]), at: [partners[first], noun])
                }
            }
            return out
        }
        return []
    }
}
