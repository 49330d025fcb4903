import EventModel
import ExplorerUI
import TerminalCore
import Testing

@Suite("Terminal sizes and untrusted text")
struct TerminalSafetyTests {
    @Test("below 20x5 a single line says the terminal is too small")
    func tooSmall() {
        var h = Harness()
        h.resize(width: 10, height: 3)
        #expect(h.lines == ["too small", "", ""])
        h.resize(width: 19, height: 10)
        #expect(h.lines[0] == "terminal too small")
        #expect(h.lines.dropFirst().allSatisfy { $0.isEmpty })
    }

    @Test("resizing to 10x3 and back leaves the same screen, selection and all")
    func resizeAndBack() {
        var h = Harness()
        h.press(.down, .down)
        let before = h.screen
        h.resize(width: 10, height: 3)
        h.press(.down)
        h.resize(width: 80, height: 24)
        #expect(h.status.contains("4/5"))
        h.press(.up)
        expectSameScreen(h.screen, before)
    }

    @Test("keys still work while the terminal is too small, and nothing crashes at 1x1 or 0x0")
    func degenerateSizes() {
        var h = Harness()
        for (width, height) in [(1, 1), (0, 0), (3, 40), (200, 2), (20, 5)] {
            h.resize(width: width, height: height)
            h.press(.enter, .tab, .enter, .character("?"), .backspace, .backspace, .character("/"))
            h.type("fire")
            h.press(.escape)
        }
        h.resize(width: 80, height: 24)
        #expect(!h.status.isEmpty)
        h.press(.character("a"))
        #expect(h.lines[0].hasPrefix("Articles"))
    }

    @Test("the reader re-wraps on a resize and keeps the same text at the top")
    func rewrap() {
        var h = Harness(height: 8)
        h.press(.down, .down, .enter)
        h.press(.character("j"), .character("j"), .character("j"))
        #expect(h.lines[0].hasPrefix("A fire broke out"))
        h.resize(width: 30, height: 12)
        #expect(h.lines[0].hasPrefix("A fire broke out"))
        #expect(h.lines.allSatisfy { CellWidth.of($0) <= 30 })
    }

    @Test("escape sequences, bidi overrides and C1 controls are drawn as placeholders")
    func hostileText() throws {
        var h = Harness()
        let y = try #require(h.row(containing: "Evil"))
        #expect(h.lines[y].contains("Evil ␛]0;pwned␇ title"))
        h.press(.character(":"))
        h.type("open hostile")
        h.press(.enter)
        #expect(h.lines[0] == "Evil ␛]0;pwned␇ title")
        #expect(h.shows("Plain start ␛[31mred␛[0m then \u{FFFD}reversed\u{FFFD} and \u{FFFD}2J done."))
        for cell in h.screen.cells {
            for scalar in cell.text.map({ String($0).unicodeScalars }) ?? String("").unicodeScalars {
                #expect(!(scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || (0x202A...0x202E).contains(scalar.value)))
            }
        }
    }

    @Test("wide CJK text keeps the columns aligned")
    func cjkAligned() throws {
        let h = Harness()
        let cjk = try #require(h.row(containing: "港口火灾报告"))
        let plain = try #require(h.row(containing: "Guild demands safety review"))
        // The entity count ends in the last column on both rows.
        #expect(h.screen[79, cjk].text == "1")
        #expect(h.screen[79, plain].text == "3")
        // The title column starts at the same cell.
        let titleX = 27
        #expect(h.screen[titleX, cjk].text == "港")
        #expect(h.screen[titleX, plain].text == "G")
        #expect(h.screen[titleX + 1, cjk].text == nil)
    }

    @Test("the reader wraps CJK text without splitting a wide character")
    func cjkWrap() {
        var h = Harness(width: 21, height: 10)
        h.press(.down, .enter)
        for y in 0..<9 {
            #expect(CellWidth.of(h.lines[y]) <= 21)
        }
        #expect(h.shows("北门港发生火灾。"))
    }
}

@Suite("Odd model data")
struct OddDataTests {
    @Test("spans out of range, empty spans and missing paragraphs still show the article")
    func badSpans() {
        let text = "Veloria spoke. Short text."
        let article = Article(
            id: "odd", path: "odd.txt", title: "Odd", text: text, paragraphs: [], sentences: [TextSpan(start: 0, end: 14)],
            links: [ReadMoreLink(title: "Gone", line: 1, span: TextSpan(start: 5, end: 5))])
        let corpus = Corpus(
            root: "odd", articles: [article],
            entities: [Entity(id: "veloria", name: "Veloria", kind: .country, origin: .gazetteer)],
            mentions: [
                Mention(article: "odd", entity: "veloria", text: "Veloria", span: TextSpan(start: 0, end: 7), sentence: 0),
                Mention(article: "odd", entity: "veloria", text: "?", span: TextSpan(start: 400, end: 420), sentence: 99),
                Mention(article: "odd", entity: "ghost", text: "x", span: TextSpan(start: 3, end: 3), sentence: 0),
            ],
            relations: [Relation(subject: "veloria", predicate: .memberOf, object: "ghost", origin: .pattern,
                                 evidence: [Evidence(article: "odd", sentence: 42, text: "no such sentence")])])
        var h = Harness(store: MemoryCorpusStore(corpus))
        h.press(.enter)
        #expect(h.shows("Veloria spoke. Short text."))
        // The link whose span is empty has no words in the text: the reader lists it under Related.
        #expect(h.shows("Related"))
        h.press(.tab)
        #expect(h.isHighlighted("Veloria"))
        h.press(.enter)
        #expect(h.lines[0] == "Veloria  country")
        h.press(.enter)
        #expect(h.lines[0] == "Odd")
        h.press(.character("e"), .enter, .character("r"), .character("x"))
        #expect(h.shows("member of → ghost [pattern]"))
    }
}
