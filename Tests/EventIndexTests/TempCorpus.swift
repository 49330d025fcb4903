import EventIndex
import EventModel
import Foundation

/// A corpus folder and an index file in a fresh temporary directory, removed when dropped.
final class TempCorpus {
    let base: URL
    let root: URL
    let index: URL
    /// Each write gets a later modification time, so that edits are seen even within one clock tick.
    private var clock = Date(timeIntervalSince1970: 1_700_000_000)

    init() throws {
        base = FileManager.default.temporaryDirectory.appendingPathComponent("evex-index-\(UUID().uuidString)")
        root = base.appendingPathComponent("corpus")
        index = base.appendingPathComponent("index.sqlite")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("articles"), withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: base) }

    /// Writes `articles/NAME.txt`: the title line, then paragraphs separated by blank lines.
    func article(_ name: String, title: String, _ paragraphs: String...) throws {
        try write("articles/\(name).txt", ([title] + paragraphs).joined(separator: "\n\n") + "\n")
    }

    /// Sixty articles `a000`…`a059` of different lengths drawn from ten words ("storm", "stormy", "the", ...) in
    /// title and body, the same for the same `seed`; with `copyEvery`, a copy `bNNN` of every such article (equal
    /// scores, ordered by path). For rankings checked against `bm25()`.
    func seededWordArticles(seed start: UInt64, copyEvery: Int? = nil) throws {
        var seed = start
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(bound))
        }
        let words = ["storm", "bay", "harbour", "came", "over", "the", "stormy", "boats", "rain", "stone"]
        for index in 0..<60 {
            let title = (0..<(1 + next(4))).map { _ in words[next(words.count)] }.joined(separator: " ")
            let body = (0..<(3 + next(80))).map { _ in words[next(words.count)] }.joined(separator: " ")
            try article(String(format: "a%03d", index), title: title, body + ".")
            if let copyEvery, index % copyEvery == 0 { try article(String(format: "b%03d", index), title: title, body + ".") }
        }
    }

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        clock = clock.addingTimeInterval(10)
        try FileManager.default.setAttributes([.modificationDate: clock], ofItemAtPath: url.path)
    }

    func touch(_ path: String) throws {
        clock = clock.addingTimeInterval(10)
        try FileManager.default.setAttributes([.modificationDate: clock], ofItemAtPath: root.appendingPathComponent(path).path)
    }

    /// Gives a folder ("" for the corpus root) a later modification time than any it had, as adding or
    /// removing a file in it does, without depending on the clock's tick.
    /// Returns the time given, a whole number of seconds, which can be set again exactly.
    @discardableResult
    func touchFolder(_ path: String) throws -> Date {
        clock = clock.addingTimeInterval(10)
        try FileManager.default.setAttributes([.modificationDate: clock], ofItemAtPath: root.appendingPathComponent(path).path)
        return clock
    }

    /// Puts back a time ``touchFolder(_:)`` gave (an edit in place keeps its folder's time).
    func setFolderTime(_ path: String, _ time: Date) throws {
        try FileManager.default.setAttributes([.modificationDate: time], ofItemAtPath: root.appendingPathComponent(path).path)
    }

    func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: root.appendingPathComponent(path))
    }

    func rename(_ from: String, to: String) throws {
        try FileManager.default.moveItem(at: root.appendingPathComponent(from), to: root.appendingPathComponent(to))
    }

    /// A folder of short articles at `articles/NAME.txt` for each name ("2023/a"), each its own story.
    static func yearFolders(_ names: [String]) throws -> TempCorpus {
        let folder = try TempCorpus()
        let stories = [("Quake shakes the coast", "The tremor lasted a minute."), ("River floods the valley", "Heavy rain fell all week."),
                       ("Storm hits the port", "Wind tore the roofs.")]
        for (index, name) in names.enumerated() {
            let story = stories[index % stories.count]
            try folder.write("articles/\(name).txt", "\(story.0)\n\n\(story.1)\n")
        }
        return folder
    }

    /// Opens and syncs the index.
    func synced() throws -> (corpus: IndexedCorpus, report: SyncReport) {
        try IndexedCorpus.openSynced(corpus: root, indexPath: index)
    }

    /// An index of the folder built from nothing, in a file of its own.
    func rebuilt() throws -> IndexedCorpus {
        let fresh = base.appendingPathComponent("fresh-\(UUID().uuidString).sqlite")
        return try IndexedCorpus.openSynced(corpus: root, indexPath: fresh).corpus
    }
}

extension IndexedCorpus {
    func hitIDs(_ query: String, asYouType: Bool = false) throws -> [String] {
        try search(query, limit: 50, asYouType: asYouType).articles.map(\.article.id)
    }

    func allArticleIDs() throws -> [String] {
        try articles(order: .title, range: 0..<10_000).map(\.id).sorted()
    }
}
