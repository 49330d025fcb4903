/// The keys ``LinkResolver/resolve(_:)`` matches links and articles by, for a store that keeps them in an
/// index and hands the resolver only the articles a few links can lead to (see EventIndex's `ArticleKeys`).
extension LinkResolver {
    /// The keys an article is found under by its title: the ``TitleKey``, the same without a trailing
    /// outlet name (" - Reuters"), and for a title cut short for length ("Opening words…") the key of
    /// what was kept, which a longer link title may start with.
    public static func titleKeys(_ title: String) -> (title: String, bare: String?, shortened: String?) {
        let bare = TitleMatcher.withoutOutlet(title).map(TitleKey.normalize).flatMap { $0.isEmpty ? nil : $0 }
        var shortened: String?
        if title.hasSuffix("…") {
            let key = TitleKey.normalize(String(title.dropLast()))
            if key.count >= 20 { shortened = key }
        }
        return (TitleKey.normalize(title), bare, shortened)
    }

    /// The form in which a link's URL and an article's `url` are compared.
    public static func urlKey(_ url: String) -> String {
        TitleMatcher.urlKey(url)
    }
}
