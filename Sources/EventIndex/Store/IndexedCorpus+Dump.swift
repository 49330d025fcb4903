import GRDB

extension IndexedCorpus {
    /// Everything the index answers with, as text, independent of row ids and insertion order:
    /// two indexes of the same folder dump the same, however they were synced.
    func canonicalDump() throws -> String {
        try read { db in
            var lines: [String] = []
            func dump(_ title: String, _ sql: String) throws {
                lines.append("## \(title)")
                for row in try Row.fetchAll(db, sql: sql) {
                    lines.append(row.databaseValues.map { $0.description }.joined(separator: " | "))
                }
            }
            try dump("files", "SELECT path, kind, size, hash FROM files ORDER BY path")
            try dump("folders", "SELECT path, digest FROM folders ORDER BY path")
            // The catalog's inputs digest and the stored linker: a sync must leave the ones a fresh load makes.
            try dump("catalog inputs", "SELECT value FROM meta WHERE key = 'contributions'")
            try dump("linker", "SELECT digest, hex(data), hex(diagnostics) FROM linker_state")
            try dump("articles", """
                SELECT id, path, title, date, source, dateline, url, authors, tags, language, text, hex(paragraphs),
                       hex(sentences), hex(contribution), contribution_hash, s.entity_count, s.link_count, s.unresolved_count
                FROM articles a JOIN article_state s ON s.article = a.rowid ORDER BY path
                """)
            try dump("article keys", """
                SELECT a.path, k.title, k.bare, k.url, k.shortened FROM article_keys k JOIN articles a ON a.rowid = k.article ORDER BY a.path
                """)
            try dump("links", """
                SELECT a.path, l.ord, l.title, l.title_key, l.line, l.start, l.end, l.target, l.url
                FROM links l JOIN articles a ON a.rowid = l.article ORDER BY a.path, l.ord
                """)
            var ids: [Int64: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT rowid, id FROM entities") { ids[row[0]] = row[1] }
            lines.append("## mentions")
            for row in try Row.fetchAll(db, sql: "SELECT a.path, a.text, m.data FROM mentions m JOIN articles a ON a.rowid = m.article ORDER BY a.path") {
                let mentions = MentionRows.decode(row[2])
                for (ord, (mention, text)) in zip(mentions, MentionRows.texts(of: mentions, in: row[1])).enumerated() {
                    let span = mention.span
                    lines.append("\(row[0] as String) | \(ord) | \(ids[mention.entity] ?? "?") | \(text) | \(span.start) | \(span.end) | \(mention.sentence)")
                }
            }
            // The sentences FTS5 lists for each entity, against what the mentions say.
            lines.append("## entity sentences")
            let articles = try db.cachedStatement(sql: """
                SELECT a.path || ':' || \(MentionRows.sentenceOfRow) FROM entity_sentences m JOIN articles a ON a.rowid = \(MentionRows.articleOfRow)
                WHERE m.entity_sentences MATCH \(MentionRows.match("?")) ORDER BY a.path, \(MentionRows.sentenceOfRow)
                """)
            for (rowid, id) in ids.sorted(by: { $0.value < $1.value }) {
                let paths = try String.fetchAll(articles, arguments: [rowid])
                if !paths.isEmpty { lines.append("\(id) | \(paths.joined(separator: " "))") }
            }
            try dump("knowledge", "SELECT path, hex(data) FROM knowledge ORDER BY path")
            try dump("entities", "SELECT id, name, kind, origin, mentions, hex(data) FROM entities ORDER BY id")
            try dump("aliases", "SELECT e.id, a.alias, a.folded FROM aliases a JOIN entities e ON e.rowid = a.entity ORDER BY e.id, a.folded")
            try dump("relation evidence", """
                SELECT coalesce(a.path, r.knowledge), r.ord, r.subject, r.predicate, r.object, r.origin, r.role, r.weight,
                       r.sentence, r.start, r.end, hex(r.data), r.evidence
                FROM relation_evidence r LEFT JOIN articles a ON a.rowid = r.article
                ORDER BY r.article IS NOT NULL, coalesce(a.path, r.knowledge), r.ord
                """)
            lines.append("## co-occurrences")
            for row in try Row.fetchAll(db, sql: """
                SELECT a.path, c.sentence, c.start, c.end, c.entities FROM cooccurrences c JOIN articles a ON a.rowid = c.article
                ORDER BY a.path, c.sentence
                """) {
                let members = IntBlob.decode(row[4]).map { ids[$0] ?? "?" }.joined(separator: " ")
                lines.append("\(row[0] as String) | \(row[1] as Int) | \(row[2] as Int) | \(row[3] as Int) | \(members)")
            }
            try dump("relation keys", """
                SELECT subject, predicate, object, origin, n, weight, evidence, fractional FROM relation_keys ORDER BY subject, predicate, object, origin
                """)
            try dump("shared article ids", "SELECT value FROM meta WHERE key = 'shared_ids'")
            try dump("relation count", "SELECT n FROM relation_count")
            try dump("event sentences", """
                SELECT a.path, e.ord, e.start, e.end, hex(e.data) FROM event_sentences e JOIN articles a ON a.rowid = e.article
                ORDER BY a.path, e.ord
                """)
            try dump("file diagnostics", "SELECT path, ord, at, line, severity, message FROM file_diagnostics ORDER BY path, ord")
            try dump("derived diagnostics", "SELECT stage, ord, path, line, severity, message FROM derived_diagnostics ORDER BY stage, ord")
            try dump("article search", "SELECT a.path FROM article_fts JOIN articles a ON a.rowid = article_fts.rowid ORDER BY a.path")
            try dump("entity search", "SELECT e.id FROM entity_fts JOIN entities e ON e.rowid = entity_fts.rowid ORDER BY e.id")
            try dump("vocabulary", "SELECT term, doc, cnt FROM article_vocab ORDER BY term")
            lines += try PhrasePairPostings.dump(db)
            return lines.joined(separator: "\n")
        }
    }
}
