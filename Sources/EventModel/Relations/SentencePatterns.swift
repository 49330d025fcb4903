/// The sentence patterns of ``RelationExtractor``, applied to one sentence's tokens.
struct SentencePatterns {
    /// How far a pattern looks for its subject or object, in tokens: keeps every sentence linear,
    /// even a five-megabyte line with no full stop.
    static let window = 40
    /// Longest list "A, B and C" read.
    static let longestList = 30
    /// A sentence longer than this (in characters) gives evidence cut around each relation.
    static let longSentence = 600
    /// Tokens kept either side of a relation's own in such a cut.
    static let evidenceMargin = 8
    static let only = TextFolding.wordHash("only")
    static let that = TextFolding.wordHash("that")
    static let membership = TextFolding.wordHash("membership")
    static let out = TextFolding.wordHash("out")
    static let be = TextFolding.wordHash("be")
    static let carried = TextFolding.wordHash("carried")
    static let it = TextFolding.wordHash("it")
    static let had = TextFolding.wordHash("had")
    static let known = Vocabulary.known
    static let which = TextFolding.wordHash("which")
    static let one = TextFolding.wordHash("one")
    static let hosted = TextFolding.wordHash("hosted")
    static let remote: Set<UInt64> = Set("phone telephone video virtual online".split(separator: " ").map { TextFolding.wordHash(String($0)) })
    static let supporterNouns: Set<UInt64> = Set("backer backers benefactor patron sponsor".split(separator: " ").map { TextFolding.wordHash(String($0)) })
    static let ledBy: [UInt64: String] = Dictionary(uniqueKeysWithValues: [("led", "leader"), ("headed", "head"), ("commanded", "commander"),
                                                                          ("founded", "founder")].map { (TextFolding.wordHash($0.0), $0.1) })
    static let asWord = Vocabulary.asWord
    static let possessiveS = TextFolding.wordHash("s")
    static let visitNoun = TextFolding.wordHash("visit")
    static let supportCompounds: Set<UInt64> = Set("base bases network networks staff services group groups".split(separator: " ").map { TextFolding.wordHash(String($0)) })
    static let aliasWords: Set<UInt64> = Set("also known alias aka better".split(separator: " ").map { TextFolding.wordHash(String($0)) })
    static let arrivals: Set<UInt64> = Set("arrived arrives landed lands arriving".split(separator: " ").map { TextFolding.wordHash(String($0)) })
    /// Head nouns of a phrase that stands for an armed or political actor: "an Iran-backed force".
    static let actorNouns: Set<UInt64> = Set(("force forces government army troops fighters administration regime coalition "
        + "party authorities proxy proxies paramilitary paramilitaries").split(separator: " ").map { TextFolding.wordHash(String($0)) })
    /// Words between an owner and an office that are no part of the office: "the PKK's jailed leader".
    static let officeAdjectives: Set<UInt64> = Set(("jailed slain late exiled ousted imprisoned detained assassinated longtime long-time "
        + "veteran top senior powerful influential reclusive elusive self-styled alleged suspected purported reputed").split(separator: " ").map { TextFolding.wordHash(String($0)) })
    /// Words after "fighting" that say where, when or what for, not against whom.
    static let fightingNouns = Vocabulary.hashes("battle battles offensive operations")
    static let whereWords: Set<UInt64> = Set("near in at along across around inside outside over for on through during".split(separator: " ").map { TextFolding.wordHash(String($0)) })
    static let alongside = TextFolding.wordHash("alongside")
    static let against = TextFolding.wordHash("against")
    static let placeNouns: Set<UInt64> = Set("border borders frontier coast capital city town region side territory".split(separator: " ").map { TextFolding.wordHash(String($0)) })
    static let travelVerbs: Set<UInt64> = Set("travelled traveled travels flew flies rushed hurried".split(separator: " ").map { TextFolding.wordHash(String($0)) })
    /// "its breakaway rival", "a splinter rival": a rival that split from the other.
    static let splitWords: Set<UInt64> = Set("breakaway splinter offshoot".split(separator: " ").map { TextFolding.wordHash(String($0)) })
    static let linkedWords: Set<UInt64> = Set("linked affiliated".split(separator: " ").map { TextFolding.wordHash(String($0)) })
    static let memberVerbs: Set<UInt64> = Set("includes include consists comprises consisted comprised".split(separator: " ").map { TextFolding.wordHash(String($0)) })
    /// "who led the Quds force": the verb, and the office it stands for.
    static let officeVerbs: [UInt64: String] = Dictionary(uniqueKeysWithValues: [
        ("led", "leader"), ("leads", "leader"), ("heads", "head"), ("headed", "head"), ("founded", "founder"),
        ("commands", "commander"), ("commanded", "commander"), ("chairs", "chair"), ("chaired", "chair"),
    ].map { (TextFolding.wordHash($0.0), $0.1) })
    static let suspicionWords: Set<UInt64> = Set("suspected alleged presumed purported".split(separator: " ").map { TextFolding.wordHash(String($0)) })
    static let hedges: Set<UInt64> = Set("may might could possibly perhaps if".split(separator: " ").map { TextFolding.wordHash(String($0)) })
    /// Doubt before a statement as well as inside it: "likely", "appears", "allegedly carried out".
    static let leadingHedges = Vocabulary.hashes("likely unlikely apparently appears appear appeared seemed seems allegedly probably possibly perhaps")
    static let determiners: Set<UInt64> = Set("his her its their".split(separator: " ").map { TextFolding.wordHash(String($0)) })
    static let responsible = TextFolding.wordHash("responsible")
    static let behind = TextFolding.wordHash("behind")
    static let talks = TextFolding.wordHash("talks")
    static let meetingWord = TextFolding.wordHash("meeting")
    static let summitWord = TextFolding.wordHash("summit")
    static let year = TextFolding.wordHash("year")
    static let old = TextFolding.wordHash("old")
    static let demonstrativePlurals = Vocabulary.hashes("those these")
    static let future: Set<UInt64> = Set("will would to shall".split(separator: " ").map { TextFolding.wordHash(String($0)) })

