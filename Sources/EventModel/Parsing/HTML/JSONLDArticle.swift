import Foundation

/// What a page's schema.org JSON-LD says about its article (`NewsArticle`, `Article`, `BlogPosting`
/// and their kin), from a top-level object, an array or an `@graph`.
///
/// The block is checked rather than trusted: one that calls itself an article but has no headline,
/// or describes another page (its `url` is not the page's), is set aside with a warning, and a field
/// of the wrong type (a `datePublished` that is no date) is dropped with one.
struct JSONLDArticle {
    var headline: String?
    var date: String?
    var authors: [String] = []
    var publisher: String?
    var body: String?
    var url: String?
    var keywords: [String] = []
    var language: String?

    static let articleTypes: Set<String> = [
        "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "backgroundnewsarticle",
        "opinionnewsarticle", "reviewnewsarticle", "askpublicnewsarticle", "blogposting", "liveblogposting",
        "report", "techarticle", "socialmediaposting",
    ]

    /// The first article the page's JSON-LD blocks describe, and the problems met. `pageURL` is the
    /// canonical URL, when the page has one, to recognise a block about another page.
    static func find(in scripts: [(text: String, line: Int)], pageURL: String?, path: String) -> (JSONLDArticle?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        for script in scripts {
            let data = Data(script.text.utf8)
            guard let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else {
                diagnostics.append(.warning(path, line: script.line, "a JSON-LD block is not valid JSON; the page's meta tags are used instead"))
                continue
            }
            for object in objects(in: json) where isArticle(object) {
                var found: [Diagnostic] = []
                guard let article = read(object, line: script.line, path: path, diagnostics: &found) else {
                    diagnostics += found
                    continue
                }
                if let pageURL, let url = article.url, ArticleIdentity.urlKey(url) != ArticleIdentity.urlKey(pageURL) {
                    diagnostics.append(.warning(
                        path, line: script.line,
                        "a JSON-LD block describes another page (\(url)), not this one (\(pageURL)); it is not used"))
                    continue
                }
                return (article, diagnostics + found)
            }
        }
        return (nil, diagnostics)
    }

    /// Objects of a block: itself, the members of an array, the members of an `@graph`.
    private static func objects(in json: Any) -> [[String: Any]] {
        var out: [[String: Any]] = []
        var pending: [Any] = [json]
        while let next = pending.popLast(), out.count < 200 {
            if let array = next as? [Any] {
                pending.append(contentsOf: array.prefix(200).reversed())
            } else if let object = next as? [String: Any] {
                out.append(object)
                if let graph = object["@graph"] { pending.append(graph) }
            }
        }
        return out
    }

    private static func types(_ object: [String: Any]) -> [String] {
        let raw = object["@type"]
        let list = (raw as? [Any]) ?? (raw.map { [$0] } ?? [])
        return list.compactMap { ($0 as? String)?.split(separator: "/").last.map { $0.lowercased() } }
    }

    private static func isArticle(_ object: [String: Any]) -> Bool {
        types(object).contains(where: articleTypes.contains)
    }

    private static func read(_ object: [String: Any], line: Int, path: String, diagnostics: inout [Diagnostic]) -> JSONLDArticle? {
        let type = (object["@type"] as? String) ?? types(object).first ?? "Article"
        guard let headline = string(object["headline"]) ?? string(object["name"]), !headline.isEmpty else {
            diagnostics.append(.warning(path, line: line, "a JSON-LD block says it is a \(type) but has no headline; it is not used"))
            return nil
        }
        var article = JSONLDArticle(headline: MarkupText.clean(headline))
        if let raw = object["datePublished"] ?? object["dateCreated"] ?? object["dateModified"] {
            if let text = string(raw), let day = PublishedDate.day(text) {
                article.date = day
            } else {
                diagnostics.append(.warning(path, line: line, "the JSON-LD datePublished is not a date; the page's other dates are used"))
            }
        }
        article.authors = names(object["author"] ?? object["creator"])
        article.publisher = names(object["publisher"] ?? object["sourceOrganization"]).first
        if let body = string(object["articleBody"]) ?? string(object["text"]), !body.isEmpty { article.body = body }
        article.url = string(object["url"]) ?? string(object["mainEntityOfPage"]) ?? string((object["mainEntityOfPage"] as? [String: Any])?["@id"])
        if let url = article.url, ArticleIdentity.absolute(url, base: nil) == nil { article.url = nil }
        if let keywords = object["keywords"] {
            article.keywords = (keywords as? [Any])?.compactMap(string)
                ?? (string(keywords)?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } ?? [])
            article.keywords = article.keywords.map(MarkupText.clean).filter { !$0.isEmpty }
        }
        article.language = string(object["inLanguage"])
        return article
    }

    private static func string(_ value: Any?) -> String? {
        if let text = value as? String { return text }
        if let array = value as? [Any], let first = array.first as? String { return first }
        return nil
    }

    /// Names from a string, a `{name}` object or an array of either; URLs are not names.
    private static func names(_ value: Any?) -> [String] {
        let list = (value as? [Any]) ?? (value.map { [$0] } ?? [])
        return list.prefix(20).compactMap { item -> String? in
            let name = (item as? String) ?? ((item as? [String: Any])?["name"] as? String)
            guard let name, !name.contains("://") else { return nil }
            let cleaned = MarkupText.clean(name)
            return cleaned.isEmpty ? nil : cleaned
        }
    }
}
