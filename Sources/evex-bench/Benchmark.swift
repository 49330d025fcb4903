import Foundation

/// The whole run: write the corpus, measure evex in child processes, run the sqlite3 baseline on the
/// same text and queries, print the figures.
struct Benchmark {
    let options: Options

    func run() throws -> Report {
        let manager = FileManager.default
        let base = options.out ?? manager.temporaryDirectory.appendingPathComponent("evex-bench-\(getpid())")
        let corpus = base.appendingPathComponent("corpus")
        let baselineFolder = base.appendingPathComponent("baseline")
        let indexPath = base.appendingPathComponent("evex-index.sqlite")
        for stale in [corpus, baselineFolder] { try? manager.removeItem(at: stale) }
        for stale in try indexFiles(indexPath) { try? manager.removeItem(at: stale) }
        defer {
            if options.out == nil && !options.keep { try? manager.removeItem(at: base) }
        }
        try manager.createDirectory(at: base, withIntermediateDirectories: true)

        progress("generating \(options.articles) articles with seed \(options.seed) in \(corpus.path)")
        let generator = ArticleGenerator(seed: options.seed, count: options.articles,
                                         vocabulary: Vocabulary(seed: options.seed), knowledge: SyntheticKnowledge(seed: options.seed))
        let written = try CorpusWriter.write(generator: generator, root: corpus, baselineFolder: baselineFolder)
        var workload = QueryWorkload.make(generator: generator)
        if let count = options.queries { workload = (0..<count).map { workload[$0 % workload.count] } }
        let workloadURL = base.appendingPathComponent("workload.tsv")
        try WorkloadFile.write(workload, to: workloadURL)
        let megabytes = Double(written.articleBytes) / 1_048_576

        var report = Report()
        report.add("evex_backend", EvexSide.backend)
        report.add("ui_driver", EvexSide.uiDriver)
        report.add("articles", written.articles)
        report.add("corpus_mb", megabytes, digits: 1)
        report.add("corpus_write_s", written.seconds, digits: 2)
        if options.generateOnly { return report }

        progress("indexing with evex")
        let indexed = try child(.index, corpus: corpus, indexPath: indexPath, workload: nil)
        let ingest = indexed["ingest_s"]
        let indexBytes = try indexFiles(indexPath).reduce(0) { $0 + (((try? manager.attributesOfItem(atPath: $1.path))?[.size] as? Int) ?? 0) }

        progress("opening the index in \(options.openRuns) fresh processes")
        var opens: [Double] = []
        for _ in 0..<options.openRuns {
            if let value = try child(.open, corpus: corpus, indexPath: indexPath, workload: nil)["open_first_page_ms"] { opens.append(value) }
        }

        progress("running \(workload.count) queries and the explorer session with evex")
        let browsed = try child(.browse, corpus: corpus, indexPath: indexPath, workload: workloadURL)

        var baselineIngest: SQLiteBaseline.Ingest?
        var baselineTimes: [Double] = []
        var baselineHits: [Int] = []
        if !options.skipBaseline {
            let baseline = SQLiteBaseline(executable: options.sqlite, folder: baselineFolder, prefixOption: options.sqlitePrefix)
            progress("loading the same text into FTS5 with \(options.sqlite)")
            baselineIngest = try baseline.ingest(csv: written.baselineCSV)
            progress("running the same queries with \(options.sqlite)")
            let run = try baseline.run(workload, limit: options.limit)
            baselineTimes = run.times
            baselineHits = run.hits
        }

        report.add("ingest_s", ingest, digits: 2)
        report.add("ingest_mb_per_s", ingest.map { megabytes / $0 }, digits: 2)
        report.add("sqlite3_ingest_s", baselineIngest?.seconds, digits: 2)
        report.add("sqlite3_ingest_mb_per_s", baselineIngest.map { megabytes / $0.seconds }, digits: 2)
        report.add("ingest_vs_sqlite3", ratio(baselineIngest?.seconds, ingest), digits: 2)
        report.add("index_mb", indexBytes > 0 ? Double(indexBytes) / 1_048_576 : nil, digits: 1)
        report.add("sqlite3_index_mb", baselineIngest.map { Double($0.databaseBytes) / 1_048_576 }, digits: 1)
        report.add("open_first_page_ms", opens.isEmpty ? nil : Percentile.of(opens, 50), digits: 1)
        for name in ["sync_noop_ms", "resync_one_file_ms", "resync_finds_edit", "ingest_sync", "resync_sync"] { copy(name, from: indexed, to: &report) }
        copy("index_counts", from: browsed, to: &report)
        for name in ["queries", "query_failures", "query_no_hits", "query_hits_mean", "query_p50_ms", "query_p95_ms", "query_p99_ms", "query_max_ms"] {
            copy(name, from: browsed, to: &report)
        }
        // Where evex finds nothing and the baseline finds something, one of them misreads the query.
        let evexHits = ((try? String(contentsOf: base.appendingPathComponent("evex-hits.txt"), encoding: .utf8)) ?? "")
            .split(separator: "\n").compactMap { Int($0) }
        if !baselineHits.isEmpty {
            report.add("sqlite3_query_no_hits", baselineHits.filter { $0 == 0 }.count)
            if evexHits.count == baselineHits.count {
                let missed = zip(evexHits, baselineHits).filter { $0.0 == 0 && $0.1 > 0 }.count
                let extra = zip(evexHits, baselineHits).filter { $0.0 > 0 && $0.1 == 0 }.count
                report.add("query_no_hits_where_sqlite3_has", missed)
                report.add("query_hits_where_sqlite3_has_none", extra)
                let lines = zip(workload, zip(evexHits, baselineHits)).map { query, hits in
                    "\(query.kind.rawValue)\t\(query.evex)\t\(hits.0)\t\(hits.1)"
                }
                try WorkloadFile.writeLines(["class\tquery\tevex_hits\tsqlite3_hits"] + lines, to: base.appendingPathComponent("hits.tsv"))
            }
        }
        let sqliteP99 = baselineTimes.isEmpty ? nil : Percentile.of(baselineTimes, 99)
        report.add("sqlite3_query_p50_ms", baselineTimes.isEmpty ? nil : Percentile.of(baselineTimes, 50), digits: 3)
        report.add("sqlite3_query_p99_ms", sqliteP99, digits: 3)
        report.add("query_p99_vs_sqlite3", ratio(browsed["query_p99_ms"], sqliteP99), digits: 2)
        for kind in QueryClass.allCases {
            copy("query_p99_ms_\(kind.rawValue)", from: browsed, to: &report)
            let sample = zip(workload, baselineTimes).filter { $0.0.kind == kind }.map(\.1)
            if !sample.isEmpty { report.add("sqlite3_query_p99_ms_\(kind.rawValue)", Percentile.of(sample, 99), digits: 3) }
        }
        for name in ["ui_key_p50_ms", "ui_key_p95_ms"] + UILatency.Category.allCases.map({ "ui_key_p95_ms_\($0.rawValue)" }) {
            copy(name, from: browsed, to: &report)
        }
        copy("peak_rss_index_mb", from: indexed, to: &report)
        copy("peak_rss_browse_mb", from: browsed, to: &report)
        let peaks = [indexed["peak_rss_index_mb"], browsed["peak_rss_browse_mb"]].compactMap { $0 }
        report.add("peak_rss_mb", peaks.max(), digits: 1)
        if options.out != nil || options.keep { progress("kept \(base.path)") }
        return report
    }

