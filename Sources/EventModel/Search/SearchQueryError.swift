/// A query that cannot be understood, with the column where the trouble is and what to write instead.
public struct SearchQueryError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Reason: Sendable, Hashable {
        case unbalancedQuote
        case loneOr
        case unknownFilter(String)
        case emptyFilterValue(String)
        case badDate(String)
        case unknownKind(String)
        case onlyExclusions
        case cannotExclude(String)
    }

    public var reason: Reason
    /// 1-based column (in characters) of the query where the problem starts.
    public var column: Int

    public init(_ reason: Reason, column: Int) {
        self.reason = reason
        self.column = column
    }

    /// A sentence for the user: what is wrong and how to fix it.
    public var message: String {
        switch reason {
        case .unbalancedQuote:
            return "the quote at column \(column) is never closed; add a closing \" or remove it"
        case .loneOr:
            return "OR at column \(column) needs a word or phrase on each side, as in: isis OR daesh"
        case .unknownFilter(let name):
            return "unknown filter \"\(name):\" at column \(column); use title:, source:, kind:, entity:, after:, before: or date:, or put the word in quotes to search for it"
        case .emptyFilterValue(let name):
            return "the filter \"\(name):\" at column \(column) has no value; write it as \(name):VALUE with no space after the colon"
        case .badDate(let text):
            return "\"\(text)\" at column \(column) is not a date; write YYYY-MM-DD or YYYY-MM, as in after:2024-03-22"
        case .unknownKind(let text):
            return "unknown kind \"\(text)\" at column \(column); use organisation, country, person, place, event or other"
        case .cannotExclude(let name):
            return "the filter \"\(name):\" at column \(column) cannot be excluded; only words, phrases and title: can take a leading -"
        case .onlyExclusions:
            return "the query only excludes words; add a word to look for, or a filter such as entity:NAME"
        }
    }

    public var description: String { message }
}
