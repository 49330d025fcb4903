import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What writing the corpus produced.
struct WrittenCorpus: Sendable {
    var root: URL
    var articles: Int
    /// Bytes of all article files (the knowledge file excluded).
    var articleBytes: Int
    /// The baseline's input: CSV files (id, title, body, date), one per folder of articles.
    var baselineCSV: [URL]
    var seconds: Double
}

/// Writes the synthetic corpus: `knowledge.yaml`, `articles/NNN/*.{txt,md}` in folders of 1,000,
/// and beside it the same text as CSV for the sqlite3 baseline. One buffered write per file, folders
/// spread over every core.
enum CorpusWriter {
    static let folderSize = 1_000

    static func write(generator: ArticleGenerator, root: URL, baselineFolder: URL) throws -> WrittenCorpus {
        let started = Clock.now()
        let manager = FileManager.default
        try manager.createDirectory(at: root.appendingPathComponent("articles"), withIntermediateDirectories: true)
        try manager.createDirectory(at: baselineFolder, withIntermediateDirectories: true)
        try writeFile(root.appendingPathComponent("knowledge.yaml").path, generator.knowledge.yaml())

        let folders = (generator.count + folderSize - 1) / folderSize
        let results = Slots<Result<Int, BenchError>>(count: folders)
        DispatchQueue.concurrentPerform(iterations: folders) { folder in
            results.set(folder, Result { try writeFolder(folder, generator: generator, root: root, baselineFolder: baselineFolder) }
                .mapError { $0 as? BenchError ?? .io("\($0)") })
        }
        var bytes = 0
        for result in results.values() {
            switch result {
            case .success(let written): bytes += written
            case .failure(let error): throw error
            }
        }
        let csv = (0..<folders).map { baselineFolder.appendingPathComponent(String(format: "articles-%03d.csv", $0)) }
        return WrittenCorpus(root: root, articles: generator.count, articleBytes: bytes, baselineCSV: csv, seconds: Clock.now() - started)
    }

    /// Writes one folder of articles and its CSV; returns the article bytes written.
    private static func writeFolder(_ folder: Int, generator: ArticleGenerator, root: URL, baselineFolder: URL) throws -> Int {
        let lower = folder * folderSize
        let upper = min(generator.count, lower + folderSize)
        let directory = root.appendingPathComponent("articles").appendingPathComponent(String(format: "%03d", folder))
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var csv = ""
        csv.reserveCapacity((upper - lower) * 3_400)
        var bytes = 0
        for index in lower..<upper {
            let article = generator.article(index)
            bytes += try writeFile(root.appendingPathComponent(article.path).path, article.file)
            csv += csvField(article.id) + "," + csvField(article.title) + "," + csvField(article.body) + "," + csvField(article.date ?? "") + "\n"
        }
        try writeFile(baselineFolder.appendingPathComponent(String(format: "articles-%03d.csv", folder)).path, csv)
        return bytes
    }

    static func csvField(_ text: String) -> String {
        "\"" + (text.utf8.contains(34) ? text.replacingOccurrences(of: "\"", with: "\"\"") : text) + "\""
    }

    /// One open, one write, one close.
    @discardableResult
    static func writeFile(_ path: String, _ text: String) throws -> Int {
        var text = text
        return try text.withUTF8 { buffer in
            let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard descriptor >= 0 else { throw BenchError.io("cannot create \(path): \(String(cString: strerror(errno)))") }
            defer { close(descriptor) }
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                guard written > 0 else { throw BenchError.io("cannot write \(path): \(String(cString: strerror(errno)))") }
                offset += written
            }
            return buffer.count
        }
    }
}

/// Result slots written by one worker each and read after all are done.
final class Slots<T>: @unchecked Sendable {
    private var storage: [T?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: T) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    func values() -> [T] { storage.compactMap { $0 } }
}
