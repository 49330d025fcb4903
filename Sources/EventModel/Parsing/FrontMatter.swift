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

    /// Whether any key evex reads was given: a block without one may be text between two rules.
    var namesAnyKey: Bool {
        [id, title, date, source, url, language].contains { $0 != nil } || !authors.isEmpty || !tags.isEmpty
    }

    /// The YAML text and where the body starts.
    struct Split {
        var yaml: String
        /// File line of the YAML's first line.
        var firstLine: Int
        /// The body's first line.
        var body: ByteLines
    }

    /// Finds the front matter block: `nil` when the file has none, an error when it never closes.
    static func split(_ lines: ByteLines, path: String) -> Result<Split, ArticleParseError>? {
        var lines = lines
        let bytes = lines.bytes
        guard let first = lines.next(), isFence(bytes[first.start..<first.end], closing: false) else { return nil }
        while let line = lines.next() {
            guard isFence(bytes[line.start..<line.end], closing: true) else { continue }
            let yaml = String(decoding: bytes[first.next..<line.start], as: UTF8.self)
            return .success(Split(yaml: yaml, firstLine: first.number + 1, body: lines))
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
        switch FrontMatterFields.read(split, path: path) {
        case .problem(let diagnostic):
            return (FrontMatter(), [diagnostic])
        case .fields(let fields):
            return interpret(fields, path: path)
        case .recovered(let fields, let warning):
            let (matter, diagnostics) = interpret(fields, path: path)
            return (matter, [warning] + diagnostics)
        }
    }

    private static func interpret(_ fields: [FrontMatterFields.Field], path: String) -> (FrontMatter, [Diagnostic]) {
        var matter = FrontMatter()
        var diagnostics: [Diagnostic] = []
        func text(_ field: FrontMatterFields.Field) -> String? {
            switch field.value {
            case .scalar(let value, _): return value.isEmpty ? nil : value
            case .null: return nil
            case .list, .other:
                diagnostics.append(.warning(path, line: field.line, "front matter \"\(field.key)\" should be a single value; ignored"))
                return nil
            }
        }
        func list(_ field: FrontMatterFields.Field, splitCommas: Bool) -> [String] {
            switch field.value {
            case .list(let items): return items.filter { !$0.isEmpty }
            case .scalar(let value, _):
                guard !value.isEmpty else { return [] }
                guard splitCommas else { return [value] }
                return value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            case .null: return []
            case .other:
                diagnostics.append(.warning(path, line: field.line, "front matter \"\(field.key)\" should be a list of plain values; ignored"))
                return []
            }
        }
        for field in fields {
            switch field.key.lowercased() {
            case "id": matter.id = text(field)
            case "title": matter.title = text(field).map(collapseWhitespace)
            case "source": matter.source = text(field)
            case "url": matter.url = text(field)
            case "language", "lang": matter.language = text(field)
            case "authors", "author": matter.authors = list(field, splitCommas: false)
            case "tags": matter.tags = list(field, splitCommas: true)
            case "date":
                guard let raw = text(field) else { continue }
                if let date = DateText.normalize(raw) {
                    matter.date = date
                } else {
                    diagnostics.append(.warning(
                        path, line: field.value.line ?? field.line,
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
