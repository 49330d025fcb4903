import TerminalCore

/// A plain-text table whose columns line up in terminal cells (wide characters count twice).
/// Every cell goes through `DisplayText`, so article text never reaches the terminal raw.
struct TextTable {
    var headers: [String]
    var rows: [[String]] = []

    init(_ headers: String...) { self.headers = headers }

    mutating func add(_ cells: String...) { rows.append(cells) }
    mutating func add(row: [String]) { rows.append(row) }

    func render() -> String {
        let all = ([headers] + rows).map { $0.map { DisplayText($0) } }
        var widths = Array(repeating: 0, count: headers.count)
        for row in all {
            for (column, cell) in row.enumerated() where column < widths.count {
                widths[column] = max(widths[column], cell.width)
            }
        }
        var out = ""
        for row in all {
            var line = ""
            for (column, cell) in row.enumerated() {
                let last = column == row.count - 1
                line += cell.string
                if !last { line += String(repeating: " ", count: widths[column] - cell.width + 2) }
            }
            while line.last == " " { line.removeLast() }
            out += line + "\n"
        }
        return out
    }
}

/// Text from the corpus made safe for a terminal, for lines that are not tables.
func safe(_ text: String) -> String { DisplayText(text).string }

/// As ``safe(_:)``, keeping the line breaks of a message that has several lines (usage, help).
func safeLines(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { safe(String($0)) }.joined(separator: "\n")
}
