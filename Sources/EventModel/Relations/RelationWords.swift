/// The words the sentence patterns look for, as folded hashes.
enum RelationWords {
    private static func hashes(_ words: String) -> Set<UInt64> { Vocabulary.hashes(words) }
    private static func hash(_ word: String) -> UInt64 { TextFolding.wordHash(word) }

    static let claimVerbs = hashes("claimed claims claim claiming")
    static let responsibility = hash("responsibility")
    static let of = hash("of")
    static let and = hash("and")
    static let or = hash("or")
    static let at = hash("at")
    static let with = hash("with")
    static let between = hash("between")
    static let articles = hashes("the a an")
    static let branchNouns = hashes("branch affiliate offshoot wing faction franchise subsidiary chapter")
    static let memberNouns = hashes("member members")
    static let memberQualifiers = hashes("states countries nations state country nation")
    static let memberFillers = hashes("a an the is are was were become became full founding also now remains remain has have been all both its their")
    static let allianceNouns = hashes("alliance bloc organisation organization group union pact coalition grouping partnership")
    static let listIntros = hashes("comprising including of comprises includes encompassing uniting")
    static let listLeadIns = hashes("made up consisting that which")
    static let allyNouns = hashes("ally allies")
    static let allies = hash("allies")
    static let war = hash("war")
    static let warPrepositions = hashes("with against on in")
    static let pronouns = hashes("its their")
    static let beVerbs = hashes("is are was were remains remain been has have still now already effectively")
    static let condemnationNouns = hashes("condemnation condemnations")
    static let condemnVerbs = hashes("condemned condemns condemn denounced denounces")
    static let fromBy = hashes("from by")
    static let condemnAdverbs = hashes("also strongly swiftly quickly firmly all have has both")
    static let listStops = hashes("with to for over after which who that while but as amid against")
    static let activeWords = hashes("militants fighters operatives cells insurgents operates operating operate active presence based jihadists recruiters")
    static let activePrepositions = hashes("in across throughout")
    static let inWord = hash("in")
    static let activeFillers = hashes("is are was were now also still reportedly mainly largely increasingly been has have")
    /// Words that open a new clause: the subject before them is not the subject after them.
    static let clauseWords = hashes("while although though but because whereas which who that where when after before")
}
