import EventModel
import Foundation
import Testing
@testable import EventIndex

/// A query that names many entities reads them through the index on mentions; it must give the page
/// that ranking every match gives.
@Suite("Entities of a broad query")
struct EntityRankingTests {
    /// Forty people whose names begin with a few letters in common, some with an alias beginning with
    /// others, mentioned from zero to seven times, several as often as each other.
    private func corpus() throws -> TempCorpus {
        let folder = try TempCorpus()
        let stems = ["Bra", "Bre", "Bri", "Sta", "Ste", "Bro"]
        var entities = ""
        var names: [String] = []
        for number in 0..<40 {
            let name = "\(stems[number % stems.count])\(["dley", "nton", "ssel", "vic", "ndor"][number % 5]) Kal\(number)"
            names.append(name)
            let alias = number % 4 == 0 ? ", aliases: [\"Br\(number)\"]" : number % 7 == 0 ? ", aliases: [\"Sta\"]" : ""
            entities += "  - {id: p\(number), name: \(name), kind: person\(alias)}\n"
        }
        try folder.write("knowledge.yaml", "entities:\n" + entities + "\n")
        for number in 0..<40 {
            // Mentions: number % 8, so runs of equal mentions; those of 0 are listed for being curated.
            let mentions = number % 8
            guard mentions > 0 else { continue }
            let sentences = (0..<mentions).map { "\(names[number]) spoke on day \($0)." }
            try folder.article("a\(number)", title: "Day \(number)", sentences.joined(separator: " "))
        }
        return folder
    }

    @Test("the page read through the index on mentions is the page of every match ranked")
    func samePage() throws {
        let folder = try corpus()
        let corpus = try folder.synced().corpus
        var walked = 0
        for text in ["b", "br", "bra", "bre", "st", "sta", "kal", "br kal", "bri OR sta"] {
            for asYouType in [true, false] {
                let query = try SearchQuery.parse(asYouType ? text : text + "*", asYouType: asYouType)
                guard let match = FTSExpression.entities(query) else { continue }
                for limit in [1, 2, 3, 5, 8, 20, 100] {
                    let expected = try corpus.search(query, limit: limit, asYouType: asYouType).entities
                    let page = try corpus.read { db in
                        try EntityRanking.page(db, match: match, typed: EntityRanking.typed(query), limit: limit, threshold: 0)
                    }
                    #expect((page ?? []) == expected, "\(text) as you type \(asYouType), \(limit) rows")
                    if !(page ?? []).isEmpty { walked += 1 }
                }
            }
        }
        #expect(walked > 20)
    }

    @Test("a group of more entities than are ranked whole is cut to its most mentioned, ties at the cut kept")
    func wideGroup() throws {
        // 150 people named "Bra… Kel" and 40 named "Kel Bra…", mentioned from zero to five times: runs of equal
        // mentions across any page's end, and for "bra" (or "kel") a group of 150 beside one of 40.
        let folder = try TempCorpus()
        var entities = ""
        var names: [String] = []
        for number in 0..<190 {
            let stem = "Bra\(["dley", "nton", "ssel", "vic", "ndor"][number % 5])\(number)"
            let name = number < 150 ? "\(stem) Kel" : "Kel \(stem)"
            names.append(name)
            entities += "  - {id: w\(number), name: \(name), kind: person}\n"
        }
        try folder.write("knowledge.yaml", "entities:\n" + entities + "\n")
        for number in 0..<190 where number % 6 > 0 {
            let sentences = (0..<(number % 6)).map { "\(names[number]) spoke on day \($0)." }
            try folder.article("w\(number)", title: "Day \(number)", sentences.joined(separator: " "))
        }
        let corpus = try folder.synced().corpus
        var narrowed = 0
        for text in ["bra", "br", "kel", "kel bra"] {
            for asYouType in [true, false] {
                let query = try SearchQuery.parse(asYouType ? text : text + "*", asYouType: asYouType)
                let match = try #require(FTSExpression.entities(query))
                let matches = try corpus.read { db in
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM entity_fts WHERE entity_fts MATCH ?", arguments: [match]) ?? 0
                }
                #expect(matches >= 190 && matches <= EntityRanking.manyMatches, "\(text)")
                for limit in [1, 2, 5, 8, 20, 24, 25, 50, 100, 160] {
                    // Under the threshold the search ranks every match in one statement.
                    let expected = try corpus.search(query, limit: limit, asYouType: asYouType).entities
                    // 160: a group of 150 is ranked without the walk of the index on mentions, cut first.
                    for threshold in [0, 160] {
                        let page = try corpus.read { db in
                            try EntityRanking.page(db, match: match, typed: EntityRanking.typed(query), limit: limit, threshold: threshold)
                        }
                        #expect(page == expected, "\(text) as you type \(asYouType), \(limit) rows, threshold \(threshold)")
                        if threshold > 0 { narrowed += 1 }
                    }
                    // The same groups from memory (EntityTerms): runs of equal mentions across the page's end.
                    let fromMemory = try corpus.read { db in
                        let terms = try #require(try EntityTerms.terms(db, query))
                        let table = try #require(try EntityTerms.read(db))
                        return try EntityRanking.page(db, match: match, typed: EntityRanking.typed(query), limit: limit, threshold: 0,
                                                      memory: { (table, terms) })
                    }
                    #expect(fromMemory == expected, "\(text) as you type \(asYouType), \(limit) rows, from memory")
                }
            }
        }
        #expect(narrowed > 0)
    }

