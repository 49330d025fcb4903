import EventModel

/// A small invented corpus: a harbour fire in a made-up country, with links (one unresolved),
/// entities of several kinds (one unconfirmed), relations of each origin, an event, hostile text
/// and wide CJK text.
enum Fixture {
    static let corpus: Corpus = {
        var articles = [
            article(
                id: "harbour-fire", title: "Fire at the Northgate harbour", date: "2025-05-02", source: "Coast Herald",
                paragraphs: [
                    "A fire broke out at Northgate Harbour on Friday night. The Harbour Guild said crews worked until dawn.",
                    "Officials in Veloria blamed a faulty crane. Mayor Ilse Varga promised an inquiry within a week.",
                    "Read more: Guild demands safety review",
                    "Read more: Crane makers under scrutiny",
                ],
                targets: ["Guild demands safety review": "guild-review"]),
            article(
                id: "guild-review", title: "Guild demands safety review", date: "2025-05-04", source: "Port Weekly",
                authors: ["Mira Kova"], url: "https://example.org/guild-review",
                paragraphs: [
                    "The Harbour Guild asked Veloria for a full safety review after the fire. Ilse Varga agreed to meet the guild.",
                    "Read more: Fire at the Northgate harbour",
                ],
                targets: ["Fire at the Northgate harbour": "harbour-fire"]),
            article(
                id: "quay-notes", title: "Notes from the quay",
                paragraphs: ["Dockworkers in Veloria spoke about the night of the fire. Some named Captain Oren Dahl as a witness."]),
            article(
                id: "hostile", title: "Evil \u{1B}]0;pwned\u{07} title", date: "2025-04-01", source: "Unknown",
                paragraphs: ["Plain start \u{1B}[31mred\u{1B}[0m then \u{202E}reversed\u{202C} and \u{9B}2J done."]),
            article(
                id: "cjk", title: "港口火灾报告", date: "2025-05-03", source: "东方日报",
                paragraphs: ["北门港发生火灾。Veloria officials 正在调查。"]),
        ]
        let entities = [
            Entity(id: "harbour-guild", name: "Harbour Guild", kind: .organisation, aliases: ["the Guild"], origin: .knowledge,
                   definedAt: SourceLocation(path: "knowledge.yaml", line: 3)),
            Entity(id: "veloria", name: "Veloria", kind: .country, aliases: ["Velorian"], origin: .gazetteer),
            Entity(id: "ilse-varga", name: "Ilse Varga", kind: .person, aliases: ["Mayor Varga"],
                   description: "Mayor of the port city since 2021.", externalIDs: ["wikidata": "Q4242"], origin: .knowledge,
                   definedAt: SourceLocation(path: "knowledge.yaml", line: 9)),
            Entity(id: "northgate-harbour", name: "Northgate Harbour", kind: .place, origin: .knowledge),
            Entity(id: "harbour-fire-2025", name: "Northgate harbour fire", kind: .event, origin: .knowledge),
            Entity(id: "oren-dahl", name: "Captain Oren Dahl", kind: .person, origin: .discovered),
        ]
        var mentions: [Mention] = []
        for article in articles {
            for entity in entities {
                for name in [entity.name] + entity.aliases {
                    for span in occurrences(of: name, in: article.text) {
                        guard !mentions.contains(where: { $0.article == article.id && $0.span.overlaps(span) }) else { continue }
                        mentions.append(Mention(
                            article: article.id, entity: entity.id, text: name, span: span,
                            sentence: article.sentenceIndex(containing: span.start) ?? 0))
                    }
                }
            }
        }
        let fire = articles[0], review = articles[1]
        let relations = [
            Relation(subject: "ilse-varga", predicate: .roleOf, object: "veloria", origin: .curated, role: "Mayor",
                     evidence: [Evidence(text: "council minutes, May 2021", location: SourceLocation(path: "knowledge.yaml", line: 12))],
                     source: "council minutes, May 2021"),
            // The same tie as the line above, stated by a sentence too: one tie with two origins.
            Relation(subject: "ilse-varga", predicate: .roleOf, object: "veloria", origin: .pattern, role: "mayor",
                     evidence: [Evidence(article: fire.id, sentence: 3, text: fire.sentenceText(3), span: fire.sentences[3])]),
            Relation(subject: "harbour-guild", predicate: .activeIn, object: "veloria", origin: .pattern,
                     evidence: [Evidence(article: review.id, sentence: 0, text: review.sentenceText(0), span: review.sentences[0])]),
            Relation(subject: "harbour-guild", predicate: .coOccursWith, object: "ilse-varga", origin: .cooccurrence, weight: 2,
                     evidence: [Evidence(article: review.id, sentence: 1, text: review.sentenceText(1), span: review.sentences[1])]),
            Relation(subject: "northgate-harbour", predicate: .locatedIn, object: "veloria", origin: .curated,
                     evidence: [Evidence(article: fire.id, sentence: 2, text: fire.sentenceText(2), span: fire.sentences[2])]),
        ]
        let events = [KnowledgeEvent(id: "harbour-fire-2025", name: "Northgate harbour fire", date: "2025-05-02", place: "northgate-harbour")]
        articles.sort { $0.id < $1.id }
        return Corpus(root: "fixture", articles: articles, entities: entities, mentions: mentions, relations: relations, events: events)
    }()

