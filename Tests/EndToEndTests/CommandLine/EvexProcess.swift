import Foundation
import Testing

/// Runs the built `evex` binary the way a user or a script would, with its own cache folder so
/// that tests never touch the user's index.
struct EvexProcess {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String

        /// stdout parsed as JSON.
        func json() throws -> Any {
            try JSONSerialization.jsonObject(with: Data(stdout.utf8), options: [.fragmentsAllowed])
        }
    }

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    static var sampleCorpus: URL { packageRoot.appendingPathComponent("samples/crocus") }

    static func run(_ arguments: [String], cache: URL? = nil) throws -> Output {
        var environment = ProcessInfo.processInfo.environment
        let cacheFolder = cache ?? FileManager.default.temporaryDirectory.appendingPathComponent("evex-cache-\(UUID().uuidString)")
        environment["XDG_CACHE_HOME"] = cacheFolder.path
        environment["NO_COLOR"] = "1"
        defer { if cache == nil { try? FileManager.default.removeItem(at: cacheFolder) } }
        let result = try ChildProcess.run(Products.folder.appendingPathComponent("evex").path, arguments, environment: environment)
        return Output(status: result.status, stdout: result.output, stderr: result.errors)
    }

    /// A copy of a fixture folder of this test target in a new temporary folder.
    static func fixture(_ name: String) throws -> URL {
        guard let source = Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil) else {
            throw FixtureMissing(name: name)
        }
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("evex-\(name)-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: source, to: target)
        return target
    }

    struct FixtureMissing: Error { var name: String }
}