    @Test("the page found in memory (EntityTerms) is the page of every match ranked")
    func samePageFromMemory() throws {
        let folder = try corpus()
        // Accented names and aliases: FTS5 folds them, and so must the terms found in memory.
        let knowledge = try String(contentsOf: folder.root.appendingPathComponent("knowledge.yaml"), encoding: .utf8)
        try folder.write("knowledge.yaml", knowledge + """
              - {id: q1, name: Brégand Vôle, kind: person, aliases: ["Brève"]}
              - {id: q2, name: Stéfan Brå, kind: person}

            """)
        try folder.article("q", title: "Visit", "Brégand Vôle met Stéfan Brå. Brégand Vôle left.")
        let corpus = try folder.synced().corpus
        var found = 0
        for text in ["b", "br", "bra", "bré", "bre", "st", "sta", "ste", "kal", "br kal", "kal0", "vôle", "bri OR sta", "br -kal"] {
            for asYouType in [true, false] {
                let query = try SearchQuery.parse(asYouType ? text : text + "*", asYouType: asYouType)
                guard let match = FTSExpression.entities(query) else { continue }
                let memory = try corpus.read { db -> (table: EntityTerms, terms: [EntityTerms.Term])? in
                    guard let terms = try EntityTerms.terms(db, query), let table = try EntityTerms.read(db) else { return nil }
                    return (table, terms)
                }
                if memory != nil { found += 1 }
                // An OR and an exclusion are read through FTS5.
                if text.contains(" OR ") || text.contains("-") { #expect(memory == nil, "\(text)") }
                for limit in [1, 2, 3, 5, 8, 20, 100] {
                    let expected = try corpus.search(query, limit: limit, asYouType: asYouType).entities
                    let page = try corpus.read { db in
                        try EntityRanking.page(db, match: match, typed: EntityRanking.typed(query), limit: limit, threshold: 0,
                                               memory: { memory })
                    }
                    #expect((page ?? []) == expected, "\(text) as you type \(asYouType), \(limit) rows")
                }
            }
        }
        #expect(found >= 20)
    }

    @Test("the terms in memory are FTS5's: each finds the entities its match finds")
    func termsAsFTS5() throws {
        let corpus = try corpus().synced().corpus
        try corpus.read { db in
            let table = try #require(try EntityTerms.read(db))
            for text in ["b", "br", "bra", "kal1", "kal", "sta", "x", "dley"] {
                for prefix in [true, false] {
                    let query = try SearchQuery.parse(prefix ? text + "*" : text, asYouType: false)
                    let terms = try #require(try EntityTerms.terms(db, query))
                    let match = try #require(FTSExpression.entities(query))
                    let expected = Set(try Int64.fetchAll(db, sql: "SELECT rowid FROM entity_fts WHERE entity_fts MATCH ?", arguments: [match]))
                    let bits = table.matching(terms)
                    let found = Set((0..<Int64(bits.bits.count * 8)).filter { bits.bits[Int($0 / 8)] & (1 << UInt8($0 % 8)) != 0 })
                    #expect(found == expected, "\(text), prefix \(prefix)")
                    #expect(bits.count == expected.count)
                }
            }
        }
    }
}
