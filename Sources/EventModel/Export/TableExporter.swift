/// CSV tables (RFC 4180, UTF-8, CRLF line ends): entities, relations or mentions.
enum TableExporter {
    static func csv(_ table: CSVTable, graph: ExportGraph, store: any CorpusStore, to out: ExportOutput) throws {
        switch table {
        case .entities:
            row(["id", "name", "kind", "confirmed", "origin", "mentions", "aliases", "description"], to: out)
            for node in graph.nodes {
                let entity = try store.entity(id: node.id)
                row([node.id, node.name, node.kind.rawValue, String(node.confirmed), entity?.origin.rawValue ?? "",
                     String(node.mentions), (entity?.aliases ?? []).joined(separator: "; "), entity?.description ?? ""], to: out)
            }
        case .relations:
            row(["subject", "predicate", "object", "origin", "role", "weight", "evidence", "article", "sentence"], to: out)
            try graph.forEachRelation { excerpt in
                let relation = excerpt.relation, edge = EdgeFacts(excerpt)
                row([relation.subject, relation.predicate.rawValue, relation.object, relation.origin.rawValue, relation.role ?? "",
                     String(edge.weight), String(edge.evidenceCount), relation.evidence.first?.article ?? "", edge.sentence], to: out)
            }
        case .mentions:
            row(["article", "entity", "text", "start", "end", "sentence"], to: out)
            try ArticleWalk.forEachID(in: store) { id in
                for mention in try store.mentions(inArticle: id) where graph.contains(mention.entity) {
                    row([mention.article, mention.entity, mention.text, String(mention.span.start), String(mention.span.end),
                         String(mention.sentence)], to: out)
                }
            }
        }
    }

    private static func row(_ fields: [String], to out: ExportOutput) {
        out.write(fields.map(MarkupEscaping.csv).joined(separator: ",") + "\r\n")
    }
}

/// Every article id of a store, sorted, read a page at a time: the order of the exports that walk
/// articles, independent of how the store breaks ties, in memory that does not grow with the corpus.
enum ArticleWalk {
    static func forEachID(in store: any CorpusStore, page: Int = 2000, _ body: (String) throws -> Void) throws {
        var after: String?
        while true {
            let batch = try store.articleIDPage(after: after, limit: page)
            for id in batch { try body(id) }
            guard batch.count == page, let last = batch.last else { return }
            after = last
        }
    }
}
