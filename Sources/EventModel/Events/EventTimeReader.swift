/// Finds the times a sentence gives ("on Friday", "22 March 2024", "last month", "yesterday") and
/// resolves them against the article's date. Without an article date a relative time stays
/// unresolved, its words kept: evex never guesses a day.
struct EventTimeReader {
    let scan: EventScan
    /// The article's day, when its date has one.
    let day: CivilDate?
    /// The article's year and month, when its date gives them.
    let yearMonth: (year: Int, month: Int)?

    init(scan: EventScan) {
        self.scan = scan
        let date = scan.article.date ?? ""
        day = CivilDate(iso: date)
        let parts = date.split(separator: "-")
        if parts.count >= 2, let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month) {
            yearMonth = (year, month)
        } else {
            yearMonth = nil
        }
    }

    /// Every time in the words `range`, with the indices of its first and last words.
    func times(in range: Range<Int>) -> [(first: Int, last: Int, time: EventTime)] {
        var out: [(Int, Int, EventTime)] = []
        var index = range.lowerBound
        while index < range.upperBound {
            if let found = time(at: index, end: range.upperBound) {
                // A time read back past the sentence's start ("in" ending one line, "2001" opening the next
                // sentence) starts at the sentence: its words before belong to another.
                out.append((max(found.first, range.lowerBound), found.last, found.time))
                index = found.last + 1
            } else {
                index += 1
            }
        }
        return out
    }

    private typealias Found = (first: Int, last: Int, time: EventTime)

    private func time(at index: Int, end: Int) -> Found? {
        let hash = scan.hash(index)
        let next = index + 1 < end ? scan.hash(index + 1) : 0
        let previousIsOn = index > 0 && scan.hash(index - 1) == EventWords.on
        if hash == EventWords.yesterday { return relative(index, index, days: -1) }
        if hash == EventWords.today || hash == EventWords.tonight { return relative(index, index, days: 0) }
        if hash == EventWords.last {
            if next == EventWords.night { return relative(index, index + 1, days: -1) }
            if let weekday = EventWords.weekdays[next] { return weekdayTime(index, index + 1, weekday, strictlyBefore: true) }
            if next == EventWords.month { return monthTime(index, index + 1, back: 1) }
            if next == EventWords.year { return yearTime(index, index + 1, back: 1) }
            if index + 1 < end, let month = month(at: index + 1, nextToNumber: false) { return lastMonth(index, index + 1, month) }
            return nil
        }
        if hash == EventWords.this {
            if next == EventWords.month { return monthTime(index, index + 1, back: 0) }
            if next == EventWords.year { return yearTime(index, index + 1, back: 0) }
            return nil
        }
        if let weekday = EventWords.weekdays[hash] {
            // "Sunday, 24 March" and "Friday, March 22": the date says the day.
            if index + 2 < end, let date = time(at: index + 1, end: end), date.first == index + 1, date.time.date?.count != 4 {
                return (previousIsOn ? index - 1 : index, date.last,
                        EventTime(text: scan.written(previousIsOn ? index - 1 : index, through: date.last), date: date.time.date))
            }
            return weekdayTime(previousIsOn ? index - 1 : index, index, weekday, strictlyBefore: false)
        }
        // "22 March 2024", "22 March"
        if let value = scan.number(index), (1...31).contains(value), index + 1 < end, let month = month(at: index + 1, nextToNumber: true) {
            if index + 2 < end, let year = year(at: index + 2) {
                return absolute(previousIsOn ? index - 1 : index, index + 2, year: year, month: month, day: value)
            }
            return dayOfMonth(previousIsOn ? index - 1 : index, index + 1, month: month, day: value)
        }
        if let month = month(at: index, nextToNumber: index + 1 < end && scan.number(index + 1) != nil) {
            let first = index > 0 && [EventWords.on, EventWords.inWord].contains(scan.hash(index - 1)) ? index - 1 : index
            // "March 22, 2024", "March 22"
            if index + 1 < end, let value = scan.number(index + 1), (1...31).contains(value), scan.words[index + 1].letters <= 4 {
                if index + 2 < end, let year = year(at: index + 2) {
                    return absolute(first, index + 2, year: year, month: month, day: value)
                }
                return dayOfMonth(first, index + 1, month: month, day: value)
            }
            // "March 2024"
            if index + 1 < end, let year = year(at: index + 1) {
                return (first, index + 1, EventTime(text: scan.written(first, through: index + 1), date: iso(year, month)))
            }
            // "in March": only after "in", where a month name cannot be a verb.
            if first < index && scan.hash(first) == EventWords.inWord {
                let date = yearMonth.map { iso(year(of: month, in: $0), month) }
                return (first, index, EventTime(text: scan.written(first, through: index), date: date))
            }
            return nil
        }
        // "in 2023"
        if hash != 0, index > 0, scan.hash(index - 1) == EventWords.inWord, let year = year(at: index) {
            return (index - 1, index, EventTime(text: scan.written(index - 1, through: index), date: String(year)))
        }
        // "the 2019 Pulwama attack", "the 2017 Tongo Tongo ambush": a year before the name of a deed dates it.
        if hash != 0, index > 0, index + 1 < end, scan.hash(index - 1) == Vocabulary.the, let year = year(at: index) {
            return (index, index, EventTime(text: scan.written(index, through: index), date: String(year)))
        }
        return nil
    }

    /// A capitalised month name; "May" and "Mar" only next to a number, where they cannot be other words.
    private func month(at index: Int, nextToNumber: Bool) -> Int? {
        let hash = scan.hash(index)
        guard scan.words[index].isCapitalised, let month = EventWords.months[hash] else { return nil }
        if (hash == EventWords.may || hash == EventWords.mar) && !nextToNumber { return nil }
        return month
    }

    private func year(at index: Int) -> Int? {
        guard scan.words[index].letters == 4, let value = scan.number(index), (1900...2100).contains(value) else { return nil }
        return value
    }

    private func iso(_ year: Int, _ month: Int) -> String {
        CivilDate(year: year, month: month, day: 1).isoMonth
    }

    private func relative(_ first: Int, _ last: Int, days: Int) -> Found {
        (first, last, EventTime(text: scan.written(first, through: last), date: day?.adding(days: days).iso))
    }

    private func weekdayTime(_ first: Int, _ last: Int, _ weekday: Int, strictlyBefore: Bool) -> Found {
        var date: String?
        if let day {
            var back = (day.weekday - weekday + 7) % 7
            if back == 0 && strictlyBefore { back = 7 }
            date = day.adding(days: -back).iso
        }
        return (first, last, EventTime(text: scan.written(first, through: last), date: date))
    }

    private func monthTime(_ first: Int, _ last: Int, back: Int) -> Found {
        var date: String?
        if let (year, month) = yearMonth {
            let index = year * 12 + (month - 1) - back
            date = iso(index / 12, index % 12 + 1)
        }
        return (first, last, EventTime(text: scan.written(first, through: last), date: date))
    }

    /// "last October": the latest October before the article's month.
    private func lastMonth(_ first: Int, _ last: Int, _ month: Int) -> Found {
        var date: String?
        if let (year, current) = yearMonth { date = iso(month < current ? year : year - 1, month) }
        return (first, last, EventTime(text: scan.written(first, through: last), date: date))
    }

    private func yearTime(_ first: Int, _ last: Int, back: Int) -> Found {
        (first, last, EventTime(text: scan.written(first, through: last), date: yearMonth.map { String($0.year - back) }))
    }

    private func absolute(_ first: Int, _ last: Int, year: Int, month: Int, day: Int) -> Found? {
        guard day <= CivilDate.days(inMonth: month, year: year) else { return nil }
        return (first, last, EventTime(text: scan.written(first, through: last), date: CivilDate(year: year, month: month, day: day).iso))
    }

    /// "22 March" takes the article's year; without one it stays unresolved.
    /// The year of a month named without one: the article's, unless the month is more than half a year
    /// after the article's, when it is the one just past ("in December", in a story of January 2024, is 2023).
    private func year(of month: Int, in article: (year: Int, month: Int)) -> Int {
        month - article.month > 6 ? article.year - 1 : article.year
    }

    private func dayOfMonth(_ first: Int, _ last: Int, month: Int, day: Int) -> Found? {
        var date: String?
        if let yearMonth {
            // "last year's October 7 attack", "on October 7 last year": the year before the article's.
            let lastYear = first >= 3 && scan.hash(first - 3) == EventWords.last && scan.hash(first - 2) == EventWords.year
                && scan.words[first - 2].gapCode == .apostrophe
                || last + 2 < scan.words.count && scan.words[last].gapAfter.isDisjoint(with: .clauseBreak)
                    && scan.hash(last + 1) == EventWords.last && scan.hash(last + 2) == EventWords.year
            let year = lastYear ? yearMonth.year - 1 : year(of: month, in: yearMonth)
            guard day <= CivilDate.days(inMonth: month, year: year) else { return nil }
            date = CivilDate(year: year, month: month, day: day).iso
        }
        return (first, last, EventTime(text: scan.written(first, through: last), date: date))
    }
}
