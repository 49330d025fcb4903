/// The names around a word of an event sentence, and the words that leave a deed unsaid: the name before
/// an aside, the partners in a by-phrase, a quotation's speaker, the head of a relative clause, the actors
/// listed before a verb, whether a claim word is about a trigger, and hedges and negations before a word.
extension EventSentenceReader {
    /// "X, a unit of Y, was blamed": the name before an aside that ends just before the verb's auxiliaries.
    func nameBeforeAside(_ verb: Int, actor: (Int) -> String?) -> String? {
        asideOpen(before: verb).flatMap(actor)
    }

    /// The last word before the aside that ends just before `verb` ("X, designated a terrorist group by the
    /// US and the UN, is responsible"), or nil when no aside comes between.
    func asideOpen(before verb: Int) -> Int? {
        var end = verb - 1
        // ("X, which is ..., has previously been accused": an adverb among the auxiliaries.)
        while end > range.lowerBound && (EventWords.passiveAuxiliaries.contains(scan.hash(end)) || EventWords.haveWords.contains(scan.hash(end))
                || EventWords.verbAdverbs.contains(scan.hash(end)) || RelationWords.of(hash: scan.hash(end)).contains(.verbFillers)) {
            end -= 1
        }
        guard end > range.lowerBound, end < verb - 1, scan.words[end].gapAfter.contains(.comma),
              let open = (max(range.lowerBound, end - 12)..<end).reversed().first(where: { scan.words[$0].gapAfter.contains(.comma) })
        else { return nil }
        return open
    }

    /// "by A and B", "by A, B and C": the names listed after `first` in the by-phrase at `by`.
    func partners(of first: String, after by: Int, kinds: Set<EntityKind> = [.organisation, .person]) -> [String] {
        var index = by + 1
        while index < range.upperBound && scan.entity(at: index) != first { index += 1 }
        guard index < range.upperBound else { return [] }
        return names(after: mentionEnd(index), kinds: kinds)
    }

    /// "The Somali government and the African Union condemned": the actors of a list just before a verb.
    /// '"I strongly condemn this act," X tweeted', '"We condemn the attack," said X': a verb said in the first
    /// person inside a quotation is the speaker's, named after the quotation closes.
    func firstPersonSpeaker(of verb: Int, actor: (Int) -> String?) -> String? {
        guard (max(range.lowerBound, verb - 3)..<verb).contains(where: { EventWords.firstPerson.contains(scan.hash($0)) }) else { return nil }
        // 'X, who was in Kazan, said, "I condemn ...': the one before the verb of saying that opens the quotation.
        if let open = (max(range.lowerBound, verb - 4)..<verb).last(where: { scan.words[$0].gapAfter.contains(.quote) }),
           EventWords.speechVerbs.contains(scan.hash(open)) {
            return claimant(open, places: [])
        }
        guard let close = (verb..<range.upperBound).first(where: { scan.words[$0].gapAfter.contains(.quote) }),
              close + 1 < range.upperBound else { return nil }
        // '," X said', '," said the Malian government', '," U.N. envoy X said': the person the words name, else
        // the first body or country.
        let named = (close + 1..<min(range.upperBound, close + 10)).compactMap { actor($0) }
        return named.first { scan.catalog.kind(of: $0) == .person } ?? named.first
    }

    /// "A and B, who are accused of", "X, who was blamed for": the names before the comma that opens the
    /// relative clause a passive verb stands in.
    func relativeHead(of verb: Int, actor: (Int) -> String?) -> [String]? {
        var who = verb - 1
        while who > range.lowerBound && EventWords.passiveAuxiliaries.contains(scan.hash(who)) { who -= 1 }
        guard who > range.lowerBound + 1, who < verb - 1, EventWords.relatives.contains(scan.hash(who)),
              scan.words[who - 1].gapAfter.contains(.comma), actor(who - 1) != nil else { return nil }
        let named = jointActors(before: who, actor: actor)
        return named.isEmpty ? nil : named
    }

