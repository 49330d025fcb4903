/// Keeps the first few diagnostics of each cause and counts the rest, so that one mistake repeated
/// (an anchor of 1,000 aliases reused in 999 entities) gives a handful of lines, not a million.
struct DiagnosticCap {
    /// Diagnostics kept per cause; past it, one line says how many more there were.
    static let perCause = 10

    private(set) var kept: [Diagnostic] = []
    private var counts: [String: Int] = [:]
    private var order: [String] = []
    private var firsts: [String: Diagnostic] = [:]

    /// Adds `diagnostic` under `cause`, a short name for what went wrong ("duplicate alias").
    mutating func add(_ diagnostic: Diagnostic, cause: String) {
        let count = counts[cause, default: 0] + 1
        counts[cause] = count
        if count == 1 {
            order.append(cause)
            firsts[cause] = diagnostic
        }
        if count <= Self.perCause { kept.append(diagnostic) }
    }

    /// What was kept, then a line per cause that went over the cap.
    var all: [Diagnostic] {
        var out = kept
        for cause in order {
            let more = counts[cause, default: 0] - Self.perCause
            guard more > 0, let first = firsts[cause] else { continue }
            var summary = first
            summary.line = nil
            summary.message = "\(more) more \(more == 1 ? "problem" : "problems") of this kind (\(cause)) not listed"
            out.append(summary)
        }
        return out
    }
}
