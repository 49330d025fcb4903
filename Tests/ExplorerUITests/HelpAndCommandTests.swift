import ExplorerUI
import EventModel
import Foundation
import TerminalCore
import Testing

@Suite("Help and the command line")
struct HelpAndCommandTests {
    @Test("? lists the keys of the current screen and those that work everywhere")
    func helpForArticles() {
        var h = Harness(height: 40)
        h.press(.character("?"))
        assertScreen(h.screen, golden: "help-articles-80x40")
        #expect(h.lines[0] == "Keys on the Articles screen")
        #expect(h.shows("s                     sort by date, title or source"))
        #expect(h.shows("j, Down               move down"))
        #expect(h.shows("Backspace, h, Left    back to where you were"))
        #expect(h.shows("Q, Ctrl-C             quit at once"))
        #expect(!h.shows("Tab"))
    }

    @Test("help in the reader lists link and match keys, not sorting")
    func helpForReader() {
        var h = Harness(height: 40)
        h.press(.down, .enter, .character("?"))
        #expect(h.lines[0] == "Keys on the Reader screen")
        #expect(h.shows("Tab                   next link"))
        #expect(h.shows("n                     next match of the last search"))
        #expect(h.shows("j, Down               scroll down a line"))
        #expect(!h.shows("sort by"))
        h.press(.character("q"))
        #expect(h.lines[0] == "港口火灾报告")
    }

    @Test(":open ID opens an article, or an entity by id")
    func openCommand() {
        var h = Harness()
        h.press(.character(":"))
        #expect(h.status == ":")
        h.type("open guild-review")
        #expect(h.status == ":open guild-review")
        h.press(.enter)
        #expect(h.lines[0] == "Guild demands safety review")
        h.press(.character(":"))
        h.type("open veloria")
        h.press(.enter)
        #expect(h.lines[0] == "Veloria  country")
    }

    @Test(":export writes the entity in view with its neighbours; a bad format says which exist")
    func exportCommand() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("evex-ui-export-\(UUID().uuidString).dot")
        defer { try? FileManager.default.removeItem(at: file) }
        var h = Harness()
        h.press(.character(":"))
        h.type("entity veloria")
        h.press(.enter)
        h.press(.character(":"))
        h.type("export dot \(file.path)")
        h.press(.enter)
        #expect(h.status.contains("Wrote the neighbourhood of veloria as dot"), "\(h.status)")
        let dot = try String(contentsOf: file, encoding: .utf8)
        #expect(dot.hasPrefix("digraph evex {"))
        #expect(dot.contains("\"veloria\" [label=\"Veloria\""))
        h.press(.character(":"))
        h.type("export pdf \(file.path)")
        h.press(.enter)
        #expect(h.status.contains("Usage: :export FORMAT FILE, FORMAT one of ftm, graphml, gexf, dot, csv"), "\(h.status)")
    }

    @Test(":entity finds an entity by name or alias, any case")
    func entityCommand() {
        var h = Harness()
        h.press(.character(":"))
        h.type("entity VELORIAN")
        h.press(.enter)
        #expect(h.lines[0] == "Veloria  country")
    }

    @Test(":search shows the results of a query")
    func searchCommand() {
        var h = Harness()
        h.press(.character(":"))
        h.type("search safety review")
        h.press(.enter)
        #expect(h.lines[0].hasPrefix("/safety review"))
        #expect(h.lines[1] == "0 entities, 2 articles")
        h.press(.enter)
        #expect(h.lines[0] == "Guild demands safety review")
    }

    @Test("a bad command is explained in the status line and changes nothing")
    func badCommands() {
        var h = Harness()
        let before = h.lines.dropLast()
        h.press(.character(":"))
        h.type("frobnicate")
        h.press(.enter)
        #expect(h.status.contains("Unknown command :frobnicate"))
        #expect(Array(h.lines.dropLast()) == Array(before))
        h.press(.character(":"))
        h.type("open nowhere")
        h.press(.enter)
        #expect(h.status.contains("No article or entity with id “nowhere”"))
        h.press(.character(":"))
        h.type("entity Atlantis")
        h.press(.enter)
        #expect(h.status.contains("No entity named “Atlantis”"))
        h.press(.character(":"))
        h.type("open")
        h.press(.enter)
        #expect(h.status.contains("Usage: :open ID"))
    }

    @Test("Esc and Backspace on an empty line leave the command line")
    func leavingCommandLine() {
        var h = Harness()
        h.press(.character(":"))
        h.type("op")
        h.press(.escape)
        #expect(h.status.hasPrefix("Articles"))
        h.press(.character(":"), .backspace)
        #expect(h.status.hasPrefix("Articles"))
        h.press(.character("j"))
        #expect(h.status.contains("2/5"))
    }

    @Test(":quit quits")
    func quitCommand() {
        var h = Harness()
        h.press(.character(":"))
        h.type("quit")
        h.press(.enter)
        #expect(h.explorer.isFinished)
    }
}

@Suite("Load problems")
struct DiagnosticsTests {
    static let broken = MemoryCorpusStore(Corpus(root: "broken", diagnostics: [
        .error("articles/bad.md", line: 3, "front matter is not valid YAML: close the --- block"),
        .warning("articles/a.txt", line: 9, "\"Read more: Nowhere\" matches no article title"),
    ]))

    @Test("a corpus that failed to load opens on its diagnostics, not an empty list")
    func opensOnDiagnostics() {
        let h = Harness(store: Self.broken)
        #expect(h.lines[0] == "1 error, 1 warning")
        #expect(h.shows("error: articles/bad.md:3: front matter is not valid YAML: close the --- block"))
        #expect(h.shows("warning: articles/a.txt:9: \"Read more: Nowhere\" matches no article title"))
    }

    @Test(":diagnostics lists load problems at any time")
    func diagnosticsCommand() {
        var h = Harness()
        h.press(.character(":"))
        h.type("diagnostics")
        h.press(.enter)
        #expect(h.lines[0] == "0 errors, 0 warnings")
        #expect(h.shows("The corpus loaded without a complaint."))
    }
}
