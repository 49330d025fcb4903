/// The built-in list of what evex knows without any knowledge file: every sovereign country
/// with its names and demonyms ("Tajik", "Tajikistani" -> Tajikistan), world regions ("Central
/// Asia", "Central Asian") and capitals and major cities with their country, so that "Moscow"
/// used for Russia can be read as Russia; and armed groups, international organisations, courts
/// and news agencies with their common names ("ISIL", "Daesh" -> Islamic State).
public enum Gazetteer {
    /// Countries (kind `.country`), regions and cities (kind `.place`), organisations (kind
    /// `.organisation`), origin `.gazetteer`, sorted by id.
    public static var entities: [Entity] { table.entities }

    /// The country a built-in city or region lies in: `moscow` -> `russia`.
    public static func country(ofPlace id: String) -> String? { table.placeCountry[id] }

    /// The built-in entity with this id.
    static func entity(id: String) -> Entity? { table.positions[id].map { table.entities[$0] } }

    /// What a folded name means in the gazetteer, if anything.
    static func name(forKey key: String) -> Name? { table.names[key] }
    /// The folded hashes of one-word demonyms ("russian", "tajik"): a check on a word's hash, with no string made.
    static let demonymWordHashes: Set<UInt64> = Set(table.names.filter { $0.value.isDemonym && !$0.key.contains(" ") }.map { TextFolding.wordHash($0.key) })

    /// A name of the gazetteer: whose it is and how it names it.
    struct Name: Sendable, Hashable {
        var id: String
        var kind: EntityKind
        /// "Tajik" rather than "Tajikistan": an adjective cannot name an event's place.
        var isDemonym: Bool
    }

    struct Table: Sendable {
        var entities: [Entity]
        var placeCountry: [String: String]
        var names: [String: Name]
        var positions: [String: Int]
        /// Country id -> its capital's id.
        var capitals: [String: String] = [:]
        /// Regions inside one country: provinces, states, republics ("pennsylvania", "dagestan").
        var regions: Set<String> = []
    }

    /// Whether `id` is a built-in region of one country ("Pennsylvania", "Balochistan"): "Butler,
    /// Pennsylvania" places the town in it as "Butler, Pakistan" would in a country.
    static func isRegionOfCountry(_ id: String) -> Bool { table.regions.contains(id) }

    /// The capital of a built-in country: `kazakhstan` -> `astana`. Lets "the Kazakh capital" name a place.
    public static func capital(ofCountry id: String) -> String? { table.capitals[id] }
    /// The country whose capital `id` is: "russia" for "moscow", nil for a city that is no capital.
    static func country(ofCapital id: String) -> String? {
        guard let country = table.placeCountry[id], table.capitals[country] == id else { return nil }
        return country
    }

    static let table: Table = build()

    private static func build() -> Table {
        var entities: [Entity] = []
        var placeCountry: [String: String] = [:]
        var names: [String: Name] = [:]
        var ids = Set<String>()
        var countryIDByName: [String: String] = [:]

        func register(_ alias: String, _ id: String, _ kind: EntityKind, demonym: Bool) {
            let key = TextFolding.key(alias)
            if !key.isEmpty && names[key] == nil { names[key] = Name(id: id, kind: kind, isDemonym: demonym) }
        }

        var capitals: [(name: String, aliases: [String], country: String)] = []
        for line in countryData.split(separator: "\n") {
            let fields = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count == 5, !fields[0].isEmpty else { continue }
            let name = fields[0]
            let id = Slug.make(name)
            var aliases: [String] = []
            if !fields[1].isEmpty { aliases.append(fields[1] == "~" ? "Republic of \(name)" : fields[1]) }
            aliases += list(fields[2])
            let demonyms = list(fields[3])
            for demonym in demonyms {
                aliases.append(demonym)
                if let plural = plural(of: demonym) { aliases.append(plural) }
            }
            let adjectives = Set(demonyms + demonyms.compactMap(plural(of:)))
            register(name, id, .country, demonym: false)
            for alias in aliases { register(alias, id, .country, demonym: adjectives.contains(alias)) }
            entities.append(Entity(id: id, name: name, kind: .country, aliases: aliases, origin: .gazetteer))
            ids.insert(id)
            countryIDByName[name] = id
            let capital = list(fields[4])
            if let first = capital.first { capitals.append((first, Array(capital.dropFirst()), id)) }
        }

        func addPlace(_ name: String, aliases: [String], country: String?, description: String?) {
            let id = Slug.make(name)
            guard !ids.contains(id) else { return }
            ids.insert(id)
            register(name, id, .place, demonym: false)
            for alias in aliases { register(alias, id, .place, demonym: looksAdjectival(alias)) }
            entities.append(Entity(id: id, name: name, kind: .place, aliases: aliases, description: description, origin: .gazetteer))
            if let country { placeCountry[id] = country }
        }

        for (capital, others, country) in capitals {
            let countryName = entities.first { $0.id == country }?.name ?? country
            addPlace(capital, aliases: others, country: country, description: "Capital of \(countryName)")
        }
        var regions = Set<String>()
        for (data, isCity) in [(regionData, false), (cityData, true)] {
            for line in data.split(separator: "\n") {
                let fields = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
                guard fields.count == 3, !fields[0].isEmpty else { continue }
                let country = fields[2].isEmpty ? nil : countryIDByName[fields[2]]
                let description = isCity ? "City in \(fields[2])" : (country == nil ? "Region" : "Region of \(fields[2])")
                addPlace(fields[0], aliases: list(fields[1]), country: country, description: description)
                if !isCity && country != nil { regions.insert(Slug.make(fields[0])) }
            }
        }
        for line in organisationData.split(separator: "\n") {
            let fields = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count == 3, !fields[0].isEmpty, !ids.contains(fields[0]) else { continue }
            ids.insert(fields[0])
            let aliases = list(fields[2])
            register(fields[1], fields[0], .organisation, demonym: false)
            for alias in aliases { register(alias, fields[0], .organisation, demonym: false) }
            entities.append(Entity(id: fields[0], name: fields[1], kind: .organisation, aliases: aliases, origin: .gazetteer))
        }
        entities.sort { $0.id < $1.id }
        let positions = Dictionary(entities.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var capitalOf: [String: String] = [:]
        for (capital, _, country) in capitals where positions[Slug.make(capital)] != nil { capitalOf[country] = Slug.make(capital) }
        return Table(entities: entities, placeCountry: placeCountry, names: names, positions: positions, capitals: capitalOf, regions: regions)
    }

    private static func list(_ field: String) -> [String] {
        field.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// "Central Asian", "Balkan", "Kurdish": an adjective, not a name.
    private static func looksAdjectival(_ alias: String) -> Bool {
        // "Baluchistan", "Sistan-Baluchistan" end in "-an" but are places.
        if alias.lowercased().hasSuffix("stan") { return false }
        return !alias.contains(" ") ? ["an", "ish", "ic", "i", "ese"].contains { alias.hasSuffix($0) } : alias.hasSuffix("an")
    }

    /// "Tajik" -> "Tajiks"; none for "Swiss", "British", "Chinese".
    static func plural(of demonym: String) -> String? {
        let lower = demonym.lowercased()
        for ending in ["s", "sh", "ch", "ese", "x", "z", "y"] where lower.hasSuffix(ending) { return nil }
        return demonym + "s"
    }
}
