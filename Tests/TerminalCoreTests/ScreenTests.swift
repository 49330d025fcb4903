import Testing
import TerminalCore

/// Every wide character on `screen` has both halves, and no right half is alone.
func hasOnlyWholeCharacters(_ screen: Screen) -> Bool {
    for y in 0..<screen.height {
        for x in 0..<screen.width {
            let cell = screen[x, y]
            if let text = cell.text {
                if CellWidth.of(text) == 2 && screen[x + 1, y].text != nil { return false }
                if CellWidth.of(text) == 2 && x + 1 >= screen.width { return false }
            } else {
                guard let left = screen[x - 1, y].text, CellWidth.of(left) == 2 else { return false }
            }
        }
    }
    return true
}

@Suite("Drawing into the screen grid")
struct ScreenTests {
    @Test("text lands where it is put, wide characters once in the line")
    func basicPut() {
        var screen = Screen(size: Size(width: 12, height: 2))
        let used = screen.put("ab日本c", x: 1, y: 1)
        #expect(used == 7)
        #expect(screen.lines == ["", " ab日本c"])
        #expect(screen[3, 1].text == "日")
        #expect(screen[4, 1].text == nil)
        #expect(hasOnlyWholeCharacters(screen))
    }

    @Test("a wide character that would be cut by the right edge is left out")
    func wideAtEdge() {
        var screen = Screen(size: Size(width: 3, height: 1))
        #expect(screen.put("ab日", x: 0, y: 0) == 2)
        #expect(screen.line(0) == "ab")
        #expect(hasOnlyWholeCharacters(screen))
    }

    @Test("a wide character that would be cut by maxWidth is left out")
    func wideAtClip() {
        var screen = Screen(size: Size(width: 10, height: 1))
        #expect(screen.put("日本語", x: 0, y: 0, maxWidth: 5) == 4)
        #expect(screen.line(0) == "日本")
        #expect(hasOnlyWholeCharacters(screen))
    }

    @Test("text starting left of the screen shows its visible part, half a wide character as a blank")
    func negativeX() {
        var screen = Screen(size: Size(width: 6, height: 1))
        screen.put("日本語", x: -1, y: 0)
        #expect(screen.line(0) == " 本語")
        #expect(hasOnlyWholeCharacters(screen))
    }

    @Test("writing over half of a wide character blanks the other half")
    func overwriteHalf() {
        var screen = Screen(size: Size(width: 6, height: 1))
        screen.put("日本語", x: 0, y: 0)
        screen.put("x", x: 1, y: 0)
        #expect(screen.line(0) == " x本語")
        #expect(hasOnlyWholeCharacters(screen))
        screen.put("y", x: 2, y: 0)
        #expect(screen.line(0) == " xy 語")
        #expect(hasOnlyWholeCharacters(screen))
        screen.put("日", x: 3, y: 0)
        #expect(screen.line(0) == " xy日")
        #expect(hasOnlyWholeCharacters(screen))
        screen.fill(y: 0, from: 4, width: 1, style: .plain)
        #expect(screen.line(0) == " xy")
        #expect(hasOnlyWholeCharacters(screen))
    }

    @Test("combining marks stay with their letter, also after a wide character")
    func combiningMarks() {
        var screen = Screen(size: Size(width: 8, height: 1))
        let text = DisplayText("日") + DisplayText("\u{301}") + DisplayText("e\u{301}")
        #expect(screen.put(text, x: 0, y: 0) == 3)
        #expect(screen[0, 0].text == "日\u{301}")
        #expect(screen[2, 0].text == "e\u{301}")
    }

    @Test("a mark or joiner with nothing before it is dropped without harm")
    func loneMarks() {
        var screen = Screen(size: Size(width: 4, height: 1))
        #expect(screen.put(DisplayText("\u{301}") + DisplayText("a") + DisplayText("\u{200B}"), x: 0, y: 0) == 1)
        #expect(screen[0, 0].text?.unicodeScalars.first == "a")
    }

