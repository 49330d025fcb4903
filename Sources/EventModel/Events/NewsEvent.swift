import Foundation
/// What happened, as evex names it. The extractor recognises these from the words of a sentence
/// ("bombing", "were detained", "went on trial"); a knowledge event gets one from its name.
public enum EventType: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case attack, bombing, shooting, arrest, trial, summit, election, sanction, deportation, protest, coup, assassination, kidnapping
    /// Armed forces or groups fighting each other: "border clashes", "the two armies clashed".
    case clash

    public static func < (a: EventType, b: EventType) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// Types that one event is often called by in turn: a gun attack is "the attack", "the shooting"
    /// and "the massacre" in one story, so they merge with each other.
    public var family: EventType {
        switch self {
        // "Gunmen attacked the school and abducted 280 pupils": the raid and the kidnapping are one deed.
        case .attack, .bombing, .shooting, .assassination, .kidnapping: return .attack
        default: return self
        }
    }

    /// A word a reader sees: "attack", "arrests".
    public var label: String { rawValue }
}

/// Where an event comes from.
public enum EventOrigin: String, Sendable, Hashable, Codable {
    /// Written in a knowledge file's `events:`.
    case knowledge
    /// Read from the articles' sentences.
    case extracted
}

/// When an event happened, as a sentence says it and as evex resolves it.
public struct EventTime: Sendable, Hashable, Codable {
    /// The words as written: "on Friday", "22 March 2024", "last month".
    public var text: String
    /// ISO 8601 day (`2024-03-22`), month (`2024-03`) or year (`2024`); nil when it cannot be
    /// resolved, as "on Friday" in an article that has no date. Never invented.
    public var date: String?

    public init(text: String, date: String?) {
        self.text = text
        self.date = date
    }
}

/// A number reported about an event, kept as written: `killed: "more than 130"`.
public struct EventFigure: Sendable, Hashable, Codable {
    /// What is counted: `killed`, `injured`, `arrested`, or a knowledge file's own key.
    public var measure: String
    /// The number with its qualifier, as written: "more than 130", "about 95", "11".
    public var value: String

    public init(measure: String, value: String) {
        self.measure = measure
        self.value = value
    }
}

/// One sentence of one article that reports an event, with what that sentence says about it.
/// One that a sentence blames for an event, and who it says blames them.
public struct EventBlame: Sendable, Hashable, Codable {
    /// Entity id of the one blamed.
    public var accused: String
    /// Entity id of who blames them, when the sentence names one.
    public var by: String?

    public init(accused: String, by: String? = nil) {
        self.accused = accused
        self.by = by
    }
}

public struct EventSentence: Sendable, Hashable, Codable {
    public var article: String
    /// Index into the article's `sentences`.
    public var sentence: Int
    /// The sentence's place in the article's text.
    public var span: TextSpan
    /// The word that names what happened ("bombing", "detained"), in the article's text.
    public var trigger: TextSpan
    /// The sentence as written.
    public var text: String
    public var type: EventType
    /// Entity id of the place the sentence gives nearest its trigger.
    public var place: String?
    /// Every place the sentence gives for it, with their countries: what merging compares.
    public var places: [String]
    public var time: EventTime?
    /// The day its article was published (ISO), where the article says: a lead that gives no time of its
    /// own reports a deed of about that day, not one years before it.
    public var published: String?
    /// Entity ids of who did it and of whom it was done to.
    public var agents: [String]
    public var targets: [String]
    public var figures: [EventFigure]
    /// Entity id of a named event the sentence names ("the Crocus City Hall attack").
    public var named: String?
    /// Agents that this sentence says claimed it ("X claimed responsibility for the bombing").
    public var claimants: [String]
    /// Who this sentence says condemned it; not participants.
    public var condemners: [String]
    /// Who this sentence says is to blame for it, and who says so ("Police blamed the ADF for the attack").
    public var blamed: [EventBlame]

    /// "In another such incident, four police were killed": the sentence says before its trigger that
    /// this is a deed other than the one reported.
    var isAnother: Bool {
        // Asked of every report the merger reads: most sentences hold no "another" at all.
        guard text.range(of: "another", options: .caseInsensitive) != nil else { return false }
        let before = text.unicodeScalars.prefix(max(0, trigger.start - span.start))
        let words = String(String.UnicodeScalarView(before)).split(whereSeparator: { !$0.isLetter }).map { TextFolding.wordHash(String($0)) }
        return EventWords.saysAnotherDeed(words.indices) { words[$0] }
    }

    /// The trigger's last word, folded and without a plural "s": "strikes" and "strike" are one word.
    var triggerWord: String {
        let scalars = text.unicodeScalars
        let start = max(0, trigger.start - span.start), end = min(scalars.count, trigger.end - span.start)
        guard start < end else { return "" }
        let from = scalars.index(scalars.startIndex, offsetBy: start), to = scalars.index(scalars.startIndex, offsetBy: end)
        var word = TextFolding.key(String(String.UnicodeScalarView(scalars[from..<to])).split(separator: " ").last.map(String.init) ?? "")
        if word.hasSuffix("s") { word.removeLast() }
        return word
    }

