import Foundation
import Testing

@Suite("The sample corpus's page, feed and ninjs item")
struct SampleFormatsTests {
    @Test("articles lists the saved page, the feed's new items and the wire item beside the rest, their links resolved, each story once")
    func listed() throws {
        let result = try EvexProcess.run(["articles", EvexProcess.sampleCorpus.path, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let articles = try #require(try result.json() as? [[String: Any]])
        let byID = Dictionary(articles.map { ($0["id"] as? String ?? "", $0) }, uniquingKeysWith: { first, _ in first })
        #expect(articles.count == byID.count, "no id listed twice")

        let page = try #require(byID["kestrel.example.org/world/2024-03-24/day-of-mourning-across-russia"])
        #expect(page["path"] as? String == "pages/day-of-mourning-across-russia.html")
        #expect(page["date"] as? String == "2024-03-24")
        #expect(page["source"] as? String == "Kestrel News")
        let wire = try #require(byID["steppewire.example.org/2024/03/23/blood-donors-queue-moscow"])
        #expect(wire["path"] as? String == "wire/blood-donors-queue-in-moscow.json")
        let item = try #require(byID["kestrel.example.org/world/2024-03-23/moscow-region-calls-off-events"])
        #expect(item["path"] as? String == "feeds/kestrel-world.xml#world-2024-03-23-moscow-region-calls-off-events")
        // The feed's other two items are the saved page and a Markdown article: shown once, as those.
        #expect(byID["kestrel.example.org/world/2024-03-24/kyiv-rejects-ukrainian-role"] == nil)
        #expect(byID["kyiv-rejects-ukrainian-role"] != nil)

        for article in [page, wire, item] {
            let links = try #require(article["links"] as? [[String: Any]])
            #expect(!links.isEmpty)
            #expect(links.allSatisfy { $0["target"] is String }, "\(links)")
        }
        let pageTargets = (page["links"] as? [[String: Any]] ?? []).compactMap { $0["target"] as? String }
        #expect(pageTargets == ["kyiv-rejects-ukrainian-role", "putin-pledges-justice", "steppewire.example.org/2024/03/23/blood-donors-queue-moscow"])
    }
}
