/// A list of rowids as one statement argument (a JSON array read with `json_each`), so that a statement
/// over "these rows" keeps one text and is prepared once, whatever the rows.
enum RowList {
    static func json(_ rowids: [Int64]) -> String {
        "[" + rowids.map(String.init).joined(separator: ",") + "]"
    }
}