    let sentence: SentenceTokens
    let tokens: [SentenceTokens.Token]
    let kinds: [EntityKind]
    let ids: [String]
    let text: String
    let mainEvent: String?
    /// Read from the context when a pattern asks, which few do: a copy per sentence retained its every table.
    var catalog: EntityCatalog { context.catalog }
    /// What the sentence before named, for "the group" and "he".
    let previous: Antecedents
    let context: ArticleContext

    /// Takes from the context only what the patterns read, so that no article is copied per sentence.
    init(sentence: SentenceTokens, context: ArticleContext, previous: Antecedents = .none) {
        self.previous = previous
        self.context = context
        self.sentence = sentence
        tokens = sentence.tokens
        kinds = context.kinds
        ids = context.ids
        text = context.text
        mainEvent = context.mainEvent
    }

    func relations() -> [Relation] {
        var out: [Relation] = []
        for index in tokens.indices {
            let token = tokens[index]
            if token.isMention {
                out += roleOf(person: index)
                out += swornIn(index)
                out += tookHelm(index)
                out += activeIn(index)
                out += locatedIn(index)
                out += bodyIn(index)
                out += agedNationality(index)
                out += appositions(index)
                out += copulaOffice(index)
                out += ledBy(index)
                out += ownUnit(index)
                out += possessiveMember(index)
                out += partyInBrackets(index)
                out += countrysBody(index)
                continue
            }
            let words = token.words
            if let raw = Self.extraTriggerTable[token.hash], let extra = ExtraTrigger(rawValue: raw) { out += self.extra(extra, at: index) }
            if words.contains(.groupPronouns) && isWord(index - 1, .articles) { out += activeIn(index) + ledBy(index) }
            guard !words.isDisjoint(with: .triggers) else { continue }
            if words.contains(.claimVerbs) || words.contains(.claimTake) { out += claim(index) }
            if words.contains(.branchNouns) { out += branch(index) }
            if words.contains(.memberNouns) { out += member(index) }
            if words.contains(.joinVerbs) { out += joined(index) }
            if words.contains(.allianceNouns) { out += alliance(index) }
            if words.contains(.allyNouns) { out += ally(index) }
            if words.contains(.war) { out += war(index) }
            if words.contains(.fightVerbs) { out += fought(index) }
            if words.contains(.condemnationNouns) { out += condemnation(index) }
            if words.contains(.condemnVerbs) { out += condemnedBy(index) }
            if words.contains(.blameVerbs) { out += blame(index) }
            if words.contains(.perpetration) { out += perpetrator(index) }
            if words.contains(.capital) { out += capital(index) }
            if words.contains(.cityNouns) { out += cityOf(index) }
            if words.contains(.basedWords) { out += based(index) }
            if words.contains(.citizenNouns) { out += citizen(index) }
            if words.contains(.arrestVerbs) { out += arrest(index, .arrested) }
            if words.contains(.chargeVerbs) { out += arrest(index, .charged) }
            if words.contains(.meetVerbs) { out += meeting(index) }
            if words.contains(.visitVerbs) { out += visit(index) }
            if words.contains(.supportVerbs) { out += support(index) }
            if words.contains(.rivalNouns) { out += rival(index) }
        }
        return out
    }

