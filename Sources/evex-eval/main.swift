import EventModel
import Foundation

// evex-eval: how well relation extraction reads the test sentences, and how fast it runs.
//
//   evex-eval [SET]                 precision and recall per relation family on SET
//                                   (default Tests/EventModelTests/Fixtures/relations/sentences.txt)
//   evex-eval --cases [SET]         also each case that misses or gives a tie it should not
//   evex-eval --speed [DIR] [--repeat N] [--rounds R]
//                                   linking alone, linking and extraction, then both with the event
//                                   sentences (what a sync does), over the articles of
//                                   DIR (default samples/crocus) read N times (default 20), one core;
//                                   each pass R times (default 5), the fastest kept
//
// A separate executable rather than an `evex` subcommand: it needs only EventModel, so it builds in
// seconds without SQLite or ncurses, and the user's command line keeps to what users need.

let arguments = Array(CommandLine.arguments.dropFirst())
let flags = Set(arguments.filter { $0.hasPrefix("--") })
var plain = arguments.filter { !$0.hasPrefix("--") }
var repeatCount = 20
var rounds = 5
for (name, index) in [("--repeat", 0), ("--rounds", 1)] {
    guard let at = arguments.firstIndex(of: name), at + 1 < arguments.count, let value = Int(arguments[at + 1]) else { continue }
    if index == 0 { repeatCount = value } else { rounds = value }
    if let position = plain.firstIndex(of: arguments[at + 1]) { plain.remove(at: position) }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(1)
}

if flags.contains("--speed") {
    let root = URL(fileURLWithPath: plain.first ?? "samples/crocus")
    let listing = CorpusScanner.listFiles(root: root)
    var articles: [Article] = []
    var knowledge: [KnowledgeBase] = []
    for file in listing.files {
        switch CorpusScanner.read(file) {
        case .article(let article, _): articles.append(article)
        case .articles(let items, _): articles += items
        case .knowledge(let base, _): knowledge.append(base)
        case .failed: break
        }
    }
    guard !articles.isEmpty else { fail("no articles under \(root.path)") }
    let catalog = EntityCatalog.build(knowledge: knowledge, contributions: articles.map(EntityCatalog.contribution(of:))).catalog
    let linker = EntityLinker(catalog: catalog)
    let bytes = Double(articles.reduce(0) { $0 + $1.text.utf8.count } * repeatCount)
    let clock = ContinuousClock()
    func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
    // Each pass is run `rounds` times, alternating, and the fastest is kept: on a shared machine the
    // slowest runs measure the neighbours. Baseline: the same text read byte by byte.
    var checksum = 0
    var mentionCount = 0
    var relationCount = 0
    var typedCount = 0
    var scan = Duration.seconds(1_000_000), link = scan, both = scan, withEvents = scan
    var eventCount = 0
    for _ in 0..<max(1, rounds) {
        scan = min(scan, clock.measure {
            for _ in 0..<repeatCount { for article in articles { for byte in article.text.utf8 { checksum &+= Int(byte) } } }
        })
        mentionCount = 0
        link = min(link, clock.measure {
            for _ in 0..<repeatCount { for article in articles { mentionCount += linker.mentions(in: article).count } }
        })
        relationCount = 0
        typedCount = 0
        both = min(both, clock.measure {
            for _ in 0..<repeatCount {
                for article in articles {
                    let found = linker.analyse(article).relations
                    relationCount += found.count
                    typedCount += found.lazy.filter { $0.origin == .pattern }.count
                }
            }
        })
        // What a sync does with each article: its relations and its event sentences from one scan.
        eventCount = 0
        withEvents = min(withEvents, clock.measure {
            for _ in 0..<repeatCount { for article in articles { eventCount += linker.analyseWithEvents(article).events.count } }
        })
    }
    let megabytes = bytes / 1_000_000
    print("corpus: \(root.path)")
    print("articles: \(articles.count)")
    print("megabytes_read: \(String(format: "%.1f", megabytes))")
    print("baseline_byte_scan_mb_per_s: \(String(format: "%.0f", megabytes / seconds(scan)))")
    print("link_mb_per_s: \(String(format: "%.1f", megabytes / seconds(link)))")
    print("link_and_extract_mb_per_s: \(String(format: "%.1f", megabytes / seconds(both)))")
    print("extract_share_of_time: \(String(format: "%.2f", 1 - seconds(link) / seconds(both)))")
    print("link_extract_and_events_mb_per_s: \(String(format: "%.1f", megabytes / seconds(withEvents)))")
    print("event_sentences_per_pass: \(eventCount / repeatCount)")
    print("mentions_per_pass: \(mentionCount / repeatCount)")
    print("relations_per_pass: \(relationCount / repeatCount)")
    print("typed_relations_per_pass: \(typedCount / repeatCount)")
    if checksum == 42 { print("") }
    exit(0)
}

if flags.contains("--explain") {
    // Mentions and typed relations of one text against the set's entities: for writing cases.
    let path = "Tests/EventModelTests/Fixtures/relations/sentences.txt"
    guard let text = try? String(contentsOfFile: path, encoding: .utf8), let set = try? RelationTestSet(text: text + "\n\n> " + plain.joined(separator: " ")) else { fail("cannot read \(path)") }
    let report = set.run()
    guard let last = report.outcomes.last else { exit(0) }
    for triple in last.found { print(triple) }
    exit(0)
}

let path = plain.first ?? "Tests/EventModelTests/Fixtures/relations/sentences.txt"
guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { fail("cannot read \(path)") }
let set: RelationTestSet
do { set = try RelationTestSet(text: text) } catch { fail("\(path): \(error)") }
let report = set.run()
if flags.contains("--cases") {
    for outcome in report.outcomes where !outcome.missing.isEmpty || !outcome.forbiddenFound.isEmpty || !outcome.unexpected.isEmpty || !outcome.wrongSpeaker.isEmpty {
        print("line \(outcome.testCase.line)\(outcome.testCase.knownMiss ? " (known miss)" : ""): \(outcome.testCase.text)")
        for triple in outcome.missing { print("  missing    \(triple)") }
        for triple in outcome.forbiddenFound { print("  FORBIDDEN  \(triple)") }
        for triple in outcome.unexpected { print("  unexpected \(triple)") }
        for triple in outcome.wrongSpeaker { print("  speaker    \(triple)") }
    }
    print("")
}
print(report.table())
