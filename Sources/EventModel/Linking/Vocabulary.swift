/// Small closed word lists that discovery and relation patterns compare against, as folded hashes.
enum Vocabulary {
    static func hashes(_ words: String) -> WordSet {
        WordSet(words.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { TextFolding.wordHash(String($0)) })
    }

    static func words(_ list: String) -> [String] {
        list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    }

    static let s = TextFolding.wordHash("s")

    /// Lowercase words that may join the capitalised words of one name: "State of Iraq and Syria".
    static let of = TextFolding.wordHash("of")
    static let and = TextFolding.wordHash("and")
    static let the = TextFolding.wordHash("the")
    static let or = TextFolding.wordHash("or")
    /// Particles hyphened inside Arabic, Persian and Urdu names: "Jamaat-ul-Ahrar", "Tehreek-e-Taliban".
    static let hyphenParticles = hashes("ul ud ut us un ur uz ush e i al el ad an ar as at az ash on upon am sur en le la")
    static let connectors = hashes("of the and de al el bin ibn for la le von van da du del des")

    /// The last word of a title before a name: "Defense Minister Sergei Shoigu".
    static let coreTitles = WordSet(coreTitleWords.map(TextFolding.wordHash))
    static let coreTitleWords = words("""
        president minister chancellor king queen prince princess emir sultan sheikh ayatollah pope general gen colonel \
        col major captain capt commander admiral marshal lieutenant lt sergeant sgt senator sen governor gov mayor \
        secretary spokesman spokeswoman spokesperson ambassador envoy judge prosecutor director chairman chairwoman \
        speaker leader chief mr mrs ms dr prof professor imam mufti patriarch premier commissioner adviser advisor \
        president-elect vice-president maj brig adm cmdr brigadier ruler prelate archbishop bishop cardinal ceo \
        co-chair co-chairman co-leader chair inspector superintendent ombudsman ombudsperson mp lawmaker legislator agent pastor reverend \
        consul representative rabbi attorney rapporteur correspondent administrator pm supremo coordinator chairperson excellency \
        head journalist photojournalist photographer cameraman camerawoman reporter videographer analyst researcher
        """)
    /// Words that qualify a title: "Deputy Prime", "Defense", "Foreign".
    static let titleModifiers = WordSet(titleModifierWords.map(TextFolding.wordHash))
    /// "Chief of Staff", "Secretary of State", "Minister of Defence": what an office is of, written after it.
    static let officeObjects = hashes("staff state defence defense")
    static let titleModifierWords = words("""
        defense defence foreign interior prime vice deputy crown supreme acting former finance health justice \
        emergency emergencies economy trade security state first chief general attorney opposition national federal \
        presidential press secretary grand regional district army military police intelligence special government rear \
        brigadier major lieutenant education agriculture energy transport culture labour labor environment information \
        communications youth sports mines petroleum tourism planning housing industry commerce science technology \
        immigration infrastructure fisheries affairs external interim transitional caretaker junta cabinet heritage \
        diaspora religious welfare veterans minorities digital strategic resources climate refugees solidarity \
        telecommunications development cooperation integration migration settlements home cell spy additional assistant \
        policy unit field battalion brigade squad wing squadron flight presiding senior executive managing \
        resident humanitarian sector
        """)
    /// "UN rights chief X", "Iran's nuclear chief Y", "UN High Commissioner for Human Rights": what an office
    /// deals with, read as part of its title, but common in bodies' names ("Nuclear, Biological and Chemical
    /// Defence Forces", "Human Rights Watch"), so never a reason to cut a name when names are found.
    static let officeDomainWords = words("rights human refugee refugees aid humanitarian nuclear atomic relief high")
    /// Titles that say nothing about an office.
    static let honorifics = hashes("mr mrs ms dr prof sir excellency")
    /// Titles that are also names inside a name: "Hassan Sheikh Mohamud".
    static let nameTitles = hashes("sheikh sheik shaikh")
    /// Abbreviations followed by a period inside a name: "Mr. Putin", "St. Petersburg".
    static let abbreviations = hashes("mr mrs ms dr prof gen col lt sgt capt st gov sen rep jr sr maj brig adm cmdr")

