import Foundation

/// Ids and URL keys for articles read from pages, feeds and ninjs, which carry a URL or guid:
/// the same story keeps its id when its file is renamed or its feed reordered, and links
/// find it by URL.
public enum ArticleIdentity {
    /// The form in which URLs are compared: scheme, `www.`, fragment, a trailing `/` and
    /// tracking parameters (`utm_*`) do not count, nor does the host's case.
    /// `https://www.Example.org/news/a/?utm_source=x#top` gives `example.org/news/a`.
    /// Something that is not an http(s) URL (a `urn:` or `tag:` guid) is only trimmed.
    public static func urlKey(_ url: String) -> String {
        let trimmed = url.trimmingCharacters(in: .whitespacesAndNewlines)
        guard var components = URLComponents(string: trimmed), let scheme = components.scheme?.lowercased(),
            scheme == "http" || scheme == "https", var host = components.host?.lowercased(), !host.isEmpty
        else { return trimmed }
        if host.hasPrefix("www.") { host.removeFirst(4) }
        var path = components.percentEncodedPath
        while path.hasSuffix("/") { path.removeLast() }
        for index in ["/index.html", "/index.htm"] where path.hasSuffix(index) { path.removeLast(index.count) }
        let query = (components.percentEncodedQueryItems ?? []).filter { !$0.name.lowercased().hasPrefix("utm_") }
        components.percentEncodedQueryItems = query.isEmpty ? nil : query
        let port = components.port.map { ":\($0)" } ?? ""
        return host + port + path + (components.percentEncodedQuery.map { "?" + $0 } ?? "")
    }

    /// The id of an article known by a URL or guid: its ``urlKey(_:)``.
    public static func id(forURL url: String) -> String? {
        let key = urlKey(url)
        return key.isEmpty ? nil : key
    }

    /// `href` made absolute against `base`, when it leads to a web page (not `mailto:`, `javascript:`
    /// or a fragment of this page).
    static func absolute(_ href: String, base: String?) -> String? {
        let trimmed = href.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return nil }
        let resolved: URL?
        if let base, let baseURL = URL(string: base) {
            resolved = URL(string: trimmed, relativeTo: baseURL)?.absoluteURL
        } else {
            resolved = URL(string: trimmed)
        }
        guard let resolved, let scheme = resolved.scheme?.lowercased(), scheme == "http" || scheme == "https" else {
            return nil
        }
        return resolved.absoluteString
    }

    /// Whether two URLs are on the same site (`www.` aside).
    static func sameSite(_ first: String, _ second: String) -> Bool {
        func host(_ url: String) -> String? {
            guard var host = URL(string: url)?.host?.lowercased() else { return nil }
            if host.hasPrefix("www.") { host.removeFirst(4) }
            return host
        }
        guard let one = host(first), let two = host(second) else { return false }
        return one == two
    }
}
