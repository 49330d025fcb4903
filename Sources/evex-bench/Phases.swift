import EventModel
import Foundation
import TerminalCore

/// The measurements that run in a child process of their own, so that each peak memory figure and
/// each "fresh open" is that of a process that did only that.
enum Phases {
    static let pageRows = 50

    /// Full sync of a fresh index, then a sync with nothing changed, then one changed file.
    static func index(corpus: URL, indexPath: URL) throws -> Report {
        var report = Report()
        let side = try EvexSide.open(corpus: corpus, indexPath: indexPath)
        let (fullSync, full) = try Clock.measure { try side.sync() }
        report.add("ingest_sync", fullSync)
        report.add("ingest_s", full / 1_000, digits: 3)
        report.add("peak_rss_index_mb", PeakMemory.megabytes(), digits: 1)
        let (_, noop) = try Clock.measure { try side.sync() }
        report.add("sync_noop_ms", noop, digits: 1)

        let marker = "resyncmarkerword"
        try editOneArticle(corpus: corpus, name: indexEdits, marker: marker)
        let (resyncReport, resync) = try Clock.measure { try side.sync() }
        report.add("resync_sync", resyncReport)
        report.add("resync_one_file_ms", resync, digits: 1)
        report.add("resync_finds_edit", try side.search(marker, limit: 5, asYouType: false) > 0 ? "yes" : "NO")
        report.add("peak_rss_index_mb", PeakMemory.megabytes(), digits: 1)
        return report
    }

    /// The article the index phase changes after its full sync.
    static let indexEdits = "articles/000/a0000001.md"
    /// The article the resync phase changes.
    static let resyncEdits = "articles/000/a0000003.md"
    /// The article the explorer's resync phase saves through a rename.
    static let savedEdits = "articles/000/a0000007.md"

    /// The corpus files (relative to it) that a phase writes: the parent saves them before it and puts them
    /// back after (``EditedFiles``). A save through a rename writes a new file beside the old one first.
    static func edits(_ phase: Options.Phase, corpus: URL) throws -> [String] {
        switch phase {
        case .index: [indexEdits]
        case .resync: [resyncEdits]
        case .explorerResync: [try middleArticle(corpus)]
        case .explorerResyncSaved: [savedEdits, renamedFrom(savedEdits)]
        case .open, .browse, .listing, .sync: []
        }
    }

    /// The new file a save through a rename writes before renaming it over `name`.
    static func renamedFrom(_ name: String) -> String {
        let parts = name.split(separator: "/")
        return (parts.dropLast() + ["." + parts.last! + ".new"]).joined(separator: "/")
    }

    /// Brings the index in step with the corpus: after the files a stage edited were put back.
    static func sync(corpus: URL, indexPath: URL) throws -> Report {
        var report = Report()
        let side = try EvexSide.open(corpus: corpus, indexPath: indexPath)
        report.add("sync_after_restore", try side.sync())
        return report
    }

