extension EntityCatalog {
    /// What one article adds to the catalog: the acronyms it defines and the names that look like
    /// entities (capitalised phrases, titled names, facilities, "<Place> attack" events).
    ///
    /// Depends on the article alone (and the built-in gazetteer), so it can be stored per article.
    public static func contribution(of article: Article) -> CatalogContribution {
        var discovery = CandidateDiscovery(article: article)
        return discovery.run()
    }
}
