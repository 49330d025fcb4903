import Testing
@testable import EventModel

@Suite("Built-in gazetteer")
struct GazetteerTests {
    @Test("every sovereign country is known, with its short name as id")
    func countries() {
        let countries = Gazetteer.entities.filter { $0.kind == .country }
        #expect(countries.count == 197)
        let ids = Set(countries.map(\.id))
        for id in ["tajikistan", "russia", "united-states", "united-kingdom", "taiwan", "kosovo", "palestine",
                   "vatican-city", "cote-d-ivoire", "north-korea", "south-sudan", "timor-leste", "dr-congo"] {
            #expect(ids.contains(id), "missing \(id)")
        }
        #expect(countries.allSatisfy { $0.origin == .gazetteer && $0.id == Slug.make($0.name) })
    }

    @Test("demonyms, official names and abbreviations name their country")
    func demonyms() {
        let catalog = EntityCatalog.build(knowledge: [], contributions: []).catalog
        let expected = [
            "Tajik": "tajikistan", "Tajikistani": "tajikistan", "Russian": "russia", "Kazakh": "kazakhstan",
            "Uzbek": "uzbekistan", "Kyrgyz": "kyrgyzstan", "Afghan": "afghanistan", "Belarusian": "belarus",
            "Armenian": "armenia", "Ukrainian": "ukraine", "American": "united-states", "U.S.": "united-states",
            "US": "united-states", "British": "united-kingdom", "UK": "united-kingdom",
            "Russian Federation": "russia", "Republic of Tajikistan": "tajikistan", "Tajiks": "tajikistan",
        ]
        for (name, id) in expected {
            #expect(catalog.resolve(name: name)?.id == id, "\(name)")
        }
    }

    @Test("capitals and cities know their country, regions are places")
    func places() {
        #expect(Gazetteer.country(ofPlace: "moscow") == "russia")
        #expect(Gazetteer.country(ofPlace: "dushanbe") == "tajikistan")
        #expect(Gazetteer.country(ofPlace: "kabul") == "afghanistan")
        let catalog = EntityCatalog.build(knowledge: [], contributions: []).catalog
        #expect(catalog.resolve(name: "Central Asian")?.id == "central-asia")
        #expect(catalog.resolve(name: "Middle East")?.kind == .place)
        #expect(catalog.resolve(name: "South Caucasus")?.kind == .place)
        #expect(catalog.resolve(name: "Europe")?.kind == .place)
        #expect(catalog.country(ofPlace: "moscow") == "russia")
    }
}
