/// Finds the article a link leads to: by URL first, then by title, forgiving what differs between
/// how one page titles another and how that article titles itself.
struct TitleMatcher {
    private let byTitle: [String: Int]
    private let byURL: [String: Int]
    /// Titles without their outlet ("Putin pledges justice - Reuters" -> "putin pledges justice").
    private let byBareTitle: [String: Int]
    /// Articles whose title was cut for length ("Opening words…"), by the key of what was kept.
    private let shortened: [(key: String, index: Int)]

    init(articles: [Article], byTitle: [String: Int]) {
        self.byTitle = byTitle
        var byURL: [String: Int] = [:]
        var byBareTitle: [String: Int] = [:]
        var shortened: [(String, Int)] = []
        for index in articles.indices.sorted(by: { articles[$0].path < articles[$1].path }) {
            let article = articles[index]
            if let url = article.url.map(Self.urlKey), !url.isEmpty, byURL[url] == nil { byURL[url] = index }
            if let bare = Self.withoutOutlet(article.title).map(TitleKey.normalize), !bare.isEmpty, byBareTitle[bare] == nil {
                byBareTitle[bare] = index
            }
            if article.title.hasSuffix("…") {
                let key = TitleKey.normalize(String(article.title.dropLast()))
                if key.count >= 20 { shortened.append((key, index)) }
            }
        }
        self.byURL = byURL
        self.byBareTitle = byBareTitle
        self.shortened = shortened
    }

    func match(_ link: ReadMoreLink) -> Int? {
        if let url = link.url.map(Self.urlKey), let found = byURL[url] { return found }
        let key = TitleKey.normalize(link.title)
        if let found = byTitle[key] ?? byBareTitle[key] { return found }
        if let bare = Self.withoutOutlet(link.title).map(TitleKey.normalize), !bare.isEmpty,
           let found = byTitle[bare] ?? byBareTitle[bare] {
            return found
        }
        // A long title that the article's file cut short: the link gives it whole.
        return shortened.first { key.hasPrefix($0.key) }?.index
    }

    /// "https://www.Example.org/a/b/?utm=x#top" and "http://example.org/a/b" are one address.
    static func urlKey(_ url: String) -> String {
        var text = url.trimmingCharacters(in: .whitespaces).lowercased()
        for scheme in ["https://", "http://"] where text.hasPrefix(scheme) { text.removeFirst(scheme.count) }
        if text.hasPrefix("www.") { text.removeFirst(4) }
        if let cut = text.firstIndex(where: { $0 == "?" || $0 == "#" }) { text = String(text[..<cut]) }
        while text.hasSuffix("/") { text.removeLast() }
        return text
    }

    /// The title without a trailing outlet name after " - ", " | ", " – " or " — " (at most four words),
    /// or nil when it has none.
    static func withoutOutlet(_ title: String) -> String? {
        let scalars = Array(title.unicodeScalars)
        var index = scalars.count - 2
        while index > 0 {
            if scalars[index - 1] == " " && scalars[index + 1] == " " && ["-", "|", "–", "—"].contains(scalars[index]) {
                let outlet = String(String.UnicodeScalarView(scalars[(index + 2)...]))
                let words = outlet.split(separator: " ").count
                guard words >= 1, words <= 4, outlet.count <= 40 else { return nil }
                return String(String.UnicodeScalarView(scalars[..<(index - 1)]))
            }
            index -= 1
        }
        return nil
    }
}
