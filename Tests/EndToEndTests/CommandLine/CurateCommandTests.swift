import Foundation
import Testing

/// `evex curate` run as a script would, and what the other commands then say.
@Suite("evex curate", .serialized)
struct CurateCommandTests {
    /// An invented article in a fresh folder, and a cache folder of its own.
    final class Folder {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("evex-curate-\(UUID().uuidString)")
        var root: URL { base.appendingPathComponent("corpus") }
        var cache: URL { base.appendingPathComponent("cache") }
        var curation: URL { root.appendingPathComponent("curation.knowledge.yaml") }

        init() throws {
            try write("articles/strike.txt", """
                Dockers end the harbour strike

                Labour Minister Anna Kowal met the Dockers Union in Valletta on Monday.

                Anna Kowal said the Dockers Union would end the strike after the Harbour Board agreed to talks.

                Kowal thanked Malta for its patience. The Harbour Board praised the Dockers Union.

                """)
        }

        deinit { try? FileManager.default.removeItem(at: base) }

        func write(_ path: String, _ text: String) throws {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }

        func evex(_ arguments: String...) throws -> EvexProcess.Output {
            try EvexProcess.run(arguments.map { $0 == "ROOT" ? root.path : $0 }, cache: cache)
        }

        func json(_ arguments: String...) throws -> [[String: Any]] {
            let output = try EvexProcess.run(arguments.map { $0 == "ROOT" ? root.path : $0 }, cache: cache)
            #expect(output.status == 0, "\(output.stderr)")
            return try output.json() as? [[String: Any]] ?? []
        }
    }

    /// `evex check --json`'s counts, relations among them (kept by each sync, not recounted).
    private static func counts(_ folder: Folder, _ options: [String]) throws -> [String: Int] {
        let output = try EvexProcess.run(["check", folder.root.path, "--json"] + options, cache: folder.cache)
        let counts = ((try output.json() as? [String: Any])?["counts"] as? [String: Int]) ?? [:]
        #expect(counts["relations"] != nil, "\(output.stdout)\(output.stderr)")
        return counts
    }

    private static func ties(_ relations: [[String: Any]]) -> Set<String> {
        Set(relations.map { "\($0["subject"] ?? "") \($0["predicate"] ?? "") \($0["object"] ?? "") \($0["origin"] ?? "")" })
    }

    @Test("a curation shows the same in entities and relations --json, in a CSV export, and in an index built from scratch")
    func sameEverywhere() throws {
        let folder = try Folder()
        var output = try folder.evex("curate", "ROOT", "confirm", "Harbour Board", "--kind", "organisation", "--json")
        #expect(output.status == 0, "\(output.stderr)")
        let reply = try output.json() as? [String: Any]
        #expect(reply?["summary"] as? String == "confirmed harbour-board as organisation")
        #expect(reply?["wrote"] as? Bool == true)
        output = try folder.evex("curate", "ROOT", "reject-relation", "Anna Kowal", "met", "Dockers Union")
        #expect(output.status == 0, "\(output.stderr)")
        output = try folder.evex("curate", "ROOT", "relate", "harbour-board", "supported", "Dockers Union", "--article", "articles/strike", "--sentence", "1")
        #expect(output.status == 0, "\(output.stderr)")
        output = try folder.evex("curate", "ROOT", "reject", "Valletta")
        #expect(output.status == 0, "\(output.stderr)")

        let relations = try folder.json("relations", "ROOT", "--json")
        let ties = Self.ties(relations)
        #expect(ties.contains("harbour-board supported dockers-union curated"))
        #expect(!ties.contains("anna-kowal met dockers-union pattern"))
        #expect(!ties.contains { $0.contains("valletta") })
        let supported = relations.first { $0["predicate"] as? String == "supported" }
        let evidence = (supported?["evidence"] as? [[String: Any]])?.first
        #expect(evidence?["article"] as? String == "articles/strike")
        #expect((evidence?["text"] as? String)?.contains("the Harbour Board agreed to talks") == true)

        let entities = try folder.json("entities", "ROOT", "--json")
        let board = entities.first { $0["id"] as? String == "harbour-board" }
        #expect(board?["kind"] as? String == "organisation")
        #expect(board?["confirmed"] as? Bool == true)
        #expect(!entities.contains { $0["id"] as? String == "valletta" })

        output = try folder.evex("export", "ROOT", "--format", "csv", "--table", "relations")
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("harbour-board,supported,dockers-union,curated"), "\(output.stdout)")
        #expect(!output.stdout.contains("anna-kowal,met,dockers-union"))
        #expect(!output.stdout.contains("valletta"))

