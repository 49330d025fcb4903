import EventModel
import Foundation

/// Paragraph and sentence spans packed as little-endian 32-bit pairs: compact, and decoded without a parser.
enum SpanBlob {
    static func encode(_ spans: [TextSpan]) -> Data {
        var data = Data(capacity: spans.count * 8)
        for span in spans {
            withUnsafeBytes(of: UInt32(clamping: span.start).littleEndian) { data.append(contentsOf: $0) }
            withUnsafeBytes(of: UInt32(clamping: span.end).littleEndian) { data.append(contentsOf: $0) }
        }
        return data
    }

    static func decode(_ data: Data?) -> [TextSpan] {
        guard let data, data.count >= 8 else { return [] }
        let bytes = [UInt8](data)
        var spans: [TextSpan] = []
        spans.reserveCapacity(bytes.count / 8)
        var offset = 0
        func word(_ at: Int) -> Int {
            Int(UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24)
        }
        while offset + 8 <= bytes.count {
            spans.append(TextSpan(start: word(offset), end: word(offset + 4)))
            offset += 8
        }
        return spans
    }
}

/// JSON for the values stored whole (contributions, knowledge, relations, entities).
enum Coding {
    static func encode<T: Encodable>(_ value: T) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(value)) ?? Data()
    }

    static func decode<T: Decodable>(_ type: T.Type, _ data: Data?) -> T? {
        guard let data, !data.isEmpty else { return nil }
        return try? JSONDecoder().decode(type, from: data)
    }

    static func encodeStrings(_ values: [String]) -> String? {
        values.isEmpty ? nil : String(decoding: encode(values), as: UTF8.self)
    }

    static func decodeStrings(_ text: String?) -> [String] {
        guard let text else { return [] }
        return decode([String].self, Data(text.utf8)) ?? []
    }
}