    /// "The attack", "the deadly attack", "this bombing": a trigger that refers to an event already
    /// reported, not a new one ("an attack on a police station"). Read back over a few modifiers to
    /// the determiner, if any.
    var isDefinite: Bool {
        let scalars = Array(text.unicodeScalars)
        let triggerStart = trigger.start - span.start, triggerEnd = min(scalars.count, trigger.end - span.start)
        guard triggerStart > 0, triggerStart < triggerEnd else { return false }
        func hash(_ range: Range<Int>) -> UInt64 { TextFolding.wordHash(String(String.UnicodeScalarView(scalars[range]))) }
        // "claimed responsibility": a claim that names no event refers to the one reported; so does a
        // figure alone ("The death toll rose to 143"), whose number stands as its trigger.
        let triggerWord = hash(triggerStart..<triggerEnd)
        if triggerWord == EventWords.responsibility || EventWords.numberWords.contains(triggerWord)
            || scalars[triggerStart..<triggerEnd].contains(where: { CharacterSet.decimalDigits.contains($0) }) {
            return true
        }
        var end = triggerStart
        for _ in 0..<4 {
            while end > 0 && !CharacterSet.letters.contains(scalars[end - 1]) { end -= 1 }
            var start = end
            while start > 0 && (CharacterSet.letters.contains(scalars[start - 1]) || scalars[start - 1] == "-") { start -= 1 }
            guard start < end else { return false }
            let word = hash(start..<end)
            if EventWords.definite.contains(word) { return true }
            if EventWords.indefinite.contains(word) || EventWords.triggers[word] != nil { return false }
            end = start
        }
        return false
    }

    public init(
        article: String, sentence: Int, span: TextSpan, trigger: TextSpan, text: String, type: EventType,
        place: String? = nil, places: [String] = [], time: EventTime? = nil, published: String? = nil, agents: [String] = [],
        targets: [String] = [], figures: [EventFigure] = [], named: String? = nil, claimants: [String] = [],
        condemners: [String] = [], blamed: [EventBlame] = []
    ) {
        self.article = article
        self.sentence = sentence
        self.span = span
        self.trigger = trigger
        self.text = text
        self.type = type
        self.place = place
        self.places = places
        self.time = time
        self.published = published
        self.agents = agents
        self.targets = targets
        self.figures = figures
        self.named = named
        self.claimants = claimants
        self.condemners = condemners
        self.blamed = blamed
    }
}

/// An event of the corpus: one from a knowledge file, or one the articles report, merged from
/// every sentence that reports it in any article.
public struct NewsEvent: Sendable, Hashable, Codable, Identifiable {
    /// The knowledge event's id, or a slug of type, place and date for an extracted one
    /// (`attack-moscow-2024-03-22`).
    public var id: String
    /// The knowledge event's name, or words made from type and place: "Attack in Moscow".
    public var name: String
    public var type: EventType?
    public var origin: EventOrigin
    /// The resolved date (day, month or year); nil when no sentence gives one that resolves.
    public var date: String?
    /// The time as written, when it could not be resolved ("on Friday" in an undated article).
    public var unresolvedTime: String?
    /// Entity id of the place.
    public var place: String?
    public var agents: [String]
    public var targets: [String]
    /// Figures in the order first reported; two articles giving two numbers keep both.
    public var figures: [EventFigure]
    public var description: String?
    /// The knowledge file and line, for a knowledge event.
    public var definedAt: SourceLocation?
    /// The sentences that report it, by article, then sentence.
    public var sentences: [EventSentence]

    public init(
        id: String, name: String, type: EventType? = nil, origin: EventOrigin, date: String? = nil,
        unresolvedTime: String? = nil, place: String? = nil, agents: [String] = [], targets: [String] = [],
        figures: [EventFigure] = [], description: String? = nil, definedAt: SourceLocation? = nil,
        sentences: [EventSentence] = []
    ) {
        self.id = id
        self.name = name
        self.type = type
        self.origin = origin
        self.date = date
        self.unresolvedTime = unresolvedTime
        self.place = place
        self.agents = agents
        self.targets = targets
        self.figures = figures
        self.description = description
        self.definedAt = definedAt
        self.sentences = sentences
    }

    /// Every entity the event involves: its place, who did it and to whom, once each.
    public var participants: [String] {
        var seen = Set<String>()
        return ([place].compactMap { $0 } + agents + targets).filter { seen.insert($0).inserted }
    }

    /// Whether `entityID` took part, is the place, is the event itself, condemned it or is blamed for it.
    public func involves(_ entityID: String) -> Bool {
        id == entityID || place == entityID || agents.contains(entityID) || targets.contains(entityID)
            || sentences.contains { $0.condemners.contains(entityID) || $0.blamed.contains { $0.accused == entityID } }
    }
}
