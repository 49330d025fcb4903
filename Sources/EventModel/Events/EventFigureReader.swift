/// Finds the figures a sentence reports ("more than 130 people were killed", "injuring about 95",
/// "the death toll rose to 143", "police detained 11 suspects"), each number kept as written.
struct EventFigureReader {
    let scan: EventScan

    /// Qualifiers that belong to a number, longest first: "more than 130" is written so, not "130".
    private static let qualifierPhrases: [[UInt64]] = [
        // ("several hundred", "a few dozen": not a hundred, nor a dozen.)
        "as many as", "more than", "fewer than", "less than", "at least", "at most", "up to", "an estimated", "a few",
        "over", "about", "around", "nearly", "almost", "some", "roughly", "approximately", "estimated", "several",
    ].map { $0.split(separator: " ").map { TextFolding.wordHash(String($0)) } }

    /// The first words of the qualifiers: "killed at least 20", "killed more than 40" open a count there.
    static let qualifierStarts = Set(qualifierPhrases.map { $0[0] })

    private static let of = TextFolding.wordHash("of")
    private static let no = TextFolding.wordHash("no")
    private static let including = TextFolding.wordHash("including")
    private static let sourceNouns = Vocabulary.hashes("officials official sources source witnesses witness spokesmen medics doctors")
    private static let aged = TextFolding.wordHash("aged")
    private static let years = Vocabulary.hashes("year years")

    /// Figures in the words `range`, in text order; one per number.
    /// - parameter times: the sentence's times, whose numbers ("3 January 2025") count nothing.
    func figures(in range: Range<Int>, times: [(first: Int, last: Int, time: EventTime)]) -> [(figure: EventFigure, span: TextSpan)] {
        var out: [(EventFigure, TextSpan)] = []
        var index = range.lowerBound
        while index < range.upperBound {
            if let time = times.first(where: { $0.first <= index && index <= $0.last }) {
                index = time.last + 1
                continue
            }
            guard let last = numberEnd(at: index, end: range.upperBound) else {
                index += 1
                continue
            }
            let first = qualifierStart(before: index, floor: range.lowerBound)
            // "nine people — including two girls — died": the part an aside counts is no toll of its own.
            let part = first > range.lowerBound && scan.hash(first - 1) == Self.including
                && first - 1 > range.lowerBound && !scan.words[first - 2].gapAfter.isEmpty
            if first > range.lowerBound && scan.hash(first - 1) == Self.no || part || isAge(first, last: last, floor: range.lowerBound) {
                index = last + 1
                continue
            }
            if let measure = measure(before: first, after: last, range: range) {
                out.append((EventFigure(measure: measure, value: scan.written(first, through: last)),
                            TextSpan(start: Int(scan.words[first].start), end: Int(scan.words[last].end))))
            }
            index = last + 1
        }
        return out
    }

    /// Whether any word of `range` starts a number: without one, ``figures(in:times:)`` finds nothing
    /// whatever the times, so a caller may skip reading them.
    func holdsNumber(_ range: Range<Int>) -> Bool {
        range.contains { numberEnd(at: $0, end: range.upperBound) != nil }
    }

    /// The last word of a number starting at `index`: "130", "1,200", "dozens"; nil if none starts there.
    private func numberEnd(at index: Int, end: Int) -> Int? {
        let word = scan.words[index]
        if EventWords.numberWords.contains(word.hash) {
            // "Twenty-two", "forty-five": one number written in two words.
            if index + 1 < end, word.gapAfter == .hyphen, EventWords.numberWords.contains(scan.hash(index + 1)) { return index + 1 }
            return index
        }
        guard word.shape.contains(.hasDigit), !word.shape.contains(.hasUpper), !word.shape.contains(.hasLower) else { return nil }
        var last = index
        // "1,200": a comma with no space, then three digits.
        while last + 1 < end, scan.words[last].gapAfter == .comma,
              scan.words[last + 1].utf8Start == scan.words[last].utf8End + 1,
              scan.words[last + 1].letters == 3, scan.number(last + 1) != nil {
            last += 1
        }
        return last
    }

