import Foundation

/// The whole run: write the corpus, measure evex in child processes, run the sqlite3 baseline on the
/// same text and queries, print the figures.
///
/// Each stage saves its figures under `figures/` in the work folder, and the report is put together
/// from those files; so `--only index,browse` reruns two stages over a kept folder and prints a full
/// report with the other stages' last figures.
struct Benchmark {
    let options: Options

    enum Stage: String, CaseIterable {
        case generate, index, open, browse, baseline
    }

    func run() throws -> Report {
        let manager = FileManager.default
        let base = options.out ?? manager.temporaryDirectory.appendingPathComponent("evex-bench-\(getpid())")
        let folders = Folders(base: base)
        let stages = options.only ?? Set(Stage.allCases)
        defer {
            if options.out == nil && !options.keep { try? manager.removeItem(at: base) }
        }
        try manager.createDirectory(at: folders.figures, withIntermediateDirectories: true)

        if stages.contains(.generate) {
            for stale in [folders.corpus, folders.baseline] { try? manager.removeItem(at: stale) }
            for stale in Self.indexFiles(folders.index) { try? manager.removeItem(at: stale) }
            progress("generating \(options.articles) articles with seed \(options.seed) in \(folders.corpus.path)")
            let generator = ArticleGenerator(seed: options.seed, count: options.articles,
                                             vocabulary: Vocabulary(seed: options.seed), knowledge: SyntheticKnowledge(seed: options.seed))
            let written = try CorpusWriter.write(generator: generator, root: folders.corpus, baselineFolder: folders.baseline)
            var workload = QueryWorkload.make(generator: generator)
            if let count = options.queries { workload = (0..<count).map { workload[$0 % workload.count] } }
            try WorkloadFile.write(workload, to: folders.workload)
            var report = Report()
            report.add("evex_backend", EvexSide.backend)
            report.add("ui_driver", EvexSide.uiDriver)
            report.add("articles", written.articles)
            report.add("corpus_mb", Double(written.articleBytes) / 1_048_576, digits: 1)
            report.add("corpus_write_s", written.seconds, digits: 2)
            try save(report, .generate, folders)
            if options.generateOnly { return report }
        }
        guard manager.fileExists(atPath: folders.workload.path) else {
            throw BenchError.usage("\(base.path) holds no corpus: run the generate stage first")
        }

        if stages.contains(.index) {
            for stale in Self.indexFiles(folders.index) { try? manager.removeItem(at: stale) }
            progress("indexing with evex")
            // The parent watches the write-ahead log while the child indexes: its size at any moment is a figure.
            let watch = FileSizeWatch(path: folders.index.path + "-wal")
            var indexed = try restoringEdits(of: [.index], folders) { try child(.index, folders, workload: nil) }
            indexed.add("wal_peak_mb", Double(watch.stop()) / 1_048_576, digits: 1)
            let bytes = Self.indexFiles(folders.index).reduce(0) { $0 + (((try? manager.attributesOfItem(atPath: $1.path))?[.size] as? Int) ?? 0) }
            indexed.add("index_mb", bytes > 0 ? Double(bytes) / 1_048_576 : nil, digits: 1)
            try save(indexed, .index, folders)
        }

        if stages.contains(.open) {
            let report = try restoringEdits(of: [.resync, .explorerResync, .explorerResyncSaved], folders) {
                progress("opening the index in \(options.openRuns) fresh processes")
                var opens: [Double] = []
                var synced: [Double] = []
                for _ in 0..<options.openRuns {
                    let run = try child(.open, folders, workload: nil)
                    if let value = run["open_first_page_ms"] { opens.append(value) }
                    if let value = run["open_sync_first_page_ms"] { synced.append(value) }
                }
                var report = Report()
                report.add("open_first_page_ms", opens.isEmpty ? nil : Percentile.of(opens, 50), digits: 1)
                report.add("open_sync_first_page_ms", synced.isEmpty ? nil : Percentile.of(synced, 50), digits: 1)
                progress("changing one file and opening the index in a fresh process")
                let resync = try child(.resync, folders, workload: nil)
                for line in resync.lines { report.add(line.name, line.value) }
                progress("changing one file and opening the explorer on the index in a fresh process")
                let explorer = try child(.explorerResync, folders, workload: nil)
                for line in explorer.lines { report.add(line.name, line.value) }
                progress("saving one file through a rename and opening the explorer on the index in a fresh process")
                let saved = try child(.explorerResyncSaved, folders, workload: nil)
                for line in saved.lines { report.add(line.name, line.value) }
                return report
            }
            try save(report, .open, folders)
        }

        let workload = try WorkloadFile.read(folders.workload)
        if stages.contains(.browse) {
            progress("running \(workload.count) queries and the explorer session with evex")
            try save(try child(.browse, folders, workload: folders.workload), .browse, folders)
        }

        if stages.contains(.baseline) && !options.skipBaseline {
            let baseline = SQLiteBaseline(executable: options.sqlite, folder: folders.baseline, prefixOption: options.sqlitePrefix)
            progress("loading the same text into FTS5 with \(options.sqlite)")
            let csv = try manager.contentsOfDirectory(atPath: folders.baseline.path)
                .filter { $0.hasPrefix("articles-") && $0.hasSuffix(".csv") }.sorted()
                .map { folders.baseline.appendingPathComponent($0) }
            let ingest = try baseline.ingest(csv: csv)
            progress("running the same queries with \(options.sqlite)")
            let run = try baseline.run(workload, limit: options.limit)
            var report = Report()
            report.add("sqlite3_ingest_s", ingest.seconds, digits: 2)
            report.add("sqlite3_index_mb", Double(ingest.databaseBytes) / 1_048_576, digits: 1)
            try save(report, .baseline, folders)
            try WorkloadFile.writeLines(run.times.map { String($0) }, to: folders.baselineTimes)
            try WorkloadFile.writeLines(run.hits.map(String.init), to: folders.baselineHits)
        }

        let report = try compose(folders, workload: workload)
        if options.out != nil || options.keep { progress("kept \(base.path)") }
        return report
    }

