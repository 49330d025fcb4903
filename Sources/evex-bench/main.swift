import Foundation

// evex-bench: see BENCHMARKS.md at the repository root for what each figure means.
do {
    let options = try Options.parse(Array(CommandLine.arguments.dropFirst()))
    if let phase = options.phase {
        guard let corpus = options.corpus, let index = options.index else {
            throw BenchError.usage("--phase needs --corpus and --index")
        }
        let report: Report
        switch phase {
        case .index: report = try Phases.index(corpus: corpus, indexPath: index)
        case .open: report = try Phases.open(corpus: corpus, indexPath: index)
        case .resync: report = try Phases.resync(corpus: corpus, indexPath: index)
        case .explorerResync: report = try Phases.explorerResync(corpus: corpus, indexPath: index, renamed: false)
        case .explorerResyncSaved: report = try Phases.explorerResync(corpus: corpus, indexPath: index, renamed: true)
        case .listing: report = Phases.listing(corpus: corpus)
        case .sync: report = try Phases.sync(corpus: corpus, indexPath: index)
        case .browse:
            guard let workload = options.workload else { throw BenchError.usage("--phase browse needs --workload") }
            report = try Phases.browse(corpus: corpus, indexPath: index, workload: try WorkloadFile.read(workload), limit: options.limit,
                                       hitsFile: workload.deletingLastPathComponent().appendingPathComponent("evex-hits.txt"))
        }
        print(report.text)
    } else {
        print(try Benchmark(options: options).run().text)
    }
} catch {
    FileHandle.standardError.write(Data("evex-bench: \(error)\n".utf8))
    exit(1)
}
