import Foundation
import Testing

@Suite("Search arguments")
struct SearchArgumentTests {
    @Test("a query that starts with - is a query, not options: it searches, excluding the word")
    func leadingMinus() throws {
        let corpus = EvexProcess.sampleCorpus.path
        let alone = try EvexProcess.run(["search", corpus, "-Shoigu"])
        #expect(alone.status != 0)
        #expect(!alone.stdout.contains("OVERVIEW") && !alone.stderr.contains("OVERVIEW"))
        #expect(alone.stderr.contains("only excludes words"), "\(alone.stderr)")

        let all = try EvexProcess.run(["search", corpus, "attack", "--json", "--limit", "500"])
        let excluding = try EvexProcess.run(["search", corpus, "-Shoigu attack", "--json", "--limit", "500"])
        #expect(excluding.status == 0, "\(excluding.stderr)")
        let ids = { (output: EvexProcess.Output) throws -> [String] in
            let page = try #require(try output.json() as? [String: Any])
            return (page["articles"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        }
        #expect(try ids(excluding).count < ids(all).count)
        #expect(try !ids(excluding).isEmpty)
    }
}
