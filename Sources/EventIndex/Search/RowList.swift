import Foundation

/// A list of rowids as one statement argument (a JSON array read with `json_each`), so that a statement
/// over "these rows" keeps one text and is prepared once, whatever the rows.
enum RowList {
    static func json(_ rowids: [Int64]) -> String {
        "[" + rowids.map(String.init).joined(separator: ",") + "]"
    }
}

/// A list of texts (entity ids) as one statement argument, as ``RowList`` does for rowids.
enum TextList {
    static func json(_ texts: [String]) -> String {
        // Encoding an array of strings cannot fail.
        (try? String(decoding: JSONEncoder().encode(texts), as: UTF8.self)) ?? "[]"
    }
}
