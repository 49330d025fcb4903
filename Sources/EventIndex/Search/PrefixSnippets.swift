import EventModel
import Foundation
import GRDB
import GRDBSQLite

/// The snippets of a query that is one prefix without its own FTS5 list (`brai*`), cut in Swift exactly as
/// FTS5's `snippet()` (``SearchSnippets/column``) cuts them, from the articles' text alone.
///
/// FTS5 sets such a prefix up by merging the lists of every word it begins, at every statement: the
/// ranking's statement merged them and the snippets' statement merged them again, 3.5 ms each for
/// `brai*` at 100,000 articles. The page's rows need no match: a row's instances are its tokens whose
/// folded form begins with the folded prefix, found by FTS5's own tokenizer over the text, and what
/// `snippet()` does with them (the best window of ``tokens`` tokens by instances seen, a sentence's start
/// preferred, then the text with the instances marked) is repeated here step by step, in bytes.
enum PrefixSnippets {
    /// Matches from which cutting here costs less than a merge: a row costs about 40 µs here, twice what
    /// `snippet()` costs, and a merge about 0.13 µs a matching row (`brai*`, 26,604 rows: 3.5 ms).
    static let worthMatches: Int64 = 4_000

    /// `article_fts`'s tokenizer (``IndexSchema/tokenizer``), as FTS5 names it and its arguments.
    static let tokenizerComponents = ["unicode61", "remove_diacritics", "2"]

    /// The window, in tokens: the last argument of `snippet()` in ``SearchSnippets/column``.
    static let tokens = 24
    private static let ellipsis = Array("…".utf8)

    /// The snippets of `rowids`, or nil when the query is not one prefix without its own list, alone, in
    /// every column (or a row's text cannot be cut here).
    static func of(_ db: Database, query: SearchQuery, rowids: [Int64]) throws -> [Int64: SearchSnippet]? {
        guard applies(query), case .term(let term) = query.clauses[0] else { return nil }
        let tokenizer = try db.makeTokenizer(FTS5TokenizerDescriptor(components: tokenizerComponents))
        let folded = try tokenizer.tokenize(query: term.text)
        guard folded.count == 1, let prefix = folded.first?.token,
              !IndexSchema.prefixLengths.contains(prefix.count) else { return nil }
        let text = try db.cachedStatement(sql: "SELECT length(text) <= ?, CAST(text AS BLOB) FROM articles WHERE rowid = ?")
        var marked: [Int64: String?] = [:]
        for rowid in rowids {
            guard let row = try Row.fetchOne(text, arguments: [SnippetMarkup.longText, rowid]) else { continue }
            guard let data = row[1] as Data?, let short = row[0] as Bool? else { return nil }
            guard short else {
                marked[rowid] = .some(nil)
                continue
            }
            let bytes = [UInt8](data)
            // `snippet()` writes through C strings: a NUL would end them where these bytes go on.
            guard !bytes.contains(0) else { return nil }
            guard let snippet = cut(bytes, prefix: Array(prefix.utf8), tokenizer: tokenizer) else { return nil }
            marked[rowid] = snippet
        }
        return try SearchSnippets.of(db, marked: marked, query: query)
    }

    /// Whether the query is one prefix alone, in every column, without its own list (as far as its text
    /// tells: ``of(_:query:rowids:)`` folds it as FTS5 does).
    static func applies(_ query: SearchQuery) -> Bool {
        guard query.clauses.count == 1, query.excluded.isEmpty, case .term(let term) = query.clauses[0],
              term.form == .prefix, !term.titleOnly else { return false }
        return SearchSnippets.mergesPrefix(query)
    }

    /// A token: its bytes in the text, and whether it is an instance of the prefix.
    private struct Token {
        var start: Int
        var end: Int
        var instance: Bool
    }

