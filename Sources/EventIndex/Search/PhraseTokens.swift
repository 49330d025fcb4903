import Foundation
import GRDB
import GRDBSQLite

/// A phrase's words found in a column's bytes token by token, as `article_fts`'s tokenizer
/// (`unicode61 remove_diacritics 2`) gives the tokens: which of the phrase's words each token is, and
/// where it stands in the bytes. What ``PhraseChecks`` counts a phrase's instances with, and
/// ``PhraseSnippets`` cuts a snippet from.
///
/// FTS5's tokenizer costs a callback per token; most of a news text is ASCII, where `unicode61` is simple:
/// a token is a run of ASCII letters and digits, lowercased, and every other ASCII byte separates two
/// tokens. So the bytes are cut at ASCII separators into runs; a run of ASCII letters and digits alone is
/// one token, read here; a run that holds any byte above 0x7F (an accent, a curly quote, a dash, a script
/// other than Latin) goes to FTS5's tokenizer, alone. A run is bounded by separators on both sides, and
/// `unicode61` reads a token from its characters alone, so the run's tokens are those FTS5 reads in the
/// whole text (a UTF-8 sequence never holds an ASCII byte, so none is cut in two).
final class PhraseTokens {
    private let tokenizer: any FTS5Tokenizer
    /// The phrase's distinct words, folded as FTS5 folds a query; a token's word is its index here.
    let words: [[UInt8]]
    /// The phrase as the indexes of its words in ``words``.
    let phrase: [Int]
    /// The token callback's state while a run is tokenized by FTS5.
    private var each: ((Int, Int, Int) -> Void)?
    private var runStart = 0

    /// The phrase `text` as FTS5 tokenizes a query; nil when it is fewer than two tokens or the tokenizer
    /// gives one colocated (none of `unicode61`'s).
    init?(_ db: Database, phrase text: String) throws {
        tokenizer = try db.makeTokenizer(FTS5TokenizerDescriptor(components: PrefixSnippets.tokenizerComponents))
        let tokens = try tokenizer.tokenize(query: text)
        guard tokens.count >= 2, tokens.allSatisfy({ $0.flags.isEmpty }) else { return nil }
        var words: [[UInt8]] = []
        var phrase: [Int] = []
        for token in tokens {
            let bytes = Array(token.token.utf8)
            if let known = words.firstIndex(of: bytes) {
                phrase.append(known)
            } else {
                phrase.append(words.count)
                words.append(bytes)
            }
        }
        self.words = words
        self.phrase = phrase
    }

    /// The phrase's folded tokens, in order.
    var tokens: [[UInt8]] { phrase.map { words[$0] } }

