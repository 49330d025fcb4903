/// Small byte helpers shared by the readers.
enum Bytes {
    @inline(__always) static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C || byte == 0x0D || byte == 0x0A
    }

    @inline(__always) static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

    @inline(__always) static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }

    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    @inline(__always) static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// Number of Unicode scalars in valid UTF-8.
    static func scalarCount(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var count = 0
            for byte in buffer where byte & 0xC0 != 0x80 { count += 1 }
            return count
        }
    }

    /// Index of the first non-space byte in `range`, or its end.
    static func skipSpaces(_ bytes: ArraySlice<UInt8>, from index: Int) -> Int {
        var index = index
        while index < bytes.endIndex && (bytes[index] == 0x20 || bytes[index] == 0x09) { index += 1 }
        return index
    }

    /// The range without leading and trailing whitespace (ASCII and no-break space).
    static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var lower = bytes.startIndex, upper = bytes.endIndex
        while lower < upper {
            if isSpace(bytes[lower]) { lower += 1 } else if bytes[lower] == 0xC2, lower + 1 < upper, bytes[lower + 1] == 0xA0 { lower += 2 } else { break }
        }
        while upper > lower {
            if isSpace(bytes[upper - 1]) { upper -= 1 } else if upper - 2 >= lower, bytes[upper - 2] == 0xC2, bytes[upper - 1] == 0xA0 { upper -= 2 } else { break }
        }
        return bytes[lower..<upper]
    }

    /// Appends `source` to `out` with every run of whitespace turned into one space, and a space
    /// before it when `out` does not already end in one. Leading and trailing whitespace is dropped.
    static func appendNormalized(_ source: ArraySlice<UInt8>, to out: inout [UInt8]) {
        source.withUnsafeBufferPointer { buffer in
            var pendingSpace = !out.isEmpty && out.last != 0x20
            var index = 0
            let end = buffer.count
            while index < end {
                // Copy a run of non-space bytes in one go.
                var runEnd = index
                while runEnd < end {
                    let byte = buffer[runEnd]
                    if byte <= 0x20 && isSpace(byte) {
                        // A single space between words stays inside the run.
                        guard byte == 0x20, runEnd > index, runEnd + 1 < end, buffer[runEnd + 1] > 0x20, buffer[runEnd + 1] != 0xC2 else { break }
                    }
                    if byte == 0xC2, runEnd + 1 < end, buffer[runEnd + 1] == 0xA0 { break }
                    runEnd += 1
                }
                if runEnd > index {
                    if pendingSpace && !out.isEmpty && out.last != 0x20 { out.append(0x20) }
                    pendingSpace = false
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[index..<runEnd]))
                    index = runEnd
                }
                if index < end {
                    pendingSpace = true
                    index += buffer[index] == 0xC2 ? 2 : 1
                }
            }
        }
    }

    /// Whether `bytes` starts, case-insensitively, with the ASCII `prefix` at `index`.
    static func hasPrefix(_ bytes: ArraySlice<UInt8>, at index: Int, _ prefix: StaticString) -> Bool {
        let length = prefix.utf8CodeUnitCount
        guard index + length <= bytes.endIndex else { return false }
        return prefix.withUTF8Buffer { p in
            for offset in 0..<length where lower(bytes[index + offset]) != p[offset] { return false }
            return true
        }
    }
}