    // MARK: - Patterns

    static let credit = TextFolding.wordHash("credit")

    /// "X claimed responsibility for Y", "X took responsibility", "Y was claimed by X": Y is the
    /// event named in the clause, else the article's main event, else the "<Place> attack" event.
    func claim(_ verb: Int) -> [Relation] {
        // "initially claimed responsibility but later retracted the claim": no claim stands.
        if (verb + 1..<tokens.count).contains(where: { EventWords.retractions.contains(hash($0)) }) { return [] }
        let takes = isWord(verb, .claimTake) && !isWord(verb, .claimVerbs)
        var objectStart: Int
        if takes, isHash(verb + 1, Self.credit), isWord(verb + 2, .forWord),
           (verb + 3..<min(tokens.count, verb + 7)).contains(where: { isWord($0, .attackNouns) || isMention($0) && kind($0) == .event }) {
            // "took credit for the suicide attack"; "took credit for the reforms" claims no deed.
            objectStart = verb + 3
        } else if isWord(verb + 1, .responsibility) {
            objectStart = verb + 2
        } else if isWord(verb + 2, .responsibility) && !isMention(verb + 1) {
            objectStart = verb + 3
        } else if takes {
            return []
        } else if isHash(verb + 1, Self.it) {
            // "claimed it had met its deadline": a statement, not a claim of the deed.
            if isWord(verb + 2, .verbFillers) || isWord(verb + 2, .beVerbs) { return [] }
            objectStart = verb + 1
        } else if let named = mention(after: verb + 1), kind(named) == .event {
            // "claimed the Crocus attack was planned by ...": a claim about it, not of it.
            if isWord(named + 1, .beVerbs) || isHash(named + 1, Self.had) { return [] }
            objectStart = named
        } else if let noun = (verb + 1...verb + 3).first(where: { isWord($0, .attackNouns) }),
                  !(verb + 1..<noun).contains(where: isMention) {
            // "claimed the attack", "claimed several attacks on ..."
            objectStart = noun
        } else if isWord(verb + 1, .by) {
            // "The bombing was claimed by X": the event is before the verb.
            let claimants = agents(after: verb, kinds: Self.actors)
            guard let first = claimants.first, let event = event(near: verb) else { return [] }
            return claimants.flatMap { relation($0.id, .claimedResponsibilityFor, event.id, at: [event.token, verb, first.token]) }
        } else {
            return []
        }
        guard let (subject, saidBy) = subject(of: verb, kinds: Self.actors) else { return [] }
        // "a group in Pakistan has claimed", "a Pakistani group known as X", "X, a Pakistan-based group": a
        // country named inside the description of who claims is not the claimant.
        if subject.kind == .country, isMention(subject.token),
           isDemonymAdjective(subject.token) || isFusedAttributive(subject.token)
            || subject.token > 0 && (isWord(subject.token - 1, .inWord) || isHash(subject.token - 1, Self.from)) {
            return []
        }
        let end = clauseEnd(after: objectStart)
        let attacked = attackedPlace(from: objectStart, to: end)
        let named = (objectStart..<end).first { isMention($0) && kind($0) == .event }
        // A place is not what is claimed: "the raid in the Khyber district" names no event to claim.
        // "claimed a February 21 attack near the border" is another deed than the story's.
        let another = (objectStart..<end).first(where: { isWord($0, .attackNouns) }).map { noun in
            (max(verb + 1, noun - 3)..<noun).contains { Self.otherDeedWords.contains(hash($0)) }
        } ?? false
        let object = named.map(entity) ?? (another ? nil : mainEvent(fitting: attacked.place ?? placeAfterLocative(from: objectStart, to: end)))
            ?? attacked.event
        guard let object else { return [] }
        return list(from: subject, kinds: Self.actors).flatMap {
            relation($0.id, .claimedResponsibilityFor, object, at: [$0.token, verb] + (named.map { [$0] } ?? []), saidBy: saidBy)
        }
    }

