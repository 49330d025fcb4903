/// A day (`2024-03-22`) or a month (`2024-03`) written in a date filter, checked to exist.
struct SearchDate {
    /// The first day it covers, `YYYY-MM-DD`.
    let first: String
    /// The day after the last day it covers, `YYYY-MM-DD`.
    let next: String

    init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3,
              parts[0].count == 4, parts[1].count == 2, parts.count == 2 || parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month)
        else { return nil }
        if parts.count == 2 {
            first = Self.format(year, month, 1)
            next = month == 12 ? Self.format(year + 1, 1, 1) : Self.format(year, month + 1, 1)
        } else {
            guard let day = Int(parts[2]), day >= 1, day <= Self.days(in: month, of: year) else { return nil }
            first = Self.format(year, month, day)
            if day < Self.days(in: month, of: year) { next = Self.format(year, month, day + 1) }
            else if month < 12 { next = Self.format(year, month + 1, 1) }
            else { next = Self.format(year + 1, 1, 1) }
        }
    }

    static func days(in month: Int, of year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func format(_ year: Int, _ month: Int, _ day: Int) -> String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}