    @Test("emoji joiner sequences take one wide cell")
    func joinerSequence() {
        var screen = Screen(size: Size(width: 5, height: 1))
        #expect(screen.put("👩\u{200D}💻!", x: 0, y: 0) == 3)
        #expect(screen.line(0) == "👩\u{200D}💻!")
        #expect(hasOnlyWholeCharacters(screen))
    }

    @Test("a 0x0 screen accepts every call and shows nothing")
    func emptyScreen() {
        var screen = Screen(size: Size(width: 0, height: 0))
        #expect(screen.put("hello 日本", x: 0, y: 0) == 0)
        screen.fill(y: 0, style: .plain)
        screen[0, 0] = Cell("x")
        screen.clear()
        #expect(screen[0, 0] == .blank)
        #expect(screen.lines.isEmpty)
        #expect(screen.text == "")
    }

    @Test("negative sizes count as zero")
    func negativeSize() {
        let screen = Screen(size: Size(width: -3, height: 5))
        #expect(screen.width == 0)
        #expect(screen.cells.isEmpty)
    }

    @Test("reading or writing outside the screen does nothing")
    func outOfBounds() {
        var screen = Screen(size: Size(width: 2, height: 2))
        screen[5, 0] = Cell("x")
        screen[-1, -1] = Cell("x")
        screen[0, 2] = Cell("x")
        #expect(screen[9, 9] == .blank)
        #expect(screen.text == "\n")
        #expect(screen.put("x", x: 0, y: 2) == 0)
        #expect(screen.put("x", x: 2, y: 0) == 0)
        #expect(screen.put("x", x: 0, y: -1) == 0)
        screen.fill(y: 0, from: -5, width: Int.max, style: Style(reverse: true))
        #expect(screen[0, 0].style.reverse && screen[1, 0].style.reverse)
    }

    @Test("extreme positions and widths neither crash nor spill")
    func extremes() {
        var screen = Screen(size: Size(width: 4, height: 1))
        screen.put("abcdef", x: 0, y: 0, maxWidth: Int.max)
        #expect(screen.line(0) == "abcd")
        screen.put("zz", x: Int.min, y: 0)
        screen.put("zz", x: 1, y: 0, maxWidth: -3)
        screen.put("zz", x: Int.max, y: 0)
        screen.fill(y: 0, from: Int.max, width: Int.max, style: .plain)
        #expect(screen.line(0) == "abcd")
    }

    @Test("at every small size and position, any mix of text leaves whole characters only")
    func tinySizesFuzz() {
        let pieces: [DisplayText] = ["日本", "a", "e\u{301}", "👩\u{200D}💻", "\u{1B}]0;x\u{7}", "한글", "", "語x語"]
        var generator = SplitMix(seed: 7)
        for width in 0...6 {
            for height in 0...3 {
                var screen = Screen(size: Size(width: width, height: height))
                for _ in 0..<40 {
                    let piece = pieces[Int(generator.next() % UInt64(pieces.count))]
                    let x = Int(generator.next() % 10) - 3
                    let y = Int(generator.next() % 5) - 1
                    let maxWidth = Int(generator.next() % 8) - 1
                    if generator.next() % 4 == 0 {
                        screen.fill(y: y, from: x, width: maxWidth, style: .plain)
                    } else {
                        screen.put(piece, x: x, y: y, maxWidth: maxWidth)
                    }
                    #expect(hasOnlyWholeCharacters(screen), "\(width)x\(height) after \(piece.string) at \(x),\(y)")
                }
                #expect(screen.lines.allSatisfy { CellWidth.of($0) <= width })
            }
        }
    }

    @Test("hostile text drawn on the screen stays inert")
    func hostileOnScreen() {
        var screen = Screen(size: Size(width: 40, height: 1))
        screen.put(DisplayText("\u{1B}]52;c;eA==\u{7}\u{202E}evil\u{9B}2J"), x: 0, y: 0)
        #expect(isInert(screen.text))
        #expect(screen.line(0) == "␛]52;c;eA==␇\u{FFFD}evil\u{FFFD}2J")
    }
}