    /// The event a clause is about: one named in it (before or after `index`), else the article's.
    func event(near index: Int) -> Argument? {
        let start = clauseStart(before: index), end = clauseEnd(after: index)
        if let named = (start..<end).first(where: { isDeedMention($0) }) {
            return Argument(token: named, id: entity(named), kind: .event)
        }
        let attacked = attackedPlace(from: start, to: end)
        // "Those attacks were claimed by X": other deeds, named before, not the story's own.
        if (start..<end).contains(where: { Self.demonstrativePlurals.contains(hash($0)) && isWord($0 + 1, .attackNouns) }) { return nil }
        if mainEvent != nil {
            return mainEvent(fitting: attacked.place ?? placeAfterLocative(from: index, to: end)).map { Argument(token: index, id: $0, kind: .event) }
        }
        return attacked.event.map { Argument(token: index, id: $0, kind: .event) }
    }

    /// A mention of an event that is a deed, not a gathering ("the BRICS Summit").
    func isDeedMention(_ index: Int) -> Bool {
        isMention(index) && kind(index) == .event && !ArticleContext.isGathering(event: entity(index), catalog: catalog)
    }

    /// The article's main event, unless the clause places its deed where the event's name does not:
    /// "carried out the attack in the seaside resort of Cambrils" in a story named for the Barcelona attack
    /// is another attack's.
    func mainEvent(fitting place: String?) -> String? {
        guard let main = mainEvent else { return nil }
        if let place, let name = catalog.entity(id: main)?.name, let placeName = catalog.entity(id: place)?.name,
           !TextFolding.key(name).contains(TextFolding.key(placeName)) { return nil }
        return main
    }

    /// "a", "another", "an earlier": words before a deed's noun that make it not the story's own.
    static let otherDeedWords = Vocabulary.hashes("a an another earlier previous other separate similar")

    /// "against", "targeting": words that name a deed's target, as "on" does.
    static let targetWords = Vocabulary.hashes("against targeting")

