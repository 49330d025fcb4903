import EventModel
import GRDB

/// Resolves every link of the index as ``LinkResolver/resolve(_:)`` would over all its articles, but
/// article by article through `article_keys`' indexes instead of holding every title in maps: memory is
/// the links' graph in integers (for the cycles), the few duplicate ids and cut titles, and the diagnostics.
///
/// Each link is tried as the resolver tries it (a relative URL as a path, the URL's key, the title's key
/// against titles then bare titles, the same without the link's outlet, a cut title it starts with); when
/// several articles share a key, the first by path that no earlier path's id shadows wins.
struct StoredLinks {
    let db: Database
    /// Articles left out because an earlier path has their id.
    private var dropped: Set<Int64> = []
    /// Cut titles' keys in path order (``LinkResolver/titleKeys(_:)``'s `shortened`).
    private var shortened: [(key: String, article: Int64)] = []
    /// The winner of each key that several articles share, once found: a title a thousand wire stories
    /// share costs its thousand paths once, not once per link.
    private var sharedKeys: [String: Int64] = [:]

    init(_ db: Database) {
        self.db = db
    }

    /// Stores the targets that moved (and the counts of the articles they belong to) and returns the
    /// diagnostics, in the order the resolver gives them. `commit` is called between ranges of articles,
    /// so that a load's log holds one range's updates rather than every link's.
    mutating func resolveAll(commit: () throws -> Void) throws -> [Diagnostic] {
        var idErrors: [Diagnostic] = []
        var titleWarnings: [Diagnostic] = []
        // Ids: the first by path owns one; the others are left out (and their links left as they are).
        var owners: [String: String] = [:]
        let sharedIDs = try Row.fetchCursor(db, sql: """
            SELECT rowid, id, path FROM articles WHERE id IN (SELECT id FROM articles GROUP BY id HAVING count(*) > 1) ORDER BY path
            """)
        while let row = try sharedIDs.next() {
            let id: String = row[1], path: String = row[2]
            if let first = owners[id] {
                dropped.insert(row[0])
                idErrors.append(.error(path, "the article id \"\(id)\" is already used by \(first); give this file another id (front matter \"id:\"); skipped"))
            } else {
                owners[id] = path
            }
        }
        // Titles: the first by path owns one; the others are warned of.
        var titleOwners: [String: (path: String, id: String)] = [:]
        let sharedTitles = try Row.fetchCursor(db, sql: """
            SELECT k.article, k.title, a.path, a.id FROM article_keys k JOIN articles a ON a.rowid = k.article
            WHERE k.title IN (SELECT title FROM article_keys WHERE title != '' GROUP BY title HAVING count(*) > 1) ORDER BY a.path
            """)
        while let row = try sharedTitles.next() {
            guard !dropped.contains(row[0]) else { continue }
            let key: String = row[1], path: String = row[2]
            if let first = titleOwners[key] {
                titleWarnings.append(.warning(path, "has the same title as \(first.path); \"Read more\" links with this title lead to \(first.id)"))
            } else {
                titleOwners[key] = (path, row[3])
            }
        }
        let cut = try Row.fetchCursor(db, sql: """
            SELECT k.article, k.shortened FROM article_keys k JOIN articles a ON a.rowid = k.article WHERE k.shortened IS NOT NULL ORDER BY a.path
            """)
        while let row = try cut.next() {
            if !dropped.contains(row[0]) { shortened.append((row[1], row[0])) }
        }

        var linkWarnings: [(article: Int64, diagnostic: Diagnostic)] = []
        var graph = LinkGraph()
        let last = try Int64.fetchOne(db, sql: "SELECT max(rowid) FROM articles") ?? 0
        let read = try db.cachedStatement(sql: "SELECT article, ord, title, line, target, url FROM links WHERE article >= ? AND article < ? ORDER BY article, ord")
        let update = try db.cachedStatement(sql: "UPDATE links SET target = ? WHERE article = ? AND ord = ?")
        let counts = try db.cachedStatement(sql: "UPDATE article_state SET link_count = ?, unresolved_count = ? WHERE article = ?")
        // By ranges of rowids, in rowid order (the links table's own): a range's links are read, then its moved targets written.
        let step: Int64 = 4_096
        var low: Int64 = 0
        while low <= last {
            let rows = try Row.fetchAll(read, arguments: [low, low + step])
            low += step
            var moves: [(target: String?, article: Int64, ord: Int)] = []
            var start = 0
            while start < rows.count {
                let article: Int64 = rows[start][0]
                var end = start
                while end < rows.count && rows[end][0] as Int64 == article { end += 1 }
                defer { start = end }
                guard !dropped.contains(article) else { continue }
                var successors: [Int] = []
                var moved = false
                var unresolved = 0
                for row in rows[start..<end] {
                    let ord: Int = row[1], title: String = row[2], line: Int = row[3], stored: String? = row[4]
                    let found = try match(title: title, url: row[5])
                    let target = try found.flatMap(id(of:))
                    if let found {
                        successors.append(Int(found))
                        if found == article {
                            linkWarnings.append((article, .warning("", line: line, "Read more link \"\(title)\" leads to this article itself")))
                        }
                    } else {
                        unresolved += 1
                        linkWarnings.append((article, .warning("", line: line, "Read more link \"\(title)\" matches no article of the corpus")))
                    }
                    if target != stored {
                        moves.append((target, article, ord))
                        moved = true
                    }
                }
                graph.append(successors: successors, of: Int(article))
                if moved { try counts.execute(arguments: [end - start, unresolved, article]) }
            }
            for move in moves { try update.execute(arguments: [move.target, move.article, move.ord]) }
            try commit()
        }
        graph.append(successors: [], of: Int(last) + 1)
        let located = try paths(of: linkWarnings)
        return idErrors + titleWarnings + located + (try cycles(graph))
    }

