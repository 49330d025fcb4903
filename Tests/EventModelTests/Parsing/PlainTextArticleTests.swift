import Testing
@testable import EventModel

/// A plain-text article in the shape news sites export: title, a lede repeated with a dateline,
/// "Read more" lines and a trailer of other stories.
let riverArticle = """
Floods close the northern river crossing for a second week


The river crossing near Ostrava stayed closed on Tuesday after floodwater damaged the approach road, officials said.

NEWS DESK: The river crossing near Ostrava stayed closed on Tuesday after floodwater damaged the approach road, officials said.

Engineers from the Danube Works Company inspected the pillars. They found no cracks
in the main span, but the ramps need
repair.

Read more: Rain returns to the valley as repairs begin

Residents asked the council for a temporary ferry. The mayor said a decision would come on Friday.

Advertisement

Read More - “Ferry service to resume in spring”

You May Also Like

Storm warnings for the coast

Read more: A third story nobody wrote
"""

@Suite("Plain-text articles")
struct PlainTextArticleTests {
    let article: Article

    init() throws {
        let result = ArticleParser.parse(text: riverArticle, path: "articles/river-crossing.txt")
        article = try #require(result.article)
        #expect(result.diagnostics.isEmpty)
    }

    @Test("the first line is the title and the id is the path without its extension")
    func titleAndID() {
        #expect(article.title == "Floods close the northern river crossing for a second week")
        #expect(article.id == "articles/river-crossing")
        #expect(article.path == "articles/river-crossing.txt")
        #expect(article.date == nil)
    }

    @Test("a first line longer than any headline is the lead paragraph, kept in the text")
    func leadParagraphFirst() throws {
        let lead = String(repeating: "The harbour board met the dockers' union on Thursday and agreed to reopen the piers. ", count: 4)
            .trimmingCharacters(in: .whitespaces)
        let article = try #require(ArticleParser.parse(text: lead + "\nThe ferries run again.\n", path: "articles/lead.txt").article)
        #expect(lead.utf8.count > 300)
        #expect(article.text.hasPrefix("The harbour board met"))
        #expect(article.title.hasSuffix("…"))
    }

    @Test("the repeated lede is kept once and its dateline becomes metadata")
    func repeatedLede() {
        #expect(article.dateline == "NEWS DESK")
        let paragraphs = article.paragraphs.map { article.text.substring($0) }
        #expect(paragraphs.filter { $0.contains("river crossing near Ostrava") }.count == 1)
        #expect(!article.text.contains("NEWS DESK"))
        #expect(paragraphs.first?.hasPrefix("The river crossing") == true)
    }

    @Test("lines of a paragraph are joined with single spaces")
    func joinedLines() {
        let paragraphs = article.paragraphs.map { article.text.substring($0) }
        #expect(paragraphs.contains("Engineers from the Danube Works Company inspected the pillars. They found no cracks in the main span, but the ramps need repair."))
    }

    @Test("a long line with no stop at its end is a paragraph of its own; a hand-wrapped line is not")
    func unstoppedLines() throws {
        let points = "Strikes are reported in the port city of Dorvan, the northern stronghold of the rebels and the hills near Kessa\n"
            + "President Anna Rolt says the strikes answer months of attacks on shipping in the straits since November\n"
            + "Three other states provided support"
        let listed = try #require(ArticleParser.parse(text: "Points\n\n" + points, path: "a.txt").article)
        #expect(listed.paragraphs.count == 3)
        #expect(listed.sentences.count == 3)
        let wrapped = "The strikes hit the port of Dorvan and the hills\nnear Kessa, officials said, and more followed in\nthe night."
        let joined = try #require(ArticleParser.parse(text: "Wrapped\n\n" + wrapped, path: "b.txt").article)
        #expect(joined.paragraphs.count == 1)
        #expect(joined.text == "The strikes hit the port of Dorvan and the hills near Kessa, officials said, and more followed in the night.")
    }

