/// What the words around a name say about its kind: appositions, group and settlement nouns, venue lists.
extension CandidateDiscovery {
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

    /// "X, which is 245 kilometres from the capital", "350 km north of X": a name measured from or to is a place.
    mutating func voteDistance(_ first: Int, _ last: Int, name: String) {
        func unit(_ index: Int) -> Bool {
            index >= 1 && index < words.count && Self.distanceUnits.contains(words[index].hash) && words[index].isLowercase
                && words[index - 1].shape.contains(.hasDigit)
        }
        // After: ", which is 245 kilometers", ", located 40 km", ", some 30 miles".
        let after = words[last].gapAfter == .comma && (last + 2..<min(words.count, last + 6)).contains(where: unit)
        // Before: "350 kilometers north of X", "40 miles from X".
        let before = first >= 2 && (words[first - 1].hash == Vocabulary.of || words[first - 1].hash == Self.fromWord)
            && (max(1, first - 4)..<first - 1).contains(where: unit)
        if after || before { kindVotes[TextFolding.key(name), default: [:]][.place, default: 0] += 8 }
    }

    static let distanceUnits = Vocabulary.hashes("kilometers kilometres km miles kms")
    static let fromWord = TextFolding.wordHash("from")

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
        // "Sudan's Energy Minister, Ahmed Saied,", "the group's spokesman, X": an office, a comma, then who holds it;
        // "Sudan's energy minister Mohiedienn Saied": a lowercase office right before the name.
        if first > 0, words[first - 1].gapAfter == .comma || words[first - 1].gapAfter.isEmpty && words[first - 1].isLowercase,
           Vocabulary.coreTitles.contains(words[first - 1].hash) {
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
        if let kind = appositionKind(after: last) { kindVotes[TextFolding.key(name), default: [:]][kind, default: 0] += 8 }
    }

    /// The kind the apposition after a name says it is, if one follows its comma.
    func appositionKind(after last: Int) -> EntityKind? {
        guard words[last].gapAfter == .comma else { return nil }
        var index = last + 1
        while index < words.count && index <= last + 6 {
            let word = words[index]
            // "Anke Vogel, said the city ...": a verb after the comma opens no apposition.
            if Vocabulary.speechVerbs.contains(word.hash) { return nil }
            if word.isLowercase {
                let kind: EntityKind? = Vocabulary.groupNouns.contains(word.hash) || Vocabulary.mediaNouns.contains(word.hash)
                    || Vocabulary.companyNouns.contains(word.hash) ? .organisation
                    : Vocabulary.settlementNouns.contains(word.hash) ? .place
                    : Vocabulary.personNouns.contains(word.hash) ? .person : nil
                if let kind {
                    // "in Rask, an official said": the noun is who speaks after the name, not what the name is.
                    if index + 1 < words.count, Vocabulary.speechVerbs.contains(words[index + 1].hash) { return nil }
                    // "X, the Kharkiv region governor": a place's word before a title describes the office.
                    if kind != .person, word.gapAfter.isEmpty, index + 1 < words.count,
                       Vocabulary.coreTitles.contains(words[index + 1].hash) || Vocabulary.personNouns.contains(words[index + 1].hash) {
                        index += 1
                        continue
                    }
                    return kind
                }
                if Vocabulary.connectors.contains(word.hash) && word.hash != Vocabulary.the { return nil }
            }
            if !word.gapAfter.isEmpty && word.gapAfter != .hyphen { return nil }
            index += 1
        }
        return nil
    }
}
