/// Answers ``CandidateDiscovery`` has already found for one article, kept in a reference so that the
/// questions that find them need not be `mutating`.
final class DiscoveryMemo {
    /// Whether a single word is a gazetteer name, by the word's hash.
    var gazetteerWords: [UInt64: Bool] = [:]
    /// Whether a run of words is one, by its first and last word (`start << 32 | end`).
    var gazetteerSpans: [Int: Bool] = [:]
}
