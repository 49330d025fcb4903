import EventModel
import Testing

@Suite("Ties")
struct TieTests {
    static let line = Evidence(text: "treaty text", location: SourceLocation(path: "knowledge.yaml", line: 7))
    static func sentence(_ index: Int) -> Evidence {
        Evidence(article: "a", sentence: index, text: "Sentence \(index).", span: TextSpan(start: index * 10, end: index * 10 + 9))
    }

    @Test("the records of one tie fold into one, strongest origin first, with all their evidence")
    func folds() {
        let ties = Tie.group([
            Relation(subject: "x", predicate: .memberOf, object: "bloc", origin: .pattern, evidence: [Self.sentence(1), Self.sentence(2)]),
            Relation(subject: "x", predicate: .coOccursWith, object: "bloc", origin: .cooccurrence, weight: 5, evidence: [Self.sentence(1)]),
            Relation(subject: "x", predicate: .memberOf, object: "bloc", origin: .curated, evidence: [Self.line]),
        ])
        #expect(ties.count == 2)
        #expect(ties[0].origins == [.curated, .pattern])
        #expect(ties[0].evidence.count == 3)
        #expect(ties[0].leadingEvidence?.sentence == 1)
        #expect(ties[0].details == "[curated, pattern] \u{00B7} 2 sentences")
        #expect(ties[1].details == "[cooccurrence] \u{00D7}5")
    }

    @Test("a symmetric tie is one tie whichever way round it was stated; a directed one is not")
    func symmetric() {
        let ties = Tie.group([
            Relation(subject: "a", predicate: .allyOf, object: "b", origin: .pattern, evidence: [Self.sentence(0)]),
            Relation(subject: "b", predicate: .allyOf, object: "a", origin: .curated, evidence: [Self.line]),
            Relation(subject: "a", predicate: .supported, object: "b", origin: .pattern, evidence: [Self.sentence(0)]),
            Relation(subject: "b", predicate: .supported, object: "a", origin: .pattern, evidence: [Self.sentence(1)]),
        ])
        #expect(ties.count == 3)
        #expect(ties[0].origins == [.curated, .pattern])
        #expect(ties[0].other(than: "b") == "a")
    }

    @Test("offices are kept once each, as first written")
    func roles() {
        let ties = Tie.group([
            Relation(subject: "p", predicate: .roleOf, object: "c", origin: .curated, role: "President", evidence: [Self.line]),
            Relation(subject: "p", predicate: .roleOf, object: "c", origin: .pattern, role: "president", evidence: [Self.sentence(0)]),
        ])
        #expect(ties.map(\.roles) == [["President"]])
        #expect(ties[0].details == "[curated, pattern] as President")
    }

    @Test("a knowledge line is cited by file and line with what the file says, a sentence is not")
    func citation() {
        #expect(Self.line.citationLine == "knowledge.yaml:7 \u{2014} treaty text")
        #expect(Evidence(text: "", location: SourceLocation(path: "k.yaml", line: 3)).citationLine == "k.yaml:3")
        #expect(Self.sentence(0).citationLine == nil)
    }
}