    @Test("a short capitalised line with no stop between sentences is a heading of its own, in text and Markdown")
    func bareHeadings() throws {
        let scraped = "Rescuers reached the valley on Monday.\nRoads Cut Off\nThe only bridge into Kessa collapsed overnight.\n"
            + "Anger in the capital\nResidents marched on the ministry."
        for path in ["a.txt", "a.md"] {
            let article = try #require(ArticleParser.parse(text: "Flood report\n\n" + scraped, path: path).article)
            let sentences = article.sentences.map { article.text.substring($0) }
            #expect(sentences.contains("The only bridge into Kessa collapsed overnight."), "\(path): \(sentences)")
            #expect(sentences.contains("Residents marched on the ministry."), "\(path): \(sentences)")
            #expect(!sentences.contains { $0.contains("Off The only") || $0.contains("capital Residents") }, "\(path): \(sentences)")
        }
        // A wrapped line that ends before a name goes on with the sentence.
        let wrapped = "Officials met the families in the morning and later\nPresident Anna Rolt visited the bridge."
        let joined = try #require(ArticleParser.parse(text: "Visit\n\n" + wrapped, path: "b.txt").article)
        #expect(joined.sentences.count == 1)
    }

    @Test("a longer heading in Title Case is a sentence of its own, not the start of the next one")
    func titleCaseHeadings() throws {
        let scraped = "The base was hit twice on Sunday.\nOfficials Scramble for Answers, Blame 'Sabotage Attack'\n"
            + "The ministry said several aircraft were damaged.\nThe army said two soldiers were hurt and will be\nflown to the capital."
        let article = try #require(ArticleParser.parse(text: "Base report\n\n" + scraped, path: "a.txt").article)
        let sentences = article.sentences.map { article.text.substring($0) }
        #expect(sentences.contains("The ministry said several aircraft were damaged."), "\(sentences)")
        #expect(sentences.contains("The army said two soldiers were hurt and will be flown to the capital."), "\(sentences)")
    }

    @Test("a plain file that opens with YAML front matter has its title and date read from it")
    func plainFrontMatter() throws {
        let text = "---\ntitle: Bridge reopens after repairs\ndate: 2025-06-01\n---\nThe bridge near Ostrava reopened on Sunday.\n"
        let article = try #require(ArticleParser.parse(text: text, path: "bridge.txt").article)
        #expect(article.title == "Bridge reopens after repairs")
        #expect(article.date == "2025-06-01")
        #expect(article.text == "The bridge near Ostrava reopened on Sunday.")
        // Lines between two rules that give no key are text, and the first line is still the title.
        let ruled = "Notice\n---\nThe crossing is closed.\n---\nIt reopens on Friday.\n"
        let plain = try #require(ArticleParser.parse(text: ruled, path: "notice.txt").article)
        #expect(plain.title == "Notice")
        #expect(plain.text.contains("The crossing is closed."))
    }

    @Test("read-more lines are links and stay in the text as their own paragraph")
    func readMoreLinks() {
        #expect(article.links.map(\.title) == ["Rain returns to the valley as repairs begin", "Ferry service to resume in spring"])
        #expect(article.links.map(\.line) == [12, 18])
        for link in article.links {
            #expect(article.text.substring(link.span) == link.title)
            #expect(article.paragraphs.contains { $0.start <= link.span.start && link.span.end <= $0.end })
        }
        let paragraphs = article.paragraphs.map { article.text.substring($0) }
        #expect(paragraphs.contains("Read more: Rain returns to the valley as repairs begin"))
    }

    @Test("advertisements and the trailer of other stories are dropped")
    func boilerplateDropped() {
        #expect(!article.text.contains("Advertisement"))
        #expect(!article.text.contains("You May Also Like"))
        #expect(!article.text.contains("Storm warnings"))
        #expect(!article.links.contains { $0.title == "A third story nobody wrote" })
        #expect(article.text.hasSuffix("Ferry service to resume in spring”"))
    }

    @Test("paragraphs are separated by a blank line and covered by their sentences")
    func paragraphsAndSentences() {
        let scalars = Array(article.text.unicodeScalars)
        for (index, paragraph) in article.paragraphs.enumerated() {
            if index > 0 {
                #expect(String(String.UnicodeScalarView(scalars[article.paragraphs[index - 1].end..<paragraph.start])) == "\n\n")
            }
            let inside = article.sentences.filter { $0.start >= paragraph.start && $0.end <= paragraph.end }
            #expect(inside.first?.start == paragraph.start)
            #expect(inside.last?.end == paragraph.end)
            for pair in zip(inside, inside.dropFirst()) {
                #expect(String(String.UnicodeScalarView(scalars[pair.0.end..<pair.1.start])).allSatisfy { $0 == " " })
            }
        }
        #expect(article.sentences.allSatisfy { s in article.paragraphs.contains { $0.start <= s.start && s.end <= $0.end } })
        #expect(article.sentenceText(1) == "Engineers from the Danube Works Company inspected the pillars.")
    }

