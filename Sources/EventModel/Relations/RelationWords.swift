/// The words the sentence patterns look for. Each word of a sentence is looked up once and
/// carries the set of categories it belongs to, so a pattern tests a bit, never a string.
struct RelationWords: OptionSet, Sendable {
    let rawValue: UInt64

    static let claimVerbs = RelationWords(rawValue: 1 << 0)
    static let responsibility = RelationWords(rawValue: 1 << 1)
    static let of = RelationWords(rawValue: 1 << 2)
    static let and = RelationWords(rawValue: 1 << 3)
    static let or = RelationWords(rawValue: 1 << 4)
    static let at = RelationWords(rawValue: 1 << 5)
    static let between = RelationWords(rawValue: 1 << 6)
    static let articles = RelationWords(rawValue: 1 << 7)
    static let branchNouns = RelationWords(rawValue: 1 << 8)
    static let memberNouns = RelationWords(rawValue: 1 << 9)
    static let memberQualifiers = RelationWords(rawValue: 1 << 10)
    static let memberFillers = RelationWords(rawValue: 1 << 11)
    static let allianceNouns = RelationWords(rawValue: 1 << 12)
    static let listIntros = RelationWords(rawValue: 1 << 13)
    static let listLeadIns = RelationWords(rawValue: 1 << 14)
    static let allyNouns = RelationWords(rawValue: 1 << 15)
    static let allies = RelationWords(rawValue: 1 << 16)
    static let war = RelationWords(rawValue: 1 << 17)
    static let warPrepositions = RelationWords(rawValue: 1 << 18)
    static let pronouns = RelationWords(rawValue: 1 << 19)
    static let beVerbs = RelationWords(rawValue: 1 << 20)
    static let condemnationNouns = RelationWords(rawValue: 1 << 21)
    static let condemnVerbs = RelationWords(rawValue: 1 << 22)
    static let fromBy = RelationWords(rawValue: 1 << 23)
    static let condemnAdverbs = RelationWords(rawValue: 1 << 24)
    static let listStops = RelationWords(rawValue: 1 << 25)
    static let activeWords = RelationWords(rawValue: 1 << 26)
    static let activePrepositions = RelationWords(rawValue: 1 << 27)
    static let inWord = RelationWords(rawValue: 1 << 28)
    static let activeFillers = RelationWords(rawValue: 1 << 29)
    /// Words that open a new clause: the subject before them is not the subject after them.
    static let clauseWords = RelationWords(rawValue: 1 << 30)
    /// "Minister", "Defense": the words of an office before a name.
    static let titles = RelationWords(rawValue: 1 << 31)

    /// "the attack", "the massacre": an event not named.
    static let attackNouns = RelationWords(rawValue: 1 << 32)
    /// "attack on/at/in <place>".
    static let attackPrepositions = RelationWords(rawValue: 1 << 33)

    /// Words that trigger a pattern.
    static let triggers: RelationWords = [.claimVerbs, .branchNouns, .memberNouns, .allianceNouns, .allyNouns, .war,
                                          .condemnationNouns, .condemnVerbs]

    private static let lists: [(RelationWords, String)] = [
        (.claimVerbs, "claimed claims claim claiming"),
        (.responsibility, "responsibility"),
        (.of, "of"), (.and, "and"), (.or, "or"), (.at, "at"), (.between, "between"),
        (.articles, "the a an"),
        (.branchNouns, "branch affiliate offshoot wing faction franchise subsidiary chapter"),
        (.memberNouns, "member members"),
        (.memberQualifiers, "states countries nations state country nation"),
        (.memberFillers, "a an the is are was were become became full founding also now remains remain has have been all both its their"),
        (.allianceNouns, "alliance bloc organisation organization group union pact coalition grouping partnership"),
        (.listIntros, "comprising including of comprises includes encompassing uniting"),
        (.listLeadIns, "made up consisting that which"),
        (.allyNouns, "ally allies"),
        (.allies, "allies"),
        (.war, "war"),
        (.warPrepositions, "with against on in"),
        (.pronouns, "its their"),
        (.beVerbs, "is are was were remains remain been has have still now already effectively"),
        (.condemnationNouns, "condemnation condemnations"),
        (.condemnVerbs, "condemned condemns condemn denounced denounces"),
        (.fromBy, "from by"),
        (.condemnAdverbs, "also strongly swiftly quickly firmly all have has both"),
        (.listStops, "with to for over after which who that while but as amid against"),
        (.activeWords, "militants fighters operatives cells insurgents operates operating operate active presence based jihadists recruiters"),
        (.activePrepositions, "in across throughout"),
        (.inWord, "in"),
        (.activeFillers, "is are was were now also still reportedly mainly largely increasingly been has have"),
        (.attackNouns, "attack attacks massacre shooting shootings bombing bombings killings assault siege raid"),
        (.attackPrepositions, "on at in"),
        (.clauseWords, "while although though but because whereas which who that where when after before"),
    ]

    /// Category masks by word hash, behind one table lookup.
    private static let table: (index: HashTable64, masks: [UInt64]) = {
        var masks: [UInt64: UInt64] = [:]
        for (category, words) in lists {
            for word in words.split(separator: " ") { masks[TextFolding.wordHash(String(word)), default: 0] |= category.rawValue }
        }
        for word in Vocabulary.coreTitleWords + Vocabulary.titleModifierWords {
            masks[TextFolding.wordHash(word), default: 0] |= titles.rawValue
        }
        var index = HashTable64(capacity: masks.count)
        var values: [UInt64] = []
        for (hash, mask) in masks.sorted(by: { $0.key < $1.key }) {
            index.set(hash, Int32(values.count))
            values.append(mask)
        }
        return (index, values)
    }()

    /// The categories of a word, by its folded hash.
    static func of(hash: UInt64) -> RelationWords {
        guard let slot = table.index[hash] else { return [] }
        return RelationWords(rawValue: table.masks[Int(slot)])
    }
}
