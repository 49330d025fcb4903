import Foundation

/// Sentences with the relations they must and must not give, read from a small text format, so
/// that the set grows by adding lines:
///
///     # a comment
///     entity isis-k | organisation | Islamic State Khorasan | ISIS-K | ISKP
///
///     > Islamic State Khorasan said on Monday it carried out the Kerman bombing.
///     + isis-k claimed_responsibility_for kerman-bombing
///
///     > Russia blamed Ukraine for the Crocus attack, but Kyiv denied any role.
///     ! negated
///     + ukraine blamed_for crocus-attack @ russia
///     - ukraine claimed_responsibility_for crocus-attack
///
/// A case is a run of lines without a blank line: `>` lines are its text (one paragraph), `+` a
/// relation it must give (`@ id`: who the sentence says states it), `-` one it must not give,
/// `! negated` marks a denied, negated or hedged sentence, `! miss` a known miss the tests allow.
public struct RelationTestSet: Sendable {
    /// A relation written `subject predicate object`, with who states it after `@`.
    public struct Triple: Sendable, Hashable, CustomStringConvertible {
        public var subject: String
        public var predicate: Predicate
        public var object: String
        public var saidBy: String?

        /// The same tie written the other way round, for symmetric predicates.
        public var key: String {
            if Predicate.symmetric.contains(predicate) && object < subject {
                return "\(object) \(predicate.rawValue) \(subject)"
            }
            return "\(subject) \(predicate.rawValue) \(object)"
        }

        public var description: String { key + (saidBy.map { " @ \($0)" } ?? "") }
    }

    public struct Case: Sendable {
        /// Line of the case's first line in the file.
        public var line: Int
        public var text: String
        public var expected: [Triple]
        public var forbidden: [Triple]
        public var negated: Bool
        /// A known miss: the tests check what it must not give, not what it must.
        public var knownMiss: Bool
    }

    public var entities: [Entity]
    public var cases: [Case]

    /// A line the reader did not understand.
    public struct FormatError: Error, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    /// Reads the format above.
    /// - throws: ``FormatError`` naming the first line it cannot read.
    public init(text: String) throws {
        entities = []
        cases = []
        var current: Case? = nil
        func close() {
            if let done = current, !done.text.isEmpty { cases.append(done) }
            current = nil
        }
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { close(); continue }
            if line.hasPrefix("#") { continue }
            if line.hasPrefix("entity ") {
                let fields = line.dropFirst(7).split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
                guard fields.count >= 3, let kind = EntityKind(loose: fields[1]) else {
                    throw FormatError(line: number, message: "an entity is `entity id | kind | name | alias...`")
                }
                entities.append(Entity(id: fields[0], name: fields[2], kind: kind, aliases: Array(fields.dropFirst(3)),
                                       origin: .knowledge))
                continue
            }
            if current == nil { current = Case(line: number, text: "", expected: [], forbidden: [], negated: false, knownMiss: false) }
            let body = line.dropFirst().trimmingCharacters(in: .whitespaces)
            switch line.first {
            case ">": current!.text += (current!.text.isEmpty ? "" : " ") + body
            case "+": current!.expected.append(try Self.triple(body, line: number))
            case "-": current!.forbidden.append(try Self.triple(body, line: number))
            case "!":
                if body == "negated" { current!.negated = true } else if body == "miss" { current!.knownMiss = true } else {
                    throw FormatError(line: number, message: "a tag is `! negated` or `! miss`")
                }
            default: throw FormatError(line: number, message: "a case line starts with >, +, - or !")
            }
        }
        close()
    }

    private static func triple(_ body: String, line: Int) throws -> Triple {
        let halves = body.split(separator: "@", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        let words = halves[0].split(separator: " ").map(String.init)
        guard words.count == 3 else { throw FormatError(line: line, message: "a relation is `subject predicate object [@ who]`") }
        return Triple(subject: words[0], predicate: Predicate(rawValue: words[1]), object: words[2],
                      saidBy: halves.count > 1 ? halves[1] : nil)
    }
}
