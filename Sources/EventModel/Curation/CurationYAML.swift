/// Writes a ``Curation`` as a knowledge file: one entry a block, one key a line, every value quoted,
/// so that a change is a small diff and any name (quotes, colons, control characters) reads back as written.
public enum CurationYAML {
    static let header = """
        # Curation of this corpus, written by evex (`evex curate`, or the curation keys of the explorer).
        # The knowledge format (see knowledge.yaml) with three sections of its own: merged, split and
        # rejected. Edit it and commit it like any knowledge file; evex applies it on every load and
        # writes it again without comments.

        """

    /// The file's text: a header comment, then `entities:`, `merged:`, `split:`, `rejected:` and
    /// `relations:`, each left out when empty; ``KnowledgeParser`` reads it back to the same curation.
    public static func render(_ curation: Curation) -> String {
        var out = header
        section("entities", curation.entities, into: &out) { entity in
            var lines = [("id", quote(entity.id)), ("name", quote(entity.name)), ("kind", entity.kind.rawValue)]
            if !entity.aliases.isEmpty { lines.append(("aliases", list(entity.aliases))) }
            if let description = entity.description { lines.append(("description", quote(description))) }
            if !entity.externalIDs.isEmpty {
                lines.append(("ids", "{ " + entity.externalIDs.sorted { $0.key < $1.key }.map { "\(quote($0.key)): \(quote($0.value))" }
                    .joined(separator: ", ") + " }"))
            }
            return lines
        }
        section("merged", curation.merges, into: &out) { merge in
            [("from", quote(merge.from)), ("into", quote(merge.into))] + (merge.names.isEmpty ? [] : [("names", list(merge.names))])
        }
        section("split", curation.splits, into: &out) { split in
            [("alias", quote(split.alias)), ("from", quote(split.from)), ("entity", quote(split.entity)), ("kind", split.kind.rawValue)]
        }
        let rejected: [CurationEntry] = curation.rejectedEntities.map(CurationEntry.rejectedEntity)
            + curation.rejectedRelations.map(CurationEntry.rejectedRelation)
        section("rejected", rejected, into: &out) { entry in
            switch entry {
            case .rejectedEntity(let entity):
                return [("entity", quote(entity.id))] + (entity.names.isEmpty ? [] : [("names", list(entity.names))])
            case .rejectedRelation(let relation):
                return [("subject", quote(relation.subject)), ("predicate", quote(relation.predicate.rawValue)),
                        ("object", quote(relation.object)), ("origin", relation.origin.rawValue)]
            default: return []
            }
        }
        section("relations", curation.relations, into: &out) { relation in
            var lines = [("subject", quote(relation.subject)), ("predicate", quote(relation.predicate.rawValue)),
                         ("object", quote(relation.object))]
            if let role = relation.role { lines.append(("role", quote(role))) }
            if let article = relation.article { lines.append(("article", quote(article))) }
            if let sentence = relation.sentence { lines.append(("sentence", String(sentence))) }
            if let quoteText = relation.quote { lines.append(("quote", quote(quoteText))) }
            if let note = relation.note { lines.append(("note", quote(note))) }
            return lines
        }
        return out
    }

    private static func section<T>(_ name: String, _ items: [T], into out: inout String, _ lines: (T) -> [(String, String)]) {
        guard !items.isEmpty else { return }
        out += "\(name):\n"
        for item in items {
            for (index, (key, value)) in lines(item).enumerated() {
                out += (index == 0 ? "  - " : "    ") + key + ": " + value + "\n"
            }
        }
    }

    private static func list(_ values: [String]) -> String {
        "[" + values.map(quote).joined(separator: ", ") + "]"
    }

    /// A YAML double-quoted scalar: backslash escapes for quotes, backslashes and every character
    /// YAML would not keep as written (controls, line and paragraph separators, the byte order mark).
    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                let value = scalar.value
                if value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029 || value == 0xFEFF {
                    let hex = String(value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
