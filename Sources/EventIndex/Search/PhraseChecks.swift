import Foundation
import GRDB

/// A phrase looked for in given rows' title and text, as FTS5 matches it there: the rows it stands in and
/// how often in each column, for ``PhrasePairRanking`` to score the rows that ``PhraseCandidates`` gives.
///
/// Each column is read as FTS5 read it when the row was indexed: its stored value's bytes, all of them
/// (as a blob: a String would end at a NUL), tokenized apart from the other column (a phrase does not run
/// from the title into the text), each instance counted, overlapping ones too (`"the the"` twice in
/// "the the the").
enum PhraseChecks {
    /// Calls `add(rowid, title count, text count)` for each of `rows` that holds the phrase, in their order;
    /// false when the tokenizer failed on one.
    static func each(_ db: Database, _ phrase: PhraseTokens, rows: [Int64], _ add: (Int64, Int32, Int32) -> Void) throws -> Bool {
        let statement = try db.cachedStatement(sql: "SELECT CAST(title AS BLOB), CAST(text AS BLOB) FROM articles WHERE rowid = ?")
        for rowid in rows {
            guard let row = try Row.fetchOne(statement, arguments: [rowid]) else { continue }
            guard let title = count(phrase, row[0] as Data?), let body = count(phrase, row[1] as Data?) else { return false }
            if title > 0 || body > 0 { add(rowid, title, body) }
        }
        return true
    }

    private static func count(_ phrase: PhraseTokens, _ data: Data?) -> Int32? {
        guard let data else { return 0 }
        return data.withUnsafeBytes { phrase.count($0) }
    }
}
