import Foundation

/// One generated article: the file to write and the text the baseline indexes.
struct SyntheticArticle: Sendable {
    /// Relative to the corpus root.
    var path: String
    var id: String
    var title: String
    /// ISO date for Markdown articles; plain-text ones are undated, like the seed.
    var date: String?
    /// The whole file.
    var file: String
    /// What the baseline's FTS5 table gets as the body: the file without its title line or front matter.
    var body: String
}

/// Writes article `index` of the corpus from the seed alone, so any core can write any article and
/// another article's title (for "Read more:" links) is known without generating its body.
struct ArticleGenerator: Sendable {
    let seed: UInt64
    let count: Int
    let vocabulary: Vocabulary
    let knowledge: SyntheticKnowledge

    static let sources = ["Reuters", "AFP", "Associated Press", "Web Desk", "Daily Courier", "Northern Post",
                          "Global Wire", "Evening Ledger", "Capital Times", "Harbour Gazette", "Metro Herald",
                          "Frontier Monitor", "Continental Review", "Morning Dispatch", "Plains Observer"]
    static let datelineCities = ["MOSCOW", "GENEVA", "NAIROBI", "LIMA", "OSLO", "DOHA", "ALMATY", "DELHI"]

    /// Sentences written as wire copy, and other sentences that name an entity: together they give about
    /// the mentions, relations and events per article of real news (BENCHMARKS.md, issue 9).
    static let newsShare = 0.23
    static let namedShare = 0.03

    /// Markdown with front matter for odd indices, the seed's plain-text shape for even ones.
    func isMarkdown(_ index: Int) -> Bool { index % 2 == 1 }

    func path(_ index: Int) -> String {
        "articles/\(padded(index / CorpusWriter.folderSize, 3))/a\(padded(index, 7)).\(isMarkdown(index) ? "md" : "txt")"
    }

    func title(_ index: Int) -> String {
        var random = SplitMix64(seed: seed, stream: 10, index: index)
        let entity = knowledge.sample(&random)
        var words: [String] = []
        for _ in 0..<random.int(4...8) { words.append(vocabulary.sampleContent(&random)) }
        words.insert(entity.name, at: random.int(0...words.count))
        var title = words.joined(separator: " ")
        if let first = title.first { title.replaceSubrange(title.startIndex...title.startIndex, with: String(first).uppercased()) }
        return title
    }

    func date(_ index: Int) -> String? {
        guard isMarkdown(index) else { return nil }
        var random = SplitMix64(seed: seed, stream: 11, index: index)
        return Self.isoDate(daysAfter2023: random.int(0..<730))
    }

    /// 2023-01-01 plus `days`, as an ISO date (2023 and 2024 only, which is all the corpus spans).
    static func isoDate(daysAfter2023 days: Int) -> String {
        var remaining = days, year = 2023
        while true {
            let length = year % 4 == 0 ? 366 : 365
            if remaining < length { break }
            remaining -= length
            year += 1
        }
        let months = [31, year % 4 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        var month = 0
        while month < 11, remaining >= months[month] {
            remaining -= months[month]
            month += 1
        }
        return "\(year)-\(padded(month + 1, 2))-\(padded(remaining + 1, 2))"
    }

    func article(_ index: Int) -> SyntheticArticle {
        var random = SplitMix64(seed: seed, stream: 12, index: index)
        let title = title(index)
        let date = date(index)
        let source = random.pick(Self.sources)

        // The article's cast: the entities it talks about, popular ones most often. A share of the
        // sentences are wire copy about a cast of its own (officials, groups, countries, places);
        // the others are words of the vocabulary that now and then name one of the first cast.
        var cast: [SyntheticEntity] = []
        for _ in 0..<random.int(3...8) { cast.append(knowledge.sample(&random)) }
        var news = NewsSentences(vocabulary: vocabulary, knowledge: knowledge, random: &random)

        func sentence(_ random: inout SplitMix64) -> String {
            if random.chance(Self.newsShare) { return news.sentence(&random) }
            // A function word first, as English sentences mostly begin: a capitalised pseudo-word
            // there would be a name to the linker, which news text does not give it in every sentence.
            var words = [vocabulary.sampleFunction(&random)]
            let length = random.int(11...26)
            for _ in 1..<length { words.append(vocabulary.sample(&random)) }
            if random.chance(Self.namedShare) {
                words.insert(news.name(random.pick(cast), &random), at: random.int(0...words.count))
            }
            if words.count > 8, random.chance(0.3) { words[random.int(2..<(words.count - 2))] += "," }
            var text = words.joined(separator: " ")
            if let first = text.first { text.replaceSubrange(text.startIndex...text.startIndex, with: String(first).uppercased()) }
            return text + "."
        }

        var paragraphs: [String] = []
        for _ in 0..<random.int(6...9) {
            var sentences: [String] = []
            for _ in 0..<random.int(2...4) { sentences.append(sentence(&random)) }
            paragraphs.append(sentences.joined(separator: " "))
        }
        // Read-more links: other articles of the corpus, and now and then one that is not in it.
        for _ in 0..<random.int(0...2) {
            let line: String
            if random.chance(0.05) || count < 2 {
                line = "Read more: \(vocabulary.sampleContent(&random).capitalized) \(vocabulary.sampleContent(&random)) archive story"
            } else {
                var other = random.int(0..<count)
                if other == index { other = (other + 1) % count }
                line = "Read more: \(self.title(other))"
            }
            paragraphs.insert(line, at: random.int(2...paragraphs.count))
        }

        var body = ""
        body.reserveCapacity(3_600)
        if isMarkdown(index) {
            body = paragraphs.joined(separator: "\n\n") + "\n"
            var file = "---\nid: a\(padded(index, 7))\ntitle: \"\(title)\"\n"
            file += "date: \(date ?? "2023-01-01")\nsource: \(source)\n---\n\n"
            file += body
            return SyntheticArticle(path: path(index), id: "a\(padded(index, 7))", title: title, date: date, file: file, body: body)
        }
        // The seed's shape: title, two blank lines, the lede, the lede again after a dateline, the
        // rest, and a "You May Also Like" trailer.
        let dateline = random.chance(0.5) ? "WEB DESK:" : "\(random.pick(Self.datelineCities)) (\(source)) -"
        var blocks = [paragraphs[0], "\(dateline) \(paragraphs[0])"]
        blocks += paragraphs.dropFirst()
        blocks.append("You May Also Like")
        body = blocks.joined(separator: "\n\n") + "\n"
        let id = String(path(index).dropLast(4))
        return SyntheticArticle(path: path(index), id: id, title: title, date: nil, file: title + "\n\n\n" + body, body: body)
    }
}

/// `value` in decimal, zero-padded to `width` digits (String(format:) is slow in a loop of 100,000).
func padded(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
