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
        out.object { out in
            out.field("agents", sentence.agents)
            out.field("article", sentence.article)
            out.field("blamed", objects: sentence.blamed) { out, blame in
                out.field("accused", blame.accused)
                out.field("by", blame.by)
            }
            out.field("claimants", sentence.claimants)
            out.field("condemners", sentence.condemners)
            out.field("figures", objects: sentence.figures) { out, figure in
                out.field("measure", figure.measure)
                out.field("value", figure.value)
            }
            out.field("named", sentence.named)
            out.field("place", sentence.place)
            out.field("places", sentence.places)
            out.field("published", sentence.published)
            out.field("sentence", sentence.sentence)
            out.field("span", sentence.span)
            out.field("targets", sentence.targets)
            out.field("text", sentence.text)
            if let time = sentence.time {
                out.key("time")
                out.object { out in
                    out.field("date", time.date)
                    out.field("text", time.text)
                }
            }
            out.field("trigger", sentence.trigger)
            out.field("type", sentence.type.rawValue)
        }
        return Data(out.bytes)
    }

    private struct Writer {
        var bytes: [UInt8] = []

        init() { bytes.reserveCapacity(256) }

        mutating func raw(_ text: StaticString) {
            text.withUTF8Buffer { bytes.append(contentsOf: $0) }
        }

        /// `"name":`, after a comma unless it is the first key of its object. Keys are given in sorted
        /// order, as `JSONEncoder` with `.sortedKeys` writes them; a nil value's key is left out, as the
        /// synthesized `Encodable` leaves it.
        mutating func key(_ name: StaticString) {
            if bytes.last != UInt8(ascii: "{") { bytes.append(UInt8(ascii: ",")) }
            bytes.append(0x22)
            raw(name)
            raw("\":")
        }

        mutating func field(_ name: StaticString, _ value: String) {
            key(name)
            string(value)
        }

        mutating func field(_ name: StaticString, _ value: String?) {
            if let value { field(name, value) }
        }

        mutating func field(_ name: StaticString, _ values: [String]) {
            key(name)
            array(values) { out, value in out.string(value) }
        }

        mutating func field(_ name: StaticString, _ value: Int) {
            key(name)
            bytes.append(contentsOf: String(value).utf8)
        }

        mutating func field(_ name: StaticString, _ span: TextSpan) {
            key(name)
            object { out in
                out.field("end", span.end)
                out.field("start", span.start)
            }
        }

        /// A list of objects, each written by `write` between its braces.
        mutating func field<Element>(_ name: StaticString, objects items: [Element], _ write: (inout Writer, Element) -> Void) {
            key(name)
            array(items) { out, item in out.object { write(&$0, item) } }
        }

        mutating func object(_ write: (inout Writer) -> Void) {
            raw("{")
            write(&self)
            raw("}")
        }

        mutating func array<Element>(_ items: [Element], _ write: (inout Writer, Element) -> Void) {
            raw("[")
            for (index, item) in items.enumerated() {
                if index > 0 { raw(",") }
                write(&self, item)
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
