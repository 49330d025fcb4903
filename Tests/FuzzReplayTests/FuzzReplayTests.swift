import EvexFuzzing
import Foundation
import Testing

/// Every input the fuzzers ever crashed on (Tests/Fuzz/Crashes/TARGET), and the seeds, go through the
/// same entry points as under libFuzzer: a crash fixed once stays fixed.
@Suite struct FuzzReplayTests {
    static let fuzzFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz")

    static func inputs(_ kind: String, _ target: FuzzTarget) -> [URL] {
        let folder = fuzzFolder.appendingPathComponent(kind).appendingPathComponent(target.rawValue)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0) }
    }

    @Test("past fuzzer crashes no longer crash", arguments: FuzzTarget.allCases)
    func pastCrashes(_ target: FuzzTarget) throws {
        for file in Self.inputs("Crashes", target) {
            target.run(Array(try Data(contentsOf: file)))
        }
    }

    @Test("every target has seeds, and they run", arguments: FuzzTarget.allCases)
    func seeds(_ target: FuzzTarget) throws {
        let files = Self.inputs("Seeds", target)
        #expect(!files.isEmpty)
        for file in files { target.run(Array(try Data(contentsOf: file))) }
    }
}
