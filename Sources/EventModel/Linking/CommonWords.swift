/// Ordinary English words: a capitalised word among them ("Meanwhile", "Such", "Officials") is a
/// sentence start or a headline habit, never a name on its own; and a typo-tolerant match never
/// turns one of them into a country.
enum CommonWords {
    /// Folded words; inflections (-s, -es, -ies, -ed, -ing, -ly) are found by ``contains(_:)``.
    static let words: Set<String> = {
        var set = Set<String>()
        for token in list.split(whereSeparator: { $0 == " " || $0 == "\n" }) where !token.isEmpty {
            set.insert(String(token))
        }
        return set
    }()

    /// Words and phrases that are never an entity, whatever their case: section labels, trailers,
    /// datelines and discourse words ("Read more", "WEB DESK", "You May Also Like").
    static let neverEntities: Set<String> = Set<String>([
        "meanwhile", "however", "read more", "read", "more", "explainer", "web desk", "you may also like",
        "also read", "see also", "related", "breaking", "breaking news", "update", "updated", "exclusive",
        "analysis", "opinion", "editorial", "watch", "video", "photo", "photos", "live", "advertisement",
        "share", "comments", "subscribe", "newsletter", "desk", "news desk", "staff reporter", "reporter",
        "correspondent", "agencies", "monitoring desk", "news", "report", "reports", "ap", "afp", "ngo", "ngos",
    ]).union(quantities)

    /// Words that count or quantify ("Scores of people", "Dozens were hurt", "Several"): capitalised
    /// at a sentence start, never a name.
    static let quantities: Set<String> = [
        "scores", "dozens", "hundreds", "thousands", "millions", "tens", "several", "many", "most", "some", "few",
        "all", "both", "numerous", "countless", "half", "none", "each", "every", "dozen", "score", "hundred",
        "thousand", "million", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "another", "other", "others",
    ]

    /// Feasts and holy days, as folded keys (those of one word are ``Vocabulary/feasts`` too): a date, never
    /// an entity on their own ("the attack on Yom Kippur" hit no one called Yom Kippur); a longer name may
    /// still hold one ("the Yom Kippur War").
    static let feasts: Set<String> = Set("""
        yom kippur|rosh hashanah|rosh hashana|hanukkah|chanukah|passover|purim|sukkot|shavuot|simchat torah|ramadan|
        eid|eid al-fitr|eid ul-fitr|eid al-adha|eid ul-adha|ashura|mawlid|nowruz|christmas|christmas eve|christmas day|
        easter|easter sunday|good friday|palm sunday|lent|advent|diwali|holi|vesak|thanksgiving|halloween
        """.split(separator: "|").map { TextFolding.key(String($0).trimmingCharacters(in: .whitespacesAndNewlines)) })

    /// Faiths, as folded keys: no one's office or membership is "of Judaism" ("the head of Orthodox Judaism in
    /// Britain" heads a body the sentence does not name); a longer name may still hold one.
    static let faiths: Set<String> = Set("""
        judaism|orthodox judaism|islam|sunni islam|shia islam|christianity|catholicism|roman catholicism|protestantism|
        orthodoxy|hinduism|buddhism|sikhism|jainism|zoroastrianism
        """.split(separator: "|").map { TextFolding.key(String($0).trimmingCharacters(in: .whitespacesAndNewlines)) })

    /// Month and day names: never part of a name ("Friday", "March").
    static let calendar: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    /// True when the folded word, or its stem, is an ordinary English word.
    static func contains(_ folded: String) -> Bool {
        if words.contains(folded) || calendar.contains(folded) { return true }
        let scalars = folded.unicodeScalars
        let count = scalars.count
        guard count > 3 else { return false }
        func stem(_ drop: Int, _ add: String = "") -> Bool {
            guard count - drop >= 2 else { return false }
            let base = String(String.UnicodeScalarView(scalars.dropLast(drop))) + add
            return words.contains(base)
        }
        func doubled(_ drop: Int) -> Bool {
            let base = Array(scalars.dropLast(drop))
            guard base.count >= 3, base[base.count - 1] == base[base.count - 2] else { return false }
            return words.contains(String(String.UnicodeScalarView(base.dropLast())))
        }
        if folded.hasSuffix("ies") && stem(3, "y") { return true }
        if folded.hasSuffix("es") && stem(2) { return true }
        if folded.hasSuffix("s") && !folded.hasSuffix("ss") && stem(1) { return true }
        if folded.hasSuffix("ied") && stem(3, "y") { return true }
        if folded.hasSuffix("ed") && (stem(2) || stem(1) || doubled(2)) { return true }
        if folded.hasSuffix("ing") && (stem(3) || stem(3, "e") || doubled(3)) { return true }
        if folded.hasSuffix("ly") && (stem(2) || stem(3, "le") || (folded.hasSuffix("ily") && stem(3, "y"))) { return true }
        if folded.hasSuffix("er") && (stem(2) || stem(1)) { return true }
        if folded.hasSuffix("ers") && (stem(3) || stem(2)) { return true }
        return false
    }

