import Foundation
import Testing
@testable import evex_bench

/// The files the benchmark's stages edit to time a resync are put back as they were.
@Suite("The corpus put back after a stage")
struct EditedFilesTests {
    /// A folder with `articles/000/` holding three Markdown articles, removed when dropped.
    final class Folder {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("evex-bench-\(UUID().uuidString)")
        let old = Date(timeIntervalSince1970: 1_600_000_000)

        init() throws {
            try FileManager.default.createDirectory(at: root.appendingPathComponent("articles/000"), withIntermediateDirectories: true)
            for name in [Phases.indexEdits, Phases.resyncEdits, Phases.savedEdits] {
                let url = root.appendingPathComponent(name)
                try Data("---\ntitle: \(name)\n---\nA paragraph, caf\u{E9}.\n".utf8).write(to: url)
                try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: url.path)
            }
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        /// Every file under the folder with its bytes and modification time.
        func state() throws -> [String: String] {
            var files: [String: String] = [:]
            let enumerator = try #require(FileManager.default.enumerator(atPath: root.path))
            for case let name as String in enumerator {
                let url = root.appendingPathComponent(name)
                var directory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: url.path, isDirectory: &directory), !directory.boolValue else { continue }
                let modified = try #require(FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date)
                files[name] = "\(try Data(contentsOf: url).base64EncodedString()) \(modified.timeIntervalSince1970)"
            }
            return files
        }

        func urls(_ phases: [Options.Phase]) throws -> [URL] {
            try phases.flatMap { try Phases.edits($0, corpus: root) }.map { root.appendingPathComponent($0) }
        }
    }

    @Test("the stages' edits, in place and through a rename, are put back byte for byte with their times, and the index synced once")
    func putBack() throws {
        let folder = try Folder()
        let before = try folder.state()
        var synced = 0
        try EditedFiles.restoring(try folder.urls([.index, .resync, .explorerResyncSaved]), afterwards: { synced += 1 }) {
            try Phases.editOneArticle(corpus: folder.root, name: Phases.indexEdits, marker: "markerone")
            try Phases.editOneArticle(corpus: folder.root, name: Phases.resyncEdits, marker: "markertwo")
            try Phases.editOneArticle(corpus: folder.root, name: Phases.savedEdits, marker: "markerthree", renamed: true)
            #expect(try folder.state() != before)
        }
        #expect(try folder.state() == before)
        #expect(synced == 1)
    }

    @Test("a stage that fails leaves the files as they were, and its error is the one thrown")
    func failed() throws {
        struct Failed: Error {}
        let folder = try Folder()
        let before = try folder.state()
        var synced = 0
        #expect(throws: Failed.self) {
            try EditedFiles.restoring(try folder.urls([.resync, .explorerResyncSaved]), afterwards: { synced += 1 }) {
                try Phases.editOneArticle(corpus: folder.root, name: Phases.resyncEdits, marker: "markertwo")
                // A save through a rename cut short: the new file written, not yet renamed.
                try Data("half".utf8).write(to: folder.root.appendingPathComponent(Phases.renamedFrom(Phases.savedEdits)))
                throw Failed()
            }
        }
        #expect(try folder.state() == before)
        #expect(synced == 0)
    }

    @Test("a stage that changes nothing costs no sync")
    func unchanged() throws {
        let folder = try Folder()
        var synced = 0
        let answer = try EditedFiles.restoring(try folder.urls([.index]), afterwards: { synced += 1 }) { 42 }
        #expect(answer == 42)
        #expect(synced == 0)
    }
}
