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

    /// "not", "never", "denied", "unclear", "whether": a tie in their scope is not stated.
    static let negation = RelationWords(rawValue: 1 << 34)
    /// "said", "told", "according": who states what follows.
    static let speechVerbs = RelationWords(rawValue: 1 << 35)
    static let by = RelationWords(rawValue: 1 << 36)
    static let blameVerbs = RelationWords(rawValue: 1 << 37)
    /// "carried out", "was behind", "responsible for": who did it.
    static let perpetration = RelationWords(rawValue: 1 << 38)
    static let forWord = RelationWords(rawValue: 1 << 39)
    static let onWord = RelationWords(rawValue: 1 << 40)
    static let capital = RelationWords(rawValue: 1 << 41)
    static let cityNouns = RelationWords(rawValue: 1 << 42)
    static let basedWords = RelationWords(rawValue: 1 << 43)
    static let citizenNouns = RelationWords(rawValue: 1 << 44)
    static let arrestVerbs = RelationWords(rawValue: 1 << 45)
    static let chargeVerbs = RelationWords(rawValue: 1 << 46)
    static let meetVerbs = RelationWords(rawValue: 1 << 47)
    static let withWord = RelationWords(rawValue: 1 << 48)
    static let visitVerbs = RelationWords(rawValue: 1 << 49)
    static let toWord = RelationWords(rawValue: 1 << 50)
    static let supportVerbs = RelationWords(rawValue: 1 << 51)
    static let rivalNouns = RelationWords(rawValue: 1 << 52)
    static let fightVerbs = RelationWords(rawValue: 1 << 53)
    static let joinVerbs = RelationWords(rawValue: 1 << 54)
    /// "the group", "the militants": an organisation named before.
    static let groupPronouns = RelationWords(rawValue: 1 << 55)
    /// "the country": a country named before.
    static let countryPronouns = RelationWords(rawValue: 1 << 56)
    /// "he", "she": a person named before.
    static let personPronouns = RelationWords(rawValue: 1 << 57)
    /// "it", "they": an organisation or country named before.
    static let itPronouns = RelationWords(rawValue: 1 << 58)
    /// "took responsibility": needs "responsibility" after it.
    static let claimTake = RelationWords(rawValue: 1 << 59)
    /// "which", "who": a clause about the mention just before.
    static let relativeWords = RelationWords(rawValue: 1 << 60)
    /// "southern", "northwestern": a direction before a place.
    static let directions = RelationWords(rawValue: 1 << 61)
    /// "former", "ex": a tie that no longer holds.
    static let formerWords = RelationWords(rawValue: 1 << 62)
    /// Words a verb phrase may hold between its subject and its verb: "has also", "was reportedly".
    static let verbFillers = RelationWords(rawValue: 1 << 63)

    /// Words that trigger a pattern.
    static let triggers: RelationWords = [.claimVerbs, .branchNouns, .memberNouns, .allianceNouns, .allyNouns, .war,
                                          .condemnationNouns, .condemnVerbs, .blameVerbs, .perpetration, .capital,
                                          .cityNouns, .basedWords, .citizenNouns, .arrestVerbs, .chargeVerbs, .meetVerbs,
                                          .visitVerbs, .supportVerbs, .rivalNouns, .fightVerbs, .joinVerbs, .claimTake]

    private static let lists: [(RelationWords, String)] = [
        (.claimVerbs, "claimed claims claim claiming"),
        (.responsibility, "responsibility"),
        (.of, "of"), (.and, "and"), (.or, "or"), (.at, "at"), (.between, "between"),
        (.articles, "the a an"),
        (.branchNouns, "branch affiliate offshoot wing faction franchise subsidiary chapter splinter affiliates branches linked affiliated arm extension unit agency"),
        (.memberNouns, "member members membership component components"),
        (.memberQualifiers, "states countries nations state country nation"),
        (.memberFillers, "a an the is are was were become became full founding also now remains remain has have been all both its their"),
        (.allianceNouns, "alliance bloc organisation organization group union pact coalition grouping partnership comprising comprises encompassing uniting unites includes include consists consisted comprised"),
        (.listIntros, "comprising including of comprises includes encompassing uniting grouping groups unites"),
        (.listLeadIns, "made up consisting that which"),
        (.allyNouns, "ally allies allied aligned"),
        (.allies, "allies"),
        (.war, "war conflict invasion offensive battle battles operations"),
        (.warPrepositions, "with against on in of"),
        (.pronouns, "its their"),
        (.beVerbs, "is are was were remains remain been has have still now already effectively"),
        (.condemnationNouns, "condemnation condemnations"),
        (.condemnVerbs, "condemned condemns condemn condemning denounced denounces denouncing"),
        (.fromBy, "from by"),
        (.condemnAdverbs, "also strongly swiftly quickly firmly all have has both"),
        (.listStops, "with to for over after which who that while but as amid against"),
        (.activeWords, "militants fighters operatives cells insurgents operates operating operate active presence jihadists recruiters fighting"),
        (.activePrepositions, "in across throughout from"),
        (.inWord, "in"),
        (.activeFillers, "is are was were had now also still reportedly allegedly mainly largely increasingly been has have predominantly primarily mostly chiefly which who whose deployed stationed established maintains maintained built a an strong growing"),
        (.attackNouns, "attack attacks massacre shooting shootings bombing bombings killings assault siege raid"),
        (.attackPrepositions, "on at in"),
        (.clauseWords, "while although though but because whereas which who that where when after before however since until"),
        (.negation, """
            not no never neither nor t didn doesn don isn wasn aren weren hasn haven hadn wouldn couldn cannot \
            denied denies deny denying rejected rejects reject rejecting dismissed dismisses dismissing refuted refutes \
            unclear uncertain unconfirmed whether yet rumours rumors speculation \
            left quit withdrew withdrawn froze frozen suspended expelled refused refuses refusing declined declines \
            avoided avoids avoiding refrained refrains without
            """),
        (.speechVerbs, """
            said says say told tells stated states announced announces added adds according alleged alleges believe \
            believes believed insisted insists suspect suspects suggested suggests reported reports confirmed confirms adding
            """),
        (.by, "by"),
        (.blameVerbs, "blamed blames blame blaming accused accuses accusing accuse"),
        (.perpetration, "carried behind responsible perpetrated orchestrated masterminded staged planned organised organized"),
        (.forWord, "for"), (.onWord, "on"), (.withWord, "with"), (.toWord, "to"),
        (.capital, "capital"),
        (.cityNouns, "city town province region village district port island resort state county territory suburb neighbourhood neighborhood cities towns provinces regions villages districts"),
        (.basedWords, "based headquartered"),
        (.citizenNouns, "national nationals citizen citizens native natives nationality citizenship"),
        (.arrestVerbs, "arrested detained apprehended captured arrests detains arrest detain"),
        (.chargeVerbs, "charged indicted convicted sentenced charges"),
        (.meetVerbs, "met meets meet meeting talks negotiations hosted hosts summit"),
        (.visitVerbs, "visited visits visit toured arrived arrives landed lands travelled traveled travels flew flies rushed hurried arriving"),
        (.supportVerbs, "supports supported supporting backed backs backing support funded funds armed arms sponsored sponsors bankrolled backer backers benefactor patron sponsor aided aiding aids arming funding financing sympathiser sympathisers sympathizer sympathizers supporter supporters loyalist loyalists"),
        (.rivalNouns, "rival rivals arch-rival archrival foe foes enemy enemies adversary adversaries rivalry competitors"),
        (.fightVerbs, "fought fighting fights battled battling battles clashed clashing clashes invaded invading invades"),
        (.joinVerbs, "joined join joins joining"),
        (.groupPronouns, Vocabulary.groupReferenceWords),
        (.countryPronouns, "country nation kingdom republic"),
        (.personPronouns, "he she his her"),
        (.itPronouns, "it its they their"),
        (.claimTake, "took taken take takes assumed accepted"),
        (.relativeWords, "which who whose"),
        (.directions, """
            southern northern eastern western northwestern northeastern southwestern southeastern central north south \
            east west northwest northeast southwest southeast north-west north-east south-west south-east far restive neighbouring \
            neighboring
            """),
        (.formerWords, "former ex onetime erstwhile once"),
        (.verbFillers, """
            has have had is are was were be been being also reportedly allegedly already earlier later then quickly \
            swiftly strongly firmly publicly officially openly formally repeatedly subsequently first recently later \
            will would did does do still now long once initially previously often widely
            """),
        (.titles, "aide head founder co-founder cofounder commander chief counterpart official editor publisher"),
    ]

    /// Category masks by word hash, behind one table lookup.
    private static let table: (index: HashTable64, masks: [UInt64]) = {
        var masks: [UInt64: UInt64] = [:]
        for (category, words) in lists {
            for word in words.split(separator: " ") { masks[TextFolding.wordHash(String(word)), default: 0] |= category.rawValue }
        }
        for word in Vocabulary.coreTitleWords + Vocabulary.titleModifierWords + Vocabulary.officeDomainWords {
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
