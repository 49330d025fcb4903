/// Where a capital says nothing about a name: sentence starts, "Read more" titles, datelines and headings.
extension CandidateDiscovery {
    mutating func markStarts(sentences: [TextSpan], paragraphs: [TextSpan]) {
        for spans in [sentences, paragraphs] {
            var cursor = 0
            for span in spans.sorted() {
                while cursor < words.count && Int(words[cursor].start) < span.start { cursor += 1 }
                if cursor < words.count && Int(words[cursor].start) < span.end { initial[cursor] = true }
            }
        }
        if !words.isEmpty { initial[0] = true }
        for index in words.indices.dropFirst() {
            let gap = words[index - 1].gapAfter
            if gap.contains(.colon) || gap.contains(.stop) || gap.contains(.newline) { initial[index] = true }
            if gap.contains(.period) && words[index - 1].gapCode != .period
                && !Vocabulary.abbreviations.contains(words[index - 1].hash) {
                initial[index] = true
            }
        }
    }

    mutating func markTitles(_ links: [ReadMoreLink]) {
        for link in links {
            var low = 0, high = words.count
            while low < high {
                let mid = (low + high) / 2
                if Int(words[mid].start) < link.span.start { low = mid + 1 } else { high = mid }
            }
            var inside: [Int] = []
            var index = low
            while index < words.count && Int(words[index].end) <= link.span.end {
                inside.append(index)
                index += 1
            }
            guard let first = inside.first else { continue }
            initial[first] = true
            let capitalised = inside.filter { words[$0].isCapitalised }.count
            let titleCase = inside.count >= 3 && capitalised * 10 >= inside.count * 7
            for index in inside {
                inTitle[index] = true
                inTitleCase[index] = titleCase
            }
        }
    }

    /// "WEB DESK:" or "MOSCOW (Reuters) -" opening a paragraph.
    mutating func markDatelines(_ paragraphs: [TextSpan]) {
        var cursor = 0
        for span in paragraphs.sorted() {
            while cursor < words.count && Int(words[cursor].start) < span.start { cursor += 1 }
            markPlaceDateline(from: cursor, paragraphEnd: span.end)
            var end = cursor
            while end < words.count && end < cursor + 4 && words[end].isAllCaps && Int(words[end].start) < span.end {
                if words[end].gapAfter.contains(.colon) {
                    for index in cursor...end { skip[index] = true }
                    if end + 1 < words.count { initial[end + 1] = true }
                    break
                }
                if words[end].gapAfter.contains(.openParen),
                   let close = (end + 1..<min(words.count, end + 5)).first(where: { words[$0].gapAfter.contains(.closeParen) }) {
                    for index in cursor...close { skip[index] = true }
                    if close + 1 < words.count { initial[close + 1] = true }
                    break
                }
                end += 1
            }
        }
    }

    /// "Hidden Drones, Strategic Hits", "Russia Scrambles for Answers, Blames 'Terrorist Attack'": a short
    /// paragraph with no stop and every word of four letters or more capitalised is a scraped page's heading
    /// or a caption. Its capitals say nothing, so it names no one ("Dramatic Footage"); the names it holds that
    /// the prose gives are still matched there. (Its shape is a list of names' too: those the prose never
    /// names again are lost, which costs less than a heading's words made people.)
    mutating func markHeadings(_ paragraphs: [TextSpan]) {
        var cursor = 0
        for span in paragraphs.sorted() {
            while cursor < words.count && Int(words[cursor].start) < span.start { cursor += 1 }
            var end = cursor
            while end < words.count && Int(words[end].start) < span.end { end += 1 }
            let inside = cursor..<end
            guard (2...12).contains(inside.count), words[cursor].isCapitalised,
                  words[end - 1].gapAfter.isDisjoint(with: [.period, .stop, .colon]),
                  !inside.contains(where: { words[$0].isLowercase && words[$0].letters >= 4 })
            else { continue }
            for index in inside {
                skip[index] = true
                inTitleCase[index] = true
            }
        }
    }

    /// "Islamabad, Pakistan – Separatist fighters say": the word after a dateline's dash starts the
    /// sentence, so its capital says nothing. The places themselves stay names.
    mutating func markPlaceDateline(from first: Int, paragraphEnd: Int) {
        var index = first
        while index < words.count && index < first + 4 && words[index].isCapitalised && Int(words[index].start) < paragraphEnd {
            let gap = words[index].gapAfter
            if words[index].gapCode == .none && !gap.isDisjoint(with: [.hyphen, .other]) && gap.isDisjoint(with: [.period, .quote, .openParen]) {
                if index + 1 < words.count { initial[index + 1] = true }
                return
            }
            guard gap.isEmpty || gap == .comma else { return }
            index += 1
        }
    }
}
