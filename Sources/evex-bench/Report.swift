import Foundation

/// Figures as `name: value` lines, in the order they were added.
struct Report {
    private(set) var lines: [(name: String, value: String)] = []

    mutating func add(_ name: String, _ value: String) { lines.append((name, value)) }

    mutating func add(_ name: String, _ value: Double?, digits: Int = 2) {
        guard let value, value.isFinite else { return add(name, "n/a") }
        add(name, String(format: "%.\(digits)f", value))
    }

    mutating func add(_ name: String, _ value: Int) { add(name, String(value)) }

    subscript(name: String) -> Double? {
        lines.last { $0.name == name }.flatMap { Double($0.value) }
    }

    var text: String { lines.map { "\($0.name): \($0.value)" }.joined(separator: "\n") }

    /// Reads what a child process printed.
    static func parse(_ output: String) -> Report {
        var report = Report()
        for line in output.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if !name.isEmpty, !name.contains(" ") { report.add(name, value) }
        }
        return report
    }
}
