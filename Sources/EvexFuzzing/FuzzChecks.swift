import EventModel
import TerminalCore

/// What must hold for any input, per reader.
enum FuzzChecks {
    static func article(_ bytes: [UInt8], path: String) {
        let (article, diagnostics) = ArticleParser.parse(bytes, path: path)
        for diagnostic in diagnostics { check(diagnostic.path == path, "a diagnostic names another file: \(diagnostic.path)") }
        guard let article else {
            check(!diagnostics.isEmpty, "no article and no diagnostic saying why")
            return
        }
        wellFormed(article)
    }

    /// A feed: every item an article that holds (see ``wellFormed(_:)``), listed under the feed's
    /// path, each id once, and no feed refused without a diagnostic saying why.
    static func feed(_ bytes: [UInt8], path: String) {
        let (articles, diagnostics) = ArticleParser.parseFeed(bytes, path: path)
        for diagnostic in diagnostics { check(diagnostic.path == path, "a diagnostic names another file: \(diagnostic.path)") }
        if articles.isEmpty { check(!diagnostics.isEmpty, "no item and no diagnostic saying why") }
        var ids = Set<String>()
        var paths = Set<String>()
        for article in articles {
            wellFormed(article)
            check(article.path.hasPrefix(path + "#"), "an item listed outside its feed: \(article.path)")
            check(ids.insert(article.id).inserted, "two items with the id \(article.id)")
            check(paths.insert(article.path).inserted, "two items at the path \(article.path)")
        }
    }

    /// What every article must satisfy whatever its format: spans inside the text, a title.
    private static func wellFormed(_ article: Article) {
        let length = article.text.unicodeScalars.count
        for span in article.paragraphs + article.sentences + article.links.map(\.span) {
            check(0 <= span.start && span.start <= span.end && span.end <= length, "span \(span) outside a text of \(length) scalars")
        }
        check(!article.title.isEmpty, "an article without a title")
    }

    /// The built-in names only: built once, so that each input costs its own linking and reading.
    private static let catalog = EntityCatalog.build(knowledge: [], contributions: []).catalog

    static func extraction(_ bytes: [UInt8]) {
        guard let article = ArticleParser.parse(bytes, path: "articles/fuzz.txt").article else { return }
        let length = article.text.unicodeScalars.count
        func inside(_ span: TextSpan?, _ what: String) {
            guard let span else { return }
            check(0 <= span.start && span.start <= span.end && span.end <= length, "\(what) span \(span) outside a text of \(length) scalars")
        }
        let (mentions, relations, events) = EntityLinker(catalog: catalog).analyseWithEvents(article)
        for mention in mentions { inside(mention.span, "mention") }
        for relation in relations {
            check(relation.subject != relation.object, "a relation of \(relation.subject) with itself")
            for evidence in relation.evidence { inside(evidence.span, "evidence") }
        }
        for event in events {
            inside(event.span, "event sentence")
            inside(event.trigger, "event trigger")
        }
        let merged = EventMerger.merge(knowledge: [], sentences: events, name: { catalog.entity(id: $0)?.name }, isCountry: { catalog.kind(of: $0) == .country },
                                        isPerson: { catalog.kind(of: $0) == .person })
        for tie in EventTies.relations(merged) { check(tie.subject != tie.object, "an event tied to itself") }
    }

    static func knowledge(_ bytes: [UInt8]) {
        let (base, diagnostics) = KnowledgeParser.parse(bytes, path: "knowledge.yaml")
        if base == nil { check(!diagnostics.isEmpty, "knowledge refused without a diagnostic") }
        guard let base else { return }
        for entity in base.entities {
            check(!entity.id.isEmpty, "an entity with an empty id")
            check(entity.aliases.count <= 100, "more aliases than the cap")
        }
        // The catalog (gazetteer included) is built by the tests of the anchor case: here it would
        // cost twenty times the parse and leave the fuzzer a tenth of the inputs.
    }

    static func query(_ text: String) {
        for asYouType in [false, true] {
            do {
                let query = try SearchQuery.parse(text, asYouType: asYouType)
                for term in query.positiveTerms + query.excluded { check(!term.text.isEmpty, "an empty term from \(text.debugDescription)") }
                check(query.positiveTerms.count + query.excluded.count <= SearchQuery.maximumTerms, "more than the maximum of terms")
                for source in [sampleText, text] {
                    let snippet = SearchSnippet(source, terms: query.positiveTerms)
                    let length = snippet.text.unicodeScalars.count
                    for span in snippet.highlights {
                        check(0 <= span.start && span.start < span.end && span.end <= length, "highlight \(span) outside a snippet of \(length)")
                    }
                }
            } catch {
                check(error.column >= 1, "a query error at column \(error.column)")
            }
        }
    }

    static let sampleText = """
        MOSCOW (Reuters) - Gunmen attacked the Crocus City Hall, a concert venue near Moscow. Islamic State \
        claimed the attack; four Tajik men were charged. Tadschikistan's president called Putin. 2024-03-22 \
        Café, naïve, ﬁnance, İstanbul, 東京, covid-19, O'Brien.
        """

    static func displayText(_ text: String) {
        let display = DisplayText(text)
        for scalar in display.string.unicodeScalars {
            check(!(scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{1B}"), "control U+\(String(scalar.value, radix: 16)) reaches the terminal")
            check(!(0x202A...0x202E).contains(scalar.value) && !(0x2066...0x2069).contains(scalar.value), "a bidi override reaches the terminal")
        }
        check(display.width >= 0, "a negative width")
        var screen = Screen(size: Size(width: 7, height: 2))
        _ = screen.put(display, x: 0, y: 0)
        _ = screen.put(display, x: 3, y: 1, maxWidth: 2)
    }

    static func check(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { preconditionFailure(message()) }
    }
}
