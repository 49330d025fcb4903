/// What can go wrong while moving around, said the way the status line shows it.
enum ExplorerError: Error, CustomStringConvertible {
    case noArticle(String)
    case noEntity(String)
    case noPath(from: String, to: String)
    /// A curation that cannot be made here, and why.
    case curation(String)

    var description: String {
        switch self {
        case .noArticle(let id): return "No article with id \u{201C}\(id)\u{201D}"
        case .noEntity(let name): return "No entity named \u{201C}\(name)\u{201D}"
        case .noPath(let from, let to): return "No path between \(from) and \(to)"
        case .curation(let message): return message
        }
    }
}
