import EventModel
import TerminalCore
import Testing
@testable import ExplorerUI

/// Read and unread, stars, notes and saved searches, as the explorer shows them.
@Suite("Reading state")
struct ReadingStateTests {
    private func harness(_ state: MemoryUserState, height: Int = 24) -> Harness {
        Harness(explorer: Explorer(store: Fixture.store, state: state, size: Size(width: 100, height: height)))
    }

    private func titleIsBold(_ h: Harness, _ title: String) -> Bool? {
        guard let row = h.row(containing: title), let column = h.lines[row].range(of: title).map({ h.lines[row].distance(from: h.lines[row].startIndex, to: $0.lowerBound) }) else { return nil }
        return h.screen[column, row].style.bold
    }

    @Test("unread articles are bold with a count in the status line; opening one marks it read")
    func openingMarksRead() throws {
        let state = MemoryUserState()
        var h = harness(state)
        let total = try Fixture.store.counts().articles
        #expect(h.status.contains("\(total) unread"), "\(h.status)")
        let title = try #require(h.lines[2].split(separator: " ", omittingEmptySubsequences: true).last.map(String.init))
        #expect(titleIsBold(h, title) == true)
        h.press(.enter, .character("q"))
        #expect(titleIsBold(h, title) == false, "\(h.screen)")
        #expect(h.status.contains("\(total - 1) unread"), "\(h.status)")
    }

    @Test("N toggles read on the selected row, and u jumps to the next unread one")
    func toggleAndNextUnread() throws {
        let state = MemoryUserState()
        var h = harness(state)
        let first = try Fixture.store.articles(order: .date, range: 0..<3)
        h.press(.character("N"))
        #expect(try state.mark(.article, first[0].id).read)
        h.press(.character("j"), .character("N"))
        #expect(try state.mark(.article, first[1].id).read)
        h.press(.character("g"), .character("u"))
        #expect(h.status.contains("3/"), "the third row is the first unread: \(h.status)")
        h.press(.character("k"), .character("N"))
        #expect(try !state.mark(.article, first[1].id).read, "N again marks it unread")
    }

    @Test("* stars an article and an entity; :starred lists both and opens them")
    func stars() throws {
        let state = MemoryUserState()
        var h = harness(state)
        let first = try #require(try Fixture.store.articles(order: .date, range: 0..<1).first)
        h.press(.character("*"))
        #expect(try state.mark(.article, first.id).starred)
        #expect(h.lines[2].hasPrefix(" *"), "a star before the row: \(h.lines[2])")
        h.press(.character(":"))
        h.type("entity veloria")
        h.press(.enter, .character("*"))
        #expect(try state.mark(.entity, "veloria").starred)
        h.press(.character(":"))
        h.type("starred")
        h.press(.enter)
        #expect(h.lines[0].hasPrefix("Starred (2)"), "\(h.screen)")
        #expect(h.shows(first.title) && h.shows("Veloria"))
        h.press(.character("G"), .enter)
        #expect(h.lines[0].hasPrefix("Veloria"))
    }

    @Test(":note TEXT notes what is in view; :notes lists it; :note alone removes it")
    func notes() throws {
        let state = MemoryUserState()
        var h = harness(state)
        h.press(.character(":"))
        h.type("entity ilse varga")
        h.press(.enter, .character(":"))
        h.type("note check the mayor's statement")
        h.press(.enter)
        #expect(try state.mark(.entity, "ilse-varga").note == "check the mayor's statement")
        h.press(.character(":"))
        h.type("notes")
        h.press(.enter)
        #expect(h.shows("Ilse Varga  \u{2014} check the mayor's statement"), "\(h.screen)")
        h.press(.enter, .character(":"))
        h.type("note")
        h.press(.enter)
        #expect(try state.mark(.entity, "ilse-varga").note == nil)
    }

    @Test(":save NAME keeps a search; the article list and :searches show it with its unread count")
    func savedSearches() throws {
        let state = MemoryUserState()
        var h = harness(state)
        h.press(.character(":"))
        h.type("search harbour")
        h.press(.enter, .character(":"))
        h.type("save port")
        h.press(.enter)
        #expect(try state.mark(.search, "port").query == "harbour")
        h.press(.character("a"))
        #expect(h.lines[0].contains("Saved: port "), "\(h.lines[0])")
        h.press(.character(":"))
        h.type("searches")
        h.press(.enter)
        #expect(h.shows("port: harbour"), "\(h.screen)")
        #expect(h.lines[1].contains("unread"))
        h.press(.enter)
        #expect(h.lines[0].hasPrefix("/harbour"))
    }

    @Test("marks outlive the explorer: a new one on the same state shows them")
    func restart() throws {
        let state = MemoryUserState()
        var first = harness(state)
        first.press(.character("*"), .enter, .character("q"))
        let second = harness(state)
        #expect(second.lines[2].hasPrefix(" *"))
        let title = try #require(try Fixture.store.articles(order: .date, range: 0..<1).first?.title)
        #expect(titleIsBold(second, String(title.prefix(8))) == false)
    }
}

/// The key loop and work running beside it.
@Suite("Background update")
struct BackgroundUpdateTests {
    @Test("the loop says the folder is being checked, then redraws and says what the sync did when woken")
    func wakeRedraws() {
        let terminal = MemoryTerminal(size: Size(width: 100, height: 20))
        let update = BackgroundUpdate()
        terminal.send(.character("j"))
        update.finish(.success("Updated from the folder: 1 added, 0 changed, 0 removed"))
        terminal.wake()
        ExplorerUI.run(terminal: terminal, store: Fixture.store, update: update)
        #expect(terminal.lines.last?.hasPrefix("Updated from the folder: 1 added") == true, "\(terminal.text)")
        #expect(terminal.lines.last?.contains("2/5") == true, "the selection stays where it was: \(terminal.text)")
    }

    @Test("before the sync ends, the status line says the index is shown as it was")
    func notesTheCheck() {
        let terminal = MemoryTerminal(size: Size(width: 120, height: 20))
        ExplorerUI.run(terminal: terminal, store: Fixture.store, update: BackgroundUpdate())
        #expect(terminal.lines.last?.hasPrefix("Checking the folder for changes") == true, "\(terminal.text)")
    }
}
