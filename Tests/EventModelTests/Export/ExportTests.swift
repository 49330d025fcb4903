import Foundation
import Testing
@testable import EventModel

/// Exports of a small corpus whose names carry what breaks careless writers: quotes, backslashes,
/// ampersands and non-Latin letters.
@Suite("Exports")
struct ExportTests {
    private static let knowledge = """
        entities:
          - id: quoted-front
            name: The "Quoted" Front \\ Wing
            kind: organisation
            aliases: [QFW]
          - id: lev-ivanov
            name: Лев Иванов
            kind: person
          - id: anna-berg
            name: Anna Berg & Sons
            kind: person
          - id: harbour-city
            name: Harbour City
            kind: place
        relations:
          - {subject: lev-ivanov, predicate: member_of, object: quoted-front}
          - {subject: lev-ivanov, predicate: role_of, object: quoted-front, role: Commander}
          - {subject: anna-berg, predicate: ally_of, object: lev-ivanov}
          - {subject: quoted-front, predicate: active_in, object: harbour-city}

        """

    private func store() throws -> MemoryCorpusStore {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("evex-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("articles"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try Data(Self.knowledge.utf8).write(to: root.appendingPathComponent("knowledge.yaml"))
        let article = "Harbour talks\n\nЛев Иванов met Anna Berg & Sons in Harbour City on Monday.\n\nThe QFW said Лев Иванов spoke for it.\n"
        try Data(article.utf8).write(to: root.appendingPathComponent("articles/talks.txt"))
        return MemoryCorpusStore(CorpusLoader.load(root: root))
    }

    private func export(_ format: ExportFormat, _ filter: ExportFilter = ExportFilter(), table: CSVTable = .relations) throws -> String {
        let out = ExportOutput()
        try Exporter.export(try store(), format: format, filter: filter, table: table, to: out)
        return out.text
    }

    @Test("the same corpus gives the same bytes, in every format")
    func deterministic() throws {
        for format in ExportFormat.allCases {
            #expect(try export(format) == export(format), "\(format)")
        }
    }

    @Test("DOT keeps quotes, backslashes and Cyrillic names intact and escaped")
    func dotEscaping() throws {
        let dot = try export(.dot)
        #expect(dot.contains(#""quoted-front" [label="The \"Quoted\" Front \\ Wing""#), "\(dot)")
        #expect(dot.contains(#"[label="Лев Иванов""#))
        #expect(dot.contains(#""lev-ivanov" -> "quoted-front" [label="role of (Commander)""#))
    }

    @Test("GraphML and GEXF escape markup and type every attribute")
    func xmlEscaping() throws {
        let graphML = try export(.graphml)
        #expect(graphML.contains("<data key=\"name\">Anna Berg &amp; Sons</data>"))
        #expect(graphML.contains("<data key=\"name\">The &quot;Quoted&quot; Front \\ Wing</data>"))
        #expect(graphML.contains("attr.name=\"mentions\" attr.type=\"int\""))
        let gexf = try export(.gexf)
        #expect(gexf.contains("label=\"Anna Berg &amp; Sons\""))
        #expect(gexf.contains("<attvalue for=\"confirmed\" value=\"true\"/>"))
        // networkx reads both in the end-to-end tests; here, no raw markup character is left in a value.
        #expect(!graphML.contains("& ") && !gexf.contains("\"Quoted\""))
    }

    @Test("XML escaping replaces characters XML 1.0 forbids")
    func forbiddenCharacters() {
        #expect(MarkupEscaping.xml("a\u{1B}b\u{0}c<") == "a\u{FFFD}b\u{FFFD}c&lt;")
        #expect(MarkupEscaping.dot("a\u{1B}\"b\\") == #""a \"b\\""#)
        #expect(MarkupEscaping.csv("plain") == "plain")
        #expect(MarkupEscaping.csv("a, \"b\"\nc") == "\"a, \"\"b\"\"\nc\"")
    }

    @Test("a kind filter keeps the relations between entities of that kind only")
    func kindFilter() throws {
        let csv = try export(.csv, ExportFilter(kind: .person))
        let rows = csv.split(separator: "\r\n").dropFirst()
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.hasPrefix("anna-berg,") || $0.hasPrefix("lev-ivanov,") })
        #expect(rows.allSatisfy { $0.contains(",anna-berg,") || $0.contains(",lev-ivanov,") })
    }

    @Test("an entity's neighbourhood: zero hops is the entity alone, one hop adds its relations' other ends")
    func neighbourhood() throws {
        let alone = try export(.csv, ExportFilter(entity: "anna-berg", hops: 0), table: .entities)
        #expect(alone.split(separator: "\r\n").dropFirst().map { $0.prefix(while: { $0 != "," }) } == ["anna-berg"])
        let one = try export(.csv, ExportFilter(origin: .curated, entity: "anna-berg", hops: 1), table: .entities)
        #expect(one.split(separator: "\r\n").dropFirst().map { String($0.prefix(while: { $0 != "," })) } == ["anna-berg", "lev-ivanov"])
        let two = try export(.csv, ExportFilter(origin: .curated, entity: "anna-berg", hops: 2), table: .entities)
        #expect(two.contains("quoted-front,"))
    }

    @Test("CSV mentions give the words as written and their offsets")
    func csvMentions() throws {
        let csv = try export(.csv, table: .mentions)
        #expect(csv.hasPrefix("article,entity,text,start,end,sentence\r\n"))
        #expect(csv.contains(",lev-ivanov,Лев Иванов,"))
        #expect(csv.contains("articles/talks,lev-ivanov,Лев Иванов,0,10,0\r\n"))
    }

    @Test("FtM: an office becomes a Position and an Occupancy, a membership a Membership, the article an Article")
    func ftmSchemata() throws {
        let lines = try export(.ftm).split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        let schemata = lines.compactMap { $0["schema"] as? String }
        for expected in ["Organization", "Person", "Address", "Membership", "Position", "Occupancy", "Associate", "UnknownLink", "Article", "Documentation"] {
            #expect(schemata.contains(expected), "no \(expected) in \(schemata)")
        }
        let ids = Set(lines.compactMap { $0["id"] as? String })
        #expect(ids.count == lines.count, "every id once")
        let position = try #require(lines.first { $0["schema"] as? String == "Position" })
        #expect((position["properties"] as? [String: [String]])?["name"] == ["Commander, The \"Quoted\" Front \\ Wing"])
    }
}
