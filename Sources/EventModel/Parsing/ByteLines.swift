/// One line of a file: a byte range without its line break, and its 1-based number.
struct ByteLine {
    var start: Int
    var end: Int
    /// Where the next line starts (after the line break).
    var next: Int
    var number: Int
}

/// The lines of a file, one at a time, split at LF, CRLF and a lone CR. Lazy, so that a file of
/// millions of empty lines costs no memory for them.
struct ByteLines: Sequence, IteratorProtocol {
    let bytes: [UInt8]
    /// Where the next line starts.
    private(set) var position: Int
    /// The number the next line gets.
    private(set) var number: Int

    init(_ bytes: [UInt8], from start: Int, number: Int = 1) {
        self.bytes = bytes
        self.position = start
        self.number = number
    }

    mutating func next() -> ByteLine? {
        guard position < bytes.count else { return nil }
        let start = position
        let line = bytes.withUnsafeBufferPointer { buffer -> ByteLine in
            var index = start
            let count = buffer.count
            while index < count {
                let byte = buffer[index]
                if byte == 0x0A || byte == 0x0D {
                    var next = index + 1
                    if byte == 0x0D, next < count, buffer[next] == 0x0A { next += 1 }
                    return ByteLine(start: start, end: index, next: next, number: number)
                }
                index += 1
            }
            return ByteLine(start: start, end: count, next: count, number: number)
        }
        position = line.next
        number += 1
        return line
    }
}
