import EventModel
import ExplorerUI
import Foundation
import TerminalCore
import Testing

@Suite("Curation from the explorer: keys, commands, undo")
struct CurationKeyTests {
    @Test("C on an entity page offers :confirm with its kind; another kind confirms it as that")
    func confirmKey() throws {
        let corpus = try CurationCorpus()
        var h = try corpus.harness()
        h.openEntity("harbour-board")
        #expect(h.lines[0].contains("unconfirmed"))
        h.press(.character("C"))
        #expect(h.status == ":confirm other")
        h.press(.control("w"))
        h.type("org")
        h.press(.tab)
        #expect(h.status == ":confirm organisation")
        h.press(.enter)
        #expect(h.lines[0] == "Harbour Board  organisation")
        #expect(h.status.contains("Confirmed harbour-board as organisation in curation.knowledge.yaml"))
        #expect(corpus.load().entities.first { $0.id == "harbour-board" }?.confirmed == true)
    }

    @Test("C on the entity list confirms the selected entity; the list shows it confirmed at once")
    func confirmFromList() throws {
        let corpus = try CurationCorpus()
        var h = try corpus.harness()
        h.press(.character("e"))
        #expect(h.shows("Anna Kowal (unconfirmed)"), "\(h)")
        h.press(.character("C"))
        #expect(h.status == ":confirm person")
        h.press(.enter)
        #expect(!h.shows("Anna Kowal (unconfirmed)"), "\(h)")
        #expect(h.lines[0].hasPrefix("Entities"))
    }

    @Test("X then Enter rejects the entity: back to the list, where it is gone; Esc leaves it")
    func rejectKey() throws {
        let corpus = try CurationCorpus()
        var h = try corpus.harness()
        h.press(.character("e"))
        #expect(h.shows("Dockers Union"))
        h.openEntity("dockers-union")
        h.press(.character("X"))
        #expect(h.status == ":reject")
        h.press(.escape)
        #expect(corpus.curationText.isEmpty)
        h.press(.character("X"), .enter)
        #expect(h.lines[0].hasPrefix("Entities"))
        #expect(!h.shows("Dockers Union"))
        #expect(h.status.contains("Rejected dockers-union"))
    }

    @Test("R offers :rename with the name to edit; the page shows the new name and the old as an alias")
    func renameKey() throws {
        let corpus = try CurationCorpus()
        var h = try corpus.harness()
        h.openEntity("anna-kowal")
        h.press(.character("R"))
        #expect(h.status == ":rename Anna Kowal")
        h.type("ska")
        h.press(.enter)
        #expect(h.lines[0].hasPrefix("Anna Kowalska"))
        #expect(h.shows("Also: Kowal, Anna Kowal"))
    }

    @Test("M merges into the entity Tab finds, opens it, and U undoes the merge")
    func mergeKeyAndUndo() throws {
        let corpus = try CurationCorpus()
        var h = try corpus.harness()
        h.openEntity("harbour-board")
        h.press(.character("M"))
        #expect(h.status == ":merge", "the line ends with a space, which the status row trims")
        h.type("Docker")
        h.press(.tab)
        #expect(h.status == ":merge Dockers Union")
        h.press(.enter)
        #expect(h.lines[0].hasPrefix("Dockers Union"))
        #expect(h.shows("Also: Harbour Board"))
        #expect(!corpus.load().entities.contains { $0.id == "harbour-board" })
        h.press(.character("U"))
        #expect(h.status.contains("Undid: merged harbour-board into dockers-union"))
        #expect(!h.shows("Also: Harbour Board"))
        #expect(corpus.load().entities.contains { $0.id == "harbour-board" })
    }

