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
        // Lowercase ASCII, curly apostrophes straightened, surrounding markers dropped
        // ("— Related —", "ADVERTISEMENT:"): a short key, built without Foundation.
        var key: [UInt8] = []
        key.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
                key.append(0x27)
                index += 3
            } else {
                key.append(Bytes.lower(byte))
                index += 1
            }
        }
        var lower = 0, upper = key.count
        while lower < upper, let width = edgeWidth(key, at: lower, forward: true) { lower += width }
        while upper > lower, let width = edgeWidth(key, at: upper, forward: false) { upper -= width }
        guard lower < upper else { return .none }
        let text = String(decoding: key[lower..<upper], as: UTF8.self)
        if trailerHeadings.contains(text) { return .trailerHeading }
        if lines.contains(text) { return .line }
        if key[lower..<upper].lazy.filter({ $0 == 0x20 }).count < 14 {
            for prefix in linePrefixes where text.hasPrefix(prefix) { return .line }
        }
        return .none
    }

    /// The byte width of a marker character at the start (or before the end) of a key.
    private static func edgeWidth(_ key: [UInt8], at index: Int, forward: Bool) -> Int? {
        let byte = forward ? key[index] : key[index - 1]
        switch byte {
        case 0x20, 0x3A, 0x2D, 0x7C, 0x2A, 0x3E, 0x23, 0x2E, 0x21, 0x09: return 1  // " :-|*>#.!" and tab
        default: break
        }
        // "–", "—", "•", "…" (E2 80 xx) and "«", "»" (C2 AB/BB).
        if forward {
            if byte == 0xE2, index + 2 < key.count, key[index + 1] == 0x80, [0x93, 0x94, 0xA2, 0xA6].contains(key[index + 2]) { return 3 }
            if byte == 0xC2, index + 1 < key.count, key[index + 1] == 0xAB || key[index + 1] == 0xBB { return 2 }
        } else {
            if index >= 3, key[index - 3] == 0xE2, key[index - 2] == 0x80, [0x93, 0x94, 0xA2, 0xA6].contains(byte) { return 3 }
            if index >= 2, key[index - 2] == 0xC2, byte == 0xAB || byte == 0xBB { return 2 }
        }
        return nil
    }
}
