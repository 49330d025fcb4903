import Foundation

/// The workload as a file, one query a line (`class<TAB>asYouType<TAB>evex query<TAB>match<TAB>date
/// condition`), so the child that measures evex does not build the generator to know it.
enum WorkloadFile {
    static func write(_ queries: [BenchQuery], to url: URL) throws {
        let text = queries.map {
            [$0.kind.rawValue, $0.asYouType ? "1" : "0", $0.evex, $0.match, $0.dateCondition ?? ""].joined(separator: "\t")
        }.joined(separator: "\n") + "\n"
        try CorpusWriter.writeFile(url.path, text)
    }

    static func read(_ url: URL) throws -> [BenchQuery] {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch { throw BenchError.io("cannot read the workload \(url.path): \(error)") }
        return try text.split(separator: "\n").enumerated().map { number, line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 5, let kind = QueryClass(rawValue: fields[0]) else {
                throw BenchError.io("\(url.path):\(number + 1): not a workload line")
            }
            return BenchQuery(kind: kind, evex: fields[2], asYouType: fields[1] == "1", match: fields[3],
                              dateCondition: fields[4].isEmpty ? nil : fields[4])
        }
    }

    static func writeLines(_ lines: [String], to url: URL) throws {
        try CorpusWriter.writeFile(url.path, lines.joined(separator: "\n") + "\n")
    }
}