    @Test("U after a restart undoes the change the previous run made")
    func undoAcrossRestart() throws {
        let corpus = try CurationCorpus()
        do {
            var first = try corpus.harness()
            first.openEntity("harbour-board")
            first.press(.character("A"))
            first.type("Port Board")
            first.press(.enter)
            #expect(first.shows("Also: Port Board"))
        }
        var second = try corpus.harness()
        second.openEntity("harbour-board")
        #expect(second.shows("Also: Port Board"))
        second.press(.character("U"))
        #expect(!second.shows("Also: Port Board"))
        #expect(second.status.contains("Undid: added “Port Board” to harbour-board"))
        second.press(.character("U"))
        #expect(second.status.contains("nothing to undo"))
    }

    @Test("S splits the alias Tab completes off the entity")
    func splitKey() throws {
        let corpus = try CurationCorpus()
        var h = try corpus.harness()
        h.openEntity("anna-kowal")
        #expect(h.shows("Also: Kowal"))
        h.press(.character("S"))
        h.type("K")
        h.press(.tab)
        #expect(h.status == ":split Kowal")
        h.press(.enter)
        #expect(!h.shows("Also: Kowal"))
        #expect(corpus.load().mentions.contains { $0.entity == "kowal" })
    }

    @Test("+ in the reader relates the mention Tab went to, with its sentence as the evidence")
    func relateFromReader() throws {
        let corpus = try CurationCorpus()
        var h = try corpus.harness()
        h.press(.enter)
        #expect(h.lines[0] == "Dockers end the harbour strike")
        // Mentions in order: Anna Kowal, Dockers Union, Valletta, Anna Kowal, Dockers Union, Harbour Board...
        h.press(.tab, times: 6)
        h.press(.character("+"))
        #expect(h.status == ":relate")
        h.type("supp")
        h.press(.tab)
        #expect(h.status == ":relate supported")
        h.type("Dockers Union")
        h.press(.enter)
        #expect(h.status.contains("Added harbour-board supported dockers-union"), "\(h)")
        let relation = try #require(corpus.load().relations.first { $0.subject == "harbour-board" && $0.predicate == "supported" })
        #expect(relation.origin == .curated)
        #expect(relation.evidence.first?.article == "articles/strike")
        #expect(relation.evidence.first?.text.contains("after the Harbour Board agreed to talks") == true)
    }

    @Test("- on an entity page rejects the relation under the cursor")
    func rejectRelationKey() throws {
        let corpus = try CurationCorpus()
        var h = try corpus.harness()
        h.openEntity("anna-kowal")
        #expect(h.shows("met"))
        h.press(.character("-"))
        #expect(h.status == ":reject-relation")
        h.press(.enter)
        #expect(h.status.contains("Rejected anna-kowal met dockers-union (pattern)"), "\(h)")
        #expect(!corpus.load().relations.contains { $0.predicate == "met" })
    }

    @Test("the curation commands need an entity, and say so in the reader")
    func needsEntity() throws {
        let corpus = try CurationCorpus()
        var h = try corpus.harness()
        h.press(.enter, .character("C"))
        #expect(h.status.contains("Tab to a mention first"))
        h.command("reject-relation")
        #expect(h.status.contains("No relation here"))
    }

    @Test("without a corpus folder, curation says it is not available")
    func notAvailable() {
        var h = Harness()
        h.command("undo")
        #expect(h.status.contains("Curation is not available here"))
    }

    @Test("? on an entity page lists every curation key and command")
    func helpListsCuration() throws {
        let corpus = try CurationCorpus()
        var h = try corpus.harness(height: 90)
        h.openEntity("anna-kowal")
        h.press(.character("?"))
        for line in ["C ", "confirm the entity", "X ", "reject the entity", "R ", "M ", "A ", "S ", "+ ", "- ", "U ",
                     ":confirm KIND", ":reject", ":rename NAME", ":merge ENTITY", ":alias NAME", ":split ALIAS",
                     ":relate PREDICATE ENTITY", ":reject-relation", ":undo"] {
            #expect(h.shows(line), "\(line)")
        }
    }

