import Foundation

/// The baseline: the `sqlite3` shell loads the same article text into a plain FTS5 table and runs the
/// same queries as plain FTS5 MATCH statements, ranked by BM25 with the title weighted, with a snippet.
struct SQLiteBaseline {
    let executable: String
    let folder: URL
    /// FTS5 `prefix=` option; nil for a plain table, as the comparison is meant to be.
    let prefixOption: String?

    var database: URL { folder.appendingPathComponent("baseline.sqlite") }

    struct Ingest {
        var seconds: Double
        var databaseBytes: Int
    }

    /// Creates the table and imports every CSV in one transaction; times the whole shell run.
    func ingest(csv: [URL]) throws -> Ingest {
        try? FileManager.default.removeItem(at: database)
        var script = "CREATE VIRTUAL TABLE articles USING fts5(id UNINDEXED, title, body, date UNINDEXED"
        if let prefixOption { script += ", prefix='\(prefixOption)'" }
        script += ");\nBEGIN;\n"
        for file in csv { script += ".import --csv '\(file.path)' articles\n" }
        script += "COMMIT;\n"
        let scriptURL = folder.appendingPathComponent("ingest.sql")
        try CorpusWriter.writeFile(scriptURL.path, script)
        let start = Clock.now()
        let run = try Subprocess.run(executable, ["-bail", database.path], stdin: scriptURL)
        let seconds = Clock.now() - start
        guard run.status == 0, run.stderr.isEmpty else { throw BenchError.baseline("import: \(run.stderr.prefix(500))") }
        let size = (try? FileManager.default.attributesOfItem(atPath: database.path))?[.size] as? Int
        return Ingest(seconds: seconds, databaseBytes: size ?? 0)
    }

    /// The statement the baseline runs for one query of the workload.
    static func statement(_ query: BenchQuery, limit: Int) -> String {
        let match = query.match.replacingOccurrences(of: "'", with: "''")
        var sql = "SELECT id, title, snippet(articles, 2, '[', ']', '…', 12) FROM articles WHERE articles MATCH '\(match)'"
        if let condition = query.dateCondition { sql += " AND \(condition)" }
        sql += " ORDER BY bm25(articles, 0.0, 10.0, 1.0, 0.0) LIMIT \(limit);"
        return sql
    }

    struct Run {
        /// Milliseconds per query, measured pass.
        var times: [Double]
        /// Rows returned per query.
        var hits: [Int]
    }

    /// Runs the workload twice in one sqlite3 process (a warm-up pass with its rows thrown away,
    /// then the measured pass with its rows written to a file and counted) and returns the measured
    /// pass's time and rows per query.
    ///
    /// The shell's `.timer` gives wall time in whole milliseconds and CPU time in microseconds: a
    /// query under 5 ms is timed by its CPU time (user + sys; a warm FTS5 query waits on nothing),
    /// a longer one by its wall time. `.timer` times SQL statements only, not the `.print` markers.
    func run(_ queries: [BenchQuery], limit: Int) throws -> Run {
        let results = folder.appendingPathComponent("results.txt")
        var script = ".output /dev/null\n.timer on\n"
        for query in queries { script += Self.statement(query, limit: limit) + "\n" }
        script += ".output '\(results.path)'\n"
        for query in queries { script += ".print \(Self.marker)\n" + Self.statement(query, limit: limit) + "\n" }
        let scriptURL = folder.appendingPathComponent("queries.sql")
        try CorpusWriter.writeFile(scriptURL.path, script)
        let run = try Subprocess.run(executable, ["-bail", "-readonly", database.path], stdin: scriptURL)
        guard run.status == 0, run.stderr.isEmpty else { throw BenchError.baseline("queries: \(run.stderr.prefix(500))") }
        var times: [Double] = []
        for line in run.stdout.split(separator: "\n") where line.hasPrefix("Run Time:") {
            let fields = line.split(separator: " ")
            func value(after name: String) -> Double? {
                guard let index = fields.firstIndex(where: { $0 == name }), index + 1 < fields.count else { return nil }
                return Double(fields[index + 1])
            }
            guard let real = value(after: "real"), let user = value(after: "user"), let sys = value(after: "sys") else { continue }
            times.append((real >= 0.005 ? real : user + sys) * 1_000)
        }
        guard times.count == queries.count * 2 else {
            throw BenchError.baseline("expected \(queries.count * 2) timings, read \(times.count)")
        }
        return Run(times: Array(times.suffix(queries.count)), hits: try countRows(results, queries: queries.count))
    }

    private static let marker = "@@evex-bench-query@@"

    /// Rows per query in the results file: a row starts with the article id and a `|` (snippets may
    /// span lines, but neither titles nor bodies contain a `|`).
    private func countRows(_ url: URL, queries: Int) throws -> [Int] {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch { throw BenchError.baseline("cannot read \(url.path)") }
        var counts: [Int] = []
        for line in text.split(separator: "\n") {
            if line == Self.marker {
                counts.append(0)
            } else if let bar = line.firstIndex(of: "|"), !line[..<bar].contains(" "), !counts.isEmpty {
                counts[counts.count - 1] += 1
            }
        }
        guard counts.count == queries else { throw BenchError.baseline("expected \(queries) result sets, read \(counts.count)") }
        return counts
    }
}
