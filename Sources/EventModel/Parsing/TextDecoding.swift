/// Checks that a file's bytes are UTF-8 text before anything parses them.
///
/// One pass over the bytes: the first invalid sequence is reported with its line, NUL bytes and
/// a high share of control characters mark a binary file. Nothing is repaired silently.
enum TextDecoding {
    enum Failure: Error, Equatable {
        case invalidUTF8(line: Int)
        case binary(line: Int)
        case utf16
    }

    /// The offset where the text starts (after a UTF-8 byte order mark), or why the bytes are not text.
    static func validate(_ bytes: [UInt8]) -> Result<Int, Failure> {
        bytes.withUnsafeBufferPointer { validate($0) }
    }

    static func validate(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Int, Failure> {
        let count = bytes.count
        if count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return .failure(.utf16)
        }
        let start = count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        var line = 1
        var index = start
        var firstInvalidLine: Int?
        // Control characters in the first few kilobytes tell binary data from mis-encoded text.
        let sampleEnd = min(count, start + 8192)
        var controls = 0
        let base = UnsafeRawPointer(bytes.baseAddress)
        while index < count {
            // Eight printable ASCII bytes at a time: the bulk of any article.
            if let base, index + 8 <= count {
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let high: UInt64 = 0x8080_8080_8080_8080
                if word & high == 0 && (word &- 0x2020_2020_2020_2020) & ~word & high == 0 {
                    index += 8
                    continue
                }
            }
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == 0x0A {
                    line += 1
                } else if byte == 0x0D {
                    if index + 1 >= count || bytes[index + 1] != 0x0A { line += 1 }
                } else if byte == 0 {
                    return .failure(.binary(line: line))
                } else if byte < 0x20 && byte != 0x09 && byte != 0x0C || byte == 0x7F {
                    if index < sampleEnd { controls += 1 }
                }
                index += 1
                continue
            }
            let length = sequenceLength(bytes, at: index)
            if length == 0 {
                if firstInvalidLine == nil { firstInvalidLine = line }
                if index < sampleEnd { controls += 1 }
                index += 1
            } else {
                index += length
            }
        }
        if let firstInvalidLine {
            // Mostly control characters and stray bytes: binary. A few stray bytes: mis-encoded text.
            // (Valid UTF-8 with control characters, such as terminal escapes, is still text.)
            let sample = max(1, sampleEnd - start)
            if controls * 10 > sample { return .failure(.binary(line: 1)) }
            return .failure(.invalidUTF8(line: firstInvalidLine))
        }
        return .success(start)
    }

    /// Length of the well-formed UTF-8 sequence starting at `index`, or 0 when it is not one.
    @inline(__always)
    private static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        let count = bytes.count
        @inline(__always) func continuation(_ offset: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            let at = index + offset
            return at < count && bytes[at] >= low && bytes[at] <= high
        }
        switch lead {
        case 0xC2...0xDF:
            return continuation(1) ? 2 : 0
        case 0xE0:
            return continuation(1, 0xA0) && continuation(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF:
            return continuation(1) && continuation(2) ? 3 : 0
        case 0xED:
            return continuation(1, 0x80, 0x9F) && continuation(2) ? 3 : 0
        case 0xF0:
            return continuation(1, 0x90) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF1...0xF3:
            return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF4:
            return continuation(1, 0x80, 0x8F) && continuation(2) && continuation(3) ? 4 : 0
        default:
            return 0
        }
    }

    /// The error a user reads for a failure.
    static func error(_ failure: Failure, path: String) -> ArticleParseError {
        switch failure {
        case .invalidUTF8(let line):
            return ArticleParseError(
                code: .invalidUTF8, path: path, line: line,
                message: "the file is not valid UTF-8 (first bad byte on this line); save it as UTF-8")
        case .binary(let line):
            return ArticleParseError(
                code: .binary, path: path, line: line,
                message: "looks like a binary file (NUL bytes or control characters), not text; skipped")
        case .utf16:
            return ArticleParseError(
                code: .utf16, path: path, line: 1, message: "the file is UTF-16 text; save it as UTF-8")
        }
    }
}
