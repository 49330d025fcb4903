import Foundation

/// FNV-1a, 64 bits: tells a touched file from an edited one without a crypto dependency.
enum ContentHash {
    static func of(_ data: Data) -> Int64 {
        data.withUnsafeBytes { of($0) }
    }

    /// The same hash of the same bytes in an array.
    static func of(_ bytes: [UInt8]) -> Int64 {
        bytes.withUnsafeBytes { of($0) }
    }

    private static func of(_ buffer: UnsafeRawBufferPointer) -> Int64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in buffer {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return Int64(bitPattern: hash)
    }

    static func of(_ string: String) -> Int64 { of(Data(string.utf8)) }

    /// A hash fed piece by piece.
    struct Running {
        private var hash: UInt64 = 0xcbf2_9ce4_8422_2325

        mutating func add(_ data: Data) {
            var length = UInt64(data.count)
            withUnsafeBytes(of: &length) { feed($0) }
            data.withUnsafeBytes { feed($0) }
        }

        mutating func add(_ string: String) {
            var copy = string
            copy.withUTF8 { feed(UnsafeRawBufferPointer($0)) }
            add(UInt64(0xFF))
        }

        mutating func add(_ value: UInt64) {
            var value = value
            withUnsafeBytes(of: &value) { feed($0) }
        }

        private mutating func feed(_ buffer: UnsafeRawBufferPointer) {
            for byte in buffer { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        }

        var value: Int64 { Int64(bitPattern: hash) }
    }

    static func hex(_ string: String) -> String {
        let value = UInt64(bitPattern: of(string))
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