    /// "Adrian Daulby, 53, died", "the gunman, aged 28,": a person's age, set off by commas after whom it
    /// describes, counts no one ("killed 12, injuring 30" has no comma before its first number).
    private func isAge(_ first: Int, last: Int, floor: Int) -> Bool {
        // "arrested 22-year-old X", "an eight-year-old boy": the number is joined to "year-old".
        if scan.words[last].gapAfter == .hyphen, last + 1 < scan.words.count, Self.years.contains(scan.hash(last + 1)) { return true }
        // "Alice Moor (9)", "Bebe Kane, six, and": a number in brackets, or written out between commas, right after a name.
        if first > floor, scan.mentionAt[first - 1] >= 0 {
            if scan.words[first - 1].gapAfter.contains(.openParen) && scan.words[last].gapAfter.contains(.closeParen) { return true }
            if scan.words[first - 1].gapAfter.contains(.comma) && scan.words[last].gapAfter.contains(.comma)
                && EventWords.numberWords.contains(scan.hash(first)) {
                return true
            }
        }
        guard first == last, first > floor, scan.words[first].shape.contains(.hasDigit), scan.words[first].letters <= 3 else { return false }
        if scan.hash(first - 1) == Self.aged { return true }
        return scan.words[first - 1].gapAfter.contains(.comma) && scan.words[last].gapAfter.contains(.comma)
            && !EventWords.measureVerbs.contains(scan.hash(first - 1))
    }

    private func qualifierStart(before index: Int, floor: Int) -> Int {
        for phrase in Self.qualifierPhrases where index - phrase.count >= floor {
            let start = index - phrase.count
            if phrase.indices.allSatisfy({ scan.hash(start + $0) == phrase[$0] }) { return start }
        }
        return index
    }

    private func measure(before first: Int, after last: Int, range: Range<Int>) -> String? {
        // "killing more than 130", "detained 11 suspects"
        if first > range.lowerBound, EventWords.measureVerbs.contains(scan.hash(first - 1)) {
            return EventWords.measures[scan.hash(first - 1)]
        }
        // "the deaths of 130 people", "a death toll of 137", "the death toll rose to 143", "claimed the lives of 30"
        if first >= range.lowerBound + 2, scan.hash(first - 1) == Self.of,
           scan.hash(first - 2) == EventWords.deaths || EventWords.lives.contains(scan.hash(first - 2)) {
            return "killed"
        }
        // "claimed 12 lives", "cost more than 100 lives"
        if last + 1 < range.upperBound, EventWords.lives.contains(scan.hash(last + 1)), first > range.lowerBound,
           EventWords.tollVerbs.contains(scan.hash(first - 1)) {
            return "killed"
        }
        // "While he gave no death toll, two local officials said ...": who speaks, after the toll, counts no one.
        let speakers = (last + 1..<min(range.upperBound, last + 4)).contains { Self.sourceNouns.contains(scan.hash($0)) }
            && (last + 1..<range.upperBound).contains { EventWords.speechVerbs.contains(scan.hash($0)) }
        var back = speakers ? range.lowerBound - 1 : first - 1
        while back >= max(range.lowerBound, first - 8) {
            if scan.hash(back) == EventWords.toll, back > range.lowerBound, scan.hash(back - 1) == EventWords.death { return "killed" }
            back -= 1
        }
        // "130 people were killed", "95 injured"
        var next = last + 1
        var skipped = 0
        while next < range.upperBound && skipped <= 3 {
            let hash = scan.hash(next)
            // ("nine people — including two girls — died": past the aside, to the verb.)
            if hash == Self.including, !scan.words[next - 1].gapAfter.isEmpty,
               let close = (next..<min(range.upperBound, next + 8)).first(where: { scan.words[$0].gapAfter == scan.words[next - 1].gapAfter }) {
                next = close + 1
                continue
            }
            if let measure = EventWords.measures[hash], hash != EventWords.deaths { return measure }
            guard EventWords.countedFillers.contains(hash), scan.sameClause(last, next) else { return nil }
            next += 1
            skipped += 1
        }
        return nil
    }
}
