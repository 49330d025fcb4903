/// Ties read from words the trigger categories (``RelationWords``, every bit taken) do not hold:
/// insurgencies and armed action against a state's forces as war, allies and rivals by regard
/// ("consider Moscow a key ally"), founders as members, and members named before a list ("Besides X");
/// the words for companies and state media start the patterns of +Companies.
extension SentencePatterns {
    /// What one of these words starts.
    enum ExtraTrigger: Int32 {
        case insurgency, hostile, regard, founded, supply, allegiance, drawn, controlled, appointed, heads, killed, fell, company, stateRun, admitted
        case seat, emerged, ceasefire, selfNamed
    }

    /// Looked up for every word of every sentence: the open-addressed table the linker uses, not a
    /// Dictionary, whose hashing alone cost a few percent of extraction.
    static let extraTriggerTable: HashTable64 = {
        var table = HashTable64(capacity: 64)
        func add(_ words: String, _ trigger: ExtraTrigger) {
            for word in words.split(separator: " ") { table.set(TextFolding.wordHash(String(word)), trigger.rawValue) }
        }
        add("insurgency insurgencies rebellion uprising struggle", .insurgency)
        add("""
            attacked attacking ambushed ambushing raided raiding stormed storming shelled shelling overran overrun \
            assault assaults offensive ambush raid raids airstrikes fire targeting targeted attack attacks strikes \
            missiles rockets drones
            """, .hostile)
        add("consider considers considered regard regards regarded view views viewed see sees", .regard)
        add("founded established created formed", .founded)
        add("""
            supplied supplying supplies supply provided providing provides sent sending sends delivered delivering \
            pledged pledges promised promises offered offers bring brings bringing
            """, .supply)
        add("allegiance", .allegiance)
        add("drawn", .drawn)
        add("controlled", .controlled)
        add("named appointed installed", .appointed)
        add("heads headed chairs chaired leads led", .heads)
        add("killed kill kills killing", .killed)
        add("fell", .fell)
        add("giant major supermajor firm company conglomerate multinational group maker carrier airline lender producer operator", .company)
        // "the French magazine Charlie Hebdo", "the Kenyan supermarket chain X": news outlets and chains too.
        add("magazine newspaper weekly daily tabloid broadcaster outlet chain retailer station", .company)
        // "the Bangladeshi elite force RAB", "the Pakistani spy agency ISI": a state's bodies.
        add("force agency service", .company)
        add("run owned", .stateRun)
        add("admitted", .admitted)
        add("headquarters base stronghold bastion", .seat)
        add("emerged evolved sprang grew", .emerged)
        add("ceasefire ceasefires truce armistice", .ceasefire)
        add("themselves collectively", .selfNamed)
        return table
    }()

