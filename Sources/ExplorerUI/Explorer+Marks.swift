import EventModel

// MARK: - Read, starred, notes
extension Explorer {
    /// Opening an article marks it read; a state file that cannot be written says so and nothing else fails.
    mutating func markRead(_ id: String) {
        do {
            try state.update(.article, id) { $0.read = true }
        } catch {
            message = .error("Could not keep the read mark: \(error)")
        }
    }

    mutating func toggleRead() throws {
        guard let id = current.currentArticle else { return message = .info("No article here") }
        var nowRead = false
        try state.update(.article, id) { $0.read.toggle(); nowRead = $0.read }
        message = .info(nowRead ? "Marked read" : "Marked unread")
        layoutCurrent()
    }

    /// The article in view, else the entity: what a star or a note is put on.
    private var markTarget: (UserMark.Kind, String)? {
        if let article = current.currentArticle { return (.article, article) }
        if let entity = current.currentEntity { return (.entity, entity) }
        return nil
    }

    mutating func toggleStar() throws {
        guard let target = markTarget else { return message = .info("Nothing to star here") }
        var starred = false
        try state.update(target.0, target.1) { $0.starred.toggle(); starred = $0.starred }
        message = .info(starred ? "Starred; :starred lists what you starred" : "Star removed")
        layoutCurrent()
    }

    /// `:note TEXT` on the article or entity in view; `:note` alone removes it.
    mutating func setNote(_ text: String) throws {
        guard let target = markTarget else { return message = .info("No article or entity here to note") }
        try state.update(target.0, target.1) { $0.note = text.isEmpty ? nil : text }
        message = .info(text.isEmpty ? "Note removed" : "Noted; :notes lists your notes")
        layoutCurrent()
    }

    /// `u` in the reader: the first unread article of the list, newest first.
    mutating func openNextUnread() throws {
        let total = try store.counts().articles
        var start = 0
        while start < total {
            let page = try store.articles(order: .date, range: start..<min(total, start + 200))
            guard !page.isEmpty else { break }
            let read = try state.readArticles(among: page.map(\.id))
            if let next = page.first(where: { !read.contains($0.id) && $0.id != current.currentArticle }) {
                return try open(.article(id: next.id, sentence: nil))
            }
            start += page.count
        }
        message = .info("Every article is read")
    }

    /// `:save NAME` on the search screen: the query, kept with the user's marks.
    mutating func saveSearch(_ name: String) throws {
        guard let search = current as? SearchScreen, !search.query.trimmingSpaces.isEmpty else {
            return message = .info("Search first (/), then :save NAME")
        }
        try state.save(UserMark(kind: .search, id: name, query: search.query))
        message = .info("Saved as \u{201C}\(name)\u{201D}; :searches lists saved searches")
    }
}