    /// Where a run keeps its files.
    struct Folders {
        let base: URL
        var corpus: URL { base.appendingPathComponent("corpus") }
        var baseline: URL { base.appendingPathComponent("baseline") }
        var index: URL { base.appendingPathComponent("evex-index.sqlite") }
        var workload: URL { base.appendingPathComponent("workload.tsv") }
        var figures: URL { base.appendingPathComponent("figures") }
        var baselineTimes: URL { figures.appendingPathComponent("baseline-times.txt") }
        var baselineHits: URL { figures.appendingPathComponent("baseline-hits.txt") }
        var evexHits: URL { base.appendingPathComponent("evex-hits.txt") }
        var evexTimes: URL { base.appendingPathComponent("evex-times.txt") }

        func figures(_ stage: Stage) -> URL { figures.appendingPathComponent("\(stage.rawValue).txt") }
    }

    private func save(_ report: Report, _ stage: Stage, _ folders: Folders) throws {
        try CorpusWriter.writeFile(folders.figures(stage).path, report.text + "\n")
    }

    private func saved(_ stage: Stage, _ folders: Folders) -> Report {
        Report.parse((try? String(contentsOf: folders.figures(stage), encoding: .utf8)) ?? "")
    }

    private static func numbers(_ url: URL) -> [Double] {
        ((try? String(contentsOf: url, encoding: .utf8)) ?? "").split(separator: "\n").compactMap { Double($0) }
    }

