import Foundation

/// The day an article was published, from the date forms pages and feeds write: ISO 8601
/// (`2024-03-22T20:15:00+03:00`), RFC 822 (`Fri, 22 Mar 2024 20:15:00 +0300`, RSS) and
/// `22 March 2024`.
///
/// The day is the one written, in the time zone the file gives: a report filed late on 22
/// March in Moscow is dated the 22nd there, as its readers saw it, not the 21st or 23rd of
/// another zone.
public enum PublishedDate {
    public static func day(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.utf8.count <= 80 else { return nil }
        if let iso = DateText.normalize(String(trimmed.prefix(10))), iso.count == 10 {
            // "2024-03-22T20:15:00+03:00": the date part, once the time after it is plausible.
            return iso
        }
        return written(trimmed)
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// "Fri, 22 Mar 2024 20:15:00 +0300", "22 March 2024", "March 22, 2024".
    private static func written(_ text: String) -> String? {
        var words: [String] = []
        var word = ""
        for character in text.lowercased() + " " {
            if character.isLetter || character.isNumber { word.append(character) } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        var day: Int?, month: Int?, year: Int?
        for word in words.prefix(5) {
            if let number = Int(word) {
                if word.count == 4, year == nil { year = number } else if word.count <= 2, day == nil, (1...31).contains(number) { day = number }
            } else if month == nil, word.count >= 3, let index = months.firstIndex(of: String(word.prefix(3))) {
                month = index + 1
            }
        }
        guard let day, let month, let year else { return nil }
        let iso = String(format: "%04d-%02d-%02d", year, month, day)
        return DateText.normalize(iso)
    }
}
