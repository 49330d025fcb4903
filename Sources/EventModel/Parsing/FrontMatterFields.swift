import Foundation
import Yams

/// The top-level keys of a front matter block with their values and lines.
///
/// Most front matter is flat `key: value` lines with an occasional `[a, b]` or `- item` list; a
/// small reader handles exactly that, because composing YAML costs more than parsing the whole
/// article. Anything else (quotes with escapes, block scalars, anchors, nested mappings) goes to
/// Yams, which also reports malformed YAML with its line.
enum FrontMatterFields {
    enum Value {
        case scalar(String, line: Int)
        case list([String])
        case null
        /// A nested mapping or anything else that is not text.
        case other

        var line: Int? {
            if case .scalar(_, let line) = self { return line }
            return nil
        }
    }

    enum Outcome {
        case fields([Field])
        /// The block could not be read at all.
        case problem(Diagnostic)
        /// Not YAML, but plain `key: value` lines all the same ("title: Benue killings: the toll rises"):
        /// read line by line, with a warning that says how to write it.
        case recovered([Field], Diagnostic)
    }

    struct Field {
        var key: String
        var line: Int
        var value: Value
    }

    static func read(_ split: FrontMatter.Split, path: String) -> Outcome {
        if let fields = simple(split) { return .fields(fields) }
        return composed(split, path: path)
    }

    // MARK: - The common case

