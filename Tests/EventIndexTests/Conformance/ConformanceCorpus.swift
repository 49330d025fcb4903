import EventIndex
import EventModel
import Foundation

/// A small invented corpus written to a folder, and the two stores built from it: the index and the
/// in-memory store over the loader's corpus. Every article, name and event here is made up.
///
/// It holds dated and undated articles, two sources that differ only in case, two copies of one story
/// (equal search scores), resolved and unresolved "Read more" links, curated entities with aliases,
/// knowledge relations and events, claims and condemnations read from the text, and a file with a
/// diagnostic.
/// Nothing in it changes after `init`, so the tests share one.
final class ConformanceCorpus: @unchecked Sendable {
    let folder: TempCorpus
    let indexed: IndexedCorpus
    let memory: MemoryCorpusStore

    init() throws {
        folder = try TempCorpus()
        try Self.write(folder)
        indexed = try folder.synced().corpus
        memory = MemoryCorpusStore(CorpusLoader.load(root: folder.root))
    }

    /// The one corpus every conformance suite of a test run shares. A static is never deinitialised,
    /// so its folder is removed when the process exits instead: each run left one behind in /tmp.
    static let shared: Result<ConformanceCorpus, Error> = {
        let result = Result { try ConformanceCorpus() }
        if case .success(let corpus) = result {
            sharedBase = corpus.folder.base
            atexit { if let base = ConformanceCorpus.sharedBase { try? FileManager.default.removeItem(at: base) } }
        }
        return result
    }()
    nonisolated(unsafe) private static var sharedBase: URL?

    /// Both stores, named for failure messages.
    var stores: [(name: String, store: any CorpusStore)] { [("index", indexed), ("memory", memory)] }

    private static func write(_ folder: TempCorpus) throws {
        try folder.write("knowledge.yaml", """
            entities:
              - id: coastal-front
                name: Coastal Liberation Front
                kind: organisation
                aliases: [CLF, Coastal Front]
                description: An invented armed group of the test corpus.
              - id: nino-varadze
                name: Nino Varadze
                kind: person
                aliases: [Varadze, Minister Varadze]
              - id: harbour-authority
                name: Batumi Harbour Authority
                kind: organisation
                aliases: [Harbour Authority]
              - id: tamar-gelashvili
                name: Tamar Gelashvili
                kind: person
            relations:
              - { subject: nino-varadze, predicate: role_of, object: georgia, role: Interior Minister, source: "Invented for the test" }
              - { subject: coastal-front, predicate: active_in, object: georgia, source: "Invented for the test" }
              - { subject: tamar-gelashvili, predicate: role_of, object: harbour-authority, role: Director }
            events:
              - id: batumi-harbour-bombing
                name: Batumi harbour bombing
                aliases: [harbour bombing]
                date: 2025-06-03
                place: georgia
                participants: [coastal-front]
              - id: tbilisi-talks
                name: Tbilisi security talks
                participants: [georgia, armenia]
            """)
        try folder.write("articles/blast-at-batumi-harbour.md", """
            ---
            id: harbour-blast
            title: "Blast at Batumi harbour kills nine"
            date: 2025-06-03
            source: Northwire
            url: https://northwire.example.org/harbour-blast
            ---

            A bomb exploded at the harbour in Batumi on Tuesday, killing nine people and wounding more than 40, officials in Georgia said.

            The Coastal Liberation Front claimed the bombing in a statement posted overnight. Interior Minister Nino Varadze said the attackers had crossed from Turkey.

            The Batumi Harbour Authority closed the port until Thursday. Tamar Gelashvili, its director, said shipping would resume slowly.

            Read more: Georgia arrests three over harbour blast
            """)
        try folder.write("articles/georgia-arrests-three.md", """
            ---
            id: arrests
            title: "Georgia arrests three over harbour blast"
            date: 2025-06-05T09:30:00Z
            source: Eastline
            ---

            Police in Georgia arrested three men over the Batumi bombing on Wednesday. Varadze said the CLF had planned the attack for months.

            The European Union condemned the bombing. Armenia offered to help the investigation, and the Harbour Authority reopened two berths.

            Read more: Blast at Batumi harbour kills nine

            Read more: Harbourmasters warn of a long recovery
            """)
        try folder.write("articles/leaders-meet-in-tbilisi.txt", """
            Leaders meet in Tbilisi after Batumi blast

            Georgian and Armenian leaders met in Tbilisi on Friday to discuss border security after the Batumi bombing.

            Armenia and Georgia agreed to share intelligence on the Coastal Front. Nino Varadze attended the talks.

            Read more: Blast at Batumi harbour kills nine
            """)
        try folder.write("articles/who-is-the-coastal-front.md", """
            ---
            id: profile
            title: "Who is the Coastal Liberation Front?"
            date: 2025-05-20
            source: northwire
            ---

            The Coastal Liberation Front is an armed group that first appeared in Georgia in 2019. Its leaders have never been named.

            Harbourmasters along the coast say the group has threatened shipping before. Turkey has called the CLF a terrorist organisation.
            """)
        // Two copies of one story: equal search scores, which both stores must order by path.
        for name in ["markets-calm-a", "markets-calm-b"] {
            try folder.write("articles/\(name).md", """
                ---
                id: \(name)
                title: "Markets calm after harbour attack"
                date: 2025-06-04
                source: Eastline
                ---

                Shipping insurers in Georgia raised their rates after the attack, but tourism bookings held steady. Traders expect the port to reopen.
                """)
        }
        try folder.write("articles/tourism-season.md", """
            ---
            id: tourism
            title: "Tourism season opens on the Black Sea coast"
            date: 2025-05-01
            ---

            Hotels in Batumi expect a record tourism season. Ferries from Turkey add extra sailings, and the harbour welcomes its first cruise ship.
            """)
        try folder.write("articles/undated-notes.txt", """
            Notes from the harbour

            Dockworkers in Batumi spoke about the night of the blast. Some said the Coastal Front had been seen near the berths.
            """)
        // A date that is not one: the loader reports it, and both stores list the diagnostic.
        try folder.write("articles/bad-date.md", """
            ---
            id: bad-date
            title: "Ferry strike ends"
            date: someday
            ---

            Ferry crews in Batumi ended their strike after two days.
            """)
    }
}
