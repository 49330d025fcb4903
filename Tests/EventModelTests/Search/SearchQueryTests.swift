import EventModel
import Testing

@Suite("Search query language")
struct SearchQueryTests {
    private func parse(_ text: String, asYouType: Bool = false) throws -> SearchQuery {
        try SearchQuery.parse(text, asYouType: asYouType)
    }

    private func error(_ text: String) -> SearchQueryError? {
        do {
            _ = try SearchQuery.parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test("words must all match")
    func words() throws {
        #expect(try parse("crocus  attack").clauses == [.term(SearchTerm("crocus")), .term(SearchTerm("attack"))])
    }

    @Test("quotes make a phrase, straight or curly")
    func phrases() throws {
        #expect(try parse("\"city hall\" moscow").clauses == [.term(SearchTerm("city hall", form: .phrase)), .term(SearchTerm("moscow"))])
        #expect(try parse("\u{201C}city hall\u{201D}").clauses == [.term(SearchTerm("city hall", form: .phrase))])
    }

    @Test("a trailing star makes a prefix")
    func prefixes() throws {
        #expect(try parse("attack*").clauses == [.term(SearchTerm("attack", form: .prefix))])
    }

    @Test("OR joins the words on either side, and chains")
    func or() throws {
        #expect(try parse("isis OR daesh OR \"islamic state\" moscow").clauses == [
            .anyOf([SearchTerm("isis"), SearchTerm("daesh"), SearchTerm("islamic state", form: .phrase)]),
            .term(SearchTerm("moscow")),
        ])
        #expect(try parse("isis or daesh").clauses.count == 3)
    }

    @Test("a leading minus excludes a word or a phrase")
    func exclusions() throws {
        let query = try parse("concert -\"city hall\" -moscow")
        #expect(query.clauses == [.term(SearchTerm("concert"))])
        #expect(query.excluded == [SearchTerm("city hall", form: .phrase), SearchTerm("moscow")])
        #expect(try parse("covid-19").clauses == [.term(SearchTerm("covid-19"))])
    }

    @Test("filters: title, source, entity, kind")
    func filters() throws {
        let query = try parse("title:claim source:Reuters entity:\"Islamic State\" kind:org kind:person")
        #expect(query.clauses == [.term(SearchTerm("claim", titleOnly: true))])
        #expect(query.sources == ["Reuters"])
        #expect(query.entities == ["Islamic State"])
        #expect(query.kinds == [.organisation, .person])
        #expect(try parse("title:\"city hall\"").clauses == [.term(SearchTerm("city hall", form: .phrase, titleOnly: true))])
        #expect(try parse("-title:opinion crocus").excluded == [SearchTerm("opinion", titleOnly: true)])
    }

    @Test("dates: a day, a month, and ranges that combine")
    func dates() throws {
        #expect(try parse("after:2024-03-22").dates == DateWindow(from: "2024-03-22"))
        #expect(try parse("before:2024-03").dates == DateWindow(until: "2024-03-01"))
        #expect(try parse("date:2024-03").dates == DateWindow(from: "2024-03-01", until: "2024-04-01"))
        #expect(try parse("date:2024-12").dates == DateWindow(from: "2024-12-01", until: "2025-01-01"))
        #expect(try parse("date:2024-02-29").dates == DateWindow(from: "2024-02-29", until: "2024-03-01"))
        #expect(try parse("after:2024-03-01 before:2024-04").dates == DateWindow(from: "2024-03-01", until: "2024-04-01"))
        #expect(DateWindow(from: "2024-03-22").contains("2024-03-22T09:30:00Z"))
        #expect(!DateWindow(until: "2024-03-22").contains("2024-03-22"))
    }

    @Test("as you type, the last word is a prefix and an unfinished end is forgiven")
    func asYouType() throws {
        #expect(try parse("crocus att", asYouType: true).clauses == [.term(SearchTerm("crocus")), .term(SearchTerm("att", form: .prefix))])
        #expect(try parse("crocus att ", asYouType: true).clauses.last == .term(SearchTerm("att")))
        #expect(try parse("\"city ha", asYouType: true).clauses == [.term(SearchTerm("city ha", form: .prefix))])
        #expect(try parse("isis OR", asYouType: true).clauses == [.term(SearchTerm("isis", form: .word))])
        #expect(try parse("crocus title:", asYouType: true).clauses == [.term(SearchTerm("crocus"))])
        #expect(try parse("title:cro", asYouType: true).clauses == [.term(SearchTerm("cro", form: .prefix, titleOnly: true))])
        #expect(try parse("crocus a", asYouType: true).clauses == [.term(SearchTerm("crocus"))])
    }

    @Test("words without letters or digits are ignored; an empty query is empty")
    func emptyWords() throws {
        #expect(try parse("— * ...").isEmpty)
        #expect(try parse("").isEmpty)
    }

    @Test("an unbalanced quote is reported at the quote")
    func unbalancedQuote() {
        let found = error("moscow \"city hall")
        #expect(found?.reason == .unbalancedQuote)
        #expect(found?.column == 8)
        #expect(found?.message.contains("never closed") == true)
    }

    @Test("OR without a word on each side is reported")
    func loneOr() {
        #expect(error("OR")?.reason == .loneOr)
        #expect(error("OR crocus")?.column == 1)
        #expect(error("crocus OR")?.column == 8)
        #expect(error("crocus OR OR attack")?.reason == .loneOr)
        #expect(error("crocus OR -attack")?.reason == .loneOr)
        #expect(error("crocus OR source:tass")?.message.contains("on each side") == true)
    }

    @Test("an unknown filter is named, with the filters that exist")
    func unknownFilter() {
        let found = error("crocus colour:red")
        #expect(found?.reason == .unknownFilter("colour"))
        #expect(found?.column == 8)
        #expect(found?.message.contains("title:") == true)
    }

    @Test("a filter with no value is reported")
    func emptyFilter() {
        #expect(error("title: crocus")?.reason == .emptyFilterValue("title"))
        #expect(error("entity:")?.message.contains("no value") == true)
    }

    @Test("a date that is not one is reported at the value")
    func badDate() {
        #expect(error("after:yesterday")?.reason == .badDate("yesterday"))
        #expect(error("after:yesterday")?.column == 7)
        #expect(error("date:2024-02-30")?.reason == .badDate("2024-02-30"))
        #expect(error("before:2024-13")?.reason == .badDate("2024-13"))
        #expect(error("date:24-03-01")?.message.contains("YYYY-MM-DD") == true)
    }

    @Test("an unknown kind is reported")
    func badKind() {
        #expect(error("kind:vegetable")?.reason == .unknownKind("vegetable"))
    }

    @Test("a query of exclusions only asks for something to look for")
    func onlyExclusions() throws {
        #expect(error("-crocus -attack")?.reason == .onlyExclusions)
        #expect(try parse("-crocus entity:CSTO").excluded.count == 1)
    }

    @Test("only words, phrases and title: can be excluded")
    func excludedFilter() {
        #expect(error("crocus -source:tass")?.reason == .cannotExclude("source"))
    }
}
