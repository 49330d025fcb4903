/// Reads the dates people write in front matter and knowledge files, keeping only the day.
public enum DateText {
    /// `2024-03-22`, `2024-03-22T18:05:00+03:00` or `2024-03-22 18:05` give `2024-03-22`;
    /// `2024-03` stays a month; `allowYear` also accepts `1994`. Anything else gives nil.
    public static func normalize(_ text: String, allowYear: Bool = false) -> String? {
        let bytes = Array(text.utf8.prefix(64))
        let trimmed = Bytes.trimmed(bytes[...])
        let count = trimmed.count
        let base = trimmed.startIndex
        func number(_ offset: Int, _ length: Int) -> Int? {
            guard offset + length <= count else { return nil }
            var value = 0
            for index in (base + offset)..<(base + offset + length) {
                guard Bytes.isDigit(trimmed[index]) else { return nil }
                value = value * 10 + Int(trimmed[index] - 0x30)
            }
            return value
        }
        guard let year = number(0, 4), year >= 1000 else { return nil }
        if count == 4 { return allowYear ? String(year) : nil }
        guard trimmed[base + 4] == 0x2D, let month = number(5, 2), (1...12).contains(month) else { return nil }
        if count == 7 { return String(trimmed.prefix(7).map { Character(Unicode.Scalar($0)) }) }
        guard count >= 10, trimmed[base + 7] == 0x2D, let day = number(8, 2) else { return nil }
        guard day >= 1, day <= daysIn(month: month, year: year) else { return nil }
        if count > 10 {
            // A time must follow: "T18:05...", " 18:05...".
            let separator = trimmed[base + 10]
            guard separator == 0x54 || separator == 0x74 || separator == 0x20, number(11, 2) != nil,
                count >= 16, trimmed[base + 13] == 0x3A, number(14, 2) != nil
            else { return nil }
        }
        return String(decoding: trimmed.prefix(10), as: UTF8.self)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
