extension EntityCatalog {
    /// The place or country a dateline opens with: "ISLAMABAD (Reuters)", "ABUJA, Nigeria", "KABUL - ",
    /// "KABUL —". Nil when its first part names nothing the catalog knows, or something else than a place.
    func datelinePlace(_ dateline: String) -> Entity? {
        // "PORT-AU-PRINCE (Reuters)" keeps its hyphens; "KABUL - " and "KABUL — " end at the dash.
        let place = dateline.replacingOccurrences(of: " - ", with: "\u{2014}")
            .split(whereSeparator: { $0 == "(" || $0 == ":" || $0 == "," || $0 == "\u{2013}" || $0 == "\u{2014}" })
            .first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        guard !place.isEmpty, let entity = resolve(name: place), entity.kind == .place || entity.kind == .country else { return nil }
        return entity
    }
}