        // A new index, built from the folder alone, says the same.
        let fresh = folder.base.appendingPathComponent("fresh.sqlite").path
        output = try folder.evex("index", "ROOT", "--index", fresh)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(Self.ties(try folder.json("relations", "ROOT", "--index", fresh, "--json")) == ties)
        let freshEntities = try folder.json("entities", "ROOT", "--index", fresh, "--json")
        #expect(freshEntities.map { $0["id"] as? String } == entities.map { $0["id"] as? String })
    }

    @Test("undo takes back the last change; a rejected entity stays rejected across a resync until then")
    func undoAndResync() throws {
        let folder = try Folder()
        #expect(try folder.evex("curate", "ROOT", "reject", "dockers-union").status == 0)
        try folder.write("articles/later.txt", "Talks resume\n\nThe Dockers Union met the Harbour Board again on Friday.\n")
        #expect(!(try folder.json("entities", "ROOT", "--json")).contains { $0["id"] as? String == "dockers-union" })
        let output = try folder.evex("curate", "ROOT", "undo", "--json")
        #expect((try output.json() as? [String: Any])?["summary"] as? String == "undid: rejected dockers-union")
        #expect(try folder.json("entities", "ROOT", "--json").contains { $0["id"] as? String == "dockers-union" })
        let again = try folder.evex("curate", "ROOT", "undo")
        #expect(again.status == 1)
        #expect(again.stderr.contains("nothing to undo"))
    }

    @Test("mistakes are refused with what to do: an unknown entity, a conflict on disk")
    func typedErrors() throws {
        let folder = try Folder()
        var output = try folder.evex("curate", "ROOT", "merge", "Nobody", "Malta")
        #expect(output.status == 1)
        #expect(output.stderr.contains("No entity “Nobody”"), "\(output.stderr)")
        output = try folder.evex("curate", "ROOT", "split", "anna-kowal", "Malta")
        #expect(output.status == 1)
        #expect(output.stderr.contains("is not an alias of anna-kowal"), "\(output.stderr)")
        try folder.write("curation.knowledge.yaml", "entities:\n  - { id: x, name: X, colour: red }\n")
        output = try folder.evex("curate", "ROOT", "confirm", "Harbour Board")
        #expect(output.status == 1)
        #expect(output.stderr.contains("curation.knowledge.yaml has problems evex will not write over"), "\(output.stderr)")
        #expect(try String(contentsOf: folder.curation, encoding: .utf8) == "entities:\n  - { id: x, name: X, colour: red }\n")
    }

    @Test("a name with an escape sequence is printed sanitised, written escaped, and read back as typed")
    func hostileName() throws {
        let folder = try Folder()
        let name = "Board \u{1B}]0;owned\u{07} \"quoted\""
        let output = try folder.evex("curate", "ROOT", "rename", "harbour-board", name)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(!output.stdout.contains("\u{1B}") && !output.stdout.contains("\u{07}"), "\(output.stdout)")
        let text = try String(contentsOf: folder.curation, encoding: .utf8)
        #expect(text.contains("name: \"Board \\u001B]0;owned\\u0007 \\\"quoted\\\"\""), "\(text)")
        let entities = try folder.json("entities", "ROOT", "--json")
        #expect(entities.first { $0["id"] as? String == "harbour-board" }?["name"] as? String == name)
    }

    @Test("evex curate killed while it writes the file leaves it whole: the old content or the new")
    func killedDuringWrite() throws {
        let folder = try Folder()
        // A long quote makes the write long enough to be caught in the middle.
        let quote = String(repeating: "The board met again. ", count: 200_000)
        let original = """
            relations:
              - subject: "harbour-board"
                predicate: "met"
                object: "dockers-union"
                quote: "\(quote)"

            """
        try folder.write("curation.knowledge.yaml", original)
        var caught = false
        for _ in 0..<5 where !caught {
            let child = try SpawnedChild.evex(["curate", folder.root.path, "alias", "malta", "Melita"], cache: folder.cache)
            caught = child.waitUntil {
                ((try? FileManager.default.contentsOfDirectory(atPath: folder.root.path)) ?? []).contains { $0.hasSuffix(".partial") }
            }
            child.kill()
            let text = try String(contentsOf: folder.curation, encoding: .utf8)
            let whole = text == original || (text.contains("aliases: [\"Melita\"]") && text.contains("quote: \"\(quote)\"\n"))
            #expect(whole, "the file is neither the old one nor the new one (\(text.utf8.count) bytes)")
            if !caught { try folder.write("curation.knowledge.yaml", original) }
        }
        #expect(caught, "no attempt was killed during the write")
        // The next write goes through, and clears what the killed one left.
        let output = try folder.evex("curate", "ROOT", "alias", "malta", "Melita")
        #expect(output.status == 0, "\(output.stderr)")
        #expect(try String(contentsOf: folder.curation, encoding: .utf8).contains("aliases: [\"Melita\"]"))
        #expect(!(try FileManager.default.contentsOfDirectory(atPath: folder.root.path)).contains { $0.hasSuffix(".partial") })
    }

    @Test("evex state import killed while it writes leaves a state file that still reads")
    func killedDuringStateWrite() throws {
        let folder = try Folder()
        let lines = (0..<3_000).map { "{\"kind\":\"entity\",\"id\":\"e\($0)\",\"read\":false,\"starred\":true}" }.joined(separator: "\n")
        let marks = folder.base.appendingPathComponent("marks.jsonl")
        try Data(lines.utf8).write(to: marks)
        let file = folder.root.appendingPathComponent(".evex/state.sqlite")
        let child = try SpawnedChild.evex(["state", "import", folder.root.path, marks.path], cache: folder.cache)
        let caught = child.waitUntil {
            // Some marks committed (an empty state file is 16 KB), more to come.
            ((try? FileManager.default.attributesOfItem(atPath: file.path))?[.size] as? NSNumber)?.intValue ?? 0 > 32 * 1024
        }
        child.kill()
        #expect(caught, "the import ended before it was killed")
        let output = try folder.evex("state", "export", "ROOT")
        #expect(output.status == 0, "\(output.stderr)")
        let exported = output.stdout.split(separator: "\n")
        #expect(exported.allSatisfy { $0.hasPrefix("{") && $0.hasSuffix("}") })
        #expect(exported.count > 0 && exported.count < 3_000, "killed after some marks and before the last: \(exported.count)")
    }

    @Test("evex search note: finds what your notes say, and opens no state file when the query has no note:")
    func searchNotes() throws {
        let folder = try Folder()
        let marks = folder.base.appendingPathComponent("marks.jsonl")
        try Data("{\"kind\":\"article\",\"id\":\"articles/strike\",\"read\":true,\"starred\":false,\"note\":\"Ask the board\"}\n".utf8).write(to: marks)
        _ = try folder.evex("search", "ROOT", "strike", "--json")
        #expect(!FileManager.default.fileExists(atPath: folder.root.appendingPathComponent(".evex").path))
        #expect(try folder.evex("state", "import", "ROOT", marks.path).status == 0)
        let output = try folder.evex("search", "ROOT", "note:board", "--json")
        #expect(output.status == 0, "\(output.stderr)")
        let articles = (try output.json() as? [String: Any])?["articles"] as? [[String: Any]]
        #expect(articles?.map { $0["id"] as? String } == ["articles/strike"])
        let none = try folder.evex("search", "ROOT", "note:board minister-less", "--json")
        #expect(((try none.json() as? [String: Any])?["articles"] as? [[String: Any]])?.isEmpty == true)
    }

    @Test("a knowledge entity merged, then the merge undone: the index and one built from scratch agree each time")
    func mergeKnowledgeEntityInIndex() throws {
        let folder = try Folder()
        try folder.write("knowledge.yaml", """
            entities:
              - { id: harbour-guild, name: Harbour Guild, kind: organisation }
            relations:
              - { subject: harbour-guild, predicate: ally_of, object: dockers-union }

            """)
        let before = Self.ties(try folder.json("relations", "ROOT", "--json"))
        #expect(before.contains("harbour-guild ally_of dockers-union curated"))
        #expect(try folder.evex("curate", "ROOT", "merge", "Harbour Guild", "Harbour Board").status == 0)
        let merged = Self.ties(try folder.json("relations", "ROOT", "--json"))
        #expect(merged.contains("harbour-board ally_of dockers-union curated"))
        #expect(!merged.contains { $0.contains("harbour-guild") })
        let fresh = folder.base.appendingPathComponent("fresh.sqlite").path
        #expect(Self.ties(try folder.json("relations", "ROOT", "--index", fresh, "--json")) == merged)
        #expect(try Self.counts(folder, []) == Self.counts(folder, ["--index", fresh]))
        #expect(try folder.evex("curate", "ROOT", "undo").status == 0)
        #expect(Self.ties(try folder.json("relations", "ROOT", "--json")) == before)
        #expect(Self.ties(try folder.json("relations", "ROOT", "--index", fresh, "--json")) == before)
        #expect(try Self.counts(folder, []) == Self.counts(folder, ["--index", fresh]))
    }
}
