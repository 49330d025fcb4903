/// ``CorpusScanner/kind(ofName:)`` for a name of ASCII characters, read from its bytes: a sync names
/// every file of the corpus, and lowercasing each name into new strings (three times) was a tenth of
/// the CPU of a sync that finds nothing to do. The rules are the same, byte for byte.
enum FileNameKind {
    enum Answer {
        /// What the name denotes; nil: a file evex does not read.
        case kind(CorpusFile.Kind?)
        /// The name is not ASCII (or not contiguous): the general rules, with Unicode lowercasing, apply.
        case notASCII
    }

    static func ofASCII(_ name: String) -> Answer {
        let answer = name.utf8.withContiguousStorageIfAvailable { bytes -> Answer in
            bytes.contains { $0 >= 0x80 } ? .notASCII : .kind(kind(of: bytes))
        }
        return answer ?? .notASCII
    }

    /// The kind of an ASCII name given as its bytes (the caller has checked they are all ASCII).
    static func kind(of bytes: UnsafeBufferPointer<UInt8>) -> CorpusFile.Kind? {
        // knowledge.yaml, knowledge.yml, *.knowledge.yaml, *.knowledge.yml
        for suffix in ["knowledge.yaml", "knowledge.yml"] where has(bytes, suffix, at: bytes.count - suffix.utf8.count) {
            let start = bytes.count - suffix.utf8.count
            if start == 0 || bytes[start - 1] == UInt8(ascii: ".") { return .knowledge }
        }
        if has(bytes, "readme.", at: 0) { return nil }
        guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")) else { return nil }
        let start = dot + 1, length = bytes.count - start
        func named(_ word: String) -> Bool { word.utf8.count == length && has(bytes, word, at: start) }
        if named("txt") || named("md") || named("markdown") || named("html") || named("htm") || named("json") { return .article }
        if named("xml") || named("rss") || named("atom") { return .feed }
        return nil
    }

    /// Whether `word` (lowercase ASCII) is at `start` in `bytes`, letters compared without case.
    private static func has(_ bytes: UnsafeBufferPointer<UInt8>, _ word: String, at start: Int) -> Bool {
        guard start >= 0, start + word.utf8.count <= bytes.count else { return false }
        var index = start
        for expected in word.utf8 {
            let byte = bytes[index]
            let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
            if lower != expected { return false }
            index += 1
        }
        return true
    }
}
