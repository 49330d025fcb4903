/// Reads the body of a plain-text article: paragraphs are separated by blank lines, the lines of
/// a paragraph are joined with a space, and each "Read more" line stands on its own.
enum PlainTextReader {
    /// The title (the first non-empty line, when `takeTitle`) and the body's blocks.
    static func read(_ lines: ByteLines, takeTitle: Bool) -> (title: String?, blocks: [BodyBlock]) {
        let bytes = lines.bytes
        var title: String?
        var blocks: [BodyBlock] = []
        var current: [UInt8] = []
        var currentLine = 0
        func flush() {
            if !current.isEmpty { blocks.append(BodyBlock(bytes: current, line: currentLine, kind: .paragraph)) }
            current = []
        }
        for line in lines {
            let content = Bytes.trimmed(bytes[line.start..<line.end])
            if content.isEmpty {
                flush()
                continue
            }
            if takeTitle && title == nil {
                var titleBytes: [UInt8] = []
                Bytes.appendNormalized(content, to: &titleBytes)
                title = String(decoding: titleBytes, as: UTF8.self)
                continue
            }
            if let link = ReadMoreLine.block(content, number: line.number) {
                flush()
                blocks.append(link)
                continue
            }
            if current.isEmpty { currentLine = line.number }
            Bytes.appendNormalized(content, to: &current)
        }
        flush()
        return (title, blocks)
    }
}
