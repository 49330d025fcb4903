import EventModel
import Foundation
import GRDB
import Testing
@testable import EventIndex

/// Phrases that hold stored runs of the commonest words, ranked from the rows holding all those runs, each
/// checked, against FTS5's own answers.
@Suite("Phrases checked in the rows of their stored runs")
struct PhraseCheckTests {
    /// Phrases not stored whole, with stored runs inside: a word past the first 16 in three (`said`), four or
    /// five words, a word outside the list beside two listed ones.
    static let phrases = ["said the a", "to said the", "the the the the", "is the a said", "harbour the a", "said to said",
                          "the a the a", "that, the-the the", "the said the", "storm the the", "a to of the"]

    /// The phrase pairs' fixture, and articles that hold both runs of `"said the a"` apart: in two sentences,
    /// across the title and the text, in reverse order.
    static func fixture(_ folder: TempCorpus) throws {
        try PhrasePairTests.fixture(folder)
        try folder.article("d-apart", title: "Storm", "Said the storm. The a harbour.")
        try folder.article("d-columns", title: "Harbour said the", "The a storm.")
        try folder.article("d-reversed", title: "Storm", "The a said the harbour.")
        try folder.article("d-whole", title: "Storm", "He said the a harbour.")
    }

    @Test("every match of a phrase checked in its runs' rows, and its score, equal FTS5's bm25(), bit for bit")
    func everyMatch() throws {
        let folder = try TempCorpus()
        try Self.fixture(folder)
        let corpus = try folder.synced().corpus
        for phrase in Self.phrases {
            #expect(try corpus.read { try PhrasePairRanking.gram($0, phrase) } == nil, "\(phrase) is stored whole")
        }
        #expect(try PhrasePairTests.expectRankedAsFTS5(corpus, phrases: Self.phrases) >= 9)
    }

    @Test("a row that holds both runs of a phrase apart is a candidate, not a match")
    func apart() throws {
        let folder = try TempCorpus()
        try Self.fixture(folder)
        let corpus = try folder.synced().corpus
        try corpus.read { db in
            func rowid(_ name: String) throws -> Int64 {
                try #require(try Int64.fetchOne(db, sql: "SELECT rowid FROM articles WHERE path = ?", arguments: ["articles/\(name).txt"]))
            }
            let tokens = try #require(try PhraseTokens(db, phrase: "said the a"))
            let candidates = try #require(try PhraseCandidates.rows(db, grams: PhraseCandidates.grams(tokens.tokens)))
            let apart = try [rowid("d-apart"), rowid("d-columns"), rowid("d-reversed")]
            let whole = try rowid("d-whole")
            for row in apart + [whole] { #expect(candidates.contains(row)) }
            var matches: Int64?
            let rows = try #require(try PhrasePairRanking.best(db, phrase: "said the a", 100_000, path: corpus.indexPath.path, matches: &matches))
            #expect(Set(rows.map(\.rowid)).isDisjoint(with: apart))
            #expect(rows.contains { $0.rowid == whole })
            #expect(Set(rows.map(\.rowid)) == Set(try PhrasePairTests.fts5(db, "said the a").keys))
        }
    }

    @Test("a phrase without a stored run, or with more candidate rows than the bound, is left to FTS5")
    func leftToFTS5() throws {
        let folder = try TempCorpus()
        try Self.fixture(folder)
        let corpus = try folder.synced().corpus
        try corpus.read { db in
            var matches: Int64?
            for phrase in ["harbour storm", "storm harbour the", "theory the harbour", "the"] {
                #expect(try PhrasePairRanking.best(db, phrase: phrase, 10, path: corpus.indexPath.path, matches: &matches) == nil, "\(phrase)")
            }
            let tokens = try #require(try PhraseTokens(db, phrase: "storm the the"))
            let grams = PhraseCandidates.grams(tokens.tokens)
            #expect(grams == [PhrasePairPostings.pair(0, 0)])
            let all = try #require(try PhraseCandidates.rows(db, grams: grams))
            #expect(all.count > 10)
            #expect(try PhraseCandidates.rows(db, grams: grams, most: all.count - 1) == nil)
        }
    }

    @Test("the page of a checked phrase equals the page of FTS5's walk, scores bit for bit, ties by path")
    func pages() throws {
        let folder = try TempCorpus()
        try Self.fixture(folder)
        try PhrasePairTests.expectPagesAsWalk(try folder.synced().corpus, phrases: Self.phrases)
    }

    @Test("a search's answers for a checked phrase are the same as with FTS5's walk")
    func searches() throws {
        let folder = try TempCorpus()
        try Self.fixture(folder)
        let corpus = try folder.synced().corpus
        let texts = Self.phrases.map { "\"\($0)\"" }
        let checked = try PhrasePairTests.answers(corpus, texts)
        #expect(checked.count > 30)
        try PhrasePairTests.queueOneArticle(corpus)
        #expect(try PhrasePairTests.answers(corpus, texts) == checked)
    }
}