    func jointActors(before index: Int, actor: (Int) -> String?) -> [String] {
        var found: [String] = []
        var back = index - 1
        // "A, B and C have already condemned": past the auxiliaries and adverbs before the verb.
        while back > range.lowerBound && (EventWords.haveWords.contains(scan.hash(back)) || EventWords.verbAdverbs.contains(scan.hash(back))) {
            back -= 1
        }
        // "A, B, and other partners have condemned": the list's open end, before its names.
        if let other = (max(range.lowerBound + 1, back - 2)...max(range.lowerBound + 1, back)).first(where: { Self.otherWords.contains(scan.hash($0)) }),
           other <= back, scan.hash(other - 1) == Vocabulary.and, (other...back).allSatisfy({ scan.entity(at: $0) == nil && scan.words[$0].isLowercase }) {
            back = other - 2
        }
        while back >= range.lowerBound && scan.sameClause(back, index) {
            if let entity = actor(back) {
                // "the Parent Teacher Association of Nigeria": a name inside a name the linker does not know.
                let start = mentionStart(back)
                // ("the former senator for Plateau North, X, condemned": the place an office is for is no one listed.)
                let inside = start - 2 >= range.lowerBound && scan.hash(start - 1) == Vocabulary.of && scan.words[start - 2].isCapitalised
                    || start - 2 >= range.lowerBound && (scan.hash(start - 1) == Vocabulary.of || scan.hash(start - 1) == EventWords.forWord)
                        && RelationWords.of(hash: scan.hash(start - 2)).contains(.titles)
                // "the Nigeria Union of Teachers": a country's name right before the next name is part of it.
                let modifier = scan.catalog.kind(of: entity) == .country && back + 1 < index && scan.words[back].gapAfter.isEmpty
                    && actor(back + 1) != nil
                if !inside && !modifier && !found.contains(entity) { found.insert(entity, at: 0) }
                back = start - 1
                continue
            }
            let hash = scan.hash(back)
            // "A and Jordanian Foreign Minister B both condemned": a person's title, with the country owning it,
            // goes with that person; the list goes on only after an "and" or a comma before it.
            if RelationWords.of(hash: hash).contains(.titles), let last = found.first, scan.catalog.kind(of: last) == .person {
                var cursor = back
                while cursor > range.lowerBound && (RelationWords.of(hash: scan.hash(cursor)).contains(.titles)
                        || scan.entity(at: cursor).map({ scan.catalog.kind(of: $0) == .country }) ?? false
                        || scan.hash(cursor) == Vocabulary.s && scan.words[cursor].letters == 1) { cursor -= 1 }
                guard cursor > range.lowerBound, scan.hash(cursor) == Vocabulary.and, scan.sameClause(cursor, index) else { break }
                back = cursor - 1
                continue
            }
            // "A, the Nigeria Union of Teachers, and B": a name of a list the linker does not know is passed over.
            // ("Pakistan's Prime Minister X condemned": a title is no list item, and its owner is not listed.)
            let unknownName = (scan.words[back].isCapitalised || hash == Vocabulary.of && back > range.lowerBound && scan.words[back - 1].isCapitalised)
                && !RelationWords.of(hash: hash).contains(.titles)
            guard hash == Vocabulary.and || hash == Vocabulary.the || EventWords.stateNouns.contains(hash) || unknownName else { break }
            back -= 1
        }
        return found
    }

    static let otherWords = Vocabulary.hashes("other others")

    /// Whether a claim word is about this trigger: "an attack near Moscow claimed by X" claims the
    /// attack just before it, "X claimed the bombing" the one just after, not another in the sentence.
    func owns(_ trigger: Trigger, claimAt index: Int) -> Bool {
        let family = trigger.type.family
        guard index < trigger.first || index > trigger.last else { return true }
        // "The attack came after IS-K took credit for a suicide bombing": the deed right after the claim is its.
        if index > trigger.last,
           (index + 1..<min(range.upperBound, index + 6)).contains(where: { EventWords.triggers[scan.hash($0)]?.type.family == family }) {
            return false
        }
        let between = index > trigger.last ? trigger.last + 1..<index : index + 1..<trigger.first
        // "the attack" again in between is this one: "... hinted Kyiv planned the attack, despite ISIS claiming".
        // "described the assault as a terrorist attack" names the same deed again.
        func described(_ index: Int) -> Bool {
            (max(range.lowerBound, index - 3)..<index).contains { scan.hash($0) == Vocabulary.asWord }
        }
        return !between.contains {
            EventWords.triggers[scan.hash($0)]?.type.family == family && !($0 > range.lowerBound && EventWords.definite.contains(scan.hash($0 - 1)))
                && !described($0)
        }
    }

