import Foundation

/// A file of the corpus folder that evex reads.
public struct CorpusFile: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// `*.txt`, `*.md`, `*.markdown`, `*.html`, `*.htm`, `*.json` (ninjs): one article
        case article
        /// `*.xml`, `*.rss`, `*.atom`: an RSS or Atom feed, an article per item
        case feed
        /// `knowledge.yaml`, `*.knowledge.yaml` (and `.yml`)
        case knowledge
    }
    /// Relative to the corpus root, `/`-separated.
    public var path: String
    /// Where the file is read from: the folder it was listed in (one string shared by the folder's files)
    /// and its name, joined and made into a URL only when asked for, since a sync lists every file of
    /// the corpus and reads few of them. No folder: the name is the whole path.
    private var physicalFolder: String?
    private var physicalName: String
    public var kind: Kind
    public var size: Int
    public var modified: Date

    var physicalPath: String {
        get { physicalFolder.map { $0 + "/" + physicalName } ?? physicalName }
        set { (physicalFolder, physicalName) = (nil, newValue) }
    }

    public var url: URL {
        get { URL(fileURLWithPath: physicalPath, isDirectory: false) }
        set { physicalPath = newValue.path }
    }

    public init(path: String, url: URL, kind: Kind, size: Int, modified: Date) {
        self.init(path: path, physicalFolder: nil, name: url.path, kind: kind, size: size, modified: modified)
    }

    init(path: String, physicalFolder: String?, name: String, kind: Kind, size: Int, modified: Date) {
        self.path = path
        self.physicalFolder = physicalFolder
        self.physicalName = name
        self.kind = kind
        self.size = size
        self.modified = modified
    }

    // Two files are the same when they are read from the same place, however that place was given.
    public static func == (lhs: CorpusFile, rhs: CorpusFile) -> Bool {
        lhs.path == rhs.path && lhs.kind == rhs.kind && lhs.size == rhs.size && lhs.modified == rhs.modified
            && lhs.physicalPath == rhs.physicalPath
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(kind)
        hasher.combine(size)
        hasher.combine(modified)
    }
}

/// What reading one file gave.
public enum FileContent: Sendable {
    case article(Article, [Diagnostic])
    /// A feed's items; the diagnostics name the file, and the item's line where there is one.
    case articles([Article], [Diagnostic])
    case knowledge(KnowledgeBase, [Diagnostic])
    /// Nothing could be loaded from the file; the diagnostics say why.
    case failed([Diagnostic])
}

/// Finds and reads the files of a corpus folder.
public enum CorpusScanner {
    /// Every article and knowledge file under `root`, recursively, sorted by path.
    ///
    /// Hidden files and folders (`.git`, `.evex`), READMEs and other extensions are skipped. A symbolic
    /// link is followed only when its real target stays inside the corpus folder; one that leads
    /// outside, nowhere, or round in a loop is skipped with a warning naming it.
    public static func listFiles(root: URL) -> (files: [CorpusFile], diagnostics: [Diagnostic]) {
        var walker = CorpusWalker(root: root)
        walker.walk()
        return (walker.files, walker.diagnostics)
    }

    /// The kind of file a name denotes, or nil for files evex does not read. A `README.md`
    /// describes the folder rather than reporting news, so it is not an article.
    public static func kind(ofName name: String) -> CorpusFile.Kind? {
        if case .kind(let kind) = FileNameKind.ofASCII(name) { return kind }
        return kindByUnicodeRules(ofName: name)
    }

    /// ``kind(ofName:)`` for any name, with Unicode lowercasing.
    static func kindByUnicodeRules(ofName name: String) -> CorpusFile.Kind? {
        if KnowledgeParser.isKnowledgeFile(name: name) { return .knowledge }
        let lower = name.lowercased()
        if lower.hasPrefix("readme.") { return nil }
        switch ArticleFormat(path: lower) {
        case .feed?: return .feed
        case nil: return nil
        default: return .article
        }
    }

    /// Reads and parses one file. Never throws and never crashes: whatever is wrong with the file
    /// comes back as diagnostics naming it.
    public static func read(_ file: CorpusFile) -> FileContent {
        switch readBytes(file) {
        case .failure(let error): return .failed([error.diagnostic])
        case .success(let bytes): return parse(bytes, of: file)
        }
    }

    /// Parses the bytes already read from `file` (``readBytes(_:)``), so that a caller that also hashes them
    /// reads the file once, and hashes what it parses.
    public static func parse(_ bytes: [UInt8], of file: CorpusFile) -> FileContent {
        switch file.kind {
        case .article:
            let result = ArticleParser.parse(bytes, path: file.path)
            guard let article = result.article else { return .failed(result.diagnostics) }
            return .article(article, result.diagnostics)
        case .feed:
            let result = ArticleParser.parseFeed(bytes, path: file.path)
            guard !result.articles.isEmpty else { return .failed(result.diagnostics) }
            return .articles(result.articles, result.diagnostics)
        case .knowledge:
            let result = KnowledgeParser.parse(bytes, path: file.path)
            guard let base = result.base else { return .failed(result.diagnostics) }
            return .knowledge(base, result.diagnostics)
        }
    }

    /// The file's bytes, refusing files over the size limit before reading them whole.
    public static func readBytes(_ file: CorpusFile) -> Result<[UInt8], ArticleParseError> {
        let limit = ArticleParser.maximumFileSize
        if file.size > limit { return .failure(ArticleParser.tooLarge(path: file.path, size: file.size)) }
        do {
            let handle = try FileHandle(forReadingFrom: file.url)
            defer { try? handle.close() }
            let data = try handle.read(upToCount: limit + 1) ?? Data()
            if data.count > limit { return .failure(ArticleParser.tooLarge(path: file.path, size: data.count)) }
            return .success([UInt8](data))
        } catch {
            return .failure(ArticleParseError(
                code: .unreadable, path: file.path,
                message: "cannot be read (\(error.localizedDescription)); check its permissions"))
        }
    }
}
