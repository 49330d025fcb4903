import Foundation

extension Tmux {
    /// Starts `evex` on `corpus` from the pane's shell, recording the terminal modes around it
    /// (see ``runRecordingModes(_:)``). Its cache folder is in the scratch folder, so the run
    /// neither reads nor leaves an index anywhere else, whichever store evex uses; the reader's marks go there too.
    /// `environment` is put before the command, as in `TERM=dumb`.
    func startEvex(on corpus: URL, environment: String = "") {
        let cache = scratch.appendingPathComponent("cache")
        let state = scratch.appendingPathComponent("state.sqlite")
        runRecordingModes("\(environment) XDG_CACHE_HOME=\(Self.quoted(cache.path)) \(Products.shellPath("evex")) --state \(Self.quoted(state.path)) \(Self.quoted(corpus.path))")
    }

    /// Starts `evex` on the sample corpus and waits for its article list.
    /// - returns: the first screen.
    @discardableResult
    func startEvexOnSample() throws -> String {
        startEvex(on: EvexProcess.sampleCorpus)
        return try waitForScreen("the sample's article list") {
            $0.contains(SampleCorpus.listedTitle) && Self.statusLine($0).contains("1/29")
        }
    }

    /// A corpus folder in the scratch folder, holding `files` (name to bytes) under `articles/`.
    func writeCorpus(_ name: String, _ files: [String: Data]) throws -> URL {
        let folder = scratch.appendingPathComponent(name)
        let articles = folder.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        for (file, contents) in files {
            try contents.write(to: articles.appendingPathComponent(file))
        }
        return folder
    }

    /// The screen's rows, the empty ones included.
    static func rows(_ screen: String) -> [String] {
        screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The last row of a screen of `height` rows: the explorer's status line. It is drawn last, so
    /// a wait that checks it does not see a screen half redrawn.
    static func statusLine(_ screen: String, height: Int = 30) -> String {
        let rows = rows(screen)
        return rows.indices.contains(height - 1) ? rows[height - 1] : ""
    }

    static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// What the tests know of `samples/crocus`.
enum SampleCorpus {
    /// A title short enough to be shown whole in the article list at 100 columns.
    static let listedTitle = "Four suspects charged with terrorism at Basmanny court hearing"
    /// An article whose body has a "Read more" line, and the title that line links to.
    static let linkingArticle = "basmanny-court-charges-four"
    static let linkingTitle = "Four suspects charged with terrorism at Basmanny court hearing"
    static let linkedTitle = "Putin pledges justice as Russia apprehends Moscow massacre suspects"
}
