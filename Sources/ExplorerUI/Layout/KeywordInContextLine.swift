import EventModel
import TerminalCore

/// One line of a sentence centred on a highlighted span: "…said the CSTO would meet…".
enum KeywordInContextLine {
    static func segments(_ sentence: String, highlight: TextSpan, width: Int, role: Role) -> [Segment] {
        guard width > 0 else { return [] }
        let scalars = sentence.unicodeScalars.count
        let start = max(0, min(highlight.start, scalars)), end = max(start, min(highlight.end, scalars))
        let left = TextWrapper.displayProse(sentence.substring(TextSpan(start: 0, end: start))).characters
        let key = TextWrapper.displayProse(sentence.substring(TextSpan(start: start, end: end)))
        let right = TextWrapper.displayProse(sentence.substring(TextSpan(start: end, end: scalars))).characters
        let room = max(0, width - key.width)
        // Give the left side up to half the room, the rest to the right.
        var leftKept: [Character] = []
        var used = 0
        for character in left.reversed() {
            let w = CellWidth.of(character)
            if used + w > room / 2 { break }
            leftKept.insert(character, at: 0)
            used += w
        }
        let leftTruncated = leftKept.count < left.count
        if leftTruncated, !leftKept.isEmpty { used -= CellWidth.of(leftKept.removeFirst()) }
        var rightKept: [Character] = []
        var rightUsed = 0
        for character in right {
            let w = CellWidth.of(character)
            if used + rightUsed + w > room - 1 { break }
            rightKept.append(character)
            rightUsed += w
        }
        var out: [Segment] = []
        if leftTruncated { out.append(Segment("\u{2026}", .dim)) }
        out.append(Segment(DisplayText(String(leftKept)), .plain))
        out.append(Segment(key, role))
        out.append(Segment(DisplayText(String(rightKept)), .plain))
        if rightKept.count < right.count { out.append(Segment("\u{2026}", .dim)) }
        return out
    }
}
