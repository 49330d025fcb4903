import Foundation

/// Reads an IPTC ninjs news item (`.json`), versions 1.x and 2.x, into an ``Article``.
///
/// 1.x: `headline`, `body_html` before `body_text`, `byline`, `located`, `versioncreated`
/// (else `firstcreated`), `uri`, `language`, `subject`/`keywords`. 2.x adds the lists
/// `headlines`, `bodies` and `bylines` (the first of each, HTML before plain text) and `subjects`.
/// The `uri` is the item's identity; when it is a web address it is also its `url`. A JSON file
/// that is not a ninjs item (no `uri`, or no headline and no body) is reported, not guessed at.
enum NINJSReader {
    static func read(_ bytes: [UInt8], path: String) -> (article: Article?, diagnostics: [Diagnostic]) {
        switch TextDecoding.validate(bytes) {
        case .failure(let failure): return (nil, [TextDecoding.error(failure, path: path).diagnostic])
        case .success: break
        }
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            let index = errorOffset(error as NSError)
            let line = bytes.prefix(min(index, bytes.count)).reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            return (nil, [.error(path, line: line, "is not valid JSON; fix it or remove it from the folder")])
        }
        guard let item = json as? [String: Any], let uri = string(item["uri"]), !uri.isEmpty else {
            return (nil, [notNINJS(path)])
        }
        let headline = string(item["headline"]) ?? first(item["headlines"], key: "value")
        let html = string(item["body_html"]) ?? first(item["bodies"], key: "value", contentType: "text/html")
        let text = string(item["body_text"]) ?? first(item["bodies"], key: "value", contentType: "text/plain")
            ?? first(item["bodies"], key: "value")
        guard headline != nil || html != nil || text != nil else { return (nil, [notNINJS(path)]) }

        var diagnostics: [Diagnostic] = []
        let url = ArticleIdentity.absolute(uri, base: nil)
        var blocks: [BodyBlock] = []
        if let html, let fragment = MarkupDocument.htmlFragment(html), let root = fragment.root {
            var reader = MarkupBlocks { href, _ in ArticleIdentity.absolute(href, base: url) }
            reader.read(root)
            blocks = LinkTarget.keepArticleLinks(RelatedList.detach(reader.blocks, pageURL: url), pageURL: url)
        }
        if blocks.isEmpty, let text {
            blocks = text.components(separatedBy: "\n").map(MarkupText.clean).filter { !$0.isEmpty }
                .map { BodyBlock(bytes: Array($0.utf8), line: 1, kind: .paragraph) }
        }
        let title = MarkupText.clean(headline ?? "")
        if let heading = blocks.firstIndex(where: { $0.kind == .heading }), heading == 0,
            TitleKey.normalize(String(decoding: blocks[heading].bytes, as: UTF8.self)) == TitleKey.normalize(title)
        {
            blocks.remove(at: heading)
        }
        var date: String?
        if let raw = string(item["versioncreated"]) ?? string(item["firstcreated"]) {
            date = PublishedDate.day(raw)
            if date == nil { diagnostics.append(.warning(path, "versioncreated \"\(MarkupText.clean(raw).prefix(40))\" is not a date; shown undated")) }
        }
        var assembler = ArticleAssembler()
        assembler.add(blocks)
        let bylines = (string(item["byline"]).map { [$0] } ?? [])
            + ((item["bylines"] as? [Any]) ?? []).compactMap { string(($0 as? [String: Any])?["byline"]) }
        let located = string(item["located"]).map(MarkupText.clean).flatMap { $0.isEmpty ? nil : $0 }
        let source = first(item["infosource"], key: "name") ?? string(item["copyrightholder"])
        let tags = (((item["subject"] ?? item["subjects"]) as? [Any]) ?? []).compactMap { string(($0 as? [String: Any])?["name"]) }
            + ((item["keywords"] as? [Any]) ?? []).compactMap(string)
        let article = Article(
            id: ArticleIdentity.id(forURL: uri) ?? ArticleParser.defaultID(path: path), path: path,
            title: title.isEmpty ? ArticleParser.defaultID(path: path) : title, date: date,
            source: source.map(MarkupText.clean) ?? assembler.datelineAgency, dateline: located ?? assembler.dateline, url: url,
            authors: unique(bylines.map(byline)), tags: unique(tags.map(MarkupText.clean)), language: string(item["language"]),
            text: assembler.string, paragraphs: assembler.paragraphs, sentences: assembler.sentences, links: assembler.links)
        return (article, diagnostics)
    }

    /// Where Foundation found the error: `NSJSONSerializationErrorIndex` on Darwin, "around character N"
    /// in the description on Linux.
    private static func errorOffset(_ error: NSError) -> Int {
        if let index = error.userInfo["NSJSONSerializationErrorIndex"] as? Int { return index }
        let description = (error.userInfo[NSDebugDescriptionErrorKey] as? String) ?? ""
        guard let range = description.range(of: "character ") else { return 0 }
        return Int(description[range.upperBound...].prefix { $0.isNumber }) ?? 0
    }

    private static func notNINJS(_ path: String) -> Diagnostic {
        .warning(path, "is JSON but not an IPTC ninjs news item (it needs a \"uri\" and a \"headline\" or body); skipped")
    }

    private static func string(_ value: Any?) -> String? { value as? String }

    /// The `key` of the first object of a ninjs 2.x list (with the given `contenttype`, when asked).
    private static func first(_ value: Any?, key: String, contentType: String? = nil) -> String? {
        for entry in (value as? [Any]) ?? [] {
            guard let object = entry as? [String: Any] else { continue }
            if let contentType, (object["contenttype"] as? String)?.lowercased() != contentType { continue }
            if let text = object[key] as? String { return text }
        }
        return nil
    }

    /// "By Jane Doe" gives "Jane Doe".
    private static func byline(_ text: String) -> String {
        let cleaned = MarkupText.clean(text)
        return cleaned.lowercased().hasPrefix("by ") ? String(cleaned.dropFirst(3)) : cleaned
    }

    private static func unique(_ list: [String]) -> [String] {
        var seen = Set<String>()
        return list.filter { !$0.isEmpty && seen.insert($0.lowercased()).inserted }
    }
}
