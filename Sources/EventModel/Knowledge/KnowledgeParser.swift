import Foundation
import Yams

/// Reads a knowledge file (`knowledge.yaml`, `*.knowledge.yaml`): curated entities, relations
/// and events, each remembering the file and line that declares it.
///
/// ```yaml
/// entities:
///   - id: csto
///     name: Collective Security Treaty Organization
///     kind: organisation
///     aliases: [CSTO]
///     ids: { wikidata: Q1143161 }
/// relations:
///   - { subject: tajikistan, predicate: member_of, object: csto, since: 1994-04-20 }
/// events:
///   - { id: crocus-city-hall-attack, name: Crocus City Hall attack, date: 2024-03-22 }
/// ```
///
/// Lenient: a bad entry gives a diagnostic with its line and the others still load. Only YAML
/// that cannot be read at all loses the whole file.
public enum KnowledgeParser {
    /// Whether a file name is that of a knowledge file.
    public static func isKnowledgeFile(name: String) -> Bool {
        let lower = name.lowercased()
        return lower == "knowledge.yaml" || lower == "knowledge.yml" || lower.hasSuffix(".knowledge.yaml")
            || lower.hasSuffix(".knowledge.yml")
    }

    /// The name of the file evex writes curation to: `curation.knowledge.yaml` (see ``Curation``).
    public static let curationFileName = "curation.knowledge.yaml"

    /// Whether a file name is that of a curation file, whose entities override and which may hold
    /// `merged:`, `split:` and `rejected:`.
    public static func isCurationFile(name: String) -> Bool {
        let lower = name.lowercased()
        return lower == curationFileName || lower == "curation.knowledge.yml"
    }

    /// Parses a file's bytes; `base` is nil when nothing could be read from it.
    public static func parse(_ bytes: [UInt8], path: String) -> (base: KnowledgeBase?, diagnostics: [Diagnostic]) {
        guard bytes.count <= ArticleParser.maximumFileSize else {
            return (nil, [ArticleParser.tooLarge(path: path, size: bytes.count).diagnostic])
        }
        switch TextDecoding.validate(bytes) {
        case .failure(let failure):
            return (nil, [TextDecoding.error(failure, path: path).diagnostic])
        case .success(let start):
            return parse(text: String(decoding: bytes[start...], as: UTF8.self), path: path)
        }
    }

    /// Parses YAML text; `base` is nil when the YAML itself is malformed.
    public static func parse(text: String, path: String) -> (base: KnowledgeBase?, diagnostics: [Diagnostic]) {
        parse(text: text, path: path, valueLimit: KnowledgeReader.maximumValues)
    }

    /// `valueLimit`: see ``KnowledgeReader/maximumValues``; lower in tests.
    static func parse(text: String, path: String, valueLimit: Int) -> (base: KnowledgeBase?, diagnostics: [Diagnostic]) {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text, .default, .default, .utf8)
        } catch {
            let problem = YAMLProblem(error)
            return (nil, [.error(path, line: problem.line, "not valid YAML (\(problem.message)); nothing from this file was loaded")])
        }
        var reader = KnowledgeReader(path: path, valueLimit: valueLimit)
        // An empty file (or one of comments only) declares nothing; a curation file still reads as an empty curation.
        guard let root else { return (reader.base, []) }
        reader.read(root)
        return (reader.base, reader.diagnostics)
    }
}
