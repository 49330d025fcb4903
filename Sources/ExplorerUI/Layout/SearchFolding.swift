import Foundation

/// Case- and diacritics-insensitive comparison, as the store folds search terms.
enum SearchFolding {
    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// Whether the word matches one of the folded `terms` (as a prefix, the way the user typed it).
    static func matches(_ word: String, terms: [String]) -> Bool {
        guard !terms.isEmpty else { return false }
        let folded = fold(word)
        return terms.contains { !$0.isEmpty && folded.hasPrefix($0) }
    }
}
