import Testing
import EventModel

@Suite("Bytes that are not UTF-8 text")
struct EncodingTests {
    @Test("invalid UTF-8 is an error naming the line of the first bad byte")
    func invalidUTF8() {
        var bytes = Array("Title\n\nGood line.\nBad: ".utf8)
        bytes += [0xE9, 0x74, 0xE9, 0x0A]  // Latin-1 "été"
        let result = ArticleParser.parse(bytes, path: "articles/latin1.txt")
        #expect(result.article == nil)
        let diagnostic = result.diagnostics.first
        #expect(diagnostic?.line == 4)
        #expect(diagnostic?.severity == .error)
        #expect(diagnostic?.message.contains("save it as UTF-8") == true)
    }

    @Test("NUL bytes mean a binary file")
    func nulBytes() {
        let bytes = Array("Title\n\nText".utf8) + [0, 1, 2] + Array("more".utf8)
        let result = ArticleParser.parse(bytes, path: "a.txt")
        #expect(result.article == nil)
        #expect(result.diagnostics.first?.message.contains("looks like a binary file") == true)
    }

    @Test("random bytes without NUL are still called binary")
    func randomBytes() {
        var generator = SplitMix(seed: 7)
        let bytes = (0..<4096).map { _ in UInt8(truncatingIfNeeded: generator.next() % 255 + 1) }
        let result = ArticleParser.parse(bytes, path: "noise.txt")
        #expect(result.article == nil)
        #expect(result.diagnostics.first?.message.contains("looks like a binary file") == true)
    }

    @Test("valid UTF-8 with terminal escape sequences is text, kept for the reader to show safely")
    func escapes() throws {
        let text = "Title\n\n\u{1B}[31mRed\u{1B}[0m \u{1B}]0;title\u{07} \u{1B}[2J\u{1B}[H text.\n"
        let article = try #require(ArticleParser.parse(text: text, path: "esc.txt").article)
        #expect(article.text.contains("\u{1B}[31mRed"))
    }

    @Test("UTF-16 text is named as such")
    func utf16() {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x42, 0x00]
        #expect(ArticleParser.parse(bytes, path: "w.txt").diagnostics.first?.message.contains("UTF-16") == true)
    }

    @Test("no byte sequence crashes the parser")
    func fuzz() {
        var generator = SplitMix(seed: 42)
        let alphabet = Array("---\n\r\n#*_[]()<>&!. Read more: “”’WEB DESK: \u{FEFF}é🇨🇭\t".utf8) + [0xFF, 0x00, 0xC3]
        for round in 0..<300 {
            let length = Int(generator.next() % 400)
            let bytes = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            let result = ArticleParser.parse(bytes, path: round % 2 == 0 ? "f.md" : "f.txt")
            if let article = result.article {
                let count = article.text.unicodeScalars.count
                #expect(article.sentences.allSatisfy { $0.start <= $0.end && $0.end <= count })
                #expect(article.links.allSatisfy { $0.span.end <= count })
            } else {
                #expect(!result.diagnostics.isEmpty)
            }
        }
    }

    @Test("a 5 MB single-line file parses into an article")
    func hugeLine() throws {
        let line = String(repeating: "word ", count: 1_000_000) + "end."
        var text = "Big file\n\n" + line
        text += "\n\n" + String(repeating: "[", count: 200_000) + String(repeating: "<", count: 200_000)
        let markdown = try #require(ArticleParser.parse(text: text, path: "big.md").article)
        #expect(markdown.paragraphs.count == 2)
        let plain = try #require(ArticleParser.parse(text: text, path: "big.txt").article)
        #expect(plain.text.unicodeScalars.count > 5_000_000)
    }

    @Test("a file on one single long line is text, with its opening words as title")
    func singleLine() throws {
        let line = String(repeating: "Zürich words. ", count: 20_000)
        let article = try #require(ArticleParser.parse(text: line, path: "one-line.txt").article)
        #expect(article.title.hasPrefix("Zürich words. Zürich"))
        #expect(article.title.hasSuffix("…"))
        #expect(article.title.count < 110)
        #expect(article.text.hasPrefix("Zürich words."))
        #expect(article.sentences.count == 20_000)
        let markdown = try #require(ArticleParser.parse(text: line, path: "one-line.md").article)
        #expect(markdown.title == article.title)
        #expect(markdown.text == article.text)
    }

    @Test("millions of empty lines and a front matter list of many items still parse")
    func hostileShapes() throws {
        let blank = "Title\n" + String(repeating: "\n", count: 2_000_000) + "Last words."
        #expect(try #require(ArticleParser.parse(text: blank, path: "blank.txt").article).text == "Last words.")
        let tags = "---\ntags:\n" + String(repeating: "  - tag\n", count: 50_000) + "---\nBody."
        #expect(try #require(ArticleParser.parse(text: tags, path: "tags.md").article).tags.count == 50_000)
    }
}

/// A small deterministic generator, so failures repeat.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
