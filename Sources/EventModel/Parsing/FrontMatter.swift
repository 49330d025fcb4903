import Foundation
import Yams

/// The YAML block between `---` lines at the top of a Markdown article.
struct FrontMatter {
    var id: String?
    var title: String?
    var date: String?
    var source: String?
    var url: String?
    var authors: [String] = []
    var tags: [String] = []
    var language: String?

    /// Where the front matter ends and the body starts, as an index into the file's lines.
    struct Split {
        var yaml: String
        /// File line of the YAML's first line.
        var firstLine: Int
        /// Index of the first body line in `lines`.
        var bodyLine: Int
    }

    /// Finds the front matter block: `nil` when the file has none, an error when it never closes.
    static func split(_ bytes: [UInt8], lines: [ByteLine], path: String) -> Result<Split, ArticleParseError>? {
        guard let first = lines.first, isFence(bytes[first.start..<first.end], closing: false) else { return nil }
        for index in lines.indices.dropFirst() where isFence(bytes[lines[index].start..<lines[index].end], closing: true) {
            let yaml = String(decoding: bytes[first.next..<lines[index].start], as: UTF8.self)
            return .success(Split(yaml: yaml, firstLine: first.number + 1, bodyLine: index + 1))
        }
        return .failure(ArticleParseError(
            code: .unterminatedFrontMatter, path: path, line: first.number,
            message: "the front matter opened here is never closed; add a line \"---\" after its last key"))
    }

    private static func isFence(_ line: ArraySlice<UInt8>, closing: Bool) -> Bool {
        let trimmed = Bytes.trimmed(line)
        if trimmed.elementsEqual([0x2D, 0x2D, 0x2D]) { return true }
        return closing && trimmed.elementsEqual([0x2E, 0x2E, 0x2E])
    }

    /// Reads the keys evex knows; problems become diagnostics with the file's line.
    static func parse(_ split: Split, path: String) -> (FrontMatter, [Diagnostic]) {
        var matter = FrontMatter()
        var diagnostics: [Diagnostic] = []
        let offset = split.firstLine - 1
        let root: Node?
        do {
            root = try Yams.compose(yaml: split.yaml)
        } catch {
            let problem = YAMLProblem(error)
            diagnostics.append(.error(
                path, line: problem.line.map { $0 + offset } ?? split.firstLine,
                "the front matter is not valid YAML (\(problem.message)); fix it or remove it"))
            return (matter, diagnostics)
        }
        guard let root else { return (matter, diagnostics) }
        guard let mapping = root.mapping else {
            diagnostics.append(.error(
                path, line: (root.mark?.line).map { $0 + offset } ?? split.firstLine,
                "the front matter must be \"key: value\" lines; ignored"))
            return (matter, diagnostics)
        }
        func line(_ node: Node) -> Int { (node.mark?.line).map { $0 + offset } ?? split.firstLine }
        func text(_ key: String, _ node: Node) -> String? {
            if let scalar = node.scalar {
                let value = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
                return value.isEmpty || node.null != nil ? nil : value
            }
            diagnostics.append(.warning(path, line: line(node), "front matter \"\(key)\" should be a single value; ignored"))
            return nil
        }
        func list(_ key: String, _ node: Node, splitCommas: Bool) -> [String] {
            if let sequence = node.sequence {
                var values: [String] = []
                for item in sequence {
                    if let value = item.scalar?.string.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty {
                        values.append(value)
                    } else if item.scalar == nil {
                        diagnostics.append(.warning(path, line: line(item), "front matter \"\(key)\" items should be plain values; ignored"))
                    }
                }
                return values
            }
            guard let value = text(key, node) else { return [] }
            guard splitCommas else { return [value] }
            return value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string.lowercased() else { continue }
            switch key {
            case "id": matter.id = text(key, value)
            case "title": matter.title = text(key, value).map(collapseWhitespace)
            case "source": matter.source = text(key, value)
            case "url": matter.url = text(key, value)
            case "language", "lang": matter.language = text(key, value)
            case "authors", "author": matter.authors = list(key, value, splitCommas: false)
            case "tags": matter.tags = list(key, value, splitCommas: true)
            case "date":
                guard let raw = text(key, value) else { continue }
                if let date = DateText.normalize(raw) {
                    matter.date = date
                } else {
                    diagnostics.append(.warning(
                        path, line: line(value),
                        "date \"\(raw)\" is not an ISO 8601 date such as 2024-03-22; the article is shown undated"))
                }
            default:
                continue  // Other tools' keys (draft, layout, ...) are none of evex's business.
            }
        }
        return (matter, diagnostics)
    }

    static func collapseWhitespace(_ text: String) -> String {
        var out: [UInt8] = []
        Bytes.appendNormalized(ArraySlice(text.utf8), to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}

/// The message and line of a Yams error.
struct YAMLProblem {
    var message: String
    var line: Int?

    init(_ error: any Error) {
        guard let yaml = error as? YamlError else {
            message = "\(error)"
            return
        }
        switch yaml {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            message = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            line = mark.line
        case .duplicatedKeysInMapping(let duplicates, let context):
            message = "the key \(duplicates.joined(separator: ", ")) appears twice"
            line = context.mark.line
        case .reader(let problem, _, _, _):
            message = problem
        default:
            message = "\(yaml)"
        }
    }
}