    func targetIsDemonym(_ entity: String, from index: Int) -> Bool {
        var next = index + 1
        while next < range.upperBound && scan.entity(at: next) != entity { next += 1 }
        return next < range.upperBound && isDemonym(next)
    }

    func afterLocative(_ index: Int) -> Bool {
        let first = mentionStart(index)
        var back = first - 1
        while back >= max(range.lowerBound, first - 3) {
            // '"... inside," X said': a comma or a quotation mark closes the place phrase before the name.
            if !scan.words[back].gapAfter.isDisjoint(with: .clauseBreak) { return false }
            if EventWords.locatives.contains(scan.hash(back)) { return true }
            // "a network operating from Pakistan": where the doer works from, not the doer.
            if scan.hash(back) == EventWords.from, back > range.lowerBound, EventWords.originParticiples.contains(scan.hash(back - 1)) { return true }
            if !isPhraseWord(back) { return false }
            back -= 1
        }
        return false
    }

    /// "may have claimed", "it was unclear whether X claimed": a claim the sentence does not make.
    /// Up to ten words back, within the clause: "It appears most likely that the bombing in Quetta was carried out".
    func hedged(_ index: Int) -> Bool {
        var back = index - 1
        while back >= max(range.lowerBound, index - 10) {
            if EventWords.claimHedges.contains(scan.hash(back)) && !isMonthMay(back) { return true }
            // '"... could have been inside," X said, condemning': a hedge inside the quotation is the speaker's.
            if scan.words[back].gapAfter.isSuperset(of: [.comma, .quote]) { return false }
            if back < index - 6 && !scan.words[back].gapAfter.isDisjoint(with: .clauseBreak) { return false }
            back -= 1
        }
        return false
    }

    /// "Washington strongly condemns", "Paris, Rome and Ankara all condemned": the states whose capitals
    /// are the subject right before a verb.
    func capitalSubjects(before verb: Int) -> [String] {
        var back = verb - 1
        while back > range.lowerBound && EventWords.verbAdverbs.contains(scan.hash(back)) { back -= 1 }
        guard back >= range.lowerBound, let last = capitalState(back) else { return [] }
        var states = [last]
        back = mentionStart(back)
        // Back over "and" or a comma to each capital before it: "Paris, Rome and Ankara".
        while back - 1 >= range.lowerBound {
            let before = scan.hash(back - 1) == Vocabulary.and && scan.entity(at: back - 1) == nil ? back - 2
                : scan.words[back - 1].gapAfter.contains(.comma) ? back - 1 : nil
            guard let before, before >= range.lowerBound, let state = capitalState(before) else { break }
            states.insert(state, at: 0)
            back = mentionStart(before)
        }
        guard back == range.lowerBound || !scan.words[back - 1].isCapitalised || scan.entity(at: back - 1) == nil else { return [] }
        return states
    }

    /// The country whose capital is named at `index`: "Kiev" in "blamed Kiev for the attack".
    func capitalState(_ index: Int) -> String? {
        guard let place = scan.entity(at: index), scan.catalog.kind(of: place) == .place else { return nil }
        return Gazetteer.country(ofCapital: place)
    }

    /// "did not claim", "has never claimed", "denied carrying out".
    func negatedWord(_ index: Int) -> Bool { anyOf(EventWords.negations, before: index, within: 3) }

    /// Whether one of `words` is among the `within` words of the sentence before `index`.
    func anyOf(_ words: WordSet, before index: Int, within: Int) -> Bool {
        (max(range.lowerBound, index - within)..<index).contains { words.contains(scan.hash($0)) }
    }
}
