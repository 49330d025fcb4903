import Foundation

/// The binaries built with this test bundle: they sit in the products folder next to it.
enum Products {
    static let folder: URL = {
        // macOS: the .xctest bundle is loaded into a runner; Linux: it is the running executable.
        if let bundle = Bundle.allBundles.first(where: { $0.bundlePath.hasSuffix(".xctest") }) {
            return bundle.bundleURL.deletingLastPathComponent()
        }
        let executable = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        return executable.resolvingSymlinksInPath().deletingLastPathComponent()
    }()

    /// The path of the product `name`, quoted for a shell command line.
    static func shellPath(_ name: String) -> String {
        "'" + folder.appendingPathComponent(name).path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    static func exists(_ name: String) -> Bool {
        FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent(name).path)
    }
}
