/// The classes of query in the workload, each reported apart as well.
enum QueryClass: String, CaseIterable, Sendable {
    case common, rare, and2, and3, phrase, prefix, or, exclude, entity, date, typing
}

/// One query, in evex's search language and translated to a plain FTS5 MATCH for the baseline.
struct BenchQuery: Sendable {
    var kind: QueryClass
    /// What the user types in evex.
    var evex: String
    /// True for the keystrokes of a search-as-you-type sequence (the last word is a prefix).
    var asYouType: Bool
    /// The FTS5 MATCH expression for the same question.
    var match: String
    /// An extra SQL condition on the baseline's `date` column (for after:/before:/date:).
    var dateCondition: String?
}

/// The fixed mixed workload: about 500 queries drawn from the corpus's own vocabulary, entities and
/// sentences, in a seeded order. Both evex and the baseline run exactly this list.
enum QueryWorkload {
    static func make(generator: ArticleGenerator) -> [BenchQuery] {
        var random = SplitMix64(seed: generator.seed, stream: 30, index: 0)
        let vocabulary = generator.vocabulary
        let content = vocabulary.contentStart
        var units: [[BenchQuery]] = []

        func word(_ ranks: Range<Int>) -> String { vocabulary.words[content + random.int(ranks)] }
        func quoted(_ word: String) -> String { "\"\(word)\"" }
        func single(_ kind: QueryClass, _ evex: String, _ match: String, date: String? = nil) {
            units.append([BenchQuery(kind: kind, evex: evex, asYouType: false, match: match, dateCondition: date)])
        }

        for _ in 0..<40 {
            let w = word(0..<300)
            single(.common, w, quoted(w))
        }
        for _ in 0..<40 {
            let w = word(5_000..<50_000)
            single(.rare, w, quoted(w))
        }
        for _ in 0..<40 {
            let a = word(0..<2_000), b = word(0..<5_000)
            single(.and2, "\(a) \(b)", "\(quoted(a)) \(quoted(b))")
        }
        for _ in 0..<30 {
            let a = word(0..<1_000), b = word(0..<3_000), c = word(0..<8_000)
            single(.and3, "\(a) \(b) \(c)", "\(quoted(a)) \(quoted(b)) \(quoted(c))")
        }
        for _ in 0..<30 {
            let phrase = samplePhrase(generator: generator, random: &random)
            single(.phrase, "\"\(phrase)\"", "\"\(phrase)\"")
        }
        for _ in 0..<30 {
            let w = word(0..<10_000)
            let stem = String(w.prefix(random.int(3...4)))
            single(.prefix, "\(stem)*", "\(quoted(stem))*")
        }
        for _ in 0..<30 {
            let a = word(100..<5_000), b = word(100..<5_000)
            single(.or, "\(a) OR \(b)", "\(quoted(a)) OR \(quoted(b))")
        }
        for _ in 0..<30 {
            let a = word(0..<1_000), b = word(0..<1_000)
            single(.exclude, "\(a) -\(b)", "\(quoted(a)) NOT \(quoted(b))")
        }
        let knowledge = generator.knowledge
        for index in 0..<30 {
            // Popular entities, named by a one-word alias or name as a user would type it.
            let entity = knowledge.entities[knowledge.popularity[random.int(0..<min(300, knowledge.popularity.count))]]
            guard entity.kind != "event", let handle = oneWordHandle(entity) else { continue }
            let names = ([entity.name] + entity.aliases).map(quoted).joined(separator: " OR ")
            if index % 2 == 0 {
                single(.entity, "entity:\(handle)", "(\(names))")
            } else {
                let w = word(0..<2_000)
                single(.entity, "entity:\(handle) \(w)", "(\(names)) AND \(quoted(w))")
            }
        }
        for index in 0..<30 {
            let w = word(0..<1_500)
            let day = ArticleGenerator.isoDate(daysAfter2023: random.int(30..<700))
            switch index % 3 {
            case 0: single(.date, "\(w) after:\(day)", quoted(w), date: "date > '\(day)'")
            case 1: single(.date, "\(w) before:\(day)", quoted(w), date: "date <> '' AND date < '\(day)'")
            default:
                let month = String(day.prefix(7))
                single(.date, "\(w) date:\(month)", quoted(w), date: "date LIKE '\(month)%'")
            }
        }
        // Search as you type: a word typed letter by letter, now and then after a finished first word.
        for index in 0..<28 {
            let target: String
            if index % 4 == 3, let handle = oneWordHandle(knowledge.sample(&random)) { target = handle.lowercased() }
            else { target = word(0..<6_000) }
            let lead = index % 3 == 1 ? word(0..<500) + " " : ""
            let leadMatch = lead.isEmpty ? "" : quoted(String(lead.dropLast())) + " "
            var sequence: [BenchQuery] = []
            for length in 1...target.count {
                let typed = String(target.prefix(length))
                sequence.append(BenchQuery(kind: .typing, evex: lead + typed, asYouType: true, match: leadMatch + quoted(typed) + "*", dateCondition: nil))
            }
            units.append(sequence)
        }
        units.shuffle(using: &random)
        return units.flatMap { $0 }
    }

    /// A name of the entity that is one word, as typed after `entity:`.
    static func oneWordHandle(_ entity: SyntheticEntity) -> String? {
        ([entity.acronym].compactMap { $0 } + [entity.name] + entity.aliases).first { !$0.contains(" ") }
    }

    /// Two or three consecutive words of a sentence of some article: a phrase that occurs.
    static func samplePhrase(generator: ArticleGenerator, random: inout SplitMix64) -> String {
        let article = generator.article(random.int(0..<generator.count))
        let words = article.body.split(whereSeparator: { !$0.isLetter }).map { $0.lowercased() }
        guard words.count > 4 else { return words.joined(separator: " ") }
        let length = random.int(2...3)
        let start = random.int(0..<(words.count - length))
        return words[start..<(start + length)].joined(separator: " ")
    }
}