    /// Time zones written after a clock time: "19:39 IST", "10 a.m. GMT".
    static let timeZones = hashes("ist gmt utc est edt cst cdt pst pdt cet cest bst msk pkt wib eat wat cat sast aest jst kst hkt sgt aft irst trt")

    /// Verbs of saying after a bare name: "Putin pledges", "Rahmon said".
    static let speechVerbs = hashes("""
        says said say pledges pledged vows vowed warns warned told tells stated states announced announces added \
        urged urges claims claimed insists insisted promised promises declared declares called calls accused accuses \
        praised praises denied denies condemned condemns met meets visited visits signed signs ordered orders
        """)
    /// Prepositions before a bare place name: "in Afghanistan".
    static let placePrepositions = hashes("in at near from to into across outside inside")
    /// Prepositions after which an unknown name of several words is a place, not a person.
    static let locatives = hashes("in at near outside inside around")
    /// First words of a place's name: "Lake Chad", "Mount Kenya", "Gulf of Aden".
    /// "a", "an": a noun phrase that names one of a kind, not which one.
    static let indefiniteArticles = hashes("a an")
    static let placeLeads = hashes("lake mount mountains gulf cape strait bay wadi")
    /// Lower-case particles inside a person's name: "al-Burhan", "bin Laden", "van der Leyen".
    static let nameParticles = hashes("al el bin ibn de van von da du del der den la las los")
    static let state = TextFolding.wordHash("state")
    static let islamic = TextFolding.wordHash("islamic")
    /// Words after a region's name that say what it is: "the Kaluga region", "Helmand province",
    /// "Gorno-Badakhshan Autonomous Region"; a name with or without them is one place.
    /// "the Gulshan area", "Las Ramblas boulevard", "a neighbourhood of Lahore": nouns for a part of a city,
    /// read by discovery (a name before one is a place) and by the place patterns ("X, a suburb of Y").
    static let cityParts = hashes("""
        area district neighbourhood neighborhood quarter suburb township village town borough boulevard avenue \
        street road square
        """)
    static let adminAreas = hashes("region province oblast district governorate prefecture county krai territory autonomous republic town city department municipality")

    /// Head nouns of an apposition that says a name is a group, a place or a person: "X, a militant group".
    /// Words that may stand before a group's name in a verb's object: "blamed the outlawed militant group X".
    static let groupDescriptors = hashes("""
        the a an outlawed banned militant militants armed rebel rebels jihadist jihadists terrorist terror extremist \
        separatist insurgent insurgents islamist group groups organisation organization movement
        """)
    /// "near the DRC border", "across the border in Congo".
    static let borderWords = hashes("border borders frontier")
    /// Nouns that refer back to a group: "the group claimed", "the militants".
    static let groupReferenceWords = "group militants organisation organization movement militia network faction outfit jihadists insurgents rebels alliance bloc gang cartel"
    static let groupReferences = hashes(groupReferenceWords)
    static let known = TextFolding.wordHash("known")
    static let asWord = TextFolding.wordHash("as")
    /// "known locally as X".
    static let asideAdverbs = hashes("locally widely commonly also formally")
    /// "an IS sympathiser", "supporters of the group": people who back a group without being of it.
    static let followerNouns = hashes("sympathiser sympathisers sympathizer sympathizers supporter supporters loyalist loyalists")
    static let groupNouns = hashes("group organisation organization movement militia outfit faction network party coalition alliance insurgency gang cartel")
    /// "the U.S. consulate in Tel Aviv", "the Israel embassy": a country's mission abroad, which stands elsewhere.
    static let missionNouns = hashes("embassy embassies consulate consulates mission")
    /// Feasts and holy days of one word: "a Christmas market" is a kind of market, not a named one.
    static let feasts = hashes(CommonWords.feasts.filter { !$0.contains(" ") && !$0.contains("-") }.sorted().joined(separator: " "))
    /// "X, a Taiwanese company": a name a business bears.
    static let companyNouns = hashes("company firm corporation manufacturer conglomerate carmaker airline lender app platform startup")
    /// "the French magazine Charlie Hebdo", "X, a satirical weekly": a name a news outlet bears.
    static let mediaNouns = hashes("magazine newspaper weekly daily tabloid broadcaster channel outlet")
    /// "the cities of A and B", "villages": plural words for places, which a list of them follows.
    static let pluralSettlementWords = "cities towns villages provinces regions districts ports islands"
    static let pluralSettlementNouns = hashes(pluralSettlementWords)
    static let settlementNouns = hashes("city town village province region district capital port oblast governorate island resort suburb hometown birthplace")
    static let personNouns = hashes("""
        leader commander spokesman spokeswoman spokesperson minister president official general cleric activist \
        journalist man woman businessman politician lawmaker diplomat envoy chief founder
        """)

