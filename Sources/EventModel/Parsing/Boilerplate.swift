/// Site furniture that is not part of an article: "Advertisement", "Share this article",
/// "Follow us on ...", and trailer headings such as "You May Also Like" that start a list of
/// other stories.
enum Boilerplate {
    enum Class {
        case none
        /// One line to drop.
        case line
        /// A heading after which the rest of the file is other stories, until prose resumes.
        case trailerHeading
    }

    private static let trailerHeadings: Set<String> = [
        "you may also like", "you might also like", "you may like", "related articles", "related article",
        "related stories", "related news", "related posts", "related content", "related", "more from",
        "more stories", "more on this story", "more news", "recommended", "recommended for you",
        "recommended stories", "trending", "trending now", "most read", "most popular", "popular stories",
        "latest news", "latest stories", "comments", "leave a comment", "leave a reply", "read next",
        "top stories", "also on", "more like this", "editor's picks", "editors picks", "see also",
        "in other news", "what to read next",
    ]

    private static let lines: Set<String> = [
        "advertisement", "advertisements", "ad", "sponsored", "sponsored content", "share this article",
        "share this story", "share this", "share", "print", "email", "share on facebook", "share on twitter",
        "share on x", "share on whatsapp", "subscribe", "subscribe now", "subscribe to our newsletter",
        "sign up for our newsletter", "continue reading", "story continues below", "story continues below advertisement",
        "scroll to continue", "scroll to continue with content", "all rights reserved", "download our app",
        "click here to subscribe", "tweet", "whatsapp", "facebook", "twitter", "linkedin", "telegram",
        "skip to content", "back to top",
    ]

    private static let linePrefixes: [String] = [
        "follow us on", "follow us at", "subscribe to our", "sign up for our", "sign up to our",
        "join our whatsapp", "join our telegram", "click here to", "copyright ", "© ", "(c) ",
        "download the app", "share this article", "for the latest news",
    ]

    /// Short blocks only: a long paragraph is never boilerplate.
    static let maximumLength = 90

    static func classify(_ bytes: [UInt8]) -> Class {
        guard bytes.count <= maximumLength, !bytes.isEmpty else { return .none }
        // Lowercase, drop trailing punctuation and surrounding markers ("— Related —", "ADVERTISEMENT:").
        var key = String(decoding: bytes, as: UTF8.self).lowercased()
        key = trimEdges(key)
        key = key.replacingOccurrences(of: "’", with: "'")
        if trailerHeadings.contains(key) { return .trailerHeading }
        if lines.contains(key) { return .line }
        let words = key.split(separator: " ").count
        if words <= 14 {
            for prefix in linePrefixes where key.hasPrefix(prefix) { return .line }
        }
        return .none
    }

    private static func trimEdges(_ text: String) -> String {
        let edge: Set<Unicode.Scalar> = [" ", ":", "-", "–", "—", "|", "•", "*", ">", "#", ".", "!", "\t", "…", "»", "«"]
        var scalars = Substring(text).unicodeScalars[...]
        while let first = scalars.first, edge.contains(first) { scalars.removeFirst() }
        while let last = scalars.last, edge.contains(last) { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
