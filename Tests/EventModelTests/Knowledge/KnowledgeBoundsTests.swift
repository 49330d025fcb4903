import Testing
@testable import EventModel

@Suite("Knowledge files that expand")
struct KnowledgeBoundsTests {
    /// One anchor of `aliases` aliases, reused by `entities` more entities: the shape of a small file
    /// that expands a thousandfold.
    private func anchored(aliases: Int, entities: Int) -> String {
        var yaml = "entities:\n  - id: e0\n    name: Entity 0\n    aliases: &many\n"
        for index in 0..<aliases { yaml += "      - alias \(index)\n" }
        for index in 1...entities { yaml += "  - { id: e\(index), name: Entity \(index), aliases: *many }\n" }
        return yaml
    }

    @Test("one anchor of 1,000 aliases in 999 entities: aliases capped, one owner each, warnings capped with a count")
    func anchorReuse() {
        let (base, diagnostics) = KnowledgeParser.parse(text: anchored(aliases: 1_000, entities: 999), path: "knowledge.yaml")
        let entities = base?.entities ?? []
        #expect(entities.count == 1_000)
        #expect(entities.first?.aliases.count == 100)
        #expect(entities.dropFirst().allSatisfy { $0.aliases.isEmpty })
        // Each cause: at most 10 lines, then one line with the count of the rest.
        #expect(diagnostics.count <= 2 * 11)
        #expect(diagnostics.contains { $0.message.hasPrefix("990 more problems of this kind (too many aliases)") })
        let shared = 999 * 100 - 10
        #expect(diagnostics.contains { $0.message.hasPrefix("\(shared) more problems of this kind (a name used by two entries)") })
        let (catalog, catalogDiagnostics) = EntityCatalog.build(knowledge: [base!], contributions: [])
        #expect(catalogDiagnostics.isEmpty)
        #expect(catalog.resolve(name: "alias 7")?.id == "e0")
    }

    @Test("a file that expands past the limit stops with an error saying why")
    func expansionLimit() {
        // 300 participants reused by 40 events: 12,000 values once expanded, past a limit of 10,000
        // (the real limit is 1,000,000; the same code path, a hundredth of the work).
        var yaml = "events:\n  - { id: e0, name: Event 0, participants: &many [" + (0..<300).map { "p\($0)" }.joined(separator: ", ") + "] }\n"
        for index in 1..<40 { yaml += "  - { id: e\(index), name: Event \(index), participants: *many }\n" }
        let (base, diagnostics) = KnowledgeParser.parse(text: yaml, path: "knowledge.yaml", valueLimit: 10_000)
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.message.contains("expands to more than 10000 values") == true)
        #expect((base?.events.count ?? 0) < 40)
    }

    @Test("YAML nested too deeply says so in the user's words")
    func deepNesting() {
        let yaml = "entities: " + String(repeating: "[", count: 1_200) + String(repeating: "]", count: 1_200) + "\n"
        let (base, diagnostics) = KnowledgeParser.parse(text: yaml, path: "knowledge.yaml")
        #expect(base == nil)
        #expect(diagnostics.count == 1)
        let message = diagnostics.first?.message ?? ""
        #expect(message.contains("nested more than 1000 levels deep"))
        #expect(!message.contains("yaml_set_max_nest_level"))
    }
}