    /// a / b, when both are there.
    private func ratio(_ a: Double?, _ b: Double?) -> Double? {
        guard let a, let b, b > 0 else { return nil }
        return a / b
    }

    private func copy(_ name: String, from source: Report, to report: inout Report) {
        if let line = source.lines.last(where: { $0.name == name }) { report.add(name, line.value) } else { report.add(name, "n/a") }
    }

    /// The index file and the WAL and shared-memory files SQLite keeps beside it.
    private func indexFiles(_ indexPath: URL) throws -> [URL] {
        ["", "-wal", "-shm", "-journal"].map { URL(fileURLWithPath: indexPath.path + $0) }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// Runs one measurement phase in a fresh process of this same executable.
    private func child(_ phase: Options.Phase, corpus: URL, indexPath: URL, workload: URL?) throws -> Report {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        var arguments = ["--phase", phase.rawValue, "--corpus", corpus.path, "--index", indexPath.path, "--limit", String(options.limit)]
        if let workload { arguments += ["--workload", workload.path] }
        let outcome = try Subprocess.run(executable, arguments)
        guard outcome.status == 0 else {
            throw BenchError.child("phase \(phase.rawValue) exited with \(outcome.status): \(outcome.stderr.suffix(1_000))")
        }
        return Report.parse(outcome.stdout)
    }

    private func progress(_ message: String) {
        FileHandle.standardError.write(Data("evex-bench: \(message)\n".utf8))
    }
}
