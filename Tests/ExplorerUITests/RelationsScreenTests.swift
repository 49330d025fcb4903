import EventModel
import ExplorerUI
import TerminalCore
import Testing

@Suite("Relations")
struct RelationsScreenTests {
    static func veloriaRelations() -> Harness {
        var h = Harness()
        h.press(.character(":"))
        h.type("entity veloria")
        h.press(.enter, .character("r"))
        return h
    }

    @Test("r on an entity page draws its neighbourhood as a tree")
    func oneHop() {
        let h = Self.veloriaRelations()
        #expect(h.lines[0].contains("1 hop · predicate: all · origin: all"))
        #expect(h.lines[1] == "Veloria")
        // A knowledge file and a sentence state the same tie: one line, both origins.
        #expect(h.shows("├─ ← role of ← Ilse Varga [curated, pattern] as Mayor"))
        #expect(h.lines.filter { $0.contains("Ilse Varga") }.count == 1)
        #expect(h.shows("├─ ← located in ← Northgate Harbour [curated]"))
        #expect(h.shows("└─ ← active in ← Harbour Guild [pattern]"))
        #expect(!h.shows("co occurs with"))
        #expect(h.status.contains("Veloria › Relations of Veloria"))
    }

    @Test("x shows a second hop under each neighbour")
    func twoHops() throws {
        var h = Self.veloriaRelations()
        h.press(.character("x"))
        assertScreen(h.screen, golden: "relations-two-hops-80x24")
        let varga = try #require(h.row(containing: "Ilse Varga [curated, pattern]"))
        #expect(h.lines[varga + 1].contains("│  └─ ← co occurs with ← Harbour Guild [cooccurrence]"))
    }

    @Test("p filters by predicate and o by origin")
    func filters() {
        var h = Self.veloriaRelations()
        h.press(.character("p"))
        #expect(h.lines[0].contains("predicate: active in"))
        #expect(h.shows("Harbour Guild [pattern]"))
        #expect(!h.shows("Ilse Varga"))
        h.press(.character("p"), .character("p"), .character("p"))
        #expect(h.lines[0].contains("predicate: all"))
        h.press(.character("o"))
        #expect(h.lines[0].contains("origin: curated"))
        #expect(h.shows("Ilse Varga [curated, pattern]"))
        #expect(!h.shows("Harbour Guild"))
        h.press(.character("o"))
        #expect(h.shows("Harbour Guild [pattern]"))
        // A tie passes when any of its origins is the one asked for, and still says all of them.
        #expect(h.shows("Ilse Varga [curated, pattern]"))
        #expect(!h.shows("Northgate Harbour"))
    }

    @Test("the sentence behind the focused edge shows under the tree")
    func edgeEvidence() {
        var h = Self.veloriaRelations()
        #expect(h.lines[22] == "")
        h.press(.character("j"), .character("j"))
        #expect(h.isHighlighted("Northgate Harbour"))
        #expect(h.lines[22] == "“Officials in Veloria blamed a faulty crane.”")
    }

    @Test("the sentence of a second-hop tie named together is read when its edge is focused")
    func secondHopEvidence() throws {
        var h = Self.veloriaRelations()
        h.press(.character("x"), .character("j"), .character("j"))
        let row = try #require(h.row(containing: "co occurs with ← Harbour Guild"))
        #expect(h.isSelected(row: row) || h.isHighlighted("Harbour Guild [cooccurrence]"))
        let varga = try #require(try Fixture.store.resolveEntity(named: "Ilse Varga"))
        let guild = try #require(try Fixture.store.resolveEntity(named: "Harbour Guild"))
        let tie = try #require(Tie.group(try Fixture.store.relations(between: varga.id, and: guild.id)).first { $0.predicate == .coOccursWith })
        let sentence = try #require(tie.leadingEvidence?.text)
        #expect(h.lines[22] == "\u{201C}\(sentence)\u{201D}")
    }

    @Test("Enter on a neighbour opens its page; r there re-roots the tree")
    func neighbour() {
        var h = Self.veloriaRelations()
        h.press(.character("j"))
        #expect(h.isHighlighted("Ilse Varga"))
        h.press(.enter)
        #expect(h.lines[0] == "Ilse Varga  person")
        h.press(.character("g"), .character("r"))
        #expect(h.lines[1] == "Ilse Varga")
    }

    @Test("P asks for another entity and shows the shortest path with its evidence")
    func shortestPath() {
        var h = Self.veloriaRelations()
        h.press(.character("P"))
        #expect(h.status.hasPrefix("Path to:"))
        h.type("Northgate Harbour")
        #expect(h.status.hasPrefix("Path to: Northgate Harbour"))
        h.press(.enter)
        #expect(h.lines[0] == "How Veloria is tied to Northgate Harbour: 1 step")
        #expect(h.shows("←located in─ [curated]"))
        #expect(h.shows("“Officials in Veloria blamed a faulty crane.”"))
        #expect(h.shows("Northgate Harbour"))
    }

    @Test("a path over two relations goes through the entity between them")
    func twoStepPath() {
        var h = Self.veloriaRelations()
        h.press(.character("P"))
        h.type("harbour guild")
        h.press(.enter)
        #expect(h.lines[0] == "How Veloria is tied to Harbour Guild: 1 step")
        h.press(.character("q"), .character("q"), .character(":"))
        h.type("open northgate-harbour")
        h.press(.enter, .character("r"), .character("P"))
        h.type("Ilse Varga")
        h.press(.enter)
        #expect(h.lines[0] == "How Northgate Harbour is tied to Ilse Varga: 2 steps")
        #expect(h.lines[2] == "Northgate Harbour")
        #expect(h.shows("Veloria"))
    }

    @Test("asking for a path to an unknown name says so in the status line")
    func unknownPathTarget() {
        var h = Self.veloriaRelations()
        h.press(.character("P"))
        h.type("Atlantis")
        h.press(.enter)
        #expect(h.status.contains("No entity named “Atlantis”"))
        #expect(h.lines[1] == "Veloria")
    }
}