    /// The tokens of `text` as FTS5 gives them to an auxiliary function (colocated ones left out).
    private static func tokenize(_ text: [UInt8], prefix: [UInt8], tokenizer: any FTS5Tokenizer) -> [Token]? {
        final class Found {
            var tokens: [Token] = []
            var prefix: [UInt8] = []
        }
        let found = Found()
        found.prefix = prefix
        let code = text.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) { pointer in
                tokenizer.tokenize(context: Unmanaged.passUnretained(found).toOpaque(), tokenization: .aux, pText: pointer,
                                   nText: CInt(buffer.count)) { context, flags, token, count, start, end in
                    guard let context else { return SQLITE_ERROR }
                    guard flags & FTS5_TOKEN_COLOCATED == 0 else { return SQLITE_OK }
                    let found = Unmanaged<Found>.fromOpaque(context).takeUnretainedValue()
                    var instance = false
                    if let token, Int(count) >= found.prefix.count {
                        instance = found.prefix.withUnsafeBufferPointer { prefix in
                            memcmp(token, prefix.baseAddress!, prefix.count) == 0
                        }
                    }
                    found.tokens.append(Token(start: Int(start), end: Int(end), instance: instance))
                    return SQLITE_OK
                }
            }
        }
        return code == SQLITE_OK ? found.tokens : nil
    }

    /// `snippet(article_fts, 1, open, close, '…', tokens)` of one row's text, marked as ``SnippetMarkup`` reads it.
    private static func cut(_ text: [UInt8], prefix: [UInt8], tokenizer: any FTS5Tokenizer) -> String? {
        guard !text.isEmpty else { return "" }
        guard let tokens = tokenize(text, prefix: prefix, tokenizer: tokenizer) else { return nil }
        let size = tokens.count
        let instances = tokens.indices.filter { tokens[$0].instance }
        // The first token of each sentence: the first, and any after a full stop or colon and white space.
        var firsts: [Int] = []
        for (position, token) in tokens.enumerated() {
            guard position > 0 else {
                firsts.append(0)
                continue
            }
            var index = token.start - 1
            var character: UInt8 = 0
            while index >= 0 {
                character = text[index]
                if character != 0x20 && character != 0x09 && character != 0x0A && character != 0x0D { break }
                index -= 1
            }
            if index != token.start - 1 && (character == UInt8(ascii: ".") || character == UInt8(ascii: ":")) { firsts.append(position) }
        }
        // The instances in [from, from + tokens): the first one scores 1000, each other 1 (one phrase).
        func score(from: Int) -> (score: Int, first: Int, last: Int) {
            var total = 0, first = -1, last = 0
            for offset in instances where offset >= from && offset < from + Self.tokens {
                total += total == 0 ? 1000 : 1
                if first < 0 { first = offset }
                last = offset + 1
            }
            return (total, first, last)
        }
        var bestScore = 0, bestStart = 0, columnSize = 0
        for offset in instances {
            let (total, first, last) = score(from: offset)
            if total > bestScore {
                var adjusted = first - (Self.tokens - (last - first)) / 2
                if adjusted + Self.tokens > size { adjusted = size - Self.tokens }
                if adjusted < 0 { adjusted = 0 }
                (bestScore, bestStart, columnSize) = (total, adjusted, size)
            }
            if !firsts.isEmpty && size > Self.tokens {
                var sentence = 0
                while sentence < firsts.count - 1 && firsts[sentence + 1] <= offset { sentence += 1 }
                if firsts[sentence] < offset {
                    let start = firsts[sentence]
                    let total = score(from: start).score + (start == 0 ? 120 : 100)
                    if total > bestScore { (bestScore, bestStart, columnSize) = (total, start, size) }
                }
            }
        }
        if columnSize == 0 { columnSize = size }
        return highlight(text, tokens: tokens, instances: instances, from: bestStart, columnSize: columnSize)
    }

    /// The window of ``tokens`` tokens from `from` with each instance marked, as FTS5's highlighting callback
    /// writes it (an instance is one token here), with an ellipsis on each side that leaves text out.
    private static func highlight(_ text: [UInt8], tokens: [Token], instances: [Int], from rangeStart: Int, columnSize: Int) -> String {
        let open = Array(SnippetMarkup.open.utf8), close = Array(SnippetMarkup.close.utf8)
        let rangeEnd = rangeStart + Self.tokens - 1
        var out: [UInt8] = []
        if rangeStart > 0 { out += ellipsis }
        var next = instances.firstIndex { $0 >= rangeStart } ?? instances.count
        var current: Int { next < instances.count ? instances[next] : -1 }
        var copied = 0
        for (position, token) in tokens.enumerated() {
            if rangeEnd > 0 {
                if position < rangeStart || position > rangeEnd { continue }
                if rangeStart != 0 && position == rangeStart { copied = token.start }
            }
            if position == current {
                out += text[copied..<token.start]
                out += open
                copied = token.start
                out += text[copied..<token.end]
                out += close
                copied = token.end
                next += 1
            }
            if rangeEnd > 0 && position == rangeEnd {
                out += text[copied..<token.end]
                copied = token.end
            }
        }
        if rangeEnd >= columnSize - 1 { out += text[copied...] } else { out += ellipsis }
        return String(decoding: out, as: UTF8.self)
    }
}