    @Test("a curation file evex cannot write back is named on the status line, and taken up once fixed")
    func brokenFileThenFixed() throws {
        let corpus = try CurationCorpus()
        let file = corpus.root.appendingPathComponent(KnowledgeParser.curationFileName)
        try Data("entities:\n  - { id: x, name: X, colour: red }\n".utf8).write(to: file)
        var h = try corpus.harness()
        h.openEntity("harbour-board")
        h.press(.character("C"), .enter)
        #expect(h.status.contains("curation.knowledge.yaml has problems evex will not write over"), "\(h)")
        try Data("entities:\n  - { id: x, name: X }\n".utf8).write(to: file)
        h.press(.character("C"), .enter)
        #expect(h.status.contains("Confirmed harbour-board"), "\(h)")
        #expect(corpus.curationText.contains("id: \"x\""))
    }

    @Test("screens further back show the curation too when gone back to")
    func historyRebuilt() throws {
        let corpus = try CurationCorpus()
        var h = try corpus.harness()
        h.press(.character("e"))
        #expect(h.shows("Harbour Board (unconfirmed)") || h.shows("Harbour Board") && h.shows("unconfirmed"))
        h.openEntity("dockers-union")
        h.openEntity("harbour-board")
        h.openEntity("anna-kowal")
        h.openEntity("malta")
        h.command("open harbour-board")
        h.press(.character("X"), .enter)
        // Back through the pages to the entity list, which no longer lists the board.
        for _ in 0..<6 where !h.lines[0].hasPrefix("Entities") { h.press(.backspace) }
        #expect(h.lines[0].hasPrefix("Entities"), "\(h)")
        #expect(!h.shows("Harbour Board"))
    }
}

@Suite("note: in the explorer's search")
struct NoteSearchScreenTests {
    @Test("/note: lists the article a :note was written on")
    func searchNotes() throws {
        let corpus = try CurationCorpus()
        var h = try corpus.harness()
        h.press(.enter)
        h.command("note follow the crane story")
        h.press(.character("q"), .character("/"))
        h.type("note:crane")
        #expect(h.shows("Dockers end the harbour strike"), "\(h)")
        h.press(.control("u"))
        h.type("note:nothing")
        #expect(!h.shows("Dockers end the harbour strike"), "\(h)")
    }
}

@Suite("Curation commands typed at :")
struct CurationCommandTests {
    @Test(":confirm, :alias, :rename, :relate, :split, :merge, :reject and :undo typed out, on an entity page")
    func typedCommands() throws {
        let corpus = try CurationCorpus()
        var h = try corpus.harness()
        h.openEntity("harbour-board")
        h.command("confirm person")
        #expect(h.lines[0] == "Harbour Board  person")
        h.command("confirm nonsense")
        #expect(h.status.contains("Unknown kind “nonsense”"))
        h.command("alias Port Board")
        #expect(h.shows("Also: Port Board"))
        h.command("rename Port Authority")
        #expect(h.lines[0].hasPrefix("Port Authority"))
        h.command("relate met Malta")
        #expect(h.status.contains("Added harbour-board met malta"), "\(h)")
        #expect(corpus.load().relations.contains { $0.subject == "harbour-board" && $0.predicate == "met" && $0.object == "malta" && $0.origin == .curated })
        h.command("split Port Board")
        #expect(!h.shows("Also: Port Board"))
        h.command("merge Malta")
        #expect(h.lines[0].hasPrefix("Malta"))
        h.command("undo")
        h.command("open harbour-board")
        h.command("reject")
        #expect(!corpus.load().entities.contains { $0.id == "harbour-board" })
        for _ in 0..<6 { h.command("undo") }
        #expect(h.status.contains("Undid: confirmed harbour-board as person"), "\(h)")
        #expect(corpus.load().entities.first { $0.id == "harbour-board" }?.confirmed == false)
        h.command("undo")
        #expect(h.status.contains("nothing to undo"))
    }
}
