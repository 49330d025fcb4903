import EventModel
import Testing

@Suite("Query bounds")
struct QueryBoundsTests {
    @Test("400 times the same word is one term")
    func repeatedWord() throws {
        let query = try SearchQuery.parse(Array(repeating: "the", count: 400).joined(separator: " "))
        #expect(query.clauses == [.term(SearchTerm("the"))])
        #expect(query.omittedTerms == 0)
    }

    @Test("5,000 single letters typed as you go are one prefix")
    func repeatedLetters() throws {
        let query = try SearchQuery.parse(Array(repeating: "ab", count: 5_000).joined(separator: " "), asYouType: true)
        #expect(query.positiveTerms.count == 2)
    }

    @Test("past the maximum, distinct terms are left out and counted")
    func manyTerms() throws {
        let words = (1...40).map { "word\($0)" }
        let query = try SearchQuery.parse(words.joined(separator: " ") + " -other1 -other2 -other1")
        #expect(query.positiveTerms.count == SearchQuery.maximumTerms)
        #expect(query.positiveTerms.first?.text == "word1")
        #expect(query.excluded.isEmpty)
        #expect(query.omittedTerms == 40 - SearchQuery.maximumTerms + 2)
    }

    @Test("a repeated OR alternative counts once")
    func repeatedAlternatives() throws {
        let query = try SearchQuery.parse("isis OR isis OR daesh isis")
        #expect(query.clauses == [.anyOf([SearchTerm("isis"), SearchTerm("daesh")]), .term(SearchTerm("isis"))])
    }
}
