/// The sentence patterns of ``RelationExtractor``, applied to one sentence's tokens.
struct SentencePatterns {
    /// How far a pattern looks for its subject or object, in tokens: keeps every sentence linear,
    /// even a five-megabyte line with no full stop.
    static let window = 40
    /// Longest list "A, B and C" read.
    static let longestList = 30

    let sentence: SentenceTokens
    let tokens: [SentenceTokens.Token]
    let kinds: [EntityKind]
    let ids: [String]
    let text: String
    let mainEvent: String?
    let catalog: EntityCatalog

    /// Takes from the context only what the patterns read, so that no article is copied per sentence.
    init(sentence: SentenceTokens, context: ArticleContext) {
        self.sentence = sentence
        tokens = sentence.tokens
        kinds = context.kinds
        ids = context.ids
        text = context.text
        mainEvent = context.mainEvent
        catalog = context.catalog
    }

    func relations() -> [Relation] {
        var out: [Relation] = []
        for index in tokens.indices {
            let token = tokens[index]
            if token.isMention {
                out += roleOf(person: index)
                out += activeIn(index)
                out += locatedIn(index)
                continue
            }
            let words = token.words
            guard !words.isDisjoint(with: .triggers) else { continue }
            if words.contains(.claimVerbs) { out += claim(index) }
            if words.contains(.branchNouns) { out += branch(index) }
            if words.contains(.memberNouns) { out += member(index) }
            if words.contains(.allianceNouns) { out += alliance(index) }
            if words.contains(.allyNouns) { out += ally(index) }
            if words.contains(.war) { out += war(index) }
            if words.contains(.condemnationNouns) { out += condemnation(index) }
            if words.contains(.condemnVerbs) { out += condemnedBy(index) }
        }
        return out
    }

    // MARK: - Patterns

    /// "X claimed responsibility for Y": Y is the event named in the clause, else the article's
    /// main event, else the place of the attack.
    /// Also "X claimed the attack/massacre (at Y)" and "X claimed the <event>".
    func claim(_ verb: Int) -> [Relation] {
        var objectStart = verb + 2
        if !isWord(verb + 1, .responsibility) {
            if let named = mention(after: verb + 1), kind(named) == .event {
                objectStart = named
            } else if isWord(verb + 1, .articles) && isWord(verb + 2, .attackNouns) {
                objectStart = verb + 2
            } else {
                return []
            }
        }
        let start = clauseStart(before: verb)
        guard let subject = (start..<verb).first(where: { isMention($0) && ![.event, .place].contains(kind($0)) }) else { return [] }
        let end = clauseEnd(after: objectStart)
        let attacked = attackedPlace(from: objectStart, to: end)
        let object = (objectStart..<end).first { isMention($0) && kind($0) == .event }.map(entity)
            ?? mainEvent
            ?? attacked.event
            ?? attacked.place
        guard let object else { return [] }
        return relation(entity(subject), .claimedResponsibilityFor, object)
    }

    /// "the attack on/at Crocus City Hall": the place, and its "<Place> attack" event if known.
    func attackedPlace(from start: Int, to end: Int) -> (event: String?, place: String?) {
        var index = start
        while index + 1 < end {
            if isWord(index, .attackNouns), isWord(index + 1, .attackPrepositions),
               let place = mention(after: index + 2), place < end, kind(place) == .place {
                let id = entity(place)
                let name = catalog.entity(id: id)?.name ?? id
                let event = catalog.resolve(name: name + " attack").flatMap { $0.kind == .event ? $0.id : nil }
                return (event, id)
            }
            index += 1
        }
        return (nil, nil)
    }

    /// "X, a branch of Y", "X, an affiliate of the Y".
    func branch(_ noun: Int) -> [Relation] {
        guard isWord(noun + 1, .of), let object = mention(after: noun + 2) else { return [] }
        var index = noun - 1
        while index >= 0 && index >= noun - 6 {
            if isMention(index) {
                if [.organisation, .other, .person].contains(kind(index)) {
                    return relation(entity(index), .branchOf, entity(object))
                }
            } else if isWord(index, .clauseWords) {
                break
            }
            index -= 1
        }
        return []
    }

    /// "X is a member of Y", "A and B are members of Y", "member states of Y".
    func member(_ noun: Int) -> [Relation] {
        var next = noun + 1
        if isWord(next, .memberQualifiers) { next += 1 }
        guard isWord(next, .of), let object = mention(after: next + 1) else { return [] }
        var index = noun - 1
        while index >= 0 && index >= noun - 5, isWord(index, .memberFillers) { index -= 1 }
        guard index >= 0, isMention(index) else { return [] }
        return mentionList(endingAt: index).flatMap { relation(entity($0), .memberOf, entity(object)) }
    }

    /// "Y is a ... alliance comprising A, B and C": each is a member of Y.
    func alliance(_ noun: Int) -> [Relation] {
        var next = noun + 1
        while next < noun + 4, isWord(next, .listLeadIns) { next += 1 }
        guard isWord(next, .listIntros) else { return [] }
        guard let owner = (max(0, noun - Self.window)..<noun).last(where: { isMention($0) && kind($0) == .organisation }) else { return [] }
        let members = mentionList(startingAt: next + 1).filter { [.country, .organisation, .other].contains(kind($0)) }
        return members.flatMap { relation(entity($0), .memberOf, entity(owner)) }
    }

