import EventModel
import GRDB

/// Diagnostics stored per file (from parsing) and per stage of the whole-corpus work (listing, links, catalog).
enum DiagnosticRows {
    static func derived(_ db: Database, stage: String) throws -> [Diagnostic] {
        try Row.fetchAll(db, sql: "SELECT path, line, severity, message FROM derived_diagnostics WHERE stage = ? ORDER BY ord", arguments: [stage])
            .map(diagnostic)
    }

    /// The diagnostics of one stage that name one of `paths`, in their stored order.
    static func derived(_ db: Database, stage: String, paths: Set<String>) throws -> [Diagnostic] {
        guard !paths.isEmpty else { return [] }
        let marks = Array(repeating: "?", count: paths.count).joined(separator: ", ")
        return try Row.fetchAll(db, sql: "SELECT path, line, severity, message FROM derived_diagnostics WHERE stage = ? AND path IN (\(marks)) ORDER BY ord",
                                arguments: StatementArguments([stage] + Array(paths))).map(diagnostic)
    }

    static func replaceDerived(_ db: Database, stage: String, with diagnostics: [Diagnostic]) throws {
        try db.execute(sql: "DELETE FROM derived_diagnostics WHERE stage = ?", arguments: [stage])
        let insert = try db.cachedStatement(sql: "INSERT INTO derived_diagnostics(stage, ord, path, line, severity, message) VALUES (?, ?, ?, ?, ?, ?)")
        for (ord, diagnostic) in diagnostics.enumerated() {
            try insert.execute(arguments: [stage, ord, diagnostic.path, diagnostic.line, diagnostic.severity.rawValue, diagnostic.message])
        }
    }

    static func insertForFile(_ db: Database, path: String, _ diagnostics: [Diagnostic]) throws {
        let insert = try db.cachedStatement(sql: "INSERT INTO file_diagnostics(path, ord, at, line, severity, message) VALUES (?, ?, ?, ?, ?, ?)")
        for (ord, diagnostic) in diagnostics.enumerated() {
            try insert.execute(arguments: [path, ord, diagnostic.path, diagnostic.line, diagnostic.severity.rawValue, diagnostic.message])
        }
    }

    static func diagnostic(_ row: Row) -> Diagnostic {
        Diagnostic(path: row[0], line: row[1], severity: Diagnostic.Severity(rawValue: row[2]) ?? .warning, message: row[3])
    }

    /// Every diagnostic, in the order a full load reports them.
    static func all(_ db: Database) throws -> [Diagnostic] {
        var out = try derived(db, stage: "listing")
        out += try Row.fetchAll(db, sql: "SELECT at, line, severity, message FROM file_diagnostics ORDER BY path, ord").map(diagnostic)
        out += try derived(db, stage: "links")
        out += try derived(db, stage: "catalog")
        return out
    }
}
