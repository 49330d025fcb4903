import Testing
import EventModel

@Suite("Sentences")
struct SentenceTests {
    func sentences(_ paragraph: String) throws -> [String] {
        let article = try #require(ArticleParser.parse(text: "Title\n\n" + paragraph, path: "s.txt").article)
        return article.sentences.indices.map(article.sentenceText)
    }

    @Test("titles, initials and dotted acronyms do not end a sentence")
    func abbreviations() throws {
        #expect(try sentences("Mr. Novak met Dr. Ilves and Gen. J. R. Tamm at St. Olaf's. The U.S. and the U.N. sent observers. They left.")
            == ["Mr. Novak met Dr. Ilves and Gen. J. R. Tamm at St. Olaf's.", "The U.S. and the U.N. sent observers.", "They left."])
    }

    @Test("months, numbers, e.g. and vs. do not end a sentence")
    func moreAbbreviations() throws {
        #expect(try sentences("It began on Jan. 5 and ended on Feb. 9. Room No. 4 was used, e.g. for talks. Home vs. Away was the motto. Done.")
            == ["It began on Jan. 5 and ended on Feb. 9.", "Room No. 4 was used, e.g. for talks.", "Home vs. Away was the motto.", "Done."])
    }

    @Test("a period with no space after it still ends a sentence before a capitalised word; a site's name and a decimal do not")
    func lostSpace() throws {
        #expect(try sentences("The blast hit a convoy in the province.The group said it planned the attack.Reports on News.Az put growth at 3.5 percent.")
            == ["The blast hit a convoy in the province.", "The group said it planned the attack.", "Reports on News.Az put growth at 3.5 percent."])
    }

    @Test("decimals stay inside one sentence")
    func decimals() throws {
        #expect(try sentences("Growth was 3.5 percent. Inflation fell to 2.1.") == ["Growth was 3.5 percent.", "Inflation fell to 2.1."])
    }

    @Test("question and exclamation marks end sentences, closing quotes and brackets stay with them")
    func punctuation() throws {
        #expect(try sentences("Who knew? Nobody! He said “Enough.” Then he left (quietly.) The end.")
            == ["Who knew?", "Nobody!", "He said “Enough.”", "Then he left (quietly.)", "The end."])
    }

    @Test("a quote followed by a lowercase word continues the sentence")
    func quoteThenLowercase() throws {
        #expect(try sentences("\"Stop!\" she shouted. Everyone stopped.") == ["\"Stop!\" she shouted.", "Everyone stopped."])
    }

    @Test("offsets count Unicode scalars, not bytes or grapheme clusters")
    func scalarOffsets() throws {
        let article = try #require(ArticleParser.parse(text: "T\n\nZürich’s café 🇨🇭 opened. Next one.", path: "u.txt").article)
        #expect(article.sentences.count == 2)
        #expect(article.sentenceText(0) == "Zürich’s café 🇨🇭 opened.")
        #expect(article.sentenceText(1) == "Next one.")
        #expect(article.sentences[1].end == article.text.unicodeScalars.count)
    }
}
