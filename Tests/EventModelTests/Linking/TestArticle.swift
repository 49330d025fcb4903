@testable import EventModel

/// Builds an `Article` the simple way, independently of the real parser: paragraphs split on
/// blank lines, sentences split after ". ", and a paragraph "Read more: TITLE" as a link.
enum TestArticle {
    static func make(id: String = "fixture", title: String = "Fixture", body: String) -> Article {
        var text = ""
        var paragraphs: [TextSpan] = []
        var sentences: [TextSpan] = []
        var links: [ReadMoreLink] = []
        for (number, block) in body.components(separatedBy: "\n\n").enumerated() {
            let paragraph = block.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !paragraph.isEmpty else { continue }
            if !text.isEmpty { text += "\n\n" }
            let start = text.unicodeScalars.count
            text += paragraph
            let end = text.unicodeScalars.count
            paragraphs.append(TextSpan(start: start, end: end))
            let prefix = "Read more: "
            if paragraph.hasPrefix(prefix) {
                let titleStart = start + prefix.unicodeScalars.count
                links.append(ReadMoreLink(title: String(paragraph.dropFirst(prefix.count)), line: number + 2,
                                          span: TextSpan(start: titleStart, end: end)))
                sentences.append(TextSpan(start: start, end: end))
                continue
            }
            var sentenceStart = start
            let scalars = Array(paragraph.unicodeScalars)
            for index in scalars.indices where scalars[index] == "." && index + 1 < scalars.count && scalars[index + 1] == " " {
                sentences.append(TextSpan(start: sentenceStart, end: start + index + 1))
                sentenceStart = start + index + 2
            }
            sentences.append(TextSpan(start: sentenceStart, end: end))
        }
        return Article(id: id, path: id + ".txt", title: title, text: text, paragraphs: paragraphs,
                       sentences: sentences, links: links)
    }
}

import Foundation