    /// `lenient` takes a value that YAML would refuse (a ": " or " #" inside, unbalanced quotes) as the rest of its line.
    private static func simple(_ split: FrontMatter.Split, lenient: Bool = false) -> [Field]? {
        func scalar(_ text: ArraySlice<UInt8>) -> String? { plain(text) ?? (lenient ? verbatim(text) : nil) }
        let bytes = Array(split.yaml.utf8)
        var fields: [Field] = []
        var keys: Set<String> = []
        var listOpen = false
        // Items of the "- item" list being read, kept apart so that appending stays cheap.
        var listItems: [String] = []
        func closeList() {
            if listOpen && !listItems.isEmpty { fields[fields.count - 1].value = .list(listItems) }
            listOpen = false
            listItems = []
        }
        var lineNumber = split.firstLine - 1
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            lineNumber += 1
            var line = bytes[lineStart..<lineEnd]
            if line.last == 0x0D { line = line.dropLast() }
            if line.contains(0x09) { return nil }
            let trimmed = Bytes.trimmed(line)
            if trimmed.isEmpty || trimmed.first == 0x23 { continue }
            if line.first == 0x20 || line.first == 0x2D {
                // "  - item" under a key with no value.
                guard listOpen, trimmed.count >= 2, trimmed.first == 0x2D, trimmed[trimmed.startIndex + 1] == 0x20,
                    let item = scalar(Bytes.trimmed(trimmed.dropFirst(2)))
                else { return nil }
                listItems.append(item)
                continue
            }
            closeList()
            guard let colon = line.firstIndex(of: 0x3A) else { return nil }
            let keyBytes = line[line.startIndex..<colon]
            guard !keyBytes.isEmpty,
                keyBytes.allSatisfy({ Bytes.isASCIILetter($0) || Bytes.isDigit($0) || $0 == 0x5F || $0 == 0x2D })
            else { return nil }
            let key = String(decoding: keyBytes, as: UTF8.self)
            guard keys.insert(key).inserted else { return nil }
            let rest = line[(colon + 1)...]
            guard rest.isEmpty || rest.first == 0x20 else { return nil }
            let valueBytes = Bytes.trimmed(rest)
            if valueBytes.isEmpty {
                fields.append(Field(key: key, line: lineNumber, value: .null))
                listOpen = true
                continue
            }
            if valueBytes.first == 0x5B {
                guard valueBytes.last == 0x5D else { return nil }
                let inner = valueBytes.dropFirst().dropLast()
                if inner.contains(where: { $0 == 0x5B || $0 == 0x5D || $0 == 0x7B }) { return nil }
                var items: [String] = []
                for part in inner.split(separator: 0x2C, omittingEmptySubsequences: false) {
                    let item = Bytes.trimmed(part)
                    if item.isEmpty { continue }
                    guard let value = plain(item) else { return nil }
                    items.append(value)
                }
                fields.append(Field(key: key, line: lineNumber, value: .list(items)))
                continue
            }
            guard let value = scalar(valueBytes) else { return nil }
            let isNull = value == "~" || value == "null" || value == "Null" || value == "NULL"
            fields.append(Field(key: key, line: lineNumber, value: isNull ? .null : .scalar(value, line: lineNumber)))
        }
        closeList()
        return fields
    }

    /// A plain or simply quoted scalar; nil for anything the small reader should not guess at.
    private static func plain(_ text: ArraySlice<UInt8>) -> String? {
        guard let first = text.first else { return "" }
        if first == 0x22 || first == 0x27 {  // "..." or '...'
            guard text.count >= 2, text.last == first else { return nil }
            let inner = text.dropFirst().dropLast()
            return inner.contains(first) || inner.contains(0x5C) ? nil : String(decoding: inner, as: UTF8.self)
        }
        // Indicators that start YAML's other forms (anchors, tags, block scalars, mappings...).
        if [0x26, 0x2A, 0x21, 0x7C, 0x3E, 0x7B, 0x25, 0x40, 0x60, 0x2C, 0x3F, 0x3A, 0x23].contains(first) { return nil }
        if first == 0x2D, text.count == 1 || text[text.startIndex + 1] == 0x20 { return nil }
        var index = text.startIndex
        while index < text.endIndex {
            let byte = text[index]
            let next: UInt8? = index + 1 < text.endIndex ? text[index + 1] : nil
            if byte == 0x3A && (next == nil || next == 0x20) { return nil }  // "a: b" is a mapping
            if byte == 0x20 && next == 0x23 { return nil }  // " #" starts a comment
            index += 1
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// A value as written, without the quotes around it when it has a pair.
    private static func verbatim(_ text: ArraySlice<UInt8>) -> String {
        if text.count >= 2, let first = text.first, first == 0x22 || first == 0x27, text.last == first {
            return String(decoding: text.dropFirst().dropLast(), as: UTF8.self)
        }
        return String(decoding: text, as: UTF8.self)
    }

    // MARK: - Everything else

    private static func composed(_ split: FrontMatter.Split, path: String) -> Outcome {
        let offset = split.firstLine - 1
        let root: Node?
        do {
            // The basic resolver reads every scalar as text (all front matter needs) without the
            // regular expressions of the default one; an explicit encoding skips an environment lookup.
            root = try Yams.compose(yaml: split.yaml, .basic, .default, .utf8)
        } catch {
            let problem = YAMLProblem(error)
            // Titles copied from headlines often hold a colon; a block of plain lines is still read.
            if let fields = simple(split, lenient: true) {
                return .recovered(fields, .warning(
                    path, line: problem.line.map { $0 + offset } ?? split.firstLine,
                    "the front matter is not valid YAML (\(problem.message)); read as plain \"key: value\" lines. "
                        + "Put quotes around a value that holds \": \" or \" #\""))
            }
            return .problem(.error(
                path, line: problem.line.map { $0 + offset } ?? split.firstLine,
                "the front matter is not valid YAML (\(problem.message)); fix it or remove it"))
        }
        guard let root else { return .fields([]) }
        guard let mapping = root.mapping else {
            return .problem(.error(
                path, line: (root.mark?.line).map { $0 + offset } ?? split.firstLine,
                "the front matter must be \"key: value\" lines; ignored"))
        }
        func line(_ node: Node) -> Int { (node.mark?.line).map { $0 + offset } ?? split.firstLine }
        func scalarText(_ node: Node) -> String? {
            guard let scalar = node.scalar else { return nil }
            return scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        var fields: [Field] = []
        for (keyNode, node) in mapping {
            guard let key = keyNode.scalar?.string else { continue }
            let value: Value
            if let text = scalarText(node) {
                value = text.isEmpty || text == "~" || text.lowercased() == "null" ? .null : .scalar(text, line: line(node))
            } else if let sequence = node.sequence {
                var items: [String] = []
                var plainItems = true
                for item in sequence {
                    if let text = scalarText(item) { items.append(text) } else { plainItems = false }
                }
                value = plainItems ? .list(items) : .other
            } else {
                value = .other
            }
            fields.append(Field(key: key, line: line(keyNode), value: value))
        }
        return .fields(fields)
    }
}
