import EventModel
import Foundation
import GRDB
import Testing
@testable import EventIndex

/// Phrases of two of the commonest words ranked from their stored postings, against FTS5's own walk.
@Suite("Phrases of the commonest words from stored pairs")
struct PhrasePairTests {
    /// Articles full of the listed words, with what FTS5's tokenizer makes of them: case, accents folded
    /// (`Thé`), punctuation between two words of a phrase (`the. The`), a word split by a hyphen, the pair
    /// in the title, the title's last word and the text's first (not a pair: columns apart), words that
    /// begin with a listed one (`theory`), copies under two names (equal scores, ordered by path).
    static func fixture(_ folder: TempCorpus, articles: Int = 90, seed start: UInt64 = 7) throws {
        var seed = start
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(bound))
        }
        let words = ["the", "The", "THE", "Thé", "the.", "a", "to", "said", "is", "of", "this", "new", "theory", "harbour", "storm",
                     "said,", "the-the", "is", "that", "a"]
        for index in 0..<articles {
            let title = (0..<(1 + next(5))).map { _ in words[next(words.count)] }.joined(separator: " ")
            let body = (0..<(2 + next(120))).map { _ in words[next(words.count)] }.joined(separator: " ")
            try folder.article(String(format: "a%03d", index), title: title, body + ".")
            if index % 9 == 0 { try folder.article(String(format: "b%03d", index), title: title, body + ".") }
        }
        try folder.article("c-title", title: "The the the", "Nothing here but storm harbour.")
        try folder.article("c-columns", title: "Storm over the", "The harbour.")
    }

    static let phrases = ["the the", "to said", "said the", "is the", "the a", "of the", "a the", "the of", "this is", "new the",
                          "THE thé", "the-the", "the the the", "the a the", "is the a", "that, the-the", "of the is", "a to of"]

    /// Every match of `phrase` with `bm25()`'s score, by FTS5.
    static func fts5(_ db: Database, _ phrase: String) throws -> [Int64: UInt64] {
        var scores: [Int64: UInt64] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT rowid, \(ArticleRanking.score) FROM article_fts WHERE article_fts MATCH ?",
                                    arguments: [FTSExpression.quote(phrase)]) {
            scores[row[0]] = (row[1] as Double).bitPattern
        }
        return scores
    }

    /// Every phrase's matches and scores from the postings equal FTS5's, bit for bit, and their count; how many
    /// phrases match some row.
    @discardableResult
    static func expectRankedAsFTS5(_ corpus: IndexedCorpus, phrases: [String] = phrases) throws -> Int {
        var ranked = 0
        for phrase in phrases {
            try corpus.read { db in
                let expected = try fts5(db, phrase)
                var matches: Int64?
                let rows = try #require(try PhrasePairRanking.best(db, phrase: phrase, 100_000, path: corpus.indexPath.path, matches: &matches),
                                        "\(phrase)")
                #expect(Dictionary(uniqueKeysWithValues: rows.map { ($0.rowid, $0.score.bitPattern) }) == expected, "\(phrase)")
                #expect(matches == Int64(expected.count), "\(phrase)")
                if !expected.isEmpty { ranked += 1 }
            }
        }
        return ranked
    }

    /// Pages of 1 to 40 rows of each phrase from the postings equal those of FTS5's walk, scores bit for bit.
    static func expectPagesAsWalk(_ corpus: IndexedCorpus, phrases: [String]) throws {
        for phrase in phrases {
            let match = FTSExpression.quote(phrase)
            let query = ArticleRanking.Query(source: "article_fts ", conditions: "article_fts MATCH ?", arguments: [match], onePhrase: true)
            var withPair = query
            withPair.pairPhrase = (phrase, corpus.indexPath.path)
            for limit in [1, 3, 10, 40] {
                try corpus.read { db in
                    let walked = try ArticleRanking.top(db, query, limit: limit)
                    let paired = try ArticleRanking.top(db, withPair, limit: limit)
                    #expect(paired.map(\.rowid) == walked.map(\.rowid), "\(phrase), \(limit) rows")
                    #expect(paired.map(\.score.bitPattern) == walked.map(\.score.bitPattern), "\(phrase), \(limit) rows")
                }
            }
        }
    }

    /// Each search's page: article, score's bits, snippet, highlights; and its entities.
    static func answers(_ corpus: IndexedCorpus, _ texts: [String]) throws -> [String] {
        try texts.flatMap { text in
            let results = try corpus.search(text, limit: 10, asYouType: false)
            return results.articles.map { "\(text) | \($0.article.id) | \($0.score.bitPattern) | \($0.snippet) | \($0.highlights)" }
                + results.entities.map { "\(text) | entity \($0.id)" }
        }
    }

    /// Leaves every phrase to FTS5's walk: an article queued and not yet counted.
    static func queueOneArticle(_ corpus: IndexedCorpus) throws {
        let queue = try DatabaseQueue(path: corpus.indexPath.path)
        try queue.write { try $0.execute(sql: "INSERT INTO phrase_pair_queue(article) VALUES (-1)") }
    }

    @Test("every match and its score from the postings equal FTS5's bm25() of the phrase, bit for bit")
    func everyMatch() throws {
        let folder = try TempCorpus()
        try Self.fixture(folder)
        let corpus = try folder.synced().corpus
        #expect(try Self.expectRankedAsFTS5(corpus) >= 14)
    }

    @Test("the page of a pair equals the page of FTS5's walk, scores bit for bit, ties by path")
    func pages() throws {
        let folder = try TempCorpus()
        try Self.fixture(folder)
        try Self.expectPagesAsWalk(try folder.synced().corpus, phrases: Self.phrases)
    }

    @Test("a search's answers are the same with the postings as with FTS5's walk")
    func searches() throws {
        let folder = try TempCorpus()
        try Self.fixture(folder)
        let corpus = try folder.synced().corpus
        let texts = Self.phrases.map { "\"\($0)\"" } + ["the-the", "title:\"the the\"", "\"the the harbour\"", "\"storm harbour\""]
        let paired = try Self.answers(corpus, texts)
        #expect(paired.count > 50)
        try Self.queueOneArticle(corpus)
        try corpus.read { db in
            var matches: Int64?
            let rows = try PhrasePairRanking.best(db, phrase: "the the", 10, path: corpus.indexPath.path, matches: &matches)
            #expect(rows == nil)
        }
        #expect(try Self.answers(corpus, texts) == paired)
    }

    @Test("only two or three listed words, in every column, are ranked from the postings")
    func applies() throws {
        let folder = try TempCorpus()
        try Self.fixture(folder, articles: 5)
        let corpus = try folder.synced().corpus
        let pairs = try corpus.read { db in
            try ["the the", "Thé-THE", "to said", "the", "the the the", "the harbour", "theory the", "the \"the", "the that a",
                 "the that a the", "the harbour a", "to said the"].map {
                try PhrasePairRanking.gram(db, $0)
            }
        }
        let said = PhrasePairPostings.words.firstIndex(of: "said")!
        let that = PhrasePairPostings.words.firstIndex(of: "that")!
        #expect(pairs == [PhrasePairPostings.pair(0, 0), PhrasePairPostings.pair(0, 0), PhrasePairPostings.pair(3, said), nil,
                          PhrasePairPostings.triple(0, 0, 0), nil, nil, nil, PhrasePairPostings.triple(0, that, 4), nil, nil, nil])
    }

    @Test("an article's pairs as FTS5 tokenizes it: folded, across punctuation, each column apart")
    func counting() throws {
        let folder = try TempCorpus()
        try folder.article("a", title: "x", "y")
        let corpus = try folder.synced().corpus
        let (pairs, next, nul) = try corpus.read { db in
            let counter = try PhrasePairPostings.Counter(db)
            return (counter.pairs(title: "The the. THE storm the", text: "the Thé, said to said the-the theory the to a in"),
                    counter.pairs(title: "storm", text: "harbour"), counter.pairs(title: Data("the\0the".utf8), text: Data("said\0\0the".utf8)))
        }
        let the = 0, said = PhrasePairPostings.words.firstIndex(of: "said")!, to = 3
        let found = try #require(pairs)
        var counts: [Int: [Int32]] = [:]
        for pair in found { counts[pair.pair] = [pair.title, pair.body] }
        #expect(counts == [PhrasePairPostings.pair(the, the): [2, 2], PhrasePairPostings.pair(the, said): [0, 1],
                           PhrasePairPostings.pair(said, to): [0, 1], PhrasePairPostings.pair(to, said): [0, 1],
                           PhrasePairPostings.pair(said, the): [0, 1],
                           PhrasePairPostings.pair(the, to): [0, 1], PhrasePairPostings.pair(to, 4): [0, 1], PhrasePairPostings.pair(4, 5): [0, 1],
                           PhrasePairPostings.triple(the, the, the): [1, 0], PhrasePairPostings.triple(the, to, 4): [0, 1],
                           PhrasePairPostings.triple(to, 4, 5): [0, 1]])
        #expect(found.map(\.pair) == found.map(\.pair).sorted())
        // The next article starts afresh.
        #expect(next?.isEmpty == true)
        // Every byte of a column, past a NUL too, as FTS5 reads a value.
        #expect(nul?.map(\.pair) == [PhrasePairPostings.pair(the, the), PhrasePairPostings.pair(said, the)])
    }

    @Test("a block's postings read back as written")
    func blocks() throws {
        let block: Int64 = 3
        let start = block << PhrasePairPostings.blockBits
        let postings = [PhrasePairPostings.Posting(rowid: start, title: 0, body: 1),
                        PhrasePairPostings.Posting(rowid: start + 1, title: 2, body: 0),
                        PhrasePairPostings.Posting(rowid: start + 300, title: 1, body: 70_000),
                        PhrasePairPostings.Posting(rowid: start + 4095, title: 0, body: 3)]
        let data = PhrasePairPostings.encode(postings, block: block)
        #expect(PhrasePairPostings.decode(data, block: block) == postings)
        #expect(PhrasePairPostings.decode(data.dropLast(), block: block) == nil)
    }

    @Test("a resync keeps every article's postings: changed, removed, added, renamed, as an index built from scratch")
    func resync() throws {
        let folder = try TempCorpus()
        try Self.fixture(folder, articles: 40)
        var corpus = try folder.synced().corpus
        func postings(_ corpus: IndexedCorpus) throws -> [String] { try corpus.read { try PhrasePairPostings.dump($0) } }
        #expect(try postings(corpus).contains("the the | articles/c-title.txt | 2 | 0"))
        #expect(try postings(corpus).contains { $0.hasPrefix("the the | articles/c-columns.txt") } == false)
        try folder.article("c-title", title: "Storm", "The the to said.")
        try folder.remove("articles/a003.txt")
        try folder.article("d-new", title: "Said the", "The the the the.")
        try folder.rename("articles/a010.txt", to: "articles/z010.txt")
        try folder.article("a011", title: "Harbour", "Storm.")
        corpus = try folder.synced().corpus
        let synced = try postings(corpus)
        #expect(synced.contains("the the | articles/c-title.txt | 0 | 1"))
        #expect(synced.contains("the the | articles/d-new.txt | 0 | 3"))
        #expect(synced.contains("said the | articles/d-new.txt | 1 | 0"))
        #expect(!synced.contains { $0.contains("a003.txt") || $0.contains("a011.txt") || $0.contains("a010.txt") })
        #expect(synced.contains { $0.contains("z010.txt") })
        #expect(synced.last == "queued: 0")
        #expect(synced == (try postings(folder.rebuilt())))
        // And the search's answers with them.
        try Self.expectRankedAsFTS5(corpus)
    }

    @Test("a sync that finds a phrase pair trigger missing puts it back and counts every article again")
    func missingTrigger() throws {
        let folder = try TempCorpus()
        try Self.fixture(folder, articles: 12)
        let corpus = try folder.synced().corpus
        let queue = try DatabaseQueue(path: corpus.indexPath.path)
        try queue.write { try $0.execute(sql: "DROP TRIGGER articles_phrase_pairs_insert") }
        try queue.close()
        try folder.article("e-added", title: "The the", "Is the a said the.")
        try corpus.sync()
        let dump = try corpus.read { try PhrasePairPostings.dump($0) }
        #expect(dump.contains("the the | articles/e-added.txt | 1 | 0"))
        #expect(dump == (try folder.rebuilt().read { try PhrasePairPostings.dump($0) }))
        let triggers = try corpus.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE name LIKE 'articles_phrase_pairs_%'") }
        #expect(triggers.count == 3)
    }

    @Test("an article's title and text changed in place are taken out and counted again by the flush")
    func updatedInPlace() throws {
        let folder = try TempCorpus()
        try Self.fixture(folder, articles: 12)
        let corpus = try folder.synced().corpus
        let queue = try DatabaseQueue(path: corpus.indexPath.path)
        try queue.write { db in
            try db.execute(sql: "UPDATE articles SET title = 'Is the a', text = 'The the the. A to of.' WHERE path = 'articles/c-title.txt'")
            try PhrasePairPostings.flush(db)
        }
        try queue.close()
        let dump = try corpus.read { try PhrasePairPostings.dump($0) }
        #expect(dump.contains("the the | articles/c-title.txt | 0 | 2"))
        #expect(dump.contains("is the a | articles/c-title.txt | 1 | 0"))
        #expect(dump.contains("a to of | articles/c-title.txt | 0 | 1"))
        #expect(!dump.contains { $0.hasPrefix("the the the | articles/c-title.txt | 1") })
        #expect(dump.last == "queued: 0")
        try Self.expectRankedAsFTS5(corpus)
    }
}
