/// A half-open range of an article's `text`, counted in Unicode scalars (code points).
///
/// Code points are what a script in Python or JavaScript (`Array.from`) indexes by, so the
/// offsets that `evex mentions --json` prints can be used to slice the text directly.
public struct TextSpan: Sendable, Hashable, Codable, Comparable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }

    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }

    public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }

    public static func < (a: TextSpan, b: TextSpan) -> Bool {
        (a.start, a.end) < (b.start, b.end)
    }
}

extension String {
    /// The part of the string covered by `span`, counted in Unicode scalars; clamped to the string.
    public func substring(_ span: TextSpan) -> String {
        let scalars = unicodeScalars
        let count = scalars.count
        let lower = max(0, min(span.start, count))
        let upper = max(lower, min(span.end, count))
        let from = scalars.index(scalars.startIndex, offsetBy: lower)
        let to = scalars.index(from, offsetBy: upper - lower)
        return String(scalars[from..<to])
    }
}
