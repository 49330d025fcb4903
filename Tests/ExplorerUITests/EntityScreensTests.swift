import ExplorerUI
import TerminalCore
import Testing

@Suite("Entities and entity page")
struct EntityScreensTests {
    @Test("e lists entities most mentioned first with kind and count; unconfirmed ones are marked")
    func entityList() throws {
        var h = Harness()
        h.press(.character("e"))
        assertScreen(h.screen, golden: "entities-80x24")
        #expect(h.lines[2].contains("Veloria"))
        #expect(h.lines[2].contains("country"))
        #expect(h.lines[2].hasSuffix("4"))
        let unconfirmed = try #require(h.row(containing: "Captain Oren Dahl"))
        #expect(h.lines[unconfirmed].hasPrefix("?"))
        #expect(h.lines[unconfirmed].contains("(unconfirmed)"))
        let confirmed = try #require(h.row(containing: "Ilse Varga"))
        #expect(!h.lines[confirmed].contains("unconfirmed"))
    }

    @Test("Enter on an entity in the list opens its page")
    func entityListOpens() {
        var h = Harness()
        h.press(.character("e"), .down, .enter)
        #expect(h.lines[0] == "Harbour Guild  organisation")
        h.press(.backspace)
        #expect(h.status.contains("2/6"))
    }

    @Test("f cycles the kind filter through every kind and back to all")
    func kindFilter() {
        var h = Harness()
        h.press(.character("e"), .character("f"))
        #expect(h.lines[0].contains("organisation"))
        #expect(h.lines[2].contains("Harbour Guild"))
        #expect(!h.shows("Veloria"))
        h.press(.character("f"), .character("f"))
        #expect(h.lines[0].contains("person"))
        #expect(h.shows("Ilse Varga"))
        #expect(h.shows("Captain Oren Dahl"))
        #expect(h.status.contains("1/2"))
        h.press(.character("f"), .character("f"), .character("f"), .character("f"))
        #expect(h.lines[0].contains("every kind"))
        #expect(h.status.contains("1/6"))
    }

    @Test("the entity page shows name, kind, aliases, description and external ids")
    func entityHeader() {
        var h = Harness()
        h.press(.character(":"))
        h.type("entity ilse varga")
        h.press(.enter)
        assertScreen(h.screen, golden: "entity-ilse-varga-80x24")
        #expect(h.lines[0] == "Ilse Varga  person")
        #expect(h.shows("Also: Mayor Varga"))
        #expect(h.shows("Mayor of the port city since 2021."))
        #expect(h.shows("wikidata: Q4242"))
        #expect(h.shows("Defined in knowledge.yaml:9"))
    }

    @Test("relations are grouped by predicate with the other entity, origin and supporting sentence")
    func relationsGrouped() throws {
        var h = Harness()
        h.press(.character(":"))
        h.type("entity harbour guild")
        h.press(.enter)
        let active = try #require(h.row(containing: "active in"))
        #expect(h.lines[active + 1].contains("→ Veloria [pattern]"))
        #expect(h.lines[active + 2].contains("“The Harbour Guild asked Veloria for a full safety review after the fire.”"))
        let cooccurs = try #require(h.row(containing: "co occurs with"))
        #expect(h.lines[cooccurs + 1].contains("→ Ilse Varga [cooccurrence] ×2"))
    }

    @Test("an unconfirmed entity says so on its page")
    func unconfirmedPage() {
        var h = Harness()
        h.press(.character(":"))
        h.type("open oren-dahl")
        h.press(.enter)
        #expect(h.lines[0] == "Captain Oren Dahl  person  unconfirmed")
    }

    @Test("Enter on a relation opens the article at its supporting sentence")
    func relationOpensSentence() throws {
        var h = Harness()
        h.press(.character(":"))
        h.type("entity Northgate Harbour")
        h.press(.enter)
        #expect(h.isHighlighted("Veloria"))
        h.press(.enter)
        #expect(h.lines[0] == "Fire at the Northgate harbour")
        // The supporting sentence is marked; the rest of its paragraph is not.
        let y = try #require(h.row(containing: "Officials in Veloria blamed a faulty crane."))
        #expect(h.screen[0, y].style == Theme.standard.style(.evidence))
        let x = try #require(h.lines[y].range(of: "promised")).lowerBound.utf16Offset(in: h.lines[y])
        #expect(h.screen[x, y].style == .plain)
        h.press(.character("h"))
        #expect(h.lines[0] == "Northgate Harbour  place")
    }

    @Test("the articles that mention an entity each show a keyword-in-context line")
    func mentioningArticles() throws {
        var h = Harness()
        h.press(.character(":"))
        h.type("entity Velorian")
        h.press(.enter)
        // Newest first, as the article list: what the index answers.
        let heading = try #require(h.row(containing: "Mentioned in (4)"))
        #expect(h.lines[heading + 1].contains("Guild demands safety review (2025-05-04)"))
        #expect(h.lines[heading + 2].contains("The Harbour Guild asked Veloria for a full safety review"))
        let fire = try #require(h.row(containing: "Fire at the Northgate harbour (2025-05-02)"))
        #expect(fire > heading + 2)
        #expect(h.lines[fire + 1].contains("Officials in Veloria blamed a faulty crane."))
    }

    @Test("j and k move between the links of the entity page and Enter opens a mentioning article")
    func entityPageSelection() throws {
        var h = Harness()
        h.press(.character(":"))
        h.type("entity Veloria")
        h.press(.enter)
        #expect(h.isHighlighted("Harbour Guild"))
        h.press(.character("j"), .character("j"), .character("j"))
        #expect(h.isHighlighted("Guild demands safety review"))
        h.press(.enter)
        #expect(h.lines[0] == "Guild demands safety review")
        let y = try #require(h.row(containing: "The Harbour Guild asked Veloria"))
        #expect(h.screen[0, y].style == Theme.standard.style(.evidence))
    }

    @Test("an article opened at a sentence far down scrolls to it")
    func opensFarSentence() {
        var h = Harness(width: 60, height: 8)
        h.press(.character(":"))
        h.type("entity Velorian")
        // The fire report is the third article mentioning Veloria (newest first).
        h.press(.enter, .character("j"), .character("j"), .character("j"), .character("j"), .character("j"), .enter)
        #expect(h.lines[0].hasPrefix("Officials in Veloria blamed a faulty crane."))
    }
}
