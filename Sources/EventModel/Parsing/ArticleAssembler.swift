/// Turns a body's blocks into an article's text: boilerplate and trailers dropped, datelines
/// set apart, a repeated paragraph kept once, offsets of paragraphs, sentences and links counted
/// in Unicode scalars.
struct ArticleAssembler {
    var text: [UInt8] = []
    var scalars = 0
    var paragraphs: [TextSpan] = []
    var sentences: [TextSpan] = []
    var links: [ReadMoreLink] = []
    var dateline: String?
    /// The agency named in the first dateline: "MOSCOW (Reuters) -" gives "Reuters".
    var datelineAgency: String?
    /// Paragraphs kept so far, by a hash of their bytes, to drop verbatim repeats.
    private var seen: [UInt64: [Range<Int>]] = [:]

    /// A paragraph this long, ending like a sentence, means the article resumes after a trailer heading.
    static let proseWords = 20

    mutating func add(_ blocks: [BodyBlock]) {
        var trailing = false
        text.reserveCapacity(blocks.reduce(0) { $0 + $1.bytes.count + 2 })
        for block in blocks where !block.bytes.isEmpty {
            if block.kind == .detachedLinks {
                // Kept even after a trailer heading: the list was recognised as links on purpose.
                attach(block)
                continue
            }
            let kind = Boilerplate.classify(block.bytes)
            if trailing {
                guard kind == .none, block.kind == .paragraph, Self.isProse(block.bytes) else { continue }
                trailing = false
            }
            switch kind {
            case .line: continue
            case .trailerHeading: trailing = true; continue
            case .none: break
            }
            var bytes = block.bytes[...]
            if block.kind == .paragraph, let match = Dateline.match(bytes) {
                if dateline == nil {
                    dateline = String(decoding: match.label, as: UTF8.self)
                    datelineAgency = match.agency.map { String(decoding: $0, as: UTF8.self) }
                }
                bytes = bytes[match.rest...]
            }
            guard !bytes.isEmpty else { continue }
            let hash = Self.hash(bytes)
            if let earlier = seen[hash], earlier.contains(where: { text[$0].elementsEqual(bytes) }) { continue }
            let byteStart = text.count + (text.isEmpty ? 0 : 2)
            append(bytes, block: block)
            seen[hash, default: []].append(byteStart..<text.count)
        }
    }

    private mutating func append(_ bytes: ArraySlice<UInt8>, block: BodyBlock) {
        if !text.isEmpty {
            text.append(0x0A)
            text.append(0x0A)
            scalars += 2
        }
        let start = scalars
        let byteStart = text.count
        text.append(contentsOf: bytes)
        // The splitter counts the paragraph's scalars on its way.
        scalars = SentenceSplitter.split(text[byteStart...], base: start, into: &sentences)
        paragraphs.append(TextSpan(start: start, end: scalars))
        if case .readMore(let title, let url) = block.kind {
            // The block was not cut (datelines apply to paragraphs only), so its byte range holds.
            let before = Bytes.scalarCount(block.bytes[..<title.lowerBound])
            let length = Bytes.scalarCount(block.bytes[title])
            links.append(ReadMoreLink(
                title: String(decoding: block.bytes[title], as: UTF8.self), line: block.line,
                span: TextSpan(start: start + before, end: start + before + length), url: url))
        }
        for anchor in block.anchors where anchor.range.lowerBound >= bytes.startIndex && anchor.range.upperBound <= bytes.endIndex {
            let before = Bytes.scalarCount(block.bytes[bytes.startIndex..<anchor.range.lowerBound])
            let length = Bytes.scalarCount(block.bytes[anchor.range])
            links.append(ReadMoreLink(
                title: String(decoding: block.bytes[anchor.range], as: UTF8.self), line: block.line,
                span: TextSpan(start: start + before, end: start + before + length), url: anchor.url))
        }
    }

    /// Links whose words are not part of the text: each stands, empty, where the list stood.
    private mutating func attach(_ block: BodyBlock) {
        for anchor in block.anchors where anchor.range.upperBound <= block.bytes.count {
            links.append(ReadMoreLink(
                title: String(decoding: block.bytes[anchor.range], as: UTF8.self), line: block.line,
                span: TextSpan(start: scalars, end: scalars), url: anchor.url))
        }
    }

    /// FNV-1a: cheap, and collisions are settled by comparing the bytes.
    private static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    /// At least ``proseWords`` words and a sentence ending.
    static func isProse(_ bytes: [UInt8]) -> Bool {
        var words = 1
        for byte in bytes where byte == 0x20 {
            words += 1
            if words >= proseWords { break }
        }
        guard words >= proseWords else { return false }
        var end = bytes.endIndex
        while end > 0, [0x22, 0x27, 0x29, 0x9D, 0x99, 0x80, 0xE2].contains(bytes[end - 1]) { end -= 1 }
        guard end > 0 else { return false }
        return [0x2E, 0x3F, 0x21].contains(bytes[end - 1])
    }

    var string: String { String(decoding: text, as: UTF8.self) }
}
