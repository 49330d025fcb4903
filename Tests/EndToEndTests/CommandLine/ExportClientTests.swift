import Foundation
import Testing

/// Each export loaded by the tool it is for: followthemoney, networkx, Graphviz's `dot` and Python's
/// csv module, through `scripts/check-export`. A missing tool fails the test with the reason; scripts/setup installs them.
@Suite("Exports in their tools")
struct ExportClientTests {
    private func exported(_ arguments: [String], corpus: URL = EvexProcess.sampleCorpus) throws -> URL {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("evex-export-\(UUID().uuidString)")
        let result = try EvexProcess.run(["export", corpus.path] + arguments + ["--output", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        return file
    }

    private func check(_ format: String, _ file: URL) throws -> String {
        let script = EvexProcess.packageRoot.appendingPathComponent("scripts/check-export").path
        let result = try ChildProcess.run("/bin/sh", [script, format, file.path], environment: ProcessInfo.processInfo.environment)
        #expect(result.status == 0, "\(format) did not load: \(result.errors)\(result.output)")
        return result.output
    }

    @Test("the sample corpus as FtM loads in followthemoney, every reference resolved", arguments: [["--format", "ftm"]])
    func ftm(arguments: [String]) throws {
        let file = try exported(arguments)
        defer { try? FileManager.default.removeItem(at: file) }
        let summary = try check("ftm", file)
        for schema in ["Article", "Person", "Membership", "Occupancy", "UnknownLink", "Documentation"] {
            #expect(summary.contains(schema), "\(summary)")
        }
    }

    @Test("GraphML and GEXF load in networkx with typed attributes", arguments: ["graphml", "gexf"])
    func networkx(format: String) throws {
        let file = try exported(["--format", format])
        defer { try? FileManager.default.removeItem(at: file) }
        let summary = try check(format, file)
        #expect(summary.contains("MultiDiGraph"), "\(summary)")
    }

    @Test("DOT of one entity's neighbourhood, with hostile names, renders with dot")
    func dot() throws {
        let corpus = FileManager.default.temporaryDirectory.appendingPathComponent("evex-dot-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: corpus) }
        try FileManager.default.createDirectory(at: corpus.appendingPathComponent("articles"), withIntermediateDirectories: true)
        try Data("""
            entities:
              - {id: front, name: "The \\"Back\\\\slash\\" Front", kind: organisation}
              - {id: lev, name: "Лев Иванов", kind: person}
            relations:
              - {subject: lev, predicate: member_of, object: front}

            """.utf8).write(to: corpus.appendingPathComponent("knowledge.yaml"))
        try Data("Talks\n\nЛев Иванов spoke for The \"Back\\slash\" Front.\n".utf8).write(to: corpus.appendingPathComponent("articles/a.txt"))
        let file = try exported(["--format", "dot", "--entity", "lev", "--hops", "2"], corpus: corpus)
        defer { try? FileManager.default.removeItem(at: file) }
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains(#"label="The \"Back\\slash\" Front""#), "\(text)")
        #expect(text.contains(#"label="Лев Иванов""#))
        _ = try check("dot", file)
        let full = try exported(["--format", "dot"])
        defer { try? FileManager.default.removeItem(at: full) }
        _ = try check("dot", full)
    }

    @Test("each CSV table reads in Python's csv module, strict RFC 4180, every record as wide as the header",
          arguments: ["entities", "relations", "mentions"])
    func csv(table: String) throws {
        let file = try exported(["--format", "csv", "--table", table])
        defer { try? FileManager.default.removeItem(at: file) }
        let summary = try check("csv", file)
        #expect(summary.hasPrefix("csv: "), "\(summary)")
        #expect(!summary.hasPrefix("csv: 0 rows"), "\(summary)")
    }

    @Test("an export to a file is the same bytes run after run, and the file is whole")
    func deterministicFile() throws {
        let first = try exported(["--format", "csv", "--table", "relations"])
        let second = try exported(["--format", "csv", "--table", "relations"])
        defer { for file in [first, second] { try? FileManager.default.removeItem(at: file) } }
        let bytes = try Data(contentsOf: first)
        #expect(bytes == (try Data(contentsOf: second)))
        #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("subject,predicate,object,origin,role,weight,evidence,article,sentence\r\n"))
    }
}
