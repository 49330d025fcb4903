/// Writes values as variable-length integers and length-prefixed UTF-8 strings: the compact form
/// an index stores derived values in (catalog contributions, a built catalog and its linker).
///
///     var writer = PackedWriter()
///     writer.int(3); writer.string("CSTO")
///     var reader = PackedReader(writer.bytes); reader.int()   // 3
public struct PackedWriter: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    /// A non-negative integer in 7-bit groups; a negative one is written as 0.
    public mutating func int(_ value: Int) {
        var rest = UInt64(max(0, value))
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    public mutating func string(_ text: String) {
        var copy = text
        copy.withUTF8 { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    /// A string or its absence.
    public mutating func optional(_ text: String?) {
        int(text == nil ? 0 : 1)
        if let text { string(text) }
    }

    /// Bytes another writer wrote, as they are.
    public mutating func append(_ packed: [UInt8]) {
        bytes.append(contentsOf: packed)
    }

    /// A whole array of fixed-width integers, copied as they lie in memory (little-endian here).
    public mutating func raw<T: FixedWidthInteger>(_ values: [T]) {
        int(values.count)
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }
}

/// Reads what a ``PackedWriter`` wrote; every read returns nil rather than trap on bytes that are
/// cut short or not of that shape (a damaged row).
public struct PackedReader {
    private let bytes: UnsafeRawBufferPointer
    private var offset = 0

    /// Reads `bytes`, which must outlive the reader (use it inside `withUnsafeBytes`).
    public init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    public var atEnd: Bool { offset == bytes.count }

    /// How many bytes have been read.
    public var position: Int { offset }

    /// How many bytes are left to read.
    public var remaining: Int { bytes.count - offset }

    /// A copy of the bytes read since `start` (a ``position``).
    public func bytesRead(since start: Int) -> [UInt8] {
        Array(bytes[start..<offset])
    }

    /// Skips a string without making it; false on bytes cut short.
    public mutating func skipString() -> Bool {
        guard let count = int(), count <= bytes.count - offset else { return false }
        offset += count
        return true
    }

    /// The next string's bytes, handed to `body` in place (no string is made); nil on bytes cut short.
    public mutating func withString<T>(_ body: (UnsafeRawBufferPointer) -> T) -> T? {
        guard let count = int(), count <= bytes.count - offset else { return nil }
        defer { offset += count }
        return body(UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)]))
    }

    /// Skips what ``PackedWriter/optional(_:)`` wrote; false on bytes not of that shape.
    public mutating func skipOptional() -> Bool {
        switch int() {
        case 0?: return true
        case 1?: return skipString()
        default: return false
        }
    }

    public mutating func int() -> Int? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count, shift < 64 {
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 == 0 { return Int(clamping: value) }
            shift += 7
        }
        return nil
    }

    public mutating func string() -> String? {
        guard let count = int(), count <= bytes.count - offset else { return nil }
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)]), as: UTF8.self)
        offset += count
        return text
    }

    /// A string or nil, as ``PackedWriter/optional(_:)`` wrote it; the outer nil means damaged bytes.
    public mutating func optional() -> String?? {
        switch int() {
        case 0?: return .some(nil)
        case 1?: return string().map { .some($0) }
        default: return nil
        }
    }

    public mutating func raw<T: FixedWidthInteger>(_ type: T.Type) -> [T]? {
        guard let count = int(), count <= (bytes.count - offset) / MemoryLayout<T>.stride else { return nil }
        let length = count * MemoryLayout<T>.stride
        let values = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + length)]))
            initialized = count
        }
        offset += length
        return values
    }
}
