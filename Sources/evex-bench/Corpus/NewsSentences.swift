/// Sentences in the shapes of wire copy, written about one article's cast: officials with their titles
/// and countries, groups that claim or are blamed for attacks, arrests, meetings, casualty figures,
/// weekdays. The extractor does with them what it does with news (typed relations, co-occurring names,
/// events); the pseudo-words between the names keep the text's vocabulary that of the rest of the
/// corpus. The shapes are this file's own, written for the benchmark: no sentence of any article.
struct NewsSentences {
    let vocabulary: Vocabulary
    let knowledge: SyntheticKnowledge
    /// The article's people, groups, countries, places and events, drawn once per article.
    private let people: [SyntheticEntity]
    private let groups: [SyntheticEntity]
    private let countries: [SyntheticEntity]
    private let places: [SyntheticEntity]
    private let events: [SyntheticEntity]
    /// Ids named already: the first mention is the full name (an organisation's now and then with its
    /// acronym defined), later ones a name or an alias, as a reporter writes.
    private(set) var introduced = Set<String>()

    init(vocabulary: Vocabulary, knowledge: SyntheticKnowledge, random: inout SplitMix64) {
        self.vocabulary = vocabulary
        self.knowledge = knowledge
        func draw(_ kind: String, _ range: ClosedRange<Int>) -> [SyntheticEntity] {
            (0..<random.int(range)).map { _ in knowledge.sample(kind: kind, &random) }
        }
        people = draw("person", 3...5)
        groups = draw("organisation", 2...4)
        countries = draw("country", 2...3)
        places = draw("place", 2...3)
        events = draw("event", 1...1)
    }