    /// "the attack in the seaside resort of Cambrils": the first place named after "in" or "at" past `index`.
    func placeAfterLocative(from index: Int, to end: Int) -> String? {
        // "the recent attack on tourists in Pahalgam": past the deed's target, when the deed is named first.
        var reach = index + 4
        if let noun = (index..<min(end, index + 5)).first(where: { isWord($0, .attackNouns) }),
           isWord(noun + 1, .onWord) || Self.targetWords.contains(hash(noun + 1)) {
            reach = noun + 6
        }
        guard let locative = (index..<min(end, reach)).first(where: { isWord($0, .inWord) || isWord($0, .at) }) else { return nil }
        var cursor = locative + 1
        while cursor < min(end, locative + 7) && (!isMention(cursor) || isDemonymAdjective(cursor)) { cursor += 1 }
        guard cursor < end, isMention(cursor), kind(cursor) == .place else { return nil }
        return entity(cursor)
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

    /// A country for a capital used in its place ("Moscow" for Russia), else the entity itself.
    func side(_ argument: Argument) -> String {
        isMention(argument.token) ? (nation(argument.token) ?? argument.id) : argument.id
    }

    /// "Russia's war with Ukraine", "its war against Y" (its: the nearest country before),
    /// "X is at war with Y", "the war/conflict between X and Y".
    func war(_ noun: Int) -> [Relation] {
        // "to avert an Israel-Iran war", "fears of a war between X and Y": a war feared is none fought.
        if (max(0, noun - 6)..<noun).contains(where: { Self.fearedWarWords.contains(hash($0)) }) { return [] }
        // "intensified operations against the ADF": operations are a war only when they are against someone.
        if isHash(noun, Self.operations), !isHash(noun + 1, Self.against) { return [] }
        // "the Israel-Hamas war", "the Russia-Ukraine conflict": the two sides named in one hyphened word.
        if noun >= 2, isMention(noun - 1), isMention(noun - 2), tokens[noun - 2].gapAfter == .hyphen,
           Self.actors.contains(kind(noun - 1)), Self.actors.contains(kind(noun - 2)) {
            let first = nation(noun - 2) ?? entity(noun - 2), second = nation(noun - 1) ?? entity(noun - 1)
            return first == second ? [] : relation(first, .atWarWith, second, at: [noun - 2, noun - 1, noun])
        }
        // "the war between X and Y", "the conflict in Sudan broke out in 2023 between X and Y".
        if let between = (noun + 1..<min(tokens.count, noun + 9)).first(where: { isWord($0, .between) }),
           !(noun + 1..<between).contains(where: { isWord($0, .clauseWords) || !tokens[$0].gapAfter.isDisjoint(with: [.semicolon, .period]) }),
           let first = object(after: between, kinds: Self.actors, reach: 3, demonyms: true) {
            var cursor = first.token + 1
            // past an aside: "the Sudanese Armed Forces (SAF), led by X, and the RSF"
            while cursor < tokens.count && cursor < first.token + 8 && !isWord(cursor, .and) { cursor += 1 }
            guard isWord(cursor, .and), let second = object(after: cursor, kinds: Self.actors, reach: 3, demonyms: true) else { return [] }
            return relation(side(first), .atWarWith, side(second), at: [noun, first.token, second.token])
        }
        // "A and B have been locked in a brutal conflict": the two sides the verb's subject lists.
        if let verb = (max(0, noun - 5)..<noun).last(where: { Self.lockedVerbs.contains(hash($0)) }), isWord(verb + 1, .inWord),
           (verb..<noun).allSatisfy({ !isMention($0) && tokens[$0].gapAfter.isDisjoint(with: .clauseBreak) }),
           let (subject, _) = self.subject(of: verb, kinds: Self.actors) {
            let sides = list(from: subject, kinds: Self.actors)
            guard sides.count >= 2, side(sides[0]) != side(sides[1]) else { return [] }
            return relation(side(sides[0]), .atWarWith, side(sides[1]), at: [sides[0].token, verb, noun])
        }
        if let waged = warWaged(noun) { return waged }
        guard isWord(noun + 1, .warPrepositions),
              let object = mention(after: noun + 2), Self.actors.contains(kind(object)) || kind(object) == .place else { return [] }
        // "fought numerous battles in Syria", "an offensive in Kursk": where the fighting was ("Russia's war in
        // Ukraine" is against it).
        // ("its offensive on Avdiivka", "an offensive on the Zamzam camp": a battle for a town or a site is no war with it.)
        if isWord(noun + 1, .inWord) || ![.country, .organisation].contains(kind(object)), Self.fightingNouns.contains(hash(noun)) { return [] }
        var subject: Int? = nil
        if noun > 0 && isMention(noun - 1) && tokens[noun - 1].possessive {
            subject = noun - 1
        } else if isWord(noun - 1, .pronouns) {
            subject = (max(0, noun - Self.window)..<(noun - 1)).last { nation($0) != nil }
        } else if isWord(noun - 1, .at) {
            var index = noun - 2
            while index >= 0, isWord(index, .beVerbs) || isWord(index, .verbFillers) { index -= 1 }
            if index >= 0 && isMention(index) { subject = index }
            // "X, who has been at war with Y since 2023,": the name the relative clause follows.
            if index >= 1, isWord(index, .relativeWords), isMention(index - 1), tokens[index - 1].gapAfter.contains(.comma) { subject = index - 1 }
        }
        if subject == nil, let verb = (max(0, noun - 4)..<noun).last(where: { Self.wagingVerbs.contains(hash($0)) }),
           (verb..<noun).allSatisfy({ !isMention($0) && tokens[$0].gapAfter.isDisjoint(with: .clauseBreak) }),
           let waging = self.subject(of: verb, kinds: Self.groupsAndCountries)?.argument {
            // "Pakistan, fighting a four-day war with India", "the group has waged a war against X".
            return relation(side(waging), .atWarWith, nation(object) ?? entity(object), at: [waging.token, noun, object])
        }
        guard let subject else { return [] }
        return relation(nation(subject) ?? entity(subject), .atWarWith, nation(object) ?? entity(object), at: [subject, noun, object])
    }

    /// "the war that Russia has been waging against Ukraine", "the war Israel is fighting in Gaza against Hamas":
    /// a war its waging side names in a relative clause.
    private func warWaged(_ noun: Int) -> [Relation]? {
        var side = noun + 1
        if isHash(side, Self.that) || isHash(side, Self.which) { side += 1 }
        guard isMention(side), Self.groupsAndCountries.contains(kind(side)), tokens[noun].gapAfter.isDisjoint(with: .clauseBreak) else { return nil }
        var verb = side + 1
        while verb < min(tokens.count, side + 4) && (isWord(verb, .beVerbs) || isWord(verb, .verbFillers)) { verb += 1 }
        guard Self.wagingVerbs.contains(hash(verb)), isWord(verb + 1, .warPrepositions),
              let object = mention(after: verb + 2), object <= verb + 3, Self.actors.contains(kind(object)),
              (side..<object).allSatisfy({ tokens[$0].gapAfter.isDisjoint(with: .clauseBreak) }) else { return nil }
        return relation(nation(side) ?? entity(side), .atWarWith, nation(object) ?? entity(object), at: [side, noun, object])
    }

    static let fearedWarWords = Vocabulary.hashes("avert averting averted avoid avoiding prevent preventing possible potential fear fears feared risk risks threat brink looming")
    static let lockedVerbs = Vocabulary.hashes("locked engaged embroiled mired")
    static let wagingVerbs: Set<UInt64> = Set("fought fighting fights waged waging wages launched intensified stepped ramped declared declares declaring".split(separator: " ").map { TextFolding.wordHash(String($0)) })
    static let operations = TextFolding.wordHash("operations")

    /// "The attack drew condemnation from A, B and C".
    func condemnation(_ noun: Int) -> [Relation] {
        guard let from = (noun + 1..<min(tokens.count, noun + 4)).first(where: { isWord($0, .fromBy) }),
              let object = condemnedEvent(after: noun) else { return [] }
        return condemners(startingAt: from + 1).flatMap { relation(entity($0), .condemned, object, at: [noun, $0]) }
    }

    /// What befalls a person: "condemned X's death".
    static let fateNouns = Vocabulary.hashes("death deaths killing killings murder murders execution detention imprisonment jailing disappearance abduction torture")

    /// "A and B condemned the attack", "the bombing was condemned by A", "A condemned Israel".
    func condemnedBy(_ verb: Int) -> [Relation] {
        if isWord(verb + 1, .by) || isPassive(verb) {
            let condemners = agents(after: verb, kinds: Self.actors)
            guard let first = condemners.first else { return [] }
            let target = event(near: verb)?.id
            guard let target else { return [] }
            return condemners.flatMap { relation($0.id, .condemned, target, at: [verb, first.token]) }
        }
        // "X said on Telegram, condemning the attack": the one who spoke condemns, not where it was said.
        let participle = verb > 0 && tokens[verb - 1].gapAfter.contains(.comma) && isIngForm(verb)
        let speech = participle ? (max(0, verb - 6)..<verb).last(where: { isWord($0, .speechVerbs) }) : nil
        guard let (subject, _) = subject(of: speech ?? verb, kinds: Self.actors) else { return [] }
        let target: String
        var parts = [subject.token, verb]
        // "strongly condemns it": what "it" stands for is a deed, not the body named before it.
        let kinds = isWord(verb + 1, .itPronouns) ? [EntityKind.event] : Self.actors.union([.event])
        // "condemned Israeli airstrikes targeting Hamas leaders": the deed is condemned, not a name after it.
        // "condemned Ojwang's death", "condemned X's arrest": what befell the name is condemned, not the name.
        if let named = object(after: verb, kinds: kinds, reach: 3), tokens[named.token].possessive,
           Self.fateNouns.contains(hash(named.token + 1))
            || EventWords.triggers[hash(named.token + 1)].map({ [.arrest, .trial, .deportation, .kidnapping, .assassination].contains($0.type) }) == true {
            guard let event = condemnedEvent(after: verb) else { return [] }
            target = event
        } else if let named = object(after: verb, kinds: kinds, reach: 3),
           named.kind == .event || !(verb + 1..<named.token).contains(where: { isWord($0, .attackNouns) || EventWords.strikes.contains(hash($0)) }),
           // ("condemned the recent Naxalite attack": the name describes the deed condemned.)
           named.kind == .event || !(tokens[named.token].gapAfter.isEmpty
               && (isWord(named.token + 1, .attackNouns) || EventWords.strikes.contains(hash(named.token + 1)))) {
            target = named.id
            parts.append(named.token)
        } else if let event = condemnedEvent(after: verb) {
            target = event
        } else {
            return []
        }
        return list(from: subject, kinds: Self.actors).flatMap { relation($0.id, .condemned, target, at: parts) }
    }
}
