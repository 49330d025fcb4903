import Foundation

/// A file of the corpus folder that evex reads.
public struct CorpusFile: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// `*.txt`, `*.md`, `*.markdown`
        case article
        /// `knowledge.yaml`, `*.knowledge.yaml` (and `.yml`)
        case knowledge
    }
    /// Relative to the corpus root, `/`-separated.
    public var path: String
    public var url: URL
    public var kind: Kind
    public var size: Int
    public var modified: Date

    public init(path: String, url: URL, kind: Kind, size: Int, modified: Date) {
        self.path = path
        self.url = url
        self.kind = kind
        self.size = size
        self.modified = modified
    }
}

/// What reading one file gave.
public enum FileContent: Sendable {
    case article(Article, [Diagnostic])
    case knowledge(KnowledgeBase, [Diagnostic])
    /// Nothing could be loaded from the file; the diagnostics say why.
    case failed([Diagnostic])
}

/// Finds and reads the files of a corpus folder.
public enum CorpusScanner {
    /// Every article and knowledge file under `root`, recursively, sorted by path.
    /// STUB: replaced by the real scanner (symlinks, hidden folders, diagnostics).
    public static func listFiles(root: URL) -> (files: [CorpusFile], diagnostics: [Diagnostic]) {
        let manager = FileManager.default
        var files: [CorpusFile] = []
        let base = root.standardizedFileURL.path
        if let walker = manager.enumerator(at: root, includingPropertiesForKeys: [.fileSizeKey, .contentModificationDateKey]) {
            for case let url as URL in walker {
                let name = url.lastPathComponent
                let kind: CorpusFile.Kind
                if name == "knowledge.yaml" || name.hasSuffix(".knowledge.yaml") { kind = .knowledge }
                else if name.hasSuffix(".txt") || name.hasSuffix(".md") { kind = .article }
                else { continue }
                let values = try? url.resourceValues(forKeys: [.fileSizeKey, .contentModificationDateKey])
                var path = url.standardizedFileURL.path
                if path.hasPrefix(base + "/") { path.removeFirst(base.count + 1) }
                files.append(CorpusFile(path: path, url: url, kind: kind, size: values?.fileSize ?? 0,
                                        modified: values?.contentModificationDate ?? Date(timeIntervalSince1970: 0)))
            }
        }
        return (files.sorted { $0.path < $1.path }, [])
    }

    /// Reads and parses one file. STUB: title = first line, paragraphs = blank-line blocks.
    public static func read(_ file: CorpusFile) -> FileContent {
        guard let data = try? Data(contentsOf: file.url), let string = String(data: data, encoding: .utf8) else {
            return .failed([.error(file.path, "cannot read the file")])
        }
        if file.kind == .knowledge { return .knowledge(KnowledgeBase(path: file.path), []) }
        var blocks = string.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        let title = blocks.isEmpty ? file.path : blocks.removeFirst()
        var text = "", paragraphs: [TextSpan] = []
        for block in blocks {
            if !text.isEmpty { text += "\n\n" }
            let start = text.unicodeScalars.count
            text += block
            paragraphs.append(TextSpan(start: start, end: text.unicodeScalars.count))
        }
        let id = String(file.path.split(separator: ".").first ?? Substring(file.path))
        return .article(Article(id: id, path: file.path, title: title, text: text, paragraphs: paragraphs, sentences: paragraphs), [])
    }
}
