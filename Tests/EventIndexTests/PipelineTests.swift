import EventModel
import Foundation
import Testing
@testable import EventIndex

/// The load's pipeline (Pipeline): workers ahead of the writing thread, chunks stored in order.
@Suite("Pipeline")
struct PipelineTests {
    @Test("every chunk is loaded once, in order, at most two ahead of the one consumed, and consumed in order")
    func order() throws {
        var loaded: [Int] = []
        var consumed: [Int] = []
        var aheadAtConsume: [Int] = []
        try Pipeline.run(chunks: 7, load: { chunk -> Int in
            loaded.append(chunk)
            return chunk
        }, work: { $0 * 10 }, consume: { output in
            aheadAtConsume.append(loaded.count - consumed.count)
            consumed.append(output)
        })
        #expect(loaded == Array(0..<7))
        #expect(consumed == (0..<7).map { $0 * 10 })
        #expect(aheadAtConsume.allSatisfy { $0 <= Pipeline.ahead + 1 })
        #expect(aheadAtConsume.first == Pipeline.ahead + 1)
    }

    @Test("no chunk: nothing is loaded")
    func empty() throws {
        var loads = 0
        try Pipeline.run(chunks: 0, load: { _ in loads += 1 }, work: { _ in 0 }, consume: { _ in })
        #expect(loads == 0)
    }

    @Test("an error while consuming ends the run and is thrown, with no later chunk consumed")
    func failure() {
        struct Stop: Error {}
        var consumed: [Int] = []
        #expect(throws: Stop.self) {
            try Pipeline.run(chunks: 5, load: { $0 }, work: { $0 }, consume: { output in
                if output == 2 { throw Stop() }
                consumed.append(output)
            })
        }
        #expect(consumed == [0, 1])
    }
}

/// A knowledge file is read ahead of its chunk (IndexUpdate.parse) and stored in its place.
@Suite("Files read ahead")
struct ReadAheadTests {
    @Test("a knowledge file among more than a chunk of articles is loaded as a sync that adds it later stores it")
    func knowledgeAmongChunks() throws {
        let folder = try TempCorpus()
        let count = Synchronizer.chunkSize + 40
        for index in 0..<count {
            let folderName = index < count / 2 ? "a" : "z"
            try folder.write("articles/\(folderName)/n\(index).txt",
                             "Report \(index) on Zarkovia\n\nOfficials in Zarkovia met the Velmor Group on day \(index).\n")
        }
        let stepwise = try folder.synced().corpus
        try folder.write("articles/m/knowledge.yaml", """
            entities:
              - id: zarkovia
                name: Zarkovia
                kind: country
              - id: velmor
                name: Velmor Group
                kind: organization
            """)
        _ = try stepwise.sync()
        let loaded = try folder.rebuilt()
        #expect(try loaded.canonicalDump() == stepwise.canonicalDump())
        let corpus = CorpusLoader.load(root: folder.root)
        #expect(try loaded.counts().entities == corpus.entities.count)
        let mentions = try corpus.articles.reduce(0) { $0 + (try loaded.mentions(inArticle: $1.id).count) }
        #expect(mentions == corpus.mentions.count)
        // The articles before the knowledge file's chunk and after it name its entities.
        for article in [corpus.articles.first!, corpus.articles.last!] {
            #expect(try Set(loaded.mentions(inArticle: article.id).map(\.entity)).isSuperset(of: ["zarkovia", "velmor"]))
        }
    }

    @Test("only files that take long to parse are read ahead")
    func whichFiles() {
        func file(_ path: String, _ kind: CorpusFile.Kind, size: Int) -> CorpusFile {
            CorpusFile(path: path, url: URL(fileURLWithPath: "/corpus/" + path), kind: kind, size: size, modified: Date(timeIntervalSince1970: 0))
        }
        #expect(IndexUpdate.readsLong(file("knowledge.yaml", .knowledge, size: 100)))
        #expect(IndexUpdate.readsLong(file("feed.xml", .feed, size: 100)))
        #expect(IndexUpdate.readsLong(file("a.txt", .article, size: 2 << 20)))
        #expect(!IndexUpdate.readsLong(file("a.txt", .article, size: 3_000)))
    }
}
