import Foundation
import Testing
import EventModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite("Files the scan cannot read are named")
struct SkippedFilesTests {
    private func folder() throws -> URL {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("evex-skip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        try Data("Kept\n\nText.\n".utf8).write(to: base.appendingPathComponent("kept.txt"))
        return base
    }

    @Test("a named pipe with an article's name is skipped with a warning, and the scan does not block")
    func fifo() throws {
        let base = try folder()
        defer { try? FileManager.default.removeItem(at: base) }
        #expect(mkfifo(base.appendingPathComponent("pipe.txt").path, 0o644) == 0)
        #expect(mkfifo(base.appendingPathComponent("other-pipe").path, 0o644) == 0)
        let listing = CorpusScanner.listFiles(root: base)
        #expect(listing.files.map(\.path) == ["kept.txt"])
        #expect(listing.diagnostics.map(\.path) == ["pipe.txt"])
        #expect(listing.diagnostics.first?.severity == .warning)
        #expect(listing.diagnostics.first?.message.contains("named pipe") == true)
    }

    @Test("a file whose path is longer than the system allows is skipped with a warning naming it")
    func longPath() throws {
        let base = try folder()
        // Folders of 200-byte names, 25 deep: 5,000 bytes, past Linux's 4,096. Made relative to open
        // folders, since no call takes the whole path.
        let name = String(repeating: "d", count: 200)
        var descriptor = open(base.path, O_RDONLY | O_DIRECTORY)
        var descriptors = [descriptor]
        for _ in 0..<25 {
            #expect(mkdirat(descriptor, name, 0o755) == 0)
            descriptor = openat(descriptor, name, O_RDONLY | O_DIRECTORY)
            descriptors.append(descriptor)
        }
        let file = openat(descriptor, "deep.txt", O_CREAT | O_WRONLY, 0o644)
        _ = write(file, "Deep\n\nText.\n", 12)
        close(file)
        defer {
            unlinkat(descriptors.last!, "deep.txt", 0)
            for index in stride(from: descriptors.count - 1, to: 0, by: -1) {
                close(descriptors[index])
                unlinkat(descriptors[index - 1], name, AT_REMOVEDIR)
            }
            close(descriptors[0])
            try? FileManager.default.removeItem(at: base)
        }
        let listing = CorpusScanner.listFiles(root: base)
        #expect(listing.files.map(\.path) == ["kept.txt"])
        #expect(listing.diagnostics.count == 1)
        #expect(listing.diagnostics.first?.message.contains("longer than the system allows") == true)
    }
}