    /// Calls `each(word, start, end)` for every token of `bytes` in order: the index of the phrase's word the
    /// token is (-1 for none), and its bytes' range. False when FTS5's tokenizer failed on a run.
    func scan(_ bytes: UnsafeRawBufferPointer, _ each: (Int, Int, Int) -> Void) -> Bool {
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return true }
        let count = bytes.count
        // A table rather than comparisons: the pass over the bytes is most of a row's check.
        return Self.runBytes.withUnsafeBufferPointer { inRun in
            var index = 0
            while index < count {
                guard inRun[Int(base[index])] else {
                    index &+= 1
                    continue
                }
                let start = index
                var high: UInt8 = 0
                while index < count && inRun[Int(base[index])] {
                    high |= base[index]
                    index &+= 1
                }
                if high < 0x80 {
                    each(word(base + start, index - start), start, index)
                } else if !tokenizeRun(base + start, index - start, from: start, each) {
                    return false
                }
            }
            return true
        }
    }

    /// Per byte value, whether it is a byte of a run: an ASCII letter or digit, or any byte of a character
    /// past ASCII.
    private static let runBytes: [Bool] = (0...255).map { byte in
        byte >= 0x80 || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
    }

    /// The phrase's word that an ASCII token is (case folded), -1 for none.
    @inline(__always)
    private func word(_ token: UnsafePointer<UInt8>, _ length: Int) -> Int {
        search: for (index, word) in words.enumerated() where word.count == length {
            for offset in 0..<length {
                let byte = token[offset]
                let folded = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                if folded != word[offset] { continue search }
            }
            return index
        }
        return -1
    }

    /// The phrase's word that a folded token from FTS5's tokenizer is, -1 for none.
    private func word(folded token: UnsafeRawPointer, _ length: Int) -> Int {
        for (index, word) in words.enumerated() where word.count == length {
            if word.withUnsafeBytes({ memcmp($0.baseAddress!, token, length) }) == 0 { return index }
        }
        return -1
    }

    /// A run with bytes past ASCII, through FTS5's tokenizer; offsets moved by `from`, the run's place.
    private func tokenizeRun(_ run: UnsafePointer<UInt8>, _ length: Int, from: Int, _ each: (Int, Int, Int) -> Void) -> Bool {
        withoutActuallyEscaping(each) { each in
            self.each = each
            runStart = from
            defer { self.each = nil }
            let code = run.withMemoryRebound(to: CChar.self, capacity: length) { text in
                tokenizer.tokenize(context: Unmanaged.passUnretained(self).toOpaque(), tokenization: .document,
                                   pText: text, nText: CInt(length)) { context, flags, token, count, start, end in
                    guard let context else { return SQLITE_ERROR }
                    // unicode61 gives no colocated tokens; one would not move FTS5's position.
                    guard flags & FTS5_TOKEN_COLOCATED == 0 else { return SQLITE_OK }
                    let tokens = Unmanaged<PhraseTokens>.fromOpaque(context).takeUnretainedValue()
                    let word = token.map { tokens.word(folded: UnsafeRawPointer($0), Int(count)) } ?? -1
                    tokens.each?(word, tokens.runStart + Int(start), tokens.runStart + Int(end))
                    return SQLITE_OK
                }
            }
            return code == SQLITE_OK
        }
    }

    // MARK: - Instances

    /// How many times the phrase stands in `bytes` (instances may overlap, as FTS5 counts them); nil when
    /// the tokenizer failed.
    func count(_ bytes: UnsafeRawBufferPointer) -> Int32? {
        var found: Int32 = 0
        var recent = Recent(phrase)
        let complete = scan(bytes) { word, _, _ in
            if recent.push(word) { found += 1 }
        }
        return complete ? found : nil
    }

    /// Every token's bytes' range, and the positions (token indexes) where an instance of the phrase starts.
    func instances(_ bytes: UnsafeRawBufferPointer) -> (tokens: [Range<Int>], starts: [Int])? {
        var tokens: [Range<Int>] = []
        var starts: [Int] = []
        var recent = Recent(phrase)
        let complete = scan(bytes) { word, start, end in
            tokens.append(start..<end)
            if recent.push(word) { starts.append(tokens.count - phrase.count) }
        }
        return complete ? (tokens, starts) : nil
    }

    /// The last tokens' words, as many as the phrase has: whether the latest ends an instance of it.
    private struct Recent {
        let phrase: [Int]
        var last: [Int]
        var next = 0
        var seen = 0

        init(_ phrase: [Int]) {
            self.phrase = phrase
            last = [Int](repeating: -1, count: phrase.count)
        }

        @inline(__always)
        mutating func push(_ word: Int) -> Bool {
            last[next] = word
            next = next + 1 == last.count ? 0 : next + 1
            seen += 1
            guard seen >= last.count, word == phrase[phrase.count - 1] else { return false }
            // `next` is now the oldest of the last tokens: the instance's first.
            var slot = next
            for wanted in phrase {
                if last[slot] != wanted { return false }
                slot = slot + 1 == last.count ? 0 : slot + 1
            }
            return true
        }
    }
}
