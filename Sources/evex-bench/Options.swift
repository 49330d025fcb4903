import Foundation

/// The command line, parsed by hand: a handful of options and the hidden phases the benchmark runs
/// as child processes of itself.
struct Options {
    enum Phase: String {
        /// Open a fresh index, sync the whole corpus, then a no-op sync and a one-file resync.
        case index
        /// Open the indexed corpus and fetch the first page of the article list, then sync and fetch it again.
        case open
        /// Change one file, then open, sync and fetch the first page in a fresh process.
        case resync
        /// Change one file, then in a fresh process draw the explorer's first screen from the index and sync behind it.
        case explorerResync = "explorer-resync"
        /// The same, the file saved as many editors save: a new file renamed over the old one.
        case explorerResyncSaved = "explorer-resync-saved"
        /// Open the indexed corpus, run the query workload and the explorer session.
        case browse
        /// Sync the index with the corpus: after a stage's edited files were put back.
        case sync
        /// List the corpus as a sync does, reading nothing else and writing nothing (no index): by hand only.
        case listing
    }

    var articles = 100_000
    var out: URL?
    var keep = false
    var queries: Int?
    var seed: UInt64 = 20_240_322
    var limit = 20
    var sqlite = "/usr/bin/sqlite3"
    var sqlitePrefix: String?
    var skipBaseline = false
    var openRuns = 3
    var generateOnly = false
    /// Stages to run over a kept `--out` folder; nil for all of them.
    var only: Set<Benchmark.Stage>?
    // Hidden, for the child processes.
    var phase: Phase?
    var corpus: URL?
    var index: URL?
    var workload: URL?

    static let usage = """
        evex-bench [--articles N] [--out DIR] [--keep] [--queries K] [--seed S] [--limit L]
                   [--sqlite PATH] [--sqlite-prefix SPEC] [--skip-baseline] [--open-runs R]
                   [--generate-only] [--only STAGES]

          --articles N        articles in the synthetic corpus (default 100000)
          --out DIR           write corpus, index and baseline under DIR and keep them
                              (default: a temporary folder, removed at the end)
          --keep              keep the temporary folder
          --queries K         run the first K queries of the workload (default: all, about 500)
          --seed S            seed of the corpus and the workload (default 20240322)
          --limit L           results per query, for evex and the baseline (default 20)
          --sqlite PATH       the sqlite3 shell of the baseline (default /usr/bin/sqlite3)
          --sqlite-prefix S   give the baseline's FTS5 table prefix='S' (default: none, a plain table)
          --skip-baseline     do not run the sqlite3 baseline
          --open-runs R       fresh processes timed for open_first_page_ms; the median is reported (default 3)
          --generate-only     write the corpus (use with --out) and stop
          --only STAGES       run only these stages over the --out folder, a comma-separated list of
                              generate, index, open, browse, baseline; the report takes the other
                              stages' figures from their last run in that folder
        """

    static func parse(_ arguments: [String]) throws -> Options {
        var options = Options()
        var rest = arguments[...]
        func value(_ name: String) throws -> String {
            guard let next = rest.popFirst(), !next.hasPrefix("--") else { throw BenchError.usage("\(name) needs a value") }
            return next
        }
        func number(_ name: String) throws -> Int {
            let text = try value(name)
            guard let number = Int(text.replacingOccurrences(of: "_", with: "")), number > 0 else {
                throw BenchError.usage("\(name) needs a positive whole number, not '\(text)'")
            }
            return number
        }
        while let argument = rest.popFirst() {
            switch argument {
            case "--articles": options.articles = try number(argument)
            case "--out": options.out = URL(fileURLWithPath: try value(argument))
            case "--keep": options.keep = true
            case "--queries": options.queries = try number(argument)
            case "--seed": options.seed = UInt64(try number(argument))
            case "--limit": options.limit = try number(argument)
            case "--sqlite": options.sqlite = try value(argument)
            case "--sqlite-prefix": options.sqlitePrefix = try value(argument)
            case "--skip-baseline": options.skipBaseline = true
            case "--open-runs": options.openRuns = try number(argument)
            case "--generate-only": options.generateOnly = true
            case "--only":
                var stages = Set<Benchmark.Stage>()
                for name in try value(argument).split(separator: ",") {
                    guard let stage = Benchmark.Stage(rawValue: String(name)) else { throw BenchError.usage("unknown stage '\(name)'") }
                    stages.insert(stage)
                }
                options.only = stages
            case "--phase":
                let name = try value(argument)
                guard let phase = Phase(rawValue: name) else { throw BenchError.usage("unknown phase '\(name)'") }
                options.phase = phase
            case "--corpus": options.corpus = URL(fileURLWithPath: try value(argument))
            case "--index": options.index = URL(fileURLWithPath: try value(argument))
            case "--workload": options.workload = URL(fileURLWithPath: try value(argument))
            case "-h", "--help":
                print(usage)
                exit(0)
            default: throw BenchError.usage("unknown argument '\(argument)'")
            }
        }
        if options.only != nil && options.out == nil { throw BenchError.usage("--only needs --out DIR, the folder of an earlier run") }
        return options
    }
}