    /// "Moscow's (close) (Central Asian) ally Tajikistan" -> Tajikistan ally of Russia;
    /// "X, an ally of Y"; "X and Y are allies".
    func ally(_ noun: Int) -> [Relation] {
        if let partner = mention(after: noun + 1), partner == noun + 1 || !tokens.indices.contains(noun + 1) {
            var index = noun - 1
            var subject: Int? = nil
            var sawPronoun = false
            while index >= 0 && index >= noun - Self.window {
                if isMention(index) && tokens[index].possessive && nation(index) != nil { subject = index; break }
                if isWord(index, .pronouns) { sawPronoun = true }
                index -= 1
            }
            if subject == nil && sawPronoun { subject = (max(0, noun - Self.window)..<noun).first { nation($0) != nil } }
            guard let subject, let owner = nation(subject) else { return [] }
            return relation(nation(partner) ?? entity(partner), .allyOf, owner)
        }
        if isWord(noun + 1, .of), let object = mention(after: noun + 2),
           let subject = (max(0, noun - 5)..<noun).last(where: isMention) {
            return relation(nation(subject) ?? entity(subject), .allyOf, nation(object) ?? entity(object))
        }
        if isWord(noun, .allies) {
            var index = noun - 1
            while index >= 0 && index >= noun - 4, !isMention(index) { index -= 1 }
            guard index >= 0, isMention(index) else { return [] }
            let partners = mentionList(endingAt: index)
            guard partners.count >= 2 else { return [] }
            var out: [Relation] = []
            for first in partners.indices {
                for second in partners.indices where second > first {
                    out += relation(nation(partners[first]) ?? entity(partners[first]), .allyOf,
                                    nation(partners[second]) ?? entity(partners[second]))
                }
            }
            return out
        }
        return []
    }

    /// "Russia's war with Ukraine", "its war against Y" (its: the nearest country before),
    /// "X is at war with Y", "the war between X and Y".
    func war(_ noun: Int) -> [Relation] {
        if isWord(noun + 1, .between), let first = mention(after: noun + 2),
           isWord(first + 1, .and), let second = mention(after: first + 2) {
            return relation(nation(first) ?? entity(first), .atWarWith, nation(second) ?? entity(second))
        }
        guard isWord(noun + 1, .warPrepositions),
              let object = mention(after: noun + 2) else { return [] }
        var subject: Int? = nil
        if noun > 0 && isMention(noun - 1) && tokens[noun - 1].possessive {
            subject = noun - 1
        } else if isWord(noun - 1, .pronouns) {
            subject = (max(0, noun - Self.window)..<(noun - 1)).last { nation($0) != nil }
        } else if isWord(noun - 1, .at) {
            var index = noun - 2
            while index >= 0, isWord(index, .beVerbs) { index -= 1 }
            if index >= 0 && isMention(index) { subject = index }
        }
        guard let subject else { return [] }
        return relation(nation(subject) ?? entity(subject), .atWarWith, nation(object) ?? entity(object))
    }

    /// "The attack drew condemnation from A, B and C".
    func condemnation(_ noun: Int) -> [Relation] {
        guard let from = (noun + 1..<min(tokens.count, noun + 4)).first(where: { isWord($0, .fromBy) }),
              let object = condemnedEvent(after: noun) else { return [] }
        return condemners(startingAt: from + 1).flatMap { relation(entity($0), .condemned, object) }
    }

    /// "A and B condemned the attack".
    func condemnedBy(_ verb: Int) -> [Relation] {
        var index = verb - 1
        while index >= 0 && index >= verb - 3, isWord(index, .condemnAdverbs) { index -= 1 }
        guard index >= 0, isMention(index), let object = condemnedEvent(after: verb) else { return [] }
        return mentionList(endingAt: index)
            .filter { [.country, .organisation, .person, .other].contains(kind($0)) }
            .flatMap { relation(entity($0), .condemned, object) }
    }

    /// "The Russian Defense Minister Sergei Shoigu" -> Shoigu role_of Russia, role "Defense Minister".
    func roleOf(person: Int) -> [Relation] {
        guard kind(person) == .person else { return [] }
        var index = person - 1
        while index >= 0 && index >= person - 4, isWord(index, .titles), tokens[index].shape.contains(.firstUpper) {
            index -= 1
        }
        guard index < person - 1, index >= 0, isMention(index),
              [.country, .organisation, .place].contains(kind(index)) else { return [] }
        let role = WordScanner.slice(text, utf8: tokens[index + 1].utf8Start, tokens[person - 1].utf8End)
        return relation(entity(person), .roleOf, entity(index), role: role)
    }

    /// "ISIS-K militants in Afghanistan", "X operates in Y", "X is active in Y".
    func activeIn(_ subject: Int) -> [Relation] {
        guard [.organisation, .other].contains(kind(subject)) else { return [] }
        var index = subject + 1
        var sawTrigger = false
        while index < tokens.count && index <= subject + 4, !isMention(index) {
            if isWord(index, .activeWords) {
                sawTrigger = true
            } else if sawTrigger && isWord(index, .activePrepositions) {
                guard let place = mention(after: index + 1), [.country, .place].contains(kind(place)) else { return [] }
                return relation(entity(subject), .activeIn, entity(place))
            } else if !isWord(index, .activeFillers) {
                return []
            }
            index += 1
        }
        return []
    }

    /// "the Crocus City concert hall in Moscow, Russia": hall in Moscow, Moscow in Russia.
    func locatedIn(_ place: Int) -> [Relation] {
        guard kind(place) == .place, isWord(place + 1, .inWord),
              let container = mention(after: place + 2), [.place, .country].contains(kind(container)) else { return [] }
        var out = relation(entity(place), .locatedIn, entity(container))
        if tokens[container].gapAfter.contains(.comma), container + 1 < tokens.count, isMention(container + 1),
           kind(container + 1) == .country, kind(container) == .place {
            out += relation(entity(container), .locatedIn, entity(container + 1))
        }
        return out
    }
}
