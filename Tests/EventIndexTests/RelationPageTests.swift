import EventIndex
import EventModel
import Foundation
import Testing

/// Exports read relations a page at a time; a page must hold exactly what the whole read holds.
@Suite("Relation pages")
struct RelationPageTests {
    /// Curated ties (one with an office), a pattern, and co-occurrence in many articles: Veloria and
    /// Ostland share a sentence in 55 of them, more than an excerpt keeps articles of.
    private func corpus() throws -> TempCorpus {
        let folder = try TempCorpus()
        try folder.write("knowledge.yaml", """
            entities:
              - {id: veloria, name: Veloria, kind: country}
              - {id: ostland, name: Ostland, kind: country}
              - {id: mara-voss, name: Mara Voss, kind: person}
              - {id: iron-front, name: Iron Front, kind: organisation}
            relations:
              - {subject: mara-voss, predicate: role_of, object: veloria, role: President}
              - {subject: iron-front, predicate: active_in, object: ostland, note: Seen at the border}
              - {subject: veloria, predicate: ally_of, object: ostland}

            """)
        for number in 0..<55 {
            try folder.article(String(format: "day-%02d", number), title: "Day \(number)",
                               "Veloria and Ostland held talks on day \(number).",
                               number % 5 == 0 ? "Mara Voss said the Iron Front claimed responsibility for the bombing in Ostland." : "Nothing else.")
        }
        return folder
    }

    private func walk(_ store: any CorpusStore, _ subject: String, limit: Int) throws -> [RelationExcerpt] {
        var all: [RelationExcerpt] = []
        while true {
            let page = try store.relationPage(subject: subject, after: all.last?.key, limit: limit)
            all += page
            if page.count < limit { return all }
        }
    }

    private func expected(_ store: any CorpusStore, _ subject: String) throws -> [RelationExcerpt] {
        try store.relations(of: subject).filter { $0.subject == subject }.map(RelationExcerpt.init).sorted { $0.key < $1.key }
    }

    @Test("pages of any size hold what the whole read holds, in the index and in memory")
    func pagesEqualWholeRead() throws {
        let folder = try corpus()
        let (index, _) = try folder.synced()
        let memory = MemoryCorpusStore(CorpusLoader.load(root: folder.root))
        let ids = try index.entities(kind: nil, range: 0..<1000).map(\.id)
        #expect(ids.count >= 4)
        for id in ids {
            let whole = try expected(index, id)
            #expect(try walk(index, id, limit: 1) == whole, "\(id)")
            #expect(try walk(index, id, limit: 3) == whole, "\(id)")
            #expect(try walk(memory, id, limit: 2) == whole, "\(id)")
        }
        #expect(try index.relationPage(subject: "no-such-entity", after: nil, limit: 10).isEmpty)
    }

    @Test("an excerpt keeps the first sentence and 50 articles, and counts every sentence")
    func excerptCounts() throws {
        let folder = try corpus()
        let (index, _) = try folder.synced()
        let page = try index.relationPage(subject: "ostland", after: nil, limit: 100)
        let tie = try #require(page.first { $0.relation.object == "veloria" && $0.relation.origin == .cooccurrence })
        #expect(tie.evidenceCount == 55)
        #expect(tie.relation.weight == 55)
        #expect(tie.relation.evidence.count == 1)
        #expect(tie.relation.evidence.first?.text == "Veloria and Ostland held talks on day 0.")
        #expect(tie.articles.count == 50)
        #expect(tie.articles.first == "articles/day-00" && tie.articles.last == "articles/day-49")
    }

    @Test("the entities tied to one are those its relations name, for every origin")
    func relatedEntities() throws {
        let folder = try corpus()
        let (index, _) = try folder.synced()
        for id in ["veloria", "ostland", "mara-voss", "iron-front"] {
            for origin in [nil] + RelationOrigin.allCases.map(Optional.some) {
                let ties = try index.relations(of: id).filter { origin == nil || $0.origin == origin }
                let expected = Set(ties.map { $0.subject == id ? $0.object : $0.subject }).sorted()
                #expect(try index.relatedEntityIDs(of: id, origin: origin) == expected, "\(id) \(String(describing: origin))")
            }
        }
    }

    @Test("article ids come sorted, a page at a time, each once")
    func articleIDPages() throws {
        let folder = try corpus()
        let (index, _) = try folder.synced()
        var ids: [String] = []
        while true {
            let page = try index.articleIDPage(after: ids.last, limit: 7)
            ids += page
            if page.count < 7 { break }
        }
        #expect(ids == (0..<55).map { String(format: "articles/day-%02d", $0) })
    }

    @Test("every export of the index is byte for byte the export of the same corpus in memory")
    func indexExportsEqualMemoryExports() throws {
        let folder = try corpus()
        let (index, _) = try folder.synced()
        let memory = MemoryCorpusStore(CorpusLoader.load(root: folder.root))
        let cases: [(ExportFormat, CSVTable)] = ExportFormat.allCases.filter { $0 != .csv }.map { ($0, .relations) }
            + CSVTable.allCases.map { (.csv, $0) }
        for (format, table) in cases {
            for filter in [ExportFilter(), ExportFilter(kind: .country), ExportFilter(origin: .cooccurrence), ExportFilter(entity: "mara-voss", hops: 2)] {
                let fromIndex = ExportOutput(), fromMemory = ExportOutput()
                try Exporter.export(index, format: format, filter: filter, table: table, to: fromIndex)
                try Exporter.export(memory, format: format, filter: filter, table: table, to: fromMemory)
                #expect(!fromIndex.text.isEmpty)
                #expect(fromIndex.text == fromMemory.text, "\(format) \(table) \(filter)")
            }
        }
    }
}
