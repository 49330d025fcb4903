/// Elements of a page that are not the article: code, forms, navigation, and boxes whose class,
/// id or role names site furniture (share bars, comment threads, ads, "related" rails).
enum MarkupFurniture {
    private static let names: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "video",
        "audio", "form", "button", "input", "select", "textarea", "nav", "aside", "footer", "header", "menu", "head",
        "title", "meta", "link", "img", "picture", "source", "label", "dialog",
        // Photos and their captions, which mostly credit the photographer.
        "figure", "figcaption",
    ]

    /// Words of a class or id that mark furniture. Whole words only: "ad" must not catch "header" or "read".
    private static let words: Set<String> = [
        "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "comment", "comments", "disqus", "related",
        "share", "sharing", "social", "ad", "ads", "advert", "advertisement", "adslot", "sponsor", "sponsored", "promo",
        "newsletter", "subscribe", "subscription", "sidebar", "cookie", "cookies", "consent", "popup", "modal", "outbrain",
        "taboola", "recommended", "recommendations", "trending", "popular", "footer", "masthead", "banner", "paywall",
        "byline", "toolbar", "tags",
    ]

    private static let roles: Set<String> = ["navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alert"]

    static func isFurniture(_ element: MarkupNode) -> Bool {
        if names.contains(element.name) { return true }
        if element.attribute("hidden") != nil || element.attribute("aria-hidden") == "true" { return true }
        if let role = element.attribute("role")?.lowercased(), roles.contains(role) { return true }
        for attribute in ["class", "id"] {
            guard let value = element.attribute(attribute), !value.isEmpty else { continue }
            if hasFurnitureWord(value) { return true }
        }
        return false
    }

    static func hasFurnitureWord(_ value: String) -> Bool {
        var word = ""
        for character in value.lowercased() + " " {
            if character.isLetter || character.isNumber {
                word.append(character)
            } else {
                if words.contains(word) { return true }
                word = ""
            }
        }
        return false
    }
}