    /// The soldiers, posts and bodies of a state's armed forces: "a Malian army base", "Nigerian troops".
    static let forceNouns: Set<UInt64> = Set("""
        army troops soldiers forces military base bases positions position post posts outpost outposts checkpoint targets fighters \
        checkpoints convoy convoys guards peacekeepers peacekeeping garrison barracks servicemen units
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { TextFolding.wordHash(String($0)) })
    static let opened: Set<UInt64> = Set("opened open opening".split(separator: " ").map { TextFolding.wordHash(String($0)) })
    static let partnerNouns: Set<UInt64> = Set("ally allies partner partners friend".split(separator: " ").map { TextFolding.wordHash(String($0)) })
    static let enemyNouns: Set<UInt64> = Set("rival rivals enemy enemies adversary adversaries foe threat".split(separator: " ").map { TextFolding.wordHash(String($0)) })
    static let besides = TextFolding.wordHash("besides")
    static let causePrepositions = Vocabulary.hashes("for over against after")

    func extra(_ trigger: ExtraTrigger, at index: Int) -> [Relation] {
        switch trigger {
        case .insurgency: return insurgency(index)
        case .hostile: return assaultOnForces(index)
        case .regard: return regarded(index)
        case .founded: return isPassive(index) || isWord(index + 1, .by) ? foundedBy(index) : foundedAlliance(index)
        case .supply: return supplied(index)
        case .allegiance: return allegiance(index)
        case .drawn: return drawnFrom(index)
        case .controlled: return controlledBy(index)
        case .appointed: return appointed(index)
        case .heads: return heads(index)
        case .killed: return killedFighters(index)
        case .fell: return fellTo(index)
        case .company: return companyHome(index)
        case .stateRun: return stateRun(index)
        case .admitted: return admittedTo(index)
        case .seat: return seat(index)
        case .emerged: return emergedFrom(index)
        case .ceasefire: return ceasefireBetween(index)
        case .selfNamed: return selfNamed(index)
        }
    }

    /// "The group was admitted to the Islamic State's Central Africa Province": a member of the body.
    /// ("was admitted to hospital" names no body; "will be admitted" is not yet.)
    func admittedTo(_ verb: Int) -> [Relation] {
        guard isPassive(verb), isWord(verb + 1, .toWord), !(max(0, verb - 3)..<verb).contains(where: { Self.future.contains(hash($0)) }),
              var body = object(after: verb + 1, kinds: Self.groups, reach: 3),
              let (member, _) = subject(of: verb, kinds: Self.groupsAndCountries) else { return [] }
        // "the Islamic State's Central Africa Province": the body the possessive owns.
        if tokens[body.token].possessive, isMention(body.token + 1), Self.groups.contains(kind(body.token + 1)) {
            body = Argument(token: body.token + 1, id: entity(body.token + 1), kind: kind(body.token + 1))
        }
        return relation(member.id, .memberOf, body.id, at: [member.token, verb, body.token])
    }

    /// "The SCO was founded in 2001 by China and Russia": founding states and bodies are members,
    /// a founding person is its founder.
    func foundedBy(_ verb: Int) -> [Relation] {
        // ("the Serbian Progressive Party founded by X": the participle right after the body's name.)
        let reduced = verb > 0 && isMention(verb - 1) && Self.groups.contains(kind(verb - 1)) && isWord(verb + 1, .by)
        guard isPassive(verb) || reduced, let by = (verb + 1..<min(tokens.count, verb + 6)).first(where: { isWord($0, .by) }),
              let (group, _) = subject(of: verb, kinds: Self.groups) else { return [] }
        // ("established by ethnic Hutus": a people founds nothing as a member.)
        let founders = agents(after: by - 1, kinds: [.person, .organisation, .country])
        return founders.filter { $0.id != group.id }.flatMap { founder in
            founder.kind == .person
                ? relation(founder.id, .roleOf, group.id, role: "founder", at: [group.token, verb, founder.token])
                : relation(founder.id, .memberOf, group.id, at: [group.token, verb, founder.token])
        }
    }

    /// "Mali, Burkina Faso and Niger established the Alliance of Sahel States": states that found an
    /// alliance or a bloc are its members. A company or a government they form is no such body.
    func foundedAlliance(_ verb: Int) -> [Relation] {
        // "Prince previously founded the security firm Blackwater": a person who founds a body is its founder.
        if !Self.future.contains(hash(verb - 1)), let body = object(after: verb, kinds: [.organisation], reach: 5),
           (verb + 1..<body.token).allSatisfy({ !isMention($0) && tokens[$0].gapAfter.isDisjoint(with: .clauseBreak) }),
           let (founder, _) = subject(of: verb, kinds: [.person]) {
            return relation(founder.id, .roleOf, body.id, role: "founder", at: [founder.token, verb, body.token])
        }
        guard let body = object(after: verb, kinds: [.organisation], reach: 4),
              let name = catalog.entity(id: body.id)?.name,
              name.split(separator: " ").contains(where: { Self.blocWords.contains(TextFolding.wordHash(String($0))) }),
              let (first, _) = subject(of: verb, kinds: [.country]) else { return [] }
        return list(from: first, kinds: [.country]).flatMap { relation($0.id, .memberOf, body.id, at: [$0.token, verb, body.token]) }
    }

    static let blocWords = Vocabulary.hashes("""
        alliance union bloc community council coalition league pact confederation federation organisation organization forum
        """)

    /// "Rwandan troops have been supplying weapons and ammunition to the M23", "Iran sent drones to
    /// Russia": arms, money or fighters given to an actor are support for it.
    func supplied(_ verb: Int) -> [Relation] {
        // "accused North Korea of providing weapons to Russia": what one side says of another, not a fact stated.
        if isWord(verb - 1, .of), (max(0, verb - 6)..<verb - 1).contains(where: { isWord($0, .blameVerbs) }) { return [] }
        // "supplying Russia with missiles": the one supplied is named first.
        let named = isWord(verb + 1, .articles) ? verb + 2 : verb + 1
        if isMention(named), Self.actors.contains(kind(named)), isWord(named + 1, .withWord),
           (named + 2..<min(tokens.count, named + 7)).contains(where: { Self.suppliedNouns.contains(hash($0)) }),
           let giver = supplier(of: verb) {
            let receiver = Argument(token: named, id: entity(named), kind: kind(named))
            guard side(giver) != side(receiver) else { return [] }
            return relation(side(giver), .supported, side(receiver), at: [giver.token, verb, receiver.token])
        }
        // ("sent two battalions and heavy equipment to Mali": a few words may describe what was given.)
        guard let given = (verb + 1..<min(tokens.count, verb + 7)).first(where: { Self.suppliedNouns.contains(hash($0)) }),
              !(verb..<given).contains(where: { isMention($0) || !tokens[$0].gapAfter.isDisjoint(with: .clauseBreak) }),
              let to = (given + 1..<min(tokens.count, given + 5)).first(where: { isWord($0, .toWord) }),
              !(given..<to).contains(where: { isMention($0) || !tokens[$0].gapAfter.isDisjoint(with: .clauseBreak) }),
              let receiver = object(after: to, kinds: Self.actors, reach: 3),
              // "missiles to strike Ukraine": what they are for, not whom they go to.
              (to + 1..<receiver.token).allSatisfy({ isWord($0, .articles) || tokens[$0].shape.contains(.firstUpper) }),
              let giver = supplier(of: verb) else { return [] }
        guard side(giver) != side(receiver) else { return [] }
        return relation(side(giver), .supported, side(receiver), at: [giver.token, verb, receiver.token])
    }

    /// Who gives: "Iran's supply of drones", "its supply" (the nearest actor before), else the verb's subject.
    func supplier(of verb: Int) -> Argument? {
        // ("Iran sent drones", "told CNN that Iran supplies": a name right before the verb is who gives.)
        if isMention(verb - 1) {
            return Self.groupsAndCountries.contains(kind(verb - 1)) ? Argument(token: verb - 1, id: entity(verb - 1), kind: kind(verb - 1)) : nil
        }
        if Self.possessivePronouns.contains(hash(verb - 1)) {
            guard let nearest = (max(0, verb - Self.window)..<verb - 1).last(where: { isMention($0) && Self.groupsAndCountries.contains(kind($0)) })
            else { return nil }
            return Argument(token: nearest, id: entity(nearest), kind: kind(nearest))
        }
        // "the supply of drones to Russia" names no supplier; "sanctioned X for supplying drones": the
        // sentence's subject is the one who punishes it.
        if isWord(verb - 1, .articles) || Self.causePrepositions.contains(hash(verb - 1)) { return nil }
        return subject(of: verb, kinds: Self.groupsAndCountries)?.argument
    }

    /// "Boko Haram has pledged allegiance to the Islamic State": a group that pledges is the other's
    /// affiliate, a person its member.
    func allegiance(_ noun: Int) -> [Relation] {
        // A state pledges no allegiance to a group: "in U.S. history pledged allegiance" names a place, not who.
        // ("Insurgents with allegiance to ISWAP": the unnamed people before "with" hold it.)
        guard isWord(noun + 1, .toWord), !(isWord(noun - 1, .withWord) && noun >= 2 && !isMention(noun - 2)),
              let lord = object(after: noun + 1, kinds: Self.groups, reach: 4),
              let (vassal, _) = subject(of: noun, kinds: [.person, .organisation, .other]), vassal.id != lord.id else { return [] }
        return relation(vassal.id, vassal.kind == .person ? .memberOf : .branchOf, lord.id, at: [vassal.token, noun, lord.token])
    }

    /// "the MNJTF, a force of 11,000 troops drawn from Cameroon, Chad, Niger and Nigeria": each is a member.
    func drawnFrom(_ word: Int) -> [Relation] {
        guard isHash(word + 1, Self.from), let first = mention(after: word + 2), first <= word + 3,
              let force = (max(0, word - Self.window)..<word).last(where: { isMention($0) && kind($0) == .organisation }) else { return [] }
        return mentionList(startingAt: first).filter { kind($0) == .country && entity($0) != entity(force) }.flatMap {
            relation(entity($0), .memberOf, entity(force), at: [force, word, $0])
        }
    }

    /// "a truce deal between A and B", "the A-B ceasefire": a truce is between two
    /// sides at war. What a truce between is the war's, whoever brokered it.
    func ceasefireBetween(_ noun: Int) -> [Relation] {
        if noun >= 2, isMention(noun - 1), isMention(noun - 2), tokens[noun - 2].gapAfter == .hyphen,
           Self.actors.contains(kind(noun - 1)), Self.actors.contains(kind(noun - 2)) {
            let first = side(Argument(token: noun - 2, id: entity(noun - 2), kind: kind(noun - 2)))
            let second = side(Argument(token: noun - 1, id: entity(noun - 1), kind: kind(noun - 1)))
            return first == second ? [] : relation(first, .atWarWith, second, at: [noun - 2, noun - 1, noun])
        }
        // ("between A and the Lebanese armed group B": the group the words describe.)
        guard let between = (noun + 1..<min(tokens.count, noun + 4)).first(where: { isWord($0, .between) }),
              (noun..<between).allSatisfy({ !isMention($0) && tokens[$0].gapAfter.isDisjoint(with: .clauseBreak) }),
              let first = object(after: between, kinds: Self.actors, reach: 3, demonyms: true), isWord(first.token + 1, .and),
              let second = object(after: first.token + 1, kinds: Self.actors, reach: 4) ?? object(after: first.token + 1, kinds: Self.actors, reach: 2, demonyms: true)
        else { return [] }
        let a = side(first), b = side(second)
        return a == b ? [] : relation(a, .atWarWith, b, at: [noun, first.token, second.token])
    }

    /// "The RSF, which emerged from the Janjaweed militia, ...", "X grew out of Y": a group born of another is its branch.
    func emergedFrom(_ verb: Int) -> [Relation] {
        let from = isHash(verb + 1, Self.from) ? verb + 1 : isHash(verb + 1, Self.out) && isWord(verb + 2, .of) ? verb + 2 : nil
        guard let from, let parent = object(after: from, kinds: Self.groups, reach: 4),
              let (child, _) = subject(of: verb, kinds: Self.groups), child.id != parent.id else { return [] }
        return relation(child.id, .branchOf, parent.id, at: [child.token, verb, parent.token])
    }

    /// "Nigerian troops killed 20 Boko Haram fighters", "ISWAP fighters killed 12 Nigerian soldiers":
    /// a state's forces and a group's fighters killing each other are at war.
    func killedFighters(_ verb: Int) -> [Relation] {
        guard let target = fighters(after: verb) else { return [] }
        // The side before the verb: a state's forces ("Nigerian troops") or a group's fighters.
        var cursor = verb - 1
        while cursor >= 0 && cursor >= verb - 3 && !isMention(cursor) && (Self.forceNouns.contains(hash(cursor)) || Self.fighterNouns.contains(hash(cursor))) {
            cursor -= 1
        }
        guard cursor < verb - 1, cursor >= 0, isMention(cursor), Self.groupsAndCountries.contains(kind(cursor)) || nation(cursor) != nil
        else { return [] }
        let killer = side(Argument(token: cursor, id: entity(cursor), kind: kind(cursor)))
        // A state against a group: "Nigerian police killed a Nigerian suspect" is no war.
        guard killer != target.id, (catalog.kind(of: killer) == .country) != (target.kind == .country) else { return [] }
        return relation(killer, .atWarWith, target.id, at: [cursor, verb, target.token])
    }

    /// "20 Boko Haram fighters", "12 Nigerian soldiers": the side whose fighters or forces were killed.
    private func fighters(after verb: Int) -> Argument? {
        var cursor = verb + 1
        while cursor < tokens.count && cursor <= verb + 4 && !isMention(cursor) {
            guard tokens[cursor].gapAfter.isDisjoint(with: .clauseBreak), !isWord(cursor, .clauseWords) else { return nil }
            cursor += 1
        }
        guard cursor < tokens.count, isMention(cursor), cursor + 1 < tokens.count, !isMention(cursor + 1),
              Self.fighterNouns.contains(hash(cursor + 1)) || Self.forceNouns.contains(hash(cursor + 1)) else { return nil }
        if let state = nation(cursor) { return Argument(token: cursor, id: state, kind: .country) }
        guard Self.groups.contains(kind(cursor)) else { return nil }
        return Argument(token: cursor, id: entity(cursor), kind: kind(cursor))
    }

    static let fighterNouns: Set<UInt64> = Set("fighters militants insurgents jihadists rebels members gunmen".split(separator: " ").map { TextFolding.wordHash(String($0)) })

    static let suppliedNouns: Set<UInt64> = Set(("weapons arms ammunition munitions drones missiles rockets artillery tanks "
        + "equipment funding funds money fighters mercenaries training assistance aid support help systems interceptors").split(separator: " ").map { TextFolding.wordHash(String($0)) })

    /// "The TTP has waged an insurgency against the Pakistani state", "al-Shabaab's insurgency in Somalia".
    func insurgency(_ noun: Int) -> [Relation] {
        // "a violent struggle against Pakistan"; a political struggle is no war.
        if isHash(noun, Self.struggle) && !(max(0, noun - 2)..<noun).contains(where: { Self.armedWords.contains(hash($0)) }) { return [] }
        guard isWord(noun + 1, .warPrepositions) && !isWord(noun + 1, .of),
              var object = object(after: noun + 1, kinds: Self.groupsAndCountries, reach: 3, demonyms: true) ?? governmentIn(after: noun + 1)
        else { return [] }
        // "an insurgency against Somalia's UN-backed government": the government's country, not who backs it.
        if isFusedAttributive(object.token) {
            let owner = object.token - 1
            guard owner >= 0, isMention(owner), tokens[owner].possessive, Self.groupsAndCountries.contains(kind(owner)) else { return [] }
            object = Argument(token: owner, id: entity(owner), kind: kind(owner))
        }
        let owner = owner(of: noun, besides: object.id)
        // "the Caucasus Emirate, the insurgency in Russia's south": the name the apposition describes.
        let described = appositiveHead(before: noun).flatMap { head in
            Self.groups.contains(kind(head)) ? Argument(token: head, id: entity(head), kind: kind(head)) : nil
        }
        guard var subject = owner ?? described ?? subject(of: noun, kinds: Self.groupsAndCountries)?.argument else { return [] }
        // "the al Qaeda-linked Caucasus Emirate": the name fused to "linked" describes the group after it.
        if isFusedAttributive(subject.token), isMention(subject.token + 2), Self.groupsAndCountries.contains(kind(subject.token + 2)) {
            subject = Argument(token: subject.token + 2, id: entity(subject.token + 2), kind: kind(subject.token + 2))
        }
        return relation(side(subject), .atWarWith, side(object), at: [subject.token, noun, object.token])
    }

    /// "against the Western-backed government in Somalia": the country whose government the words name.
    func governmentIn(after preposition: Int) -> Argument? {
        guard let government = (preposition + 1..<min(tokens.count, preposition + 5)).first(where: { isHash($0, Self.government) }),
              (preposition + 1..<government).allSatisfy({ !isMention($0) && tokens[$0].gapAfter.isDisjoint(with: .clauseBreak) }),
              isWord(government + 1, .inWord) || isWord(government + 1, .of),
              let country = mention(after: government + 2), kind(country) == .country else { return nil }
        return Argument(token: country, id: nation(country) ?? entity(country), kind: .country)
    }

    /// "JNIM fighters launched an assault on a Malian army base", "ISWAP gunmen attacked Nigerian
    /// troops", "Tajik border guards opened fire on Kyrgyz positions": armed action against a
    /// state's forces is war with that state. An attack on a hotel or a market is not.
    func assaultOnForces(_ index: Int) -> [Relation] {
        if isHash(index, Self.fireWord) && !Self.opened.contains(hash(index - 1)) { return [] }
        // "launched ballistic missiles and drones at", "fired rockets into": weapons fired, not owned or made.
        if EventWords.firedWeapons.contains(hash(index)),
           !(max(0, index - 4)..<index).contains(where: { EventWords.fireVerbs.contains(hash($0)) }) { return [] }
        // "air strikes against", "retaliatory strikes on": a military strike, not a walkout.
        if isHash(index, Self.strikesWord) && !(EventWords.strikeWeapons.contains(hash(index - 1)) || Self.againstWords.contains(hash(index + 1))) {
            return []
        }
        guard let target = forcesTarget(after: index), let agent = assailant(of: index) else { return [] }
        let attacker = side(agent)
        guard attacker != target.id else { return [] }
        return relation(attacker, .atWarWith, target.id, at: [agent.token, index, target.token])
    }

    static let fireWord = TextFolding.wordHash("fire")
    static let hideoutNouns = Vocabulary.hashes("base bases hideout hideouts stronghold strongholds camp camps positions")
    static let strikesWord = TextFolding.wordHash("strikes")

    /// A built-in armed group, or a body whose name ends in a word for fighters ("Rapid Support Forces", "Ardent Front").
    static func armedGroupOrForce(_ entity: Entity?) -> Bool {
        guard let entity else { return false }
        if Gazetteer.armedGroupIDs.contains(entity.id) { return true }
        guard let last = entity.name.split(separator: " ").last else { return false }
        return armedHeads.contains(TextFolding.wordHash(String(last)))
    }

    static let armedHeads = Vocabulary.hashes("front army brigade brigades forces militia battalion battalions")
    static let againstWords = Vocabulary.hashes("against on")
    static let struggle = TextFolding.wordHash("struggle")
    static let armedWords: Set<UInt64> = Set("armed violent militant bloody guerrilla".split(separator: " ").map { TextFolding.wordHash(String($0)) })
    static let assaultNouns: Set<UInt64> = Set("assault assaults offensive ambush raid raids airstrikes attack attacks fire".split(separator: " ").map { TextFolding.wordHash(String($0)) })
    static let launchVerbs: Set<UInt64> = Set("launched launch launches launching carried mounted staged conducted opened".split(separator: " ").map { TextFolding.wordHash(String($0)) })

    /// "militants regularly attack", "they raid": a noun form after an adverb, a pronoun or a
    /// plural actor is the verb.
    func usedAsVerb(_ index: Int) -> Bool {
        guard index > 0, !tokens[index - 1].gapAfter.contains(.comma) else { return false }
        let before = index - 1
        // "an al-Qaida ambush": a name after an article is the noun's modifier, not a subject.
        if isMention(before) { return !tokens[before].possessive && kind(before) != .country && !isWord(before - 1, .articles) }
        if Self.verbLeads.contains(hash(before)) || isWord(before, .groupPronouns) { return true }
        return WordScanner.slice(text, utf8: tokens[before].utf8Start, tokens[before].utf8End).hasSuffix("ly")
    }

    static let verbLeads: Set<UInt64> = Set("they often also to will would regularly frequently repeatedly".split(separator: " ").map { TextFolding.wordHash(String($0)) })

    /// Who attacked: the subject of a verb ("gunmen attacked"); for a noun, the one whose attack it is
    /// ("Russia's offensive", "an ISWAP raid"), the one after "by", or the subject of "launched" or
    /// "carried out" just before it. "Kenya condemned the attack on Somali troops" names no assailant.
    func assailant(of index: Int) -> Argument? {
        guard Self.assaultNouns.contains(hash(index)) && !usedAsVerb(index) else {
            // "Hamas said it targeted troops": "it" after a verb of saying is the speaker; "an official said it targeted
            // the head of Hamas's military wing" names no one it could be.
            let subject = subject(of: index, kinds: Self.groupsAndCountries)?.argument
            if let subject, !isMention(subject.token), isWord(subject.token, .itPronouns), isWord(subject.token - 1, .speechVerbs) {
                guard let speaker = self.subject(of: subject.token - 1, kinds: Self.groupsAndCountries)?.argument, isMention(speaker.token)
                else { return nil }
                return speaker
            }
            return subject
        }
        var cursor = index - 1
        while cursor >= 0 && cursor >= index - 3 {
            if isMention(cursor) {
                // "an ISWAP raid", "Russia's (new) offensive"; a name further back is not the noun's.
                guard Self.groupsAndCountries.contains(kind(cursor)), cursor == index - 1 || tokens[cursor].possessive else { return nil }
                return Argument(token: cursor, id: entity(cursor), kind: kind(cursor))
            }
            if Self.launchVerbs.contains(hash(cursor)) { return subject(of: cursor, kinds: Self.groupsAndCountries)?.argument }
            if !tokens[cursor].gapAfter.isDisjoint(with: .clauseBreak) { break }
            cursor -= 1
        }
        return agents(after: index, kinds: Self.groupsAndCountries).first
    }

    /// The state whose forces the words after `index` name, within its clause: a demonym or a
    /// possessive country before a force noun, or a force named as an organisation ("the Nigerian Army").
    func forcesTarget(after index: Int) -> Argument? {
        // "strikes against the Houthis", "an offensive on al-Shabaab": an armed group struck by name.
        if Self.againstWords.contains(hash(index + 1)) {
            let named = isWord(index + 2, .articles) ? index + 3 : index + 2
            if isMention(named), kind(named) == .organisation, !tokens[named].possessive, Self.armedGroupOrForce(catalog.entity(id: entity(named))) {
                return Argument(token: named, id: entity(named), kind: .organisation)
            }
        }
        var cursor = index + 1
        while cursor < tokens.count && cursor <= index + 9 {
            // "the attack was claimed by the BLA's Majeed Brigade": a by-phrase names who did it.
            if isWord(cursor, .clauseWords) || isWord(cursor, .speechVerbs) || isWord(cursor, .by) { return nil }
            if isMention(cursor) {
                if kind(cursor) == .country,
                   (cursor + 1..<min(tokens.count, cursor + 4)).contains(where: { !isMention($0) && Self.forceNouns.contains(hash($0)) }) {
                    return Argument(token: cursor, id: entity(cursor), kind: .country)
                }
                // "African Union troops", "UN peacekeepers' bases": the body whose forces they are.
                if Self.groups.contains(kind(cursor)),
                   (cursor + 1..<min(tokens.count, cursor + 3)).contains(where: { !isMention($0) && Self.forceNouns.contains(hash($0)) }) {
                    return Argument(token: cursor, id: entity(cursor), kind: kind(cursor))
                }
                if Self.groups.contains(kind(cursor)), let name = catalog.entity(id: entity(cursor))?.name,
                   let last = name.split(separator: " ").last, Self.forceNouns.contains(TextFolding.wordHash(String(last))) {
                    // "the Nigerian Army" is Nigeria's: war with the state, as a reader says it.
                    if let first = name.split(separator: " ").first, let state = catalog.resolve(name: String(first)), state.kind == .country {
                        return Argument(token: cursor, id: state.id, kind: .country)
                    }
                    return Argument(token: cursor, id: entity(cursor), kind: kind(cursor))
                }
                // "at a base of the militant group X", "on hideouts of X": an armed group's own posts.
                if kind(cursor) == .organisation, !tokens[cursor].possessive, Self.armedGroupOrForce(catalog.entity(id: entity(cursor))),
                   (index + 1..<cursor).contains(where: { Self.hideoutNouns.contains(hash($0)) }) {
                    return Argument(token: cursor, id: entity(cursor), kind: .organisation)
                }
                return nil
            }
            if !tokens[cursor].gapAfter.isDisjoint(with: .clauseBreak) { return nil }
            cursor += 1
        }
        return nil
    }

    /// "Both Kazakhstan and Uzbekistan consider Moscow a key ally", "Serbia regards Russia as a
    /// traditional ally", "sees Ankara as a rival".
    func regarded(_ verb: Int) -> [Relation] {
        // "consider Moscow a key ally": a capital stands for its country.
        guard let other = object(after: verb, kinds: Self.groupsAndCountries.union([.place]), reach: 2),
              other.kind != .place || nation(other.token) != nil else { return [] }
        var cursor = other.token + 1
        var noun: Int? = nil
        while cursor < tokens.count && cursor <= other.token + 5 && !isMention(cursor) {
            if Self.partnerNouns.contains(hash(cursor)) || Self.enemyNouns.contains(hash(cursor)) { noun = cursor; break }
            if !tokens[cursor].gapAfter.isDisjoint(with: .clauseBreak) { break }
            cursor += 1
        }
        guard let noun, let (subject, _) = subject(of: verb, kinds: Self.groupsAndCountries) else { return [] }
        let predicate: Predicate = Self.partnerNouns.contains(hash(noun)) ? .allyOf : .rivalOf
        return list(from: subject, kinds: Self.groupsAndCountries).flatMap {
            relation(side($0), predicate, side(other), at: [$0.token, verb, other.token, noun])
        }
    }

    /// "Besides Russia, the CSTO includes ...": the members named before the list.
    func membersBefore(_ verb: Int) -> [Int] {
        guard isHash(0, Self.besides), isMention(1) else { return [] }
        let named = mentionList(startingAt: 1)
        guard let last = named.last, last < verb, tokens[last].gapAfter.contains(.comma) else { return [] }
        return named.filter { [.country, .organisation, .other].contains(kind($0)) }
    }
}
