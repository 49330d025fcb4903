import EventModel
import TerminalCore
import Testing
@testable import ExplorerUI

@Suite("One action table for keys and help")
struct ActionTableTests {
    @Test("every key the help lists does what the help says, on every screen", arguments: ScreenKind.allCases)
    func helpMatchesDispatch(kind: ScreenKind) throws {
        var help = HelpScreen(for: kind)
        let context = ScreenContext(store: Fixture.store, lastSearch: [])
        try help.layout(size: Size(width: 100, height: 80), context: context)
        var screen = Screen(size: Size(width: 100, height: 80))
        help.draw(into: &screen, height: 80, theme: .standard)
        for binding in ActionTable.bindings(for: kind) {
            let keys = binding.keys.map(KeyName.of).joined(separator: ", ")
            #expect(screen.lines.contains { $0.hasPrefix("  " + keys + " ") && $0.contains(binding.help) }, "\(keys) missing from \(kind) help")
            for key in binding.keys {
                #expect(ActionTable.action(for: key, on: kind) == binding.action, "\(KeyName.of(key)) on \(kind)")
            }
        }
    }

    @Test("no key is bound twice on the same screen")
    func noDuplicates() {
        for kind in ScreenKind.allCases {
            let keys = ActionTable.bindings(for: kind).flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "\(kind)")
        }
    }
}
