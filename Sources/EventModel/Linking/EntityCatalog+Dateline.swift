extension EntityCatalog {
    /// The place or country a dateline opens with: "ISLAMABAD (Reuters)", "ABUJA, Nigeria", "KABUL - ",
    /// "KABUL —". Nil when its first part names nothing the catalog knows, or something else than a place;
    /// "URUAPAN, Mexico" names the country after the comma when the town is one the catalog does not know.
    func datelinePlace(_ dateline: String) -> Entity? {
        let parts = Self.datelineParts(dateline)
        guard let place = parts.first, !place.isEmpty else { return nil }
        if let entity = resolve(name: place) { return entity.kind == .place || entity.kind == .country ? entity : nil }
        return commaCountry(dateline, parts: parts)
    }

    /// The country a dateline gives: the place's, or the country after its comma ("URUAPAN, Mexico —") when
    /// the catalog knows the town but not its country.
    func datelineCountry(_ dateline: String) -> String? {
        if let entity = datelinePlace(dateline) {
            if entity.kind == .country { return entity.id }
            if let country = country(ofPlace: entity.id) { return country }
        }
        return commaCountry(dateline, parts: Self.datelineParts(dateline))?.id
    }

    /// The dateline cut at brackets, colons, commas and dashes ("PORT-AU-PRINCE (Reuters)" keeps its hyphens;
    /// "KABUL - " and "KABUL — " end at the dash).
    private static func datelineParts(_ dateline: String) -> [String] {
        dateline.replacingOccurrences(of: " - ", with: "\u{2014}")
            .split(omittingEmptySubsequences: false, whereSeparator: isDatelineBreak)
            .map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// What ends a dateline's part: a bracket, a colon, a comma or a dash.
    private static func isDatelineBreak(_ character: Character) -> Bool {
        character == "(" || character == ":" || character == "," || character == "\u{2013}" || character == "\u{2014}"
    }

    /// "URUAPAN, Mexico": the country named right after the dateline's first comma.
    private func commaCountry(_ dateline: String, parts: [String]) -> Entity? {
        guard parts.count > 1, let comma = dateline.firstIndex(where: Self.isDatelineBreak),
              dateline[comma] == ",", let country = resolve(name: parts[1]), country.kind == .country else { return nil }
        return country
    }
}
