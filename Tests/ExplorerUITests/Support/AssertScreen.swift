import Foundation
import TerminalCore
import Testing

/// Compares the screen's lines with `Golden/<name>.txt`. With `EVEX_RECORD_GOLDEN=1` in the
/// environment, or when the file does not exist yet, it writes the file and fails, so a recording
/// is never mistaken for a pass.
func assertScreen(_ screen: Screen, golden name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    // This file is in Support/, next to Golden/.
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Golden")
    let file = folder.appendingPathComponent("\(name).txt")
    let actual = screen.text + "\n"
    let record = ProcessInfo.processInfo.environment["EVEX_RECORD_GOLDEN"] == "1"
    if record || !FileManager.default.fileExists(atPath: file.path) {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? actual.write(to: file, atomically: true, encoding: .utf8)
        Issue.record("Recorded golden screen \(name).txt; check it and run again without EVEX_RECORD_GOLDEN", sourceLocation: sourceLocation)
        return
    }
    let expected = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
    if expected != actual {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var diff: [String] = []
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let e = index < expectedLines.count ? String(expectedLines[index]) : "<none>"
            let a = index < actualLines.count ? String(actualLines[index]) : "<none>"
            if e != a { diff.append("line \(index + 1):\n  expected: \(e)\n  actual:   \(a)") }
        }
        Issue.record(Comment(rawValue: "Screen differs from \(name).txt:\n" + diff.joined(separator: "\n")), sourceLocation: sourceLocation)
    }
}

/// Whether two screens match cell for cell; on a mismatch, records the differing lines rather than
/// every cell.
func expectSameScreen(_ actual: Screen, _ expected: Screen, sourceLocation: SourceLocation = #_sourceLocation) {
    guard actual != expected else { return }
    if actual.lines != expected.lines {
        Issue.record(Comment(rawValue: "Screens differ:\n--- expected\n\(expected.text)\n--- actual\n\(actual.text)"), sourceLocation: sourceLocation)
        return
    }
    let rows = (0..<actual.height).filter { y in (0..<actual.width).contains { actual[$0, y] != expected[$0, y] } }
    Issue.record(Comment(rawValue: "Same text but styles differ on rows \(rows):\n\(actual.text)"), sourceLocation: sourceLocation)
}
