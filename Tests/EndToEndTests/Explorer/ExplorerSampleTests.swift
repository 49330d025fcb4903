import Foundation
import Testing

/// The explorer on `samples/crocus`, run as the README says, in a tmux pane of 100x30.
@Suite("The explorer on the sample corpus", .serialized, .enabled(if: Tmux.isInstalled, "tmux is not installed: skipping the explorer in tmux"))
struct ExplorerSampleTests {
    @Test("evex on the sample opens on the article list")
    func articleListAppears() throws {
        let tmux = try Tmux()
        defer { tmux.kill() }
        let screen = try tmux.startEvexOnSample()
        let rows = Tmux.rows(screen)
        #expect(rows.first?.hasPrefix("Articles (29)") == true, "the list says what it holds:\n\(screen)")
        #expect(rows.contains { $0.contains("2024-03-25 Steppe Wire") && $0.contains(SampleCorpus.listedTitle) })
        #expect(Tmux.statusLine(screen).hasPrefix("Articles"), "the status line names the screen:\n\(screen)")
        #expect(Tmux.statusLine(screen).contains("1/29"))
    }

    @Test("/CSTO then Enter opens the page of the Collective Security Treaty Organization")
    func searchReachesEntity() throws {
        let tmux = try Tmux()
        defer { tmux.kill() }
        try tmux.startEvexOnSample()
        tmux.sendKeys("/")
        tmux.type("CSTO")
        try tmux.waitForScreen("the results for CSTO") { screen in
            Tmux.rows(screen).first == "/CSTO" && screen.contains("◆ Collective Security Treaty Organization")
                && Tmux.statusLine(screen).contains("Search: CSTO")
        }
        tmux.sendKeys("Enter")
        let page = try tmux.waitForScreen("the CSTO entity page") {
            Tmux.rows($0).first?.hasPrefix("Collective Security Treaty Organization") == true
                && Tmux.statusLine($0).contains("Search: CSTO › Collective Security Treaty")
        }
        #expect(Tmux.rows(page).first?.contains("organisation") == true, "the kind is on the title line:\n\(page)")
        #expect(page.contains("Also: CSTO"), "the aliases are listed:\n\(page)")
        #expect(page.contains("Relations ("), "the relations follow:\n\(page)")
    }

    @Test("Tab to a Read more link, Enter follows it, Backspace comes back to the same place")
    func readMoreAndBack() throws {
        let tmux = try Tmux()
        defer { tmux.kill() }
        try tmux.startEvexOnSample()
        tmux.sendKeys(":")
        tmux.type("open \(SampleCorpus.linkingArticle)")
        tmux.sendKeys("Enter")
        var screen = try tmux.waitForScreen("the article with the Read more line", escapes: true) {
            Tmux.rows($0).first?.contains(SampleCorpus.linkingTitle) == true && $0.contains("Read more: ")
                && Tmux.statusLine($0).contains("Four suspects charged with …")
        }
        // Tab walks the links in order, the entity mentions before the Read more title among them.
        var presses = 0
        while !SGR.parameters(in: screen, before: SampleCorpus.linkedTitle).contains(7) {
            try #require(presses < 40, "Tab never reached the Read more link:\n\(screen)")
            let previous = screen
            tmux.sendKeys("Tab")
            presses += 1
            screen = try tmux.waitForScreen("the focus on the next link", escapes: true) { $0 != previous }
        }
        let before = try tmux.capture()

        tmux.sendKeys("Enter")
        // The breadcrumb shows where the link came from.
        try tmux.waitForScreen("the linked article") {
            Tmux.rows($0).first?.hasPrefix(SampleCorpus.linkedTitle) == true
                && Tmux.statusLine($0).contains("Four suspects charged with … › Putin pledges justice")
        }

        tmux.sendKeys("BSpace")
        try tmux.waitForScreen("the first article, scrolled as before following the link:\n\(before)\nand now") { $0 == before }
        #expect(SGR.parameters(in: try tmux.capture(escapes: true), before: SampleCorpus.linkedTitle).contains(7),
                "the Read more link still has the focus")
    }

    @Test("resizing to 10x3 and back leaves a whole screen that still takes keys")
    func resizeTinyAndBack() throws {
        let tmux = try Tmux()
        defer { tmux.kill() }
        let first = try tmux.startEvexOnSample()
        try tmux.resize(width: 10, height: 3)
        try tmux.waitForScreen("the too-small line") { Tmux.rows($0).first == "too small" }
        try tmux.resize(width: 100, height: 30)
        try tmux.waitForScreen("the list drawn as it was before the resizes") { $0 == first }
        tmux.sendKeys("j")
        let moved = try tmux.waitForScreen("the selection on the second article") { Tmux.statusLine($0).contains("2/29") }
        let rows = Tmux.rows(try tmux.capture(escapes: true))
        let second = try #require(rows.first { $0.contains("2024-06-26") }, "the second article is listed:\n\(moved)")
        #expect(second.hasPrefix("\u{1B}[7m") || second.hasPrefix("\u{1B}[0;7m"), "the selection bar is on the second article: \(second.debugDescription)")
        #expect(SGR.parameters(in: second, before: "2024-06-26").contains(7), "the date is in the selection bar: \(second.debugDescription)")
        tmux.sendKeys("?")
        try tmux.waitForScreen("the help of the article list") { Tmux.rows($0).first == "Keys on the Articles screen" }
    }
}
