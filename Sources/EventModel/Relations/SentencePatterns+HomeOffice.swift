/// Offices written without their country ("ISLAMABAD (Reuters) - ... said Defence Minister X"): the story's home
/// country holds them, unless the words around name another; the offices of a state's police and army too.
extension SentencePatterns {
    /// "ISLAMABAD (Reuters) - ... said Defence Minister X": a government office with no country written
    /// is the dateline's country's, when the sentence names no other country.
    func homeOffice(_ person: Int, title: Int, last: Int? = nil) -> [Relation] {
        let last = last ?? person - 1
        // "Police Chief X", "a police spokesman, X,": an office of the state's police or army is the country's too.
        let stateBody = (title..<last).contains { Self.stateBodies.contains(hash($0)) }
        if stateBody, title >= 0 {
            let places = context.places(near: sentence.index, around: Int(tokens[person].start))
            // "Milan police said ... Police Chief X told reporters": the police of the place just named.
            let local = Set(places.filter { Self.stateBodies.contains($0.next) }.map(\.entity))
            if local.count == 1, let place = local.first { return relation(entity(person), .roleOf, place, role: office(from: title, through: last), at: [title, person]) }
            // A place of another country nearby leaves whose police it is open.
            let home = context.homeCountry
            if places.contains(where: { (catalog.kind(of: $0.entity) == .country ? $0.entity : catalog.country(ofPlace: $0.entity)).map { $0 != home } ?? false }) {
                return []
            }
        }
        // The words around the office, as far as any pattern looks: a sentence of thousands of offices stays linear.
        let near = max(0, person - Self.window)..<min(tokens.count, person + Self.window)
        // "Provincial Home Minister X": an office of a region, not of the country.
        // "state police director X" (a federal state's): lowercase "state" before an office is a region's too.
        // ("Provincial Health Minister X": the regional word may stand just before the title the walk kept.)
        // ("provincial party president X", "the party chairman": a party's office, not the state's.)
        if title >= 0, (max(0, title - 1)...last).contains(where: {
            Self.regionalOffices.contains(hash($0)) || hash($0) == Vocabulary.state && !tokens[$0].shape.contains(.firstUpper)
                || hash($0) == Self.party && !isMention($0)
        }) { return [] }
        // "Prime Minister Netanyahu" in a story that called him "Israeli Prime Minister" before: that country's.
        // ("Minister of the Interior": the office's head is the word before its "of".)
        let head = title >= 0 && title <= last ? (title...last).first(where: { isWord($0, .of) }).map { $0 - 1 } ?? last : last
        guard title >= 0, title <= last, Self.governmentOffices.contains(hash(head)) || stateBody,
              let home = context.officeCountry(of: entity(person)) ?? context.homeCountry,
              !near.contains(where: { isMention($0) && kind($0) == .country && nation($0) ?? entity($0) != home }),
              // "India reacted ... '...,' Prime Minister X said": a quotation's speaker, after a sentence that opens
              // with another country.
              !(title > 0 && tokens[title - 1].gapAfter.contains(.quote))
                || previous.opening(of: [.country]).map({ $0.id == home }) ?? true,
              // "Foreign Minister X told reporters in Berlin": a city of another country names whose minister;
              // "lessons from the Idlib war" names a war, not where the minister is.
              !near.contains(where: { isMention($0) && kind($0) == .place && !namesDeed($0)
                  && catalog.country(ofPlace: entity($0)).map { $0 != home } ?? false }),
              // "Prime Minister A met President B": two offices in one clause may be of two countries;
              // "President A and Prime Minister B called for calm", joined by "and", are one government's.
              !near.contains(where: {
                  isMention($0) && kind($0) == .person && $0 != person && isWord($0 - 1, .titles) && !inOtherClauses($0, person)
                      && !(min($0, person) + 1..<max($0, person)).allSatisfy { isWord($0, .and) || isWord($0, .titles) }
              })
        else { return [] }
        return relation(entity(person), .roleOf, home, role: office(from: title, through: last), at: [title, person])
    }

    /// "the Idlib war", "its new Afrin operation": a place's name used for a war or a deed, which says nothing
    /// of where anyone stands.
    func namesDeed(_ place: Int) -> Bool {
        place + 1 < tokens.count && tokens[place].gapAfter.isEmpty && !isMention(place + 1) && !tokens[place + 1].shape.contains(.firstUpper)
            && (isWord(place + 1, .war) || Self.deedNouns.contains(hash(place + 1)) || EventWords.triggers[hash(place + 1)] != nil)
    }

    static let deedNouns = Vocabulary.hashes("operation ceasefire truce crisis raid raids campaign")

    /// "provincial", "regional": words that make an office a region's.
    static let party = TextFolding.wordHash("party")
    static let regionalOffices = Vocabulary.hashes("provincial regional municipal district county")

    static let stateBodies: Set<UInt64> = Set("police army military navy".split(separator: " ").map { TextFolding.wordHash(String($0)) })
    static let governmentOffices: Set<UInt64> = Set("president minister premier pm chancellor vice-president secretary".split(separator: " ").map { TextFolding.wordHash(String($0)) })

    /// "A said ..., and B said ...": a ", and", a semicolon or a clause word between two words.
    private func inOtherClauses(_ a: Int, _ b: Int) -> Bool {
        (min(a, b) + 1..<max(a, b)).contains {
            isWord($0, .clauseWords) || tokens[$0].gapAfter.contains(.semicolon)
                || (isWord($0, .and) && tokens[$0 - 1].gapAfter.contains(.comma))
        }
    }
}