    /// The report of the last run of every stage.
    private func compose(_ folders: Folders, workload: [BenchQuery]) throws -> Report {
        let generated = saved(.generate, folders)
        let indexed = saved(.index, folders)
        let browsed = saved(.browse, folders)
        let opened = saved(.open, folders)
        let baseline = saved(.baseline, folders)
        let baselineTimes = Self.numbers(folders.baselineTimes)
        let baselineHits = Self.numbers(folders.baselineHits).map { Int($0) }

        var report = Report()
        for name in ["evex_backend", "ui_driver", "articles", "corpus_mb", "corpus_write_s"] { copy(name, from: generated, to: &report) }
        let megabytes = generated["corpus_mb"]
        let ingest = indexed["ingest_s"]
        let sqliteIngest = baseline["sqlite3_ingest_s"]
        report.add("ingest_s", ingest, digits: 2)
        report.add("ingest_mb_per_s", ratio(megabytes, ingest), digits: 2)
        report.add("sqlite3_ingest_s", sqliteIngest, digits: 2)
        report.add("sqlite3_ingest_mb_per_s", ratio(megabytes, sqliteIngest), digits: 2)
        report.add("ingest_vs_sqlite3", ratio(sqliteIngest, ingest), digits: 2)
        copy("index_mb", from: indexed, to: &report)
        copy("sqlite3_index_mb", from: baseline, to: &report)
        report.add("index_vs_sqlite3", ratio(indexed["index_mb"], baseline["sqlite3_index_mb"]), digits: 2)
        copy("wal_peak_mb", from: indexed, to: &report)
        for name in ["open_first_page_ms", "open_sync_first_page_ms", "resync_fresh_process_ms", "resync_fresh_process_sync", "resync_fresh_process_finds_edit",
                     "explorer_resync_first_screen_ms", "explorer_resync_visible_ms", "explorer_resync_checked_ms", "explorer_resync_finds_edit",
                     "explorer_resync_saved_first_screen_ms", "explorer_resync_saved_visible_ms", "explorer_resync_saved_checked_ms",
                     "explorer_resync_saved_finds_edit"] {
            copy(name, from: opened, to: &report)
        }
        for name in ["sync_noop_ms", "resync_one_file_ms", "resync_finds_edit", "ingest_sync", "resync_sync"] { copy(name, from: indexed, to: &report) }
        copy("index_counts", from: browsed, to: &report)
        for name in ["queries", "query_failures", "query_no_hits", "query_hits_mean", "query_p50_ms", "query_p95_ms", "query_p99_ms", "query_max_ms"] {
            copy(name, from: browsed, to: &report)
        }
        // Where evex finds nothing and the baseline finds something, one of them misreads the query.
        let evexHits = Self.numbers(folders.evexHits).map { Int($0) }
        if !baselineHits.isEmpty {
            report.add("sqlite3_query_no_hits", baselineHits.filter { $0 == 0 }.count)
            if evexHits.count == baselineHits.count && evexHits.count == workload.count {
                let missed = zip(evexHits, baselineHits).filter { $0.0 == 0 && $0.1 > 0 }.count
                let extra = zip(evexHits, baselineHits).filter { $0.0 > 0 && $0.1 == 0 }.count
                report.add("query_no_hits_where_sqlite3_has", missed)
                report.add("query_hits_where_sqlite3_has_none", extra)
                let evexTimes = Self.numbers(folders.evexTimes)
                let lines = workload.indices.map { index in
                    let query = workload[index]
                    let times = [evexTimes, baselineTimes].map { $0.count == workload.count ? String(format: "%.3f", $0[index]) : "" }
                    return "\(query.kind.rawValue)\t\(query.evex)\t\(evexHits[index])\t\(baselineHits[index])\t\(times[0])\t\(times[1])"
                }
                try WorkloadFile.writeLines(["class\tquery\tevex_hits\tsqlite3_hits\tevex_ms\tsqlite3_ms"] + lines,
                                            to: folders.base.appendingPathComponent("hits.tsv"))
            }
        }
        let sqliteP99 = baselineTimes.isEmpty ? nil : Percentile.of(baselineTimes, 99)
        report.add("sqlite3_query_p50_ms", baselineTimes.isEmpty ? nil : Percentile.of(baselineTimes, 50), digits: 3)
        report.add("sqlite3_query_p99_ms", sqliteP99, digits: 3)
        report.add("query_p99_vs_sqlite3", ratio(browsed["query_p99_ms"], sqliteP99), digits: 2)
        for kind in QueryClass.allCases {
            copy("query_p99_ms_\(kind.rawValue)", from: browsed, to: &report)
            let sample = baselineTimes.count == workload.count ? zip(workload, baselineTimes).filter { $0.0.kind == kind }.map(\.1) : []
            if !sample.isEmpty {
                let p99 = Percentile.of(sample, 99)
                report.add("sqlite3_query_p99_ms_\(kind.rawValue)", p99, digits: 3)
                report.add("query_p99_vs_sqlite3_\(kind.rawValue)", ratio(browsed["query_p99_ms_\(kind.rawValue)"], p99), digits: 2)
            }
        }
        for name in ["ui_key_p50_ms", "ui_key_p95_ms"] + UILatency.Category.allCases.map({ "ui_key_p95_ms_\($0.rawValue)" }) {
            copy(name, from: browsed, to: &report)
        }
        for figure in ["second_hop", "path"] {
            for name in ["ms_p50", "ms_p50_one_by_one", "ms_max", "ms_max_one_by_one"] { copy("graph_\(figure)_\(name)", from: browsed, to: &report) }
        }
        copy("peak_rss_index_mb", from: indexed, to: &report)
        copy("peak_rss_browse_mb", from: browsed, to: &report)
        let peaks = [indexed["peak_rss_index_mb"], browsed["peak_rss_browse_mb"]].compactMap { $0 }
        report.add("peak_rss_mb", peaks.max(), digits: 1)
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
    static func indexFiles(_ indexPath: URL) -> [URL] {
        ["", "-wal", "-shm", "-journal"].map { URL(fileURLWithPath: indexPath.path + $0) }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// Runs `body` with the corpus files that `phases` edit saved, and puts them back when it ends (also when
    /// it fails); when it changed one, a sync then brings the index in step with them again, so that the next
    /// stage, or the next run over a kept folder, starts from the same corpus and an index of it.
    private func restoringEdits<T>(of phases: [Options.Phase], _ folders: Folders, _ body: () throws -> T) throws -> T {
        let urls = try phases.flatMap { try Phases.edits($0, corpus: folders.corpus) }.map { folders.corpus.appendingPathComponent($0) }
        return try EditedFiles.restoring(urls, afterwards: {
            progress("putting back the files the stage changed, and syncing the index with them")
            _ = try child(.sync, folders, workload: nil)
        }, body)
    }

    /// Runs one measurement phase in a fresh process of this same executable.
    private func child(_ phase: Options.Phase, _ folders: Folders, workload: URL?) throws -> Report {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        var arguments = ["--phase", phase.rawValue, "--corpus", folders.corpus.path, "--index", folders.index.path, "--limit", String(options.limit)]
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
