import EventModel
import Foundation

/// The bytes `JSONEncoder` with sorted keys writes for an event sentence (``Coding/encode(_:)``),
/// written directly.
///
/// A load encodes every event sentence of every article, and `JSONEncoder`'s generic machinery (a box
/// per container, a string per key, sorting the keys) was 8% of the workers' time at 100,000 articles.
/// The stored format does not change: rows written either way are the same bytes, read by the same
/// decoder. A field added to ``EventSentence`` must be added here too; a test compares the two
/// encoders on sentences with every field set, so it fails until it is.
enum EventRowJSON {
    static func encode(_ sentence: EventSentence) -> Data {
        var out = Writer()
        out.raw("{\"agents\":")
        out.strings(sentence.agents)
        out.raw(",\"article\":")
        out.string(sentence.article)
        out.raw(",\"blamed\":[")
        for (index, blame) in sentence.blamed.enumerated() {
            if index > 0 { out.raw(",") }
            out.raw("{\"accused\":")
            out.string(blame.accused)
            if let by = blame.by {
                out.raw(",\"by\":")
                out.string(by)
            }
            out.raw("}")
        }
        out.raw("],\"claimants\":")
        out.strings(sentence.claimants)
        out.raw(",\"condemners\":")
        out.strings(sentence.condemners)
        out.raw(",\"figures\":[")
        for (index, figure) in sentence.figures.enumerated() {
            if index > 0 { out.raw(",") }
            out.raw("{\"measure\":")
            out.string(figure.measure)
            out.raw(",\"value\":")
            out.string(figure.value)
            out.raw("}")
        }
        out.raw("]")
        if let named = sentence.named {
            out.raw(",\"named\":")
            out.string(named)
        }
        if let place = sentence.place {
            out.raw(",\"place\":")
            out.string(place)
        }
        out.raw(",\"places\":")
        out.strings(sentence.places)
        out.raw(",\"sentence\":")
        out.int(sentence.sentence)
        out.raw(",\"span\":")
        out.span(sentence.span)
        out.raw(",\"targets\":")
        out.strings(sentence.targets)
        out.raw(",\"text\":")
        out.string(sentence.text)
        if let time = sentence.time {
            out.raw(",\"time\":{")
            if let date = time.date {
                out.raw("\"date\":")
                out.string(date)
                out.raw(",")
            }
            out.raw("\"text\":")
            out.string(time.text)
            out.raw("}")
        }
        out.raw(",\"trigger\":")
        out.span(sentence.trigger)
        out.raw(",\"type\":")
        out.string(sentence.type.rawValue)
        out.raw("}")
        return Data(out.bytes)
    }

    private struct Writer {
        var bytes: [UInt8] = []

        init() { bytes.reserveCapacity(256) }

        mutating func raw(_ text: StaticString) {
            text.withUTF8Buffer { bytes.append(contentsOf: $0) }
        }

        mutating func int(_ value: Int) {
            bytes.append(contentsOf: String(value).utf8)
        }

        mutating func span(_ span: TextSpan) {
            raw("{\"end\":")
            int(span.end)
            raw(",\"start\":")
            int(span.start)
            raw("}")
        }

        mutating func strings(_ values: [String]) {
            raw("[")
            for (index, value) in values.enumerated() {
                if index > 0 { raw(",") }
                string(value)
            }
            raw("]")
        }

        /// Escaped as `JSONEncoder` escapes: quote, backslash and slash with a backslash, the control
        /// characters that have a short form by it, the others as `\u00XX`; everything else as UTF-8.
        mutating func string(_ value: String) {
            bytes.append(0x22)
            for byte in value.utf8 {
                switch byte {
                case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
                case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
                case 0x2F: bytes.append(contentsOf: [0x5C, 0x2F])
                case 0x08: bytes.append(contentsOf: [0x5C, 0x62])
                case 0x0C: bytes.append(contentsOf: [0x5C, 0x66])
                case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
                case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
                case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
                case 0..<0x20:
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
                default: bytes.append(byte)
                }
            }
            bytes.append(0x22)
        }
    }
}