    @Test("CRLF, lone CR and a byte order mark read like plain newlines")
    func lineEndings() throws {
        let crlf = "\u{FEFF}" + riverArticle.replacingOccurrences(of: "\n", with: "\r\n")
        let cr = riverArticle.replacingOccurrences(of: "\n", with: "\r")
        for variant in [crlf, cr] {
            let parsed = try #require(ArticleParser.parse(text: variant, path: "articles/river-crossing.txt").article)
            #expect(parsed.title == article.title)
            #expect(parsed.text == article.text)
            #expect(parsed.links == article.links)
            #expect(parsed.sentences == article.sentences)
        }
    }

    @Test("datelines in agency and date styles are recognised; ordinary openings are not")
    func datelines() throws {
        let cases: [(String, String?)] = [
            ("MOSCOW (Reuters) - The talks ended early.", "MOSCOW (Reuters)"),
            ("DUSHANBE, March 24 (AP) — Officials met on Sunday.", "DUSHANBE, March 24 (AP)"),
            ("KABUL: A convoy left the city.", "KABUL"),
            ("ISLAMABAD: at least ten people were hurt.", "ISLAMABAD"),
            ("NEW YORK, March 22 — The council met.", "NEW YORK, March 22"),
            ("Oslo (NTB) – Ministers agreed.", "Oslo (NTB)"),
            ("Meanwhile, the ministry said: nothing changed.", nil),
            ("The Northern Alliance (NA) - a coalition - met.", nil),
            ("Note: this is an ordinary sentence.", nil),
        ]
        for (paragraph, expected) in cases {
            let parsed = try #require(ArticleParser.parse(text: "Title\n\n\(paragraph)", path: "a.txt").article)
            #expect(parsed.dateline == expected, "\(paragraph)")
            if let expected { #expect(!parsed.text.contains(expected)) } else { #expect(parsed.text == paragraph) }
        }
    }

    @Test("the agency of a dateline is the article's source; a desk is not")
    func agencySource() throws {
        let agency = try #require(ArticleParser.parse(text: "T\n\nMOSCOW (Caspian Daily) - Talks ended.", path: "a.txt").article)
        #expect(agency.source == "Caspian Daily")
        let desk = try #require(ArticleParser.parse(text: "T\n\nWEB DESK: Talks ended.", path: "b.txt").article)
        #expect(desk.source == nil)
        let given = try #require(ArticleParser.parse(text: "---\nsource: Herald\n---\n# T\n\nKABUL (AP) - Talks.", path: "c.md").article)
        #expect(given.source == "Herald")
    }

    @Test("'Also read:' and 'READ MORE:' lines are links too")
    func readMoreVariants() throws {
        let text = "Title\n\nBody text here.\n\nALSO READ: Bridges of the north\nREAD MORE: \"Quoted headline\"\n"
        let parsed = try #require(ArticleParser.parse(text: text, path: "a.txt").article)
        #expect(parsed.links.map(\.title) == ["Bridges of the north", "Quoted headline"])
        #expect(parsed.links.map { parsed.text.substring($0.span) } == ["Bridges of the north", "Quoted headline"])
        #expect(parsed.paragraphs.count == 3)
    }

    @Test("a paragraph after the trailer heading that reads like prose brings the article back")
    func proseResumesAfterTrailer() throws {
        let long = "The committee met again on Thursday and agreed to publish the full report on the incident together with every statement that witnesses gave."
        let text = "Title\n\nFirst paragraph.\n\nRelated Articles\n\nSome other headline\n\n\(long)\n"
        let parsed = try #require(ArticleParser.parse(text: text, path: "a.txt").article)
        #expect(parsed.text == "First paragraph.\n\n" + long)
    }

    @Test("an empty file gives a warning and no article")
    func emptyFile() {
        let result = ArticleParser.parse(text: " \n\n \n", path: "articles/empty.txt")
        #expect(result.article == nil)
        #expect(result.diagnostics.map(\.severity) == [.warning])
        #expect(result.diagnostics.first?.path == "articles/empty.txt")
    }
}