    static let store = MemoryCorpusStore(corpus)

    /// `count` short dated articles, for scrolling and paging.
    static func longStore(count: Int, paragraphs: Int = 3) -> MemoryCorpusStore {
        let articles = (0..<count).map { index in
            article(
                id: "a\(index)", title: "Report number \(index)", date: "2025-01-\(String(format: "%02d", index % 28 + 1))",
                source: "Wire",
                paragraphs: (0..<paragraphs).map { "Paragraph \($0) of report \(index) says little more than this sentence." + ($0 % 15 == 5 ? " A lighthouse is named." : "") })
        }
        return MemoryCorpusStore(Corpus(root: "long", articles: articles))
    }

    // MARK: - Building articles the way the loader would

    static func article(
        id: String, title: String, date: String? = nil, source: String? = nil, authors: [String] = [], url: String? = nil,
        paragraphs: [String], targets: [String: String] = [:]
    ) -> Article {
        var text = ""
        var paragraphSpans: [TextSpan] = []
        var sentences: [TextSpan] = []
        var links: [ReadMoreLink] = []
        for (index, paragraph) in paragraphs.enumerated() {
            if index > 0 { text += "\n\n" }
            let start = text.unicodeScalars.count
            text += paragraph
            paragraphSpans.append(TextSpan(start: start, end: text.unicodeScalars.count))
            sentences += sentenceSpans(paragraph, offset: start)
            if paragraph.hasPrefix("Read more: ") {
                let title = String(paragraph.dropFirst("Read more: ".count))
                links.append(ReadMoreLink(
                    title: title, line: index * 2 + 3,
                    span: TextSpan(start: start + 11, end: start + paragraph.unicodeScalars.count), target: targets[title]))
            }
        }
        return Article(id: id, path: "articles/\(id).txt", title: title, date: date, source: source, url: url, authors: authors, text: text,
                       paragraphs: paragraphSpans, sentences: sentences, links: links)
    }

    private static func sentenceSpans(_ paragraph: String, offset: Int) -> [TextSpan] {
        let scalars = Array(paragraph.unicodeScalars)
        var spans: [TextSpan] = []
        var start = 0
        for index in scalars.indices {
            let ends = scalars[index] == "。" || (scalars[index] == "." && (index + 1 == scalars.count || scalars[index + 1] == " "))
            if ends {
                spans.append(TextSpan(start: offset + start, end: offset + index + 1))
                start = index + 1
                while start < scalars.count && scalars[start] == " " { start += 1 }
            }
        }
        if start < scalars.count { spans.append(TextSpan(start: offset + start, end: offset + scalars.count)) }
        return spans
    }

    private static func occurrences(of name: String, in text: String) -> [TextSpan] {
        let haystack = Array(text.unicodeScalars), needle = Array(name.unicodeScalars)
        guard !needle.isEmpty, haystack.count >= needle.count else { return [] }
        var spans: [TextSpan] = []
        for start in 0...(haystack.count - needle.count) where Array(haystack[start..<(start + needle.count)]) == needle {
            spans.append(TextSpan(start: start, end: start + needle.count))
        }
        return spans
    }
}
