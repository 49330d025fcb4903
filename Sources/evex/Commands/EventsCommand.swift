import ArgumentParser
import EventModel

struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "List the events: the knowledge file's and those the articles report, each with its sentences.")

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "Only events of this origin: knowledge or extracted.")
    var origin: EventOrigin?
    @Option(help: "Only events this entity takes part in (id, name or alias).")
    var entity: String?

    func run() throws {
        let store = try corpus.openStore()
        var events: [NewsEvent]
        if let entity {
            guard let found = try store.resolveEntity(named: entity) else {
                throw ValidationError("No entity is called \"\(entity)\". `evex entities \(corpus.path)` lists them.")
            }
            events = try store.events(involving: found.id)
        } else {
            events = try store.events()
        }
        if let origin { events = events.filter { $0.origin == origin } }
        if output.json {
            try JSONOutput.print(events.map(EventJSON.init))
            return
        }
        for event in events {
            let when = event.date ?? event.unresolvedTime.map { "undated (\($0))" } ?? "undated"
            let type = event.type.map { " \($0.label)" } ?? ""
            print(safe("\(when)  \(event.name)  [\(event.origin.rawValue)\(type)] \(event.id)"))
            var details: [String] = []
            if let place = event.place { details.append("place: \(place)") }
            if !event.agents.isEmpty { details.append("by: " + event.agents.joined(separator: ", ")) }
            if !event.targets.isEmpty { details.append("against: " + event.targets.joined(separator: ", ")) }
            details += event.figures.map { "\($0.measure): \($0.value)" }
            if !details.isEmpty { print(safe("    " + details.joined(separator: "; "))) }
            for sentence in event.sentences.prefix(3) {
                print(safe("    \(sentence.article)#\(sentence.sentence): \(sentence.text)"))
            }
            if event.sentences.count > 3 { print("    … and \(event.sentences.count - 3) more") }
        }
    }
}

extension EventOrigin: ExpressibleByArgument {}

/// `evex events --json`: one object per event, documented in README.md.
struct EventJSON: Encodable {
    struct SentenceJSON: Encodable {
        var article: String
        var sentence: Int
        var start: Int
        var end: Int
        var trigger: [Int]
        var type: String
        var time: String?
        var text: String
    }
    struct FigureJSON: Encodable {
        var measure: String
        var value: String
    }
    var id: String
    var name: String
    var type: String?
    var origin: String
    var date: String?
    var unresolvedTime: String?
    var place: String?
    var agents: [String]
    var targets: [String]
    var figures: [FigureJSON]
    var sentences: [SentenceJSON]

    init(_ event: NewsEvent) {
        id = event.id
        name = event.name
        type = event.type?.rawValue
        origin = event.origin.rawValue
        date = event.date
        unresolvedTime = event.unresolvedTime
        place = event.place
        agents = event.agents
        targets = event.targets
        figures = event.figures.map { FigureJSON(measure: $0.measure, value: $0.value) }
        sentences = event.sentences.map {
            SentenceJSON(article: $0.article, sentence: $0.sentence, start: $0.span.start, end: $0.span.end,
                         trigger: [$0.trigger.start, $0.trigger.end], type: $0.type.rawValue, time: $0.time?.text, text: $0.text)
        }
    }

    enum CodingKeys: String, CodingKey {
        case id, name, type, origin, date, unresolvedTime = "unresolved_time", place, agents, targets, figures, sentences
    }

    // Every key is always present, null when unknown, so that scripts need not test for absence.
    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(type, forKey: .type)
        try container.encode(origin, forKey: .origin)
        try container.encode(date, forKey: .date)
        try container.encode(unresolvedTime, forKey: .unresolvedTime)
        try container.encode(place, forKey: .place)
        try container.encode(agents, forKey: .agents)
        try container.encode(targets, forKey: .targets)
        try container.encode(figures, forKey: .figures)
        try container.encode(sentences, forKey: .sentences)
    }
}