    static let titles = ["President", "Prime Minister", "Interior Minister", "Foreign Minister", "Defence Minister",
                         "Justice Minister", "army spokesman", "police chief", "Governor", "General", "opposition leader",
                         "Finance Minister", "Mayor", "Deputy Prime Minister", "Information Minister"]
    static let days = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday",
                       "on Sunday", "late on Monday", "early on Friday", "last week", "on Sunday night"]
    static let deeds = ["attack", "bombing", "ambush", "raid", "suicide bombing", "shooting"]
    static let sites = ["a crowded market", "a police checkpoint", "an army base", "a bus station", "a mosque",
                        "a hotel", "a wedding party", "a government building", "a school", "a border post"]
    static let ranks = ["senior commander", "founding member", "spokesman", "financier", "regional leader", "recruiter"]
    static let charges = ["terrorism", "murder", "treason", "financing terrorism", "plotting an attack"]

    /// One news sentence; `random` decides the shape and the names. About half end in a clause that
    /// names one more source or place, as wire copy attributes and places what it reports.
    mutating func sentence(_ random: inout SplitMix64) -> String {
        let body = statement(&random)
        guard random.chance(Self.tailShare) else { return body }
        return body.dropLast() + tail(&random) + "."
    }

    static let tailShare = 0.8

    private mutating func tail(_ random: inout SplitMix64) -> String {
        switch random.int(0..<7) {
        case 0: return ", according to a statement from \(name(random.pick(groups), &random))"
        case 1: return ", \(demonym(random.pick(countries))) state media reported"
        case 2: return ", near the border with \(name(random.pick(countries), &random))"
        case 3: return ", a spokesman for \(name(random.pick(groups), &random)) said"
        case 4: return ", \(demonym(random.pick(countries))) and \(demonym(random.pick(countries))) officials said"
        default: return ", \(random.pick(Self.titles)) \(name(random.pick(people), &random)) told reporters in \(name(random.pick(places), &random))"
        }
    }

    private mutating func statement(_ random: inout SplitMix64) -> String {
        let day = random.pick(Self.days)
        let n = random.int(3...60)
        // The shapes that report a deed (a claim, a bomb, gunmen, a toll) twice as often as the others:
        // news tells the event in several sentences.
        var shape = random.int(0..<29)
        if shape >= 25 { shape = [1, 4, 13, 20][shape - 25] }
        switch shape {
        case 0:
            let country = random.pick(countries)
            return "\(demonym(country)) \(random.pick(Self.titles)) \(name(random.pick(people), &random)) said \(day) that \(filler(&random, 6...12))."
        case 1:
            return "\(capitalised(name(random.pick(groups), &random))) claimed responsibility for the \(random.pick(Self.deeds)) in \(name(random.pick(places), &random)), which killed at least \(n) people."
        case 2:
            return "\(name(random.pick(people), &random)), a \(random.pick(Self.ranks)) of \(name(random.pick(groups), &random)), was arrested in \(name(random.pick(places), &random)) \(day)."
        case 3:
            let (first, second) = two(people, &random)
            return "\(random.pick(Self.titles).capitalized) \(name(first, &random)) met \(random.pick(Self.titles)) \(name(second, &random)) in \(name(random.pick(places), &random)) \(day) to discuss \(filler(&random, 3...6))."
        case 4:
            return "A bomb exploded near \(random.pick(Self.sites)) in \(name(random.pick(places), &random)) \(day), killing \(n) people and wounding \(n * 2 + 1), \(demonym(random.pick(countries))) officials said."
        case 5:
            return "\(name(random.pick(countries), &random)) condemned the \(random.pick(Self.deeds)) and blamed \(name(random.pick(groups), &random)) for it."
        case 6:
            return "In \(name(random.pick(places), &random)), the capital of \(name(random.pick(countries), &random)), \(filler(&random, 6...12))."
        case 7:
            return "\(capitalised(name(random.pick(groups), &random))), which is based in \(name(random.pick(places), &random)), \(filler(&random, 5...10))."
        case 8:
            let (first, second) = two(countries, &random)
            return "\(name(first, &random)) has been at war with \(name(second, &random)) since \(random.int(1990...2022)), and \(filler(&random, 4...8))."
        case 9:
            let (first, second) = two(groups, &random)
            return "\(capitalised(name(first, &random))), a branch of \(name(second, &random)), \(filler(&random, 4...9))."
        case 10:
            return "\(random.pick(Self.titles).capitalized) \(name(random.pick(people), &random)) visited \(name(random.pick(countries), &random)) \(day) and \(filler(&random, 4...9))."
        case 11:
            let (first, second) = two(countries, &random)
            return "\(name(first, &random)), a close ally of \(name(second, &random)), \(filler(&random, 5...10))."
        case 12:
            return "Police arrested \(n) suspects in \(name(random.pick(places), &random)) \(day), the \(demonym(random.pick(countries))) interior ministry said."
        case 13:
            return "Gunmen opened fire on \(random.pick(Self.sites)) in \(name(random.pick(places), &random)) \(day), killing at least \(n) people, \(random.pick(Self.titles)) \(name(random.pick(people), &random)) said."
        case 14:
            return "Delegates from \(name(random.pick(countries), &random)) arrived in \(name(random.pick(places), &random)) for the \(name(random.pick(events), &random)) \(day)."
        case 15:
            return "\(demonym(random.pick(countries))) authorities accused \(name(random.pick(groups), &random)) of \(filler(&random, 3...7))."
        case 16:
            let (first, second) = two(groups, &random)
            return "\(capitalised(name(first, &random))) is a member of \(name(second, &random)), \(filler(&random, 4...8))."
        case 17:
            return "The \(random.pick(Self.deeds)) took place in \(name(random.pick(places), &random)), in the north of \(name(random.pick(countries), &random)), \(day)."
        case 18:
            return "\(name(random.pick(people), &random)) was charged with \(random.pick(Self.charges)) in \(name(random.pick(places), &random)) \(day), a court official said."
        case 19:
            let (first, second) = two(countries, &random)
            return "Officials from \(name(first, &random)), \(name(second, &random)) and \(name(random.pick(groups), &random)) gathered in \(name(random.pick(places), &random)) \(day) to discuss \(filler(&random, 3...6))."
        case 20:
            return "The death toll rose to \(n + 4) \(day), \(random.pick(Self.titles)) \(name(random.pick(people), &random)) said."
        case 21:
            let (first, second) = two(people, &random)
            return "\(name(first, &random)) and \(name(second, &random)) of \(name(random.pick(groups), &random)) spoke with \(demonym(random.pick(countries))) and \(demonym(random.pick(countries))) envoys in \(name(random.pick(places), &random)) about \(filler(&random, 3...6))."
        case 22:
            return "\(capitalised(name(random.pick(groups), &random))) condemned the \(random.pick(Self.deeds)) in \(name(random.pick(places), &random)) and said \(filler(&random, 4...8))."
        case 23:
            let (first, second) = two(groups, &random), (one, other) = two(countries, &random)
            return "Representatives of \(name(first, &random)), \(name(second, &random)), \(name(one, &random)) and \(name(other, &random)) signed \(filler(&random, 3...6)) in \(name(random.pick(places), &random)) \(day)."
        default:
            return "\(name(random.pick(countries), &random)) has supported \(name(random.pick(groups), &random)) since \(random.int(1990...2022)), \(random.pick(Self.titles)) \(name(random.pick(people), &random)) said."
        }
    }

    /// How the article names `entity` this time: the full name first, then the name or an alias.
    mutating func name(_ entity: SyntheticEntity, _ random: inout SplitMix64) -> String {
        if introduced.insert(entity.id).inserted {
            if let acronym = entity.acronym, random.chance(0.3) { return "\(entity.name) (\(acronym))" }
            return entity.name
        }
        return random.chance(0.5) || entity.kind == "country" ? entity.name : random.pick(entity.aliases)
    }

    /// A country's demonym ("Velmorian"), its first alias in the knowledge file.
    private func demonym(_ country: SyntheticEntity) -> String { country.aliases.first ?? country.name }

    /// Two entities of a list, different where the list has two.
    private func two(_ list: [SyntheticEntity], _ random: inout SplitMix64) -> (SyntheticEntity, SyntheticEntity) {
        let first = random.int(0..<list.count)
        var second = random.int(0..<list.count)
        if second == first, list.count > 1 { second = (first + 1) % list.count }
        return (list[first], list[second])
    }

    /// Words of the corpus's vocabulary, a clause's worth.
    private func filler(_ random: inout SplitMix64, _ length: ClosedRange<Int>) -> String {
        var words: [String] = []
        for _ in 0..<random.int(length) { words.append(vocabulary.sample(&random)) }
        return words.joined(separator: " ")
    }

    private func capitalised(_ text: String) -> String {
        guard let first = text.first, first.isLowercase else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