    /// Changes one article as an editor would: a new last paragraph with a word found nowhere else,
    /// and a later modification time. A Markdown article, because in the plain-text shape whatever
    /// follows the "You May Also Like" trailer is boilerplate that a parser rightly drops.
    ///
    /// Written in place (the file truncated and rewritten: its folder's time does not move), or with
    /// `renamed` as many editors save, a new file renamed over the old one (its folder's time moves).
    static func editOneArticle(corpus: URL, name: String, marker: String, renamed: Bool = false) throws {
        let changed = corpus.appendingPathComponent(name)
        var text = try String(contentsOf: changed, encoding: .utf8)
        text += "\nAn added paragraph names the \(marker) that no other article has.\n"
        let written = renamed ? corpus.appendingPathComponent(renamedFrom(name)) : changed
        _ = try CorpusWriter.writeFile(written.path, text)
        // Make sure the modification time moves even on a coarse clock.
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(2)], ofItemAtPath: written.path)
        if renamed && rename(written.path, changed.path) != 0 {
            throw BenchError.io("cannot rename \(written.path): \(String(cString: strerror(errno)))")
        }
    }

    /// The listing alone, as a sync that finds nothing changed makes it (every folder signed, no file named),
    /// then as the general walk makes it (every file named): what a sync pays per file before it reads the
    /// index, on a corpus that must not be written to (`--index` is not used).
    static func listing(corpus: URL) -> Report {
        var report = Report()
        let (signed, signedMs) = Clock.measure { CorpusScanner.listFolders(root: corpus, keepFiles: { _, _ in false }) }
        report.add("listing_files", signed.fileCount)
        report.add("listing_signed_ms", signedMs, digits: 1)
        report.add("listing_signed_us_per_file", signedMs * 1_000 / Double(max(1, signed.fileCount)), digits: 2)
        let (walked, walkedMs) = Clock.measure { CorpusScanner.listFilesWithTimes(root: corpus) }
        report.add("listing_named_ms", walkedMs, digits: 1)
        report.add("listing_named_us_per_file", walkedMs * 1_000 / Double(max(1, walked.files.count)), digits: 2)
        return report
    }

    /// A fresh process: open the index and have the first page of the article list; then, as
    /// `evex PATH` does before drawing, sync with nothing changed and fetch the page again.
    static func open(corpus: URL, indexPath: URL) throws -> Report {
        var report = Report()
        let start = Clock.now()
        let side = try EvexSide.open(corpus: corpus, indexPath: indexPath)
        let rows = try side.firstPage(rows: pageRows).count
        report.add("open_first_page_ms", (Clock.now() - start) * 1_000, digits: 1)
        report.add("open_first_page_rows", rows)
        try side.sync()
        _ = try side.firstPage(rows: pageRows)
        report.add("open_sync_first_page_ms", (Clock.now() - start) * 1_000, digits: 1)
        return report
    }

    /// A fresh process after one file changed: open, sync, first page, and the change found by a search,
    /// which is what `evex PATH` pays before it shows an edited corpus.
    static func resync(corpus: URL, indexPath: URL) throws -> Report {
        var report = Report()
        let (marker, start, side) = try editThenOpen(corpus: corpus, indexPath: indexPath, name: resyncEdits, word: "freshresyncword")
        let done = try side.sync()
        _ = try side.firstPage(rows: pageRows)
        let found = try side.search(marker, limit: 5, asYouType: false) > 0
        report.add("resync_fresh_process_ms", (Clock.now() - start) * 1_000, digits: 1)
        report.add("resync_fresh_process_sync", done)
        report.add("resync_fresh_process_finds_edit", found ? "yes" : "NO")
        return report
    }

    /// One article given a word of its own (`word` and the time), then the clock started and the index
    /// opened in this fresh process: how both resync phases begin.
    private static func editThenOpen(corpus: URL, indexPath: URL, name: String, word: String, renamed: Bool = false)
        throws -> (marker: String, start: Double, side: EvexSide) {
        let marker = word + String(Int(Date().timeIntervalSince1970))
        try editOneArticle(corpus: corpus, name: name, marker: marker, renamed: renamed)
        let start = Clock.now()
        return (marker, start, try EvexSide.open(corpus: corpus, indexPath: indexPath))
    }

    /// The explorer's way after one file changed (`evex PATH`): in a fresh process, the folder synced on a
    /// thread of its own through a second connection, in two passes as the explorer does (the folders
    /// whose time moved, then every file), while the first screen is drawn from the index as it is; a
    /// screen is drawn again after each pass that changed something. Figures: the first screen, the
    /// first screen drawn after the edit is found by a search (`visible`), and the screen after the full
    /// check (`checked`). The edit is in place, or with `renamed` saved through a rename.
    static func explorerResync(corpus: URL, indexPath: URL, renamed: Bool) throws -> Report {
        var report = Report()
        let prefix = renamed ? "explorer_resync_saved" : "explorer_resync"
        let (marker, start, side) = try editThenOpen(corpus: corpus, indexPath: indexPath, name: renamed ? savedEdits : try middleArticle(corpus),
                                                     word: renamed ? "explorersavedword" : "explorerresyncword", renamed: renamed)
        // As `evex PATH` does: the sync's thread starts before the first screen is drawn.
        let syncing = try EvexSide.open(corpus: corpus, indexPath: indexPath)
        let passes = BackgroundPasses(syncing)
        var driver = side.explorer(size: Size(width: 100, height: 30))
        driver.explorer.render(into: &driver.screen)
        report.add(prefix + "_first_screen_ms", (Clock.now() - start) * 1_000, digits: 1)
        var visible: Double?
        func redraw() throws -> Bool {
            var refreshed = side.explorer(size: Size(width: 100, height: 30))
            refreshed.explorer.render(into: &refreshed.screen)
            let found = try side.search(marker, limit: 5, asYouType: false) > 0
            if found && visible == nil { visible = Clock.now() }
            return found
        }
        // A screen again after each step that changed something, as the explorer's key loop redraws at each wake.
        steps: while true {
            switch passes.next() {
            case .changed: _ = try redraw()
            case .fullEnded(let outcome):
                try outcome.get()
                break steps
            }
        }
        let found = try redraw()
        report.add(prefix + "_visible_ms", visible.map { ($0 - start) * 1_000 }, digits: 1)
        report.add(prefix + "_checked_ms", (Clock.now() - start) * 1_000, digits: 1)
        report.add(prefix + "_finds_edit", found ? "yes" : "NO")
        withExtendedLifetime(passes) {}
        return report
    }

    /// A Markdown article of the middle folder of `articles/` in path order: the explorer's full pass syncs
    /// the first folder it finds changed at once, so an edit in the first folder listed would be seen
    /// sooner than one anywhere else; the middle is what an edit costs on average.
    static func middleArticle(_ corpus: URL) throws -> String {
        let articles = corpus.appendingPathComponent("articles")
        let folders = try FileManager.default.contentsOfDirectory(atPath: articles.path).filter { !$0.hasPrefix(".") }.sorted()
        guard !folders.isEmpty else { throw BenchError.io("no folder under \(articles.path)") }
        let folder = folders[folders.count / 2]
        let names = try FileManager.default.contentsOfDirectory(atPath: articles.appendingPathComponent(folder).path)
            .filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted()
        guard let name = names.dropFirst(2).first ?? names.first else { throw BenchError.io("no Markdown article in articles/\(folder)") }
        return "articles/\(folder)/\(name)"
    }

    /// The query workload (a warm-up pass, then the measured one) and the explorer session.
    static func browse(corpus: URL, indexPath: URL, workload: [BenchQuery], limit: Int, hitsFile: URL?) throws -> Report {
        var report = Report()
        let side = try EvexSide.open(corpus: corpus, indexPath: indexPath)
        _ = try side.firstPage(rows: pageRows)
        // What the index holds, so a run that indexed nothing (or everything wrong) shows it.
        let counts = try side.store.counts()
        report.add("index_counts", "articles \(counts.articles), entities \(counts.entities), relations \(counts.relations), "
            + "links \(counts.links) (\(counts.unresolvedLinks) unresolved), errors \(counts.errors), warnings \(counts.warnings)")
        var times: [Double] = []
        var processorTimes: [Double] = []
        var hits = 0
        var failures = 0
        var empty = 0
        var perQuery: [Int] = []
        var answers: [String] = []
        for pass in 0..<2 {
            for query in workload {
                let start = Clock.now()
                let processorStart = Clock.thread()
                do {
                    let results = try side.results(query.evex, limit: limit, asYouType: query.asYouType)
                    if pass == 1 {
                        times.append((Clock.now() - start) * 1_000)
                        processorTimes.append((Clock.thread() - processorStart) * 1_000)
                    }
                    let found = results.articles.count
                    hits += found
                    if found == 0 { empty += 1 }
                    if pass == 1 {
                        perQuery.append(found)
                        answers.append(AnswerText.of(query.evex, results))
                    }
                } catch {
                    if pass == 1 {
                        times.append((Clock.now() - start) * 1_000)
                        processorTimes.append((Clock.thread() - processorStart) * 1_000)
                    }
                    failures += 1
                    if pass == 1 {
                        perQuery.append(-1)
                        answers.append("\(query.evex)\tfailed: \(error)")
                    }
                }
            }
        }
        if let hitsFile {
            try CorpusWriter.writeFile(hitsFile.path, perQuery.map(String.init).joined(separator: "\n") + "\n")
            // Every answer in full (articles, scores, snippets, entities), to compare two builds' answers.
            let answersFile = hitsFile.deletingLastPathComponent().appendingPathComponent("evex-answers.txt")
            try CorpusWriter.writeFile(answersFile.path, answers.joined(separator: "\n") + "\n")
            // Each query's time beside its hits, so that hits.tsv shows which queries make a class's p99.
            let timesFile = hitsFile.deletingLastPathComponent().appendingPathComponent("evex-times.txt")
            try CorpusWriter.writeFile(timesFile.path, times.map { String(format: "%.3f", $0) }.joined(separator: "\n") + "\n")
            // The same in this thread's processor time, which the other work on a shared machine stretches less.
            let processorFile = hitsFile.deletingLastPathComponent().appendingPathComponent("evex-cpu-times.txt")
            try CorpusWriter.writeFile(processorFile.path, processorTimes.map { String(format: "%.3f", $0) }.joined(separator: "\n") + "\n")
        }
        report.add("queries", workload.count)
        report.add("query_failures", failures / 2)
        report.add("query_no_hits", empty / 2)
        report.add("query_hits_mean", Double(hits) / Double(max(1, workload.count * 2)), digits: 1)
        report.add("query_p50_ms", Percentile.of(times, 50), digits: 3)
        report.add("query_p95_ms", Percentile.of(times, 95), digits: 3)
        report.add("query_p99_ms", Percentile.of(times, 99), digits: 3)
        report.add("query_max_ms", times.max(), digits: 3)
        for kind in QueryClass.allCases {
            let sample = zip(workload, times).filter { $0.0.kind == kind }.map(\.1)
            guard !sample.isEmpty else { continue }
            report.add("query_p99_ms_\(kind.rawValue)", Percentile.of(sample, 99), digits: 3)
        }

        var driver = side.explorer(size: Size(width: 100, height: 30))
        // The words the workload types to the end, as the search prompt gets them.
        let typed = workload.indices.filter { index in
            workload[index].kind == .typing
                && (index + 1 == workload.count || !workload[index + 1].evex.hasPrefix(workload[index].evex))
        }.map { workload[$0].evex }
        let session = UILatency.session(searchWords: Array(typed.prefix(6)))
        _ = try UILatency.run(&driver, session: session)  // warm-up, as the queries
        let ui = try UILatency.run(&driver, session: session)
        report.add("ui_key_p50_ms", Percentile.of(ui.values.flatMap { $0 }, 50), digits: 3)
        report.add("ui_key_p95_ms", Percentile.of(ui.values.flatMap { $0 }, 95), digits: 3)
        for category in UILatency.Category.allCases {
            report.add("ui_key_p95_ms_\(category.rawValue)", Percentile.of(ui[category] ?? [], 95), digits: 3)
        }
        let sampled = try GraphLatency.sample(side.store)
        _ = try GraphLatency.secondHop(side.store, entities: Array(sampled.prefix(2)))  // warm-up
        let hop = try GraphLatency.secondHop(side.store, entities: sampled)
        report.add("graph_second_hop_ms_p50", Percentile.of(hop.batched, 50), digits: 3)
        report.add("graph_second_hop_ms_p50_one_by_one", Percentile.of(hop.single, 50), digits: 3)
        report.add("graph_second_hop_ms_max", hop.batched.max(), digits: 3)
        report.add("graph_second_hop_ms_max_one_by_one", hop.single.max(), digits: 3)
        let path = try GraphLatency.paths(side.store, entities: sampled, maxVisited: GraphLatency.pathVisits)
        report.add("graph_path_ms_p50", Percentile.of(path.batched, 50), digits: 3)
        report.add("graph_path_ms_p50_one_by_one", Percentile.of(path.single, 50), digits: 3)
        report.add("graph_path_ms_max", path.batched.max(), digits: 3)
        report.add("graph_path_ms_max_one_by_one", path.single.max(), digits: 3)
        report.add("peak_rss_browse_mb", PeakMemory.megabytes(), digits: 1)
        return report
    }
}