    private static let list = """
    a about above across act action active activity actual actually add added addition additional additionally address
    administration admit adult affair affect after afternoon again against age agency agenda agent ago agree agreement
    ahead aid aim air airport alert alive all alleged allegedly alliance allow ally almost alone along already also
    although always am amid amidst among amount an analysis analyst and anger angry announce announcement annual another
    answer anti any anyone anything apart apparent apparently appeal appear application apply approach approval approve
    april area argue argument arm armed army around arrest arrival arrive art article as aside ask assault assembly
    assess assessment assist assistance associate association assume at attack attempt attend attention attorney
    audience author authorities authority available avoid await award aware away back background bad bag ban bank bar
    base based basic basis battalion battle be bear beat beautiful became because become bed been before began begin beginning
    behalf behavior behaviour behind being belief believe below beneath beside besides best better between beyond big
    bill billion bit black blame blast blood board boat body bomb bombing book border born both box boy brain branch
    break brief briefly brigade bring broad broke broken brother brought budget build building built burn business but buy by
    call came camp campaign can candidate capital captain car card care career carry case cash catch caught cause
    caution cautioned ceasefire cell center central centre century certain certainly chain chair chairman challenge
    chance change character charge charged check chief child children choice choose church circumstance citizen city
    civil civilian claim claimed class clear clearly close closed club coalition code cold collect collection
    collective college colonel come command commander comment commercial commission commit committee common communication
    community company compare comparison complete completely complex concern concerned concert condemn condemnation
    condition conduct conference confirm confirmation conflict congregation congregants congress consider considerable constitution consumer
    contact contain content continue contract control conversation cooperation copy core corner corporation corps cost could
    council count counter country county couple course court cover create crime criminal crisis critic critical
    criticism cross crowd cultural culture current currently custody cut daily damage danger dangerous dark data date
    daughter day dead deadly deal dear death debate decade decide decision declare deep defence defend defense degree
    delay deliver demand democracy democratic deny department deploy deputy describe description design despite
    destroy detail detain detainee detector determine develop development device did die difference different difficult
    dinner direct direction director discover discuss discussion disease dissemination district division do doctor document does
    doing dollar domestic done door doubt down dozen draft dr draw dream drive drop drug due during duty each eager
    early earlier east eastern easy eat economic economy edge editor education effect effort eight either election
    elite else elsewhere embassy emergency emerge employee end enemy energy enforcement enough ensure enter entire
    environment equal especially establish estate estimate even evening event eventually ever every everyone
    everything evidence exactly examine example executive exist expect experience expert explain explainer explosion
    expose express extend extra extremism extremist eye face fact factor fail failure fake fall false family far
    fast father fear federal feel feeling felt few field fight fighter figure file fill film final finally finance
    financial find fine fire firm first fiscal five flag flee flight floor fly focus follow following food foot for
    force foreign forget form former forward found four free freedom friend from front full fund further furthermore
    future gain game garner gather gave general generation get girl give given global go goal going gone good govern
    government governor great green ground group grow growth guard guess gun guy had half hall hand handle hang happen
    happy hard has have he head health hear heard heart heat heavy held help her here herself high him himself his
    history hit hold home hope hospital host hostage hot hotel hour house how however huge human hundred husband i
    idea identify if ill image immediately immigrant immigration impact important in incident include including
    increase increasingly indeed independent indicate individual industry inform information initial injure injured
    inquiry inside instead institute institution intelligence interest interior internal international interview into
    investigate investigation investigator investment involve involvement is isolation issue it item its itself job
    join joint journalist judge just justice keep key kill killed killing kind king know knowledge known labor labour
    lack land language large last late later latest launch law lawyer lay lead leader leadership learn least leave
    led left legal less let letter level lie life light like likely limit line list listen little live local long
    look lose loss lost lot love low machine made main maintain major majority make man manage management manager
    many mark market mass massacre material matter may maybe me mean measure media meet meeting member memorial men
    mention message metal method middle might migrant migration military million mind minister ministry minute
    miss mission model modern moment money month more moreover morning most mother move movement mr mrs ms much murder
    music must my myself name nation national nationals natural nature near nearly necessary need network never
    nevertheless new news next nice night nine no nobody none nor north northern not note nothing notice now number
    observe occur of off offer office officer official often oil ok old on once one ongoing only onto open operation
    opinion opportunity opposition option or order organisation organization organise organize other others our out
    outside over own owner page pain paper parent part particular particularly partner party pass past patient pattern
    pay peace people per perform performance perhaps period person personal phone physical pick picture piece place
    plan plant play player please pledge plot point police policy political politician politics poll poor popular
    population pose position positive possible post potential power practice prepare presence present president press
    pressure pretty prevent previous previously price prime primary prison prisoner private probably problem process
    produce product production professor program programme project property propaganda protect protest prove provide
    province public publish pull purpose push put quality question quickly quite race radio raise range rate rather
    reach read ready real reality realize really reason receive recent recently recognize record red reduce reflect
    reform refugee regard regarding region regional regiment reject relate relation relationship release remain remember remove
    report reportedly represent republic request require research resident resolution resource respond response
    responsibility rest result return reveal right rise risk road rock role room rule run safe safety said same save
    saw say scene school science season seat second secret secretary section sector security see seek seem seen
    senior sense sentence series serious serve service set settle seven several sexual shake share she shoot shooting
    short shot should shoulder show side sign significant similar simple simply since sing single sister sit site
    situation six size skill small smile so social society soldier solidarity some somebody someone something
    sometimes son song soon sort sound source south southern space speak speaker special specific speech spend sport
    spokesman spokesperson spokeswoman spread spring squadron staff stage stand standard star start state statement station stay
    staunch step still stock stop store story strategy street strike strong structure student study stuff style
    subject subversive success successful such suddenly suffer suggest summer support sure surface surround survivor
    suspect system table take talk task tax teach teacher team technology television tell ten term terror terrorism
    terrorist test than thank that the theater theatre their them themselves then theory there therefore these they
    thing think third this those though thought thousand threat three through throughout thus time to today together
    told tonight too took top total tough toward towards town trade traditional training travel treat treatment
    treaty tree trial trip trouble true truth try turn tv two type under understand union unit until up upon us use
    usually value various venue very via victim view violence visit voice vote wait walk wall want war warn was watch
    water way we weapon wear week weekend well went were west western what whatever when where whether which while
    white who whole whom whose why wide wife will win wind window wish with within without woman women wonder word
    work worker world worry would write writer wrong yard yeah year yes yesterday yet you young your yourself
    abroad accused additionally afterwards agreed allegations altogether anyway apprehend apprehended arrested
    backed became began blamed brought called came carried chose closed comprising considered continued could
    countries cited denied described detained did does during enabled entered especially et etc expected faced
    followed forced gathered given gone got grew had having heard held identified including inactive instead kept
    knew led left lost made meant met named noted paid particularly posed prompted put ran reached received remained
    reported revealed rose said sat saw seemed sent showed sought spent spoke stated stood struck suggested taken
    thought told took tried underwent understood urged warned went were whose won wrote
    ago amid awaiting ahead alongside beyond elsewhere everywhere nearby overseas upon whereas whereby wherever
    first second third fourth fifth sixth seventh eighth ninth tenth hundred thousand million billion dozen
    one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    mr mrs ms dr sir madam lord lady
    chairwoman colonel commander corporal envoy ambassador emir sheikh sultan queen prince princess pope imam mufti
    admiral marshal lieutenant sergeant major mayor senator representative prosecutor prosecutors
    defense defence foreign interior prime vice acting former deputy supreme crown finance health
    recent such meanwhile however moreover furthermore nevertheless nonetheless hence thereby consequently accordingly according
    likewise similarly instead otherwise regardless notably reportedly allegedly apparently evidently ultimately
    initially subsequently eventually currently recently earlier later today tonight tomorrow yesterday
    explainer watch update breaking exclusive opinion editorial comment analysis interview feature
    gunman gunmen attacker attackers assailant assailants militant militants suspect suspects survivor survivors
    insurgent insurgents terrorist terrorists rpg rpgs ied ieds
    witness witnesses islamist islamists jihadist jihadists muslim muslims christian christians orthodox
    diplomat diplomats envoy envoys lawmaker lawmakers citizen citizens resident residents relative relatives
    sunni shia shiite jewish western eastern northern southern asians europeans africans westerners gulf arab arabs
    baluchi pashtun pashtuns uighur uyghur rohingya
    northeastern northwestern southeastern southwestern restive neighbouring neighboring ethnic
    """
}