    /// The warnings with the paths of their articles (read once per article, for the few with warnings).
    private func paths(of warnings: [(article: Int64, diagnostic: Diagnostic)]) throws -> [Diagnostic] {
        var path: (article: Int64, path: String)?
        return try warnings.map { item in
            if path?.article != item.article {
                path = (item.article, try String.fetchOne(db.cachedStatement(sql: "SELECT path FROM articles WHERE rowid = ?"), arguments: [item.article]) ?? "")
            }
            var diagnostic = item.diagnostic
            diagnostic.path = path!.path
            return diagnostic
        }
    }

    /// The article a link leads to, as `LinkResolver`'s `PathTargets` then `TitleMatcher` find it.
    private mutating func match(title: String, url: String?) throws -> Int64? {
        if let url, !url.contains("://"), let found = try first("SELECT rowid FROM articles WHERE path = ?", url) { return found }
        if let url, let found = try first("SELECT article FROM article_keys WHERE url = ?", LinkResolver.urlKey(url)) { return found }
        let keys = LinkResolver.titleKeys(title)
        for key in [keys.title, keys.bare].compactMap({ $0 }) where !key.isEmpty {
            if let found = try first("SELECT article FROM article_keys WHERE title = ?", key) { return found }
            if let found = try first("SELECT article FROM article_keys WHERE bare = ?", key) { return found }
        }
        return shortened.first { keys.title.hasPrefix($0.key) }?.article
    }

    /// The first article by path that a statement finds for a key, leaving out those whose id an earlier path has.
    private mutating func first(_ sql: String, _ key: String) throws -> Int64? {
        guard !key.isEmpty else { return nil }
        if let known = sharedKeys[sql + "\u{0}" + key] { return known }
        let found = try Int64.fetchAll(db.cachedStatement(sql: sql), arguments: [key]).filter { !dropped.contains($0) }
        guard found.count > 1 else { return found.first }
        let path = try db.cachedStatement(sql: "SELECT path FROM articles WHERE rowid = ?")
        let winner = try found.map { ($0, try String.fetchOne(path, arguments: [$0]) ?? "") }.min { $0.1 < $1.1 }!.0
        sharedKeys[sql + "\u{0}" + key] = winner
        return winner
    }

    private func id(of article: Int64) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT id FROM articles WHERE rowid = ?"), arguments: [article])
    }

    /// One warning per group of articles whose links lead round to each other (``LinkGraph``).
    private func cycles(_ graph: LinkGraph) throws -> [Diagnostic] {
        let pathOf = try db.cachedStatement(sql: "SELECT path FROM articles WHERE rowid = ?")
        return try graph.cycles(start: { component in
            let paths = component.map { (Int64($0), (try? String.fetchOne(pathOf, arguments: [Int64($0)])) ?? "") }
            return Int(paths.min { $0.1 < $1.1 }!.0)
        }).map { found in
            let names = try found.cycle.map { try id(of: Int64($0)) ?? "" }
            let next = names.count > 1 ? names[1] : names[0]
            let line = try Int.fetchOne(db, sql: "SELECT line FROM links WHERE article = ? AND target = ? ORDER BY ord LIMIT 1",
                                        arguments: [found.cycle[0], next])
            let path = try String.fetchOne(pathOf, arguments: [Int64(found.cycle[0])]) ?? ""
            return LinkGraph.warning(path: path, line: line, names: names, others: found.others)
        }
    }
}
