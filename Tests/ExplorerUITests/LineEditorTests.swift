import EventModel
import TerminalCore
import Testing
@testable import ExplorerUI

/// The one line editor every prompt uses, and the command table behind `:`.
@Suite("Line editor and commands")
struct LineEditorTests {
    private func edited(_ text: String, _ keys: Key...) -> LineEditor {
        var editor = LineEditor(text)
        for key in keys { _ = editor.handle(key) }
        return editor
    }

    @Test("cursor keys move, and typing goes in at the cursor")
    func insertAtCursor() {
        #expect(edited("helo", .left, .character("l")).text == "hello")
        #expect(edited("world", .home, .character("a"), .character(" ")).text == "a world")
        #expect(edited("world", .control("a"), .control("e"), .character("!")).text == "world!")
        #expect(edited("abc", .left, .left, .delete).text == "ac")
        #expect(edited("abc", .left, .backspace).text == "ac")
    }

    @Test("Ctrl-W deletes the word before the cursor, Ctrl-U to the start, Ctrl-K to the end")
    func killKeys() {
        #expect(edited("entity Crocus City ", .control("w")).text == "entity Crocus ")
        #expect(edited("one two three", .left, .left, .left, .left, .left, .left, .control("u")).text == " three")
        #expect(edited("one two three", .home, .right, .right, .right, .control("k")).text == "one")
    }

    @Test("Backspace on an empty line and Esc, Ctrl-C, Ctrl-G leave the prompt")
    func cancel() {
        for key in [Key.escape, .control("c"), .control("g")] {
            var editor = LineEditor("text")
            #expect(editor.handle(key) == .cancel)
        }
        var empty = LineEditor()
        #expect(empty.handle(.backspace) == .cancel)
    }

    @Test("Up and Down walk the lines typed before, and Down past the newest gives back the draft")
    func history() {
        var history = PromptHistory()
        history.record("entity Veloria")
        history.record("search fire")
        #expect(history.step(older: true, current: "dra") == "search fire")
        #expect(history.step(older: true, current: "") == "entity Veloria")
        #expect(history.step(older: true, current: "") == nil)
        #expect(history.step(older: false, current: "") == "search fire")
        #expect(history.step(older: false, current: "") == "dra")
    }

    @Test("the : prompt keeps its history across uses: Up brings back the last command")
    func promptHistory() {
        var h = Harness()
        h.press(.character(":"))
        h.type("entity veloria")
        h.press(.enter)
        #expect(h.lines[0] == "Veloria  country")
        h.press(.character(":"), .up)
        #expect(h.status.hasPrefix(":entity veloria"))
        h.press(.escape)
        #expect(!h.status.hasPrefix(":"))
    }

    @Test("Tab completes a command name, then an entity name")
    func completion() {
        var h = Harness()
        h.press(.character(":"))
        h.type("ent")
        h.press(.tab)
        #expect(h.status.hasPrefix(":entity"), "\(h.status)")
        h.type("ilse")
        h.press(.tab)
        #expect(h.status.hasPrefix(":entity Ilse Varga"), "\(h.status)")
        h.press(.enter)
        #expect(h.lines[0].hasPrefix("Ilse Varga"))
    }

    @Test("Tab on an export lists the formats that share the prefix")
    func formatCompletion() {
        var h = Harness()
        h.press(.character(":"))
        h.type("export g")
        h.press(.tab)
        #expect(h.status.contains("graphml  gexf"), "\(h.status)")
        h.type("r")
        h.press(.tab)
        #expect(h.status.hasPrefix(":export graphml"), "\(h.status)")
    }

    @Test("an unknown command and a missing argument are answered from the table")
    func tableMessages() {
        var h = Harness(width: 140)
        h.press(.character(":"))
        h.type("frobnicate")
        h.press(.enter)
        #expect(h.status.contains("Unknown command :frobnicate; the commands are :open, :entity, :search, :export, :note,"), "\(h.status)")
        h.press(.character(":"))
        h.type("entity")
        h.press(.enter)
        #expect(h.status.contains("Usage: :entity NAME"), "\(h.status)")
    }

    @Test("the search prompt edits in the middle of the query too")
    func searchPromptEditing() {
        var h = Harness()
        h.press(.character("/"))
        h.type("harbor")
        h.press(.left, .character("u"))
        #expect(h.lines[0].hasPrefix("/harbour"), "\(h.lines[0])")
        h.press(.control("w"))
        #expect(h.lines[0].hasPrefix("/r"), "\(h.lines[0])")
    }

    @Test("a long line scrolls so that the cursor stays on screen")
    func longLineScrolls() {
        var h = Harness(width: 30)
        h.press(.character(":"))
        h.type("search " + String(repeating: "x", count: 40) + "END")
        #expect(h.status.contains("END"), "\(h.status)")
    }

    @Test("every command in the table is listed by ? with its usage")
    func helpListsCommands() {
        var h = Harness(height: 80)
        h.press(.character("?"))
        for command in CommandTable.all {
            #expect(h.shows(command.usage), "\(command.usage) missing from help")
        }
    }
}
