import EventModel
import Foundation
import GRDB

/// The sentences of stored evidence, cut from their article's text in Swift: each article's text is
/// read once for the rows of it that come one after another, not once per row.
///
/// Cut in SQL (`substr(a.text, …)` per row), every row read the whole text and counted characters
/// from its start: a 1.7 MB article with 20,000 stated offices cost 20,000 reads of it per query.
/// Readers ask for their rows grouped by article (every query orders or scans by article), so one
/// article's text is kept at a time.
struct EvidenceTexts {
    private let statement: Statement
    private var article: Int64?
    private var text = ScalarText(bytes: [])

    init(_ db: Database) throws {
        // As a blob: the bytes as stored, without a conversion to a String that is then cut again.
        statement = try db.cachedStatement(sql: "SELECT CAST(text AS BLOB) FROM articles WHERE rowid = ?")
    }

    /// The text of `span` (in Unicode scalars, clamped to the text) in the article of rowid `article`;
    /// empty when there is no such article or no span, as `substr` of a NULL was.
    mutating func cut(article rowid: Int64?, span: TextSpan?) throws -> String {
        guard let rowid, let span else { return "" }
        if rowid != article {
            let data = try Data.fetchOne(statement, arguments: [rowid]) ?? Data()
            text = ScalarText(bytes: [UInt8](data))
            article = rowid
        }
        return text.cut(span)
    }
}

/// UTF-8 text cut by Unicode scalar offsets, as SQLite's `substr` counts characters.
struct ScalarText {
    private let bytes: [UInt8]
    /// The byte offset of each scalar and of the end; empty when the text is ASCII (offsets are bytes).
    private let starts: [Int32]

    init(bytes: [UInt8]) {
        self.bytes = bytes
        guard bytes.contains(where: { $0 >= 0x80 }) else {
            starts = []
            return
        }
        var starts: [Int32] = []
        starts.reserveCapacity(bytes.count + 1)
        // A scalar starts at every byte that is not a continuation byte (10xxxxxx).
        for (offset, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 { starts.append(Int32(offset)) }
        starts.append(Int32(bytes.count))
        self.starts = starts
    }

    var scalarCount: Int { starts.isEmpty ? bytes.count : starts.count - 1 }

    /// The scalars of `span`, clamped to the text.
    func cut(_ span: TextSpan) -> String {
        let count = scalarCount
        let lower = max(0, min(span.start, count))
        let upper = max(lower, min(span.end, count))
        let from = starts.isEmpty ? lower : Int(starts[lower])
        var to = starts.isEmpty ? upper : Int(starts[upper])
        // The text used to come back from SQLite as a C string, which ends at a NUL byte: keep that.
        if let nul = bytes[from..<to].firstIndex(of: 0) { to = nul }
        return String(decoding: bytes[from..<to], as: UTF8.self)
    }
}
