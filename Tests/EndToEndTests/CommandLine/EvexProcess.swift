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

    /// The folder that holds the products of this build (`evex`, the test bundle...).
    static let productsFolder: URL = {
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = runner.deletingLastPathComponent()
        // The runner may sit inside a bundle (`evexPackageTests.xctest/Contents/MacOS`).
        while !FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("evex").path),
              folder.pathComponents.count > 1 {
            folder.deleteLastPathComponent()
        }
        return folder
    }()

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    static var sampleCorpus: URL { packageRoot.appendingPathComponent("samples/crocus") }

    static func run(_ arguments: [String], cache: URL? = nil) throws -> Output {
        let process = Process()
        process.executableURL = productsFolder.appendingPathComponent("evex")
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        let cacheFolder = cache ?? FileManager.default.temporaryDirectory.appendingPathComponent("evex-cache-\(UUID().uuidString)")
        environment["XDG_CACHE_HOME"] = cacheFolder.path
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes before waiting, so a large output cannot fill a pipe and stall the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        if cache == nil { try? FileManager.default.removeItem(at: cacheFolder) }
        return Output(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
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
