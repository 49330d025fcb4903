import EventModel
import Foundation
import Testing
@testable import EventIndex

/// A small deterministic generator (SplitMix64), so that a failing sequence can be replayed by its seed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite("Sync equals rebuild")
struct SyncPropertyTests {
    static let words = ["harbour", "storm", "bridge", "ferry", "minister", "village", "Tajikistan", "Moscow", "concert",
                        "hall", "attack", "water", "Collective", "Security", "Treaty", "Organization", "(CSTO)", "CSTO",
                        "café", "river", "Shoigu", "said", "the", "on", "in"]

    struct Edit: CustomStringConvertible {
        var description: String
    }

    @Test("after random edits, a synced index answers exactly like one rebuilt from scratch", arguments: [1, 2, 3] as [UInt64])
    func randomEdits(seed: UInt64) throws {
        var random = SeededGenerator(state: seed)
        let folder = try TempCorpus()
        var names: [String] = []
        var titles: [String] = []
        var counter = 0
        func sentence() -> String {
            (0..<Int.random(in: 4...10, using: &random)).map { _ in Self.words.randomElement(using: &random)! }.joined(separator: " ") + "."
        }
        func body() -> String {
            var paragraphs = (0..<Int.random(in: 1...3, using: &random)).map { _ in sentence() + " " + sentence() }
            if !titles.isEmpty && Bool.random(using: &random) {
                paragraphs.append("Read more: " + (Bool.random(using: &random) ? titles.randomElement(using: &random)! : "A title nobody wrote"))
            }
            return paragraphs.joined(separator: "\n\n")
        }
        func writeArticle(_ name: String) throws {
            let title = "Report \(counter): " + sentence().dropLast()
            counter += 1
            titles.append(title)
            if name.hasSuffix(".md") {
                let day = Int.random(in: 10...28, using: &random)
                try folder.write("articles/\(name)", "---\ntitle: \(title)\ndate: 2024-03-\(day)\nsource: Wire \(day % 3)\n---\n\(body())\n")
            } else {
                try folder.write("articles/\(name)", title + "\n\n" + body() + "\n")
            }
        }
        func writeKnowledge() throws {
            let chosen = ["Tajikistan", "Moscow", "CSTO", "Shoigu", "Crocus"].filter { _ in Bool.random(using: &random) }
            var yaml = "entities:\n"
            for name in chosen {
                yaml += "  - id: \(name.lowercased())\n    name: \(name)\n    kind: other\n"
                if Bool.random(using: &random) { yaml += "    aliases: [\(name)s]\n" }
            }
            try folder.write("knowledge.yaml", yaml)
        }

        for _ in 0..<4 {
            let name = "a\(counter)" + (Bool.random(using: &random) ? ".md" : ".txt")
            try writeArticle(name)
            names.append(name)
        }
        try writeKnowledge()
        var corpus = try IndexedCorpus.openSynced(corpus: folder.root, indexPath: folder.index).corpus

        for step in 0..<10 {
            var log: [String] = []
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                switch Int.random(in: 0..<7, using: &random) {
                case 0, 1:
                    let name = "a\(counter)" + (Bool.random(using: &random) ? ".md" : ".txt")
                    try writeArticle(name)
                    names.append(name)
                    log.append("add \(name)")
                case 2 where !names.isEmpty:
                    let name = names.randomElement(using: &random)!
                    try writeArticle(name)
                    log.append("change \(name)")
                case 3 where names.count > 1:
                    let name = names.remove(at: Int.random(in: 0..<names.count, using: &random))
                    try folder.remove("articles/\(name)")
                    log.append("remove \(name)")
                case 4 where !names.isEmpty:
                    let index = Int.random(in: 0..<names.count, using: &random)
                    let renamed = "r\(counter)-" + names[index]
                    counter += 1
                    try folder.rename("articles/\(names[index])", to: "articles/\(renamed)")
                    log.append("rename \(names[index]) to \(renamed)")
                    names[index] = renamed
                case 5:
                    try writeKnowledge()
                    log.append("edit knowledge.yaml")
                default:
                    if let name = names.randomElement(using: &random) {
                        try folder.touch("articles/\(name)")
                        log.append("touch \(name)")
                    }
                }
            }
            // Every other step as a new process would sync: the catalog and linker restored from the index.
            if step % 2 == 1 { corpus = try IndexedCorpus.open(corpus: folder.root, indexPath: folder.index) }
            // As the explorer does: the folders whose time moved first (whatever it finds), then every file,
            // the first folder found changed synced on its own at once.
            if step % 3 != 2 {
                _ = try corpus.syncChangedFolders()
                try corpus.sync(firstChange: { _ in })
            } else {
                try corpus.sync()
            }
            let comment = Comment(rawValue: "seed \(seed), step \(step): \(log.joined(separator: ", "))")
            #expect(try corpus.canonicalDump() == folder.rebuilt().canonicalDump(), comment)
            let loaded = CorpusLoader.load(root: folder.root)
            let counts = try corpus.counts()
            #expect(try corpus.allArticleIDs() == loaded.articles.map(\.id).sorted(), comment)
            #expect(counts.entities == loaded.entities.count, comment)
            #expect(counts.relations == loaded.relations.count, comment)
            #expect(counts.links == loaded.linkCount && counts.unresolvedLinks == loaded.unresolvedLinkCount, comment)
            let mentions = try loaded.articles.reduce(0) { $0 + (try corpus.mentions(inArticle: $1.id).count) }
            #expect(mentions == loaded.mentions.count, comment)
        }
    }
}