    /// Head words of organisation names: "Collective Security Treaty Organization", "Khorasan Province".
    static let organisationHeads = hashes("""
        organization organisation organizations province state group party front agency service services council \
        union alliance ministry committee court army forces force guard guards police bank company corporation corp \
        institute movement brigade brigades battalion battalions regiment regiments corps network association federation \
        bureau department office commission \
        parliament assembly duma senate congress government administration cabinet directorate command fund \
        foundation coalition league taliban emirate caliphate militia jamaat hezbollah hamas news times post agency \
        review herald wire daily gazette journal tribune telegraph express monitor observer guardian press media \
        radio tv television channel broadcaster secretariat \
        tribunal authority authorities inc ltd university
        """)
    /// Head words of place names: "Crocus City Hall", "Fergana Valley".
    static let placeHeads = hashes("""
        hall city airport stadium arena theater theatre mall center centre square street avenue station hotel \
        hospital mosque church cathedral palace bridge valley river mountains mountain lake sea island islands \
        region district oblast village town border port gate park market museum venue building tower complex \
        camp prison base shrine basilica chapel temple synagogue restaurant cafe café bakery nightclub supermarket \
        fort fortress castle citadel
        """)
    /// "the Olenya air base", "the Shayrat airfield": the words for an air base after its name ("air" and one of
    /// ``airBaseNouns``, or one of ``airfieldNouns``).
    static let airfieldNouns = hashes("airbase airbases airfield airfields")
    static let airBaseNouns = hashes("base bases field fields")
    static let air = TextFolding.wordHash("air")
    /// Nouns after a proper name that make a facility: "Crocus City concert hall".
    static let facilityNouns = hashes("""
        hall airport stadium arena theater theatre mall hotel hospital mosque church cathedral palace station \
        museum tower complex school university college market shrine basilica chapel temple synagogue restaurant cafe café \
        bakery nightclub fort fortress castle citadel
        """)
    /// What follows an apostrophe in a possessive or a contraction: "Russia's", "didn't", "we'll".
    static let contractionTails = hashes("s t ll re ve d m")
    /// Kinds of building a list of names may follow: "three luxury hotels: the A, the B and the C".
    static let venueNouns = hashes("hotels churches mosques shrines temples synagogues hospitals schools stadiums airports stations markets malls venues")
    /// A saint's title before a church's name: "St. Anthony's Shrine".
    static let saints = hashes("st saint ste san santa sao")
    /// Words between a proper name and its facility noun: "concert", "shopping".
    static let facilityQualifiers = hashes("""
        concert music shopping sports football exhibition international city train bus railway military air \
        naval entertainment business congress opera drama cinema
        """)
    /// "<Place> (terror|terrorist)? attack".
    static let terror = hashes("terror terrorist militant suicide")
    static let attackNouns = hashes("attack attacks shooting shootings massacre siege raid assault")
    static let bombingNouns = hashes("bombing bombings blast blasts explosion explosions")
    /// Heads of event names: "Moscow Summit".
    static let eventHeads = hashes("attack massacre shooting bombing summit war conflict election elections games olympics siege crisis")
}
