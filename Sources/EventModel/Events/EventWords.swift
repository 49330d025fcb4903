/// The closed word lists event extraction reads, as folded word hashes: what names an event,
/// what counts its victims, what says when, and what says it did not happen.
enum EventWords {
    /// Words that name what happened, with the event type and whether the word is a verb
    /// (a verb's subject did it: "police detained ..."; a noun's does not: "the attack ...").
    struct Trigger: Sendable {
        var type: EventType
        var isVerb: Bool
    }

    static let triggers = WordMap<Trigger>({
        var table: [UInt64: Trigger] = [:]
        func add(_ type: EventType, nouns: String, verbs: String) {
            for word in Vocabulary.words(nouns) { table[TextFolding.wordHash(word)] = Trigger(type: type, isVerb: false) }
            for word in Vocabulary.words(verbs) { table[TextFolding.wordHash(word)] = Trigger(type: type, isVerb: true) }
        }
        add(.attack, nouns: "attack attacks assault massacre onslaught ambush stabbing stabbings siege raid airstrike airstrikes firebombing shelling", verbs: "attacked stormed ambushed stabbed rammed plowed ploughed firebombed shelled bombarded massacred")
        add(.bombing, nouns: "bombing bombings blast blasts explosion explosions", verbs: "bombed detonated exploded")
        add(.shooting, nouns: "shooting shootings gunfire shootout firefight gunfight gunbattle", verbs: "")
        add(.arrest, nouns: "arrest arrests detention detentions", verbs: "arrested detained apprehended arresting detaining")
        add(.trial, nouns: "trial verdict hearing hearings", verbs: "charged indicted sentenced convicted")
        add(.summit, nouns: "summit summits", verbs: "")
        add(.election, nouns: "election elections referendum", verbs: "")
        add(.sanction, nouns: "sanctions", verbs: "sanctioned")
        add(.deportation, nouns: "deportation deportations", verbs: "deported")
        add(.protest, nouns: "protest protests demonstration demonstrations rally rallies", verbs: "protested")
        add(.coup, nouns: "coup putsch takeover", verbs: "overthrew toppled deposed")
        add(.assassination, nouns: "assassination assassinations", verbs: "assassinated")
        // A ship, a plane or a train seized with the people aboard: "the hijacking of the Galaxy Leader".
        add(.kidnapping, nouns: "kidnapping kidnappings abduction abductions kidnap hijacking hijackings", verbs: "kidnapped abducted hijacked")
        add(.clash, nouns: "clash clashes skirmish skirmishes", verbs: "clashed")
        return table
    }())

    /// "a missile strike": the weapon before it makes "strike" an attack.
    static let strikes = Vocabulary.hashes("strike strikes airstrike airstrikes")
    static let strikeWeapons = Vocabulary.hashes("missile missiles rocket rockets drone drones air artillery military")
    /// Deeds only a state's forces do under its adjective: "an Israeli drone strike", "a US raid".
    static let stateDeeds = Vocabulary.hashes("strike strikes airstrike airstrikes raid raids")
    static let airstrikes = Vocabulary.hashes("airstrike airstrikes")
    /// "later retracted the claim", "withdrew it": a claim taken back.
    static let retractions = Vocabulary.hashes("retracted retracts retract withdrew withdrawn disowned")

    /// "In another such incident", "another such attack", "in another case": words that set a deed apart
    /// from the one reported ("launched another massive attack" is one more of a series, and the one reported).
    static func saysAnotherDeed(_ indices: Range<Int>, hash: (Int) -> UInt64) -> Bool {
        indices.contains { index in
            hash(index) == another && (index > indices.lowerBound && hash(index - 1) == inWord
                || index + 1 < indices.upperBound && otherDeedFollowers.contains(hash(index + 1)))
        }
    }

    static let another = TextFolding.wordHash("another")
    static let otherDeedFollowers = Vocabulary.hashes("such incident case instance")
    static let walkoutVerbs = Vocabulary.hashes("began begin begins called call calls joined join joins ended end ends staged stage continued")

    /// "opened fire": the second word makes the first a shooting.
    /// "opened fire", "accused of opening fire": a shooting.
    static let openedWords = Vocabulary.hashes("opened opening")
    static let fire = TextFolding.wordHash("fire")
    /// "seized power", "the army took power": the second word makes the first a coup.
    static let powerVerbs = Vocabulary.hashes("seized seize seizes seizing grabbed took assumed")
    /// "took power", "assumed power": a coup only when soldiers take it ("Abe first took power in 2006").
    static let tookVerbs = Vocabulary.hashes("took assumed")
    static let soldierNouns = Vocabulary.hashes("military army armed forces soldiers officers junta troops unit contingent mutineers")
    static let power = TextFolding.wordHash("power")

    /// What a figure counts, by the word that says it: "killed", "dead", "wounded", "detained".
    static let measures = WordMap<String>({
        var table: [UInt64: String] = [:]
        for (measure, words) in [
            ("killed", "killed killing dead died deaths fatalities martyred"),
            ("injured", "injured injuring wounded wounding hurt injuries"),
            ("arrested", "arrested arresting detained detaining"),
            ("abducted", "abducted abducting kidnapped kidnapping"),
        ] {
            for word in Vocabulary.words(words) { table[TextFolding.wordHash(word)] = measure }
        }
        return table
    }())

    /// Measures whose word comes before the number: "killing 95", "detained seven people".
    static let measureVerbs = Vocabulary.hashes("""
        killed killing injured injuring wounded wounding arrested arresting detained detaining abducted abducting kidnapped kidnapping
        """)
    /// "the death toll rose to 143": the toll is the number killed.
    static let toll = TextFolding.wordHash("toll")
    static let death = TextFolding.wordHash("death")
    static let deaths = TextFolding.wordHash("deaths")
    /// "claimed 12 lives", "claimed the lives of 30 people": the toll a deed took, which no one claims.
    static let lives = Vocabulary.hashes("lives life")
    static let tollVerbs = Vocabulary.hashes("claimed claiming claims cost costing took taking")

    /// Words that qualify a number and belong to the figure as written: "more than 130".
    static let qualifiers = Vocabulary.hashes("more than over at least about around nearly almost some up to fewer less roughly approximately an estimated as many")
    /// Numbers written as words; "dozens", "scores" and "hundreds" are figures too.
    static let numberWords = Vocabulary.hashes("""
        one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen \
        eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands \
        dozen dozens scores million
        """)
    /// Words between a number and what it counts: "130 people were killed", "11 suspects, all ...".
    static let countedFillers = Vocabulary.hashes("""
        people persons person civilians others other more children women men soldiers police officers policemen troops \
        militants suspects migrants workers passengers worshippers concertgoers pilgrims of them were was have has had \
        been are is reportedly later also seriously critically badly severely fatally slightly gravely law enforcement \
        members staff students pupils personnel guards fighters rebels terrorists persons bystanders residents villagers
        """)

    /// Words before a trigger that say it did not happen or may not: "did not attack", "no arrests",
    /// "a plot to attack", "threatened to bomb".
    static let negations = Vocabulary.hashes("not never no t without denied deny denies nor neither avoided avoids avoiding refrained refrains")
    static let hedges = Vocabulary.hashes("""
        threat threats threatened threatening plot plots plotting plan plans planned planning warned warning warnings \
        could would may might fear fears feared risk possible potential prevent prevented foiled thwarted averted \
        tried try trying attempt attempted long publicly verbally sharply openly
        """)

    /// Prepositions that put the next name in the place role: "in Moscow", "at Crocus City Hall".
    static let locatives = Vocabulary.hashes("in at near outside inside across")
    /// "attacked X for ...", "attacked X over ...": the words that give a reason for words of attack.
    static let attackVerbs = Vocabulary.hashes("attacked attacks attacking attack slammed")
    static let reasonWords = Vocabulary.hashes("for over")
    static let sayingNouns = Vocabulary.hashes("remarks comments statement statements stance policy policies remark comment words views")
    /// "operating from Pakistan", "based out of": a participle before "from" that places a doer.
    static let originParticiples = Vocabulary.hashes("operating operates operated working acting based coming hailing originating")
    /// "attack on X", "sanctions against X": the next name is the target.
    static let targetMarkers = Vocabulary.hashes("on against targeting targeted")
    static let by = TextFolding.wordHash("by")
    static let what = TextFolding.wordHash("what")
    static let that = TextFolding.wordHash("that")
    static let to = TextFolding.wordHash("to")
    static let be = TextFolding.wordHash("be")
    /// "arrived in a DINA vehicle": a name before one of these is the vehicle's make or owner, no place.
    static let vehicleNouns = Vocabulary.hashes("vehicle vehicles car cars truck trucks van vans pickup lorry jeep motorcycle")
    /// "rammed a truck into the crowd": the verb's object is the vehicle.
    static let rammingVerbs = Vocabulary.hashes("rammed plowed ploughed")
    /// "the first to be arrested", "the latest to be detained": one of a series, no wish.
    static let ordinals = Vocabulary.hashes("first second third last latest next")
    /// Words that start another clause: a place, time or name beyond them belongs to something else
    /// ("three months after the massacre at ...", "said on Monday that the attack ...").
    static let clauseStarts = Vocabulary.hashes("that which who whom whose after before since when while as because although though but where whereas")
    /// Words between a name and a noun trigger that keep the name attributive: "the Moscow terror attack".
    static let attributives = Vocabulary.hashes("""
        terror terrorist suicide deadly deadliest twin bomb gun arson militant mass concert hall car truck drone missile \
        hotel airport school market mosque church museum mall station stadium university
        """)
    /// Words before a plural trigger that make it particular ("the attacks", "twin bombings"); without
    /// one a plural is a general statement ("attacks of this kind", "have reported arrests").
    static let determiners = Vocabulary.hashes("""
        the these those its their his her our this that two three four five six several both recent latest weekend         coordinated multiple
        """)
    static let passiveAuxiliaries = Vocabulary.hashes("was were been being is are")
    /// Words that stand between a passive's auxiliary and its participle: "was formally charged".
    static let passiveAdverbs = Vocabulary.hashes("""
        formally later also then subsequently eventually finally initially reportedly allegedly officially quickly swiftly \
        promptly soon already briefly immediately since
        """)
    /// Words that open an aside describing a name: "X, allied to al Qaeda and based in ..., claimed".
    static let asideParticiples = Vocabulary.hashes("allied linked based backed affiliated known founded led aligned loyal")
    /// "other attacks", "previous bombings": deeds besides the one reported.
    static let otherDeeds = Vocabulary.hashes("other previous earlier past similar prior")
    /// "the war", "the ensuing retaliation": a whole conflict, whose toll is no one deed's.
    static let conflictNouns = Vocabulary.hashes("war wars conflict offensive retaliation insurgency bombardment")
    static let lastWord = TextFolding.wordHash("last")
    /// "week", "Friday", "March": words of the calendar, after which "last" dates a deed.
    static func isCalendarWord(_ hash: UInt64) -> Bool { calendarWords.contains(hash) }
    private static let calendarWords = Vocabulary.hashes("""
        week weeks month months year years night weekend week's month's year's night's weekend's
        monday tuesday wednesday thursday friday saturday sunday monday's tuesday's wednesday's thursday's friday's saturday's sunday's
        january february march april may june july august september october november december
        """)
    static let denials = Vocabulary.hashes("denied deny denies denying rejected rejects dismissed dismisses")
    /// "X claimed responsibility for the attack", "X carried out the bombing": X did it.
    static let claimed = TextFolding.wordHash("claimed")
    static let claims = TextFolding.wordHash("claims")
    static let claiming = TextFolding.wordHash("claiming")
    static let relatives = Vocabulary.hashes("which who")
    /// Where deeds are claimed, posted or streamed, never whom they hit.
    static let platforms = Vocabulary.hashes("telegram facebook twitter x youtube instagram tiktok whatsapp")
    /// "in response to", "in retaliation for", "to avenge": a deed named as what another answers.
    static let responses = Vocabulary.hashes("response retaliation revenge reprisal reprisals retribution avenge avenging wake")
    /// "the main suspect in the attack": the words of a suspect's aside.
    static let comparisons = Vocabulary.hashes("similar similarities similarity reminiscent resembling resembled resembles echoing echoed echoes mirrored mirroring")
    static let since = TextFolding.wordHash("since")
    static let behind = TextFolding.wordHash("behind")
    /// "throw into doubt the claim that X -- rather than Y -- was behind it": who was behind it is in question.
    static let doubtWords = Vocabulary.hashes("doubt than question questioned")
    /// "a", "an": a deed not yet reported.
    static let indefiniteArticles = Vocabulary.indefiniteArticles
    static let appositionOpeners = Vocabulary.hashes("a an the")
    static let claimAdverbs = Vocabulary.hashes("jointly later swiftly quickly promptly formally officially subsequently separately")
    static let suspectNouns = Vocabulary.hashes("suspect suspects")
    static let suspectLinks = Vocabulary.hashes("in behind over for of")
    static let suspicionReports = Vocabulary.hashes("understood believed thought said named identified to be as")
    static let suspectAdjectives = Vocabulary.hashes("main prime chief key lone sole only alleged presumed")
    /// "the gunman", "the attackers": nouns for the doers of a violent deed (not "militants", said of any fighter).
    static let perpetratorNouns = Vocabulary.hashes(perpetratorWords)
    /// Armed men whose killing is a deed: "Militants killed 20 soldiers", "a paramilitary group killed 43".
    static let armedNouns = Vocabulary.hashes("""
        militants militant rebels rebel insurgents insurgent jihadists jihadist fighters militia militias militiamen \
        paramilitaries paramilitary group forces troops soldiers bandits extremists jets warplanes
        """)
    /// "imposed sanctions", "slapped new sanctions on": what the state that sanctions does.
    static let imposeVerbs = Vocabulary.hashes("imposed imposes impose slapped levied announced placed introduced adopted approved unveiled")
    /// "launched strikes on", "conducted airstrikes against": what a state does with strikes ("staged" and
    /// "held" are walkouts).
    static let strikeLaunchVerbs = Vocabulary.hashes("launched conducted mounted")
    private static let perpetratorWords = """
        gunman gunmen attacker attackers assailant assailants bomber bombers shooter shooters perpetrator perpetrators killer killers \
        hijacker hijackers ringleader mastermind knifeman suspect suspects terrorist terrorists
        """
    /// The doers' nouns and "responsible": the words a sentence must hold to lay a deed on someone without a trigger.
    static let attributionWords = Vocabulary.hashes(perpetratorWords + " responsible behind")
    static let asWord = TextFolding.wordHash("as")
    static let work = TextFolding.wordHash("work")
    static let old = TextFolding.wordHash("old")
    static let its = TextFolding.wordHash("its")
    static let haveWords = Vocabulary.hashes("has have had")
    /// "stormed the hotel", "bombed a market": verbs whose object is the place attacked.
    static let assaultVerbs = Vocabulary.hashes("stormed attacked raided bombed ambushed struck hit shelled bombarded")
    /// "Gunmen killed", "bombers have killed", "a suicide bomber struck a mosque": verbs that are an attack
    /// after a doer's noun.
    static let killVerbs = Vocabulary.hashes("killed kill kills killing shot struck strikes hit hits raided")
    /// "bombs went off": what goes off in a bombing.
    static let explosives = Vocabulary.hashes("bomb bombs device devices explosives grenade grenades")
    static let went = TextFolding.wordHash("went")
    static let off = TextFolding.wordHash("off")
    /// "the Pakistan chapter of X": a part of a group named by its country.
    static let branchNouns = Vocabulary.hashes("chapter branch wing affiliate faction cell province offshoot arm")
    static let responsibility = TextFolding.wordHash("responsibility")
    static let full = TextFolding.wordHash("full")
    static let forWord = TextFolding.wordHash("for")
    static let claimWords = Vocabulary.hashes("claimed claims claiming")
    /// "took responsibility", "accepted credit": a verb of taking before what is claimed.
    static let takeVerbs = Vocabulary.hashes("took takes taken take assumed assumes accepted accepts")
    static let claimNouns = Vocabulary.hashes("responsibility credit")
    /// Words that pin deeds to one occasion: "strikes overnight", "attacks on Sunday", "over the weekend".
    static let occasionWords = Vocabulary.hashes("monday tuesday wednesday thursday friday saturday sunday overnight weekend yesterday tonight")
    /// Words before a trigger that make it one already reported: "the attack", "this bombing".
    /// "the attack", "Sunday's blast", "yesterday's bombing": one already reported.
    static let definite = Vocabulary.hashes("the this that these those its their same monday tuesday wednesday thursday friday saturday sunday yesterday")
    static let indefinite = Vocabulary.hashes("a an another one new second third some any other")
    /// Verbs whose object a noun trigger may be: a time after the noun is the verb's ("claimed the attack on Sunday").
    static let reportingVerbs = Vocabulary.hashes("claimed claims condemned condemns denied denies blamed blames praised welcomed mourned marked")
    /// "X said it carried out ...": a verb of saying between a name and a claim keeps the name as the
    /// claimant only when "it" or "they" follows; "Putin says radical Islamists carried out" does not.
    /// Words that leave a claim or a condemnation unmade: "may have claimed", "unclear whether X claimed".
    /// "may have", "it was unclear whether", "dismissed claims that": doubt, or a claim reported to be rejected.
    static let claimHedges = Vocabulary.hashes("""
        may might could would whether if unclear unconfirmed allegedly purportedly dismissed dismisses rejected rejects refuted \
        likely unlikely apparently appears appear appeared seemed seems probably possibly perhaps
        """)
    /// Verbs that lay an event at someone's door: "blamed X for", "accused X of", "held X responsible for".
    static let blameVerbs = Vocabulary.hashes("blamed blames blaming blame accused accuses accusing accuse held holds holding hold")
    /// "blamed the attack on X": the verbs that lay an event on someone.
    static let layVerbs = Vocabulary.hashes("blamed blames blaming blame")
    static let holdVerbs = Vocabulary.hashes("held holds holding hold")
    /// "linked the attack to X", "attributed the bombing to X", "pinned it on X": verbs that lay a deed
    /// on someone only with the deed as their object.
    static let tieVerbs = Vocabulary.hashes("link links linked linking tie ties tied tying attribute attributes attributed attributing pin pins pinned pinning")
    static let responsible = TextFolding.wordHash("responsible")
    /// "held X responsible", "held X accountable": what holding someone to a deed calls them.
    static let liableWords = Vocabulary.hashes("responsible accountable culpable liable")
    /// ("she was horrified by the raid": dismay said of a deed condemns it.)
    static let condemnVerbs = Vocabulary.hashes("""
        condemned condemns condemn condemning denounced denounces denounce denouncing deplored decried appalled horrified sickened
        """)
    static let condemnBases = Vocabulary.hashes("condemn denounce")
    /// "the attack was confirmed by a security source", "was filmed by residents": who saw or told of a deed.
    static let witnessVerbs = Vocabulary.hashes("""
        confirmed reported witnessed recorded documented filmed photographed investigated verified described seen heard
        felt noticed announced revealed disclosed acknowledged mentioned covered monitored probed captured
        """)
    /// "the case was later taken over by the NIA": who took a case on, not who did the deed.
    static let caseVerbs = Vocabulary.hashes("taken handed transferred assigned entrusted handled referred")
    /// "the assault was repelled by peacekeepers": who stopped the deed, not who did it.
    static let defenceVerbs = Vocabulary.hashes("repelled repulsed thwarted foiled stopped halted countered")
    static let speechVerbs = Vocabulary.hashes("said says told added suggested acknowledged stated announced insisted")
    static let reported = TextFolding.wordHash("reported")
    static let subjectPronouns = Vocabulary.hashes("it they its their he she")
    static let personalPronouns = Vocabulary.hashes("they he she we")
    /// "I", "we": a quotation's speaker talking.
    static let firstPerson = Vocabulary.hashes("i we")
    /// "tweeted", "wrote": verbs that close a quotation besides those of saying.
    static let quoteVerbs = Vocabulary.hashes("tweeted wrote posted")
    /// A country's adjective stands for the state only before these: "Russian authorities arrested",
    /// never in "carried out by Tajik citizens".
    static let stateNouns = Vocabulary.hashes("""
        forces force police authorities officials government army troops military security services investigators \
        prosecutors court courts officers navy jets warplanes aircraft drones intelligence ministry
        """)
    /// Verbs whose subject a noun trigger is: "the trial opened in Dushanbe on 2 June", "the blast ripped
    /// through a market on Friday", "an election held on 30 November": their place and time are the event's.
    static let eventVerbs = Vocabulary.hashes("""
        opened began begun started resumed ended held staged struck hit killed wounded injured occurred happened took broke erupted \
        went ripped tore targeted left rocked shook jolted rattled
        """)
    /// "A blast rocked Lahore": verbs whose object is where the deed their subject names happened.
    static let impactVerbs = Vocabulary.hashes("rocked shook jolted rattled hit struck")
    static let carried = TextFolding.wordHash("carried")
    static let down = TextFolding.wordHash("down")
    /// "X launched an attack on ...": verbs whose subject did the event the noun after them names.
    static let launchVerbs = Vocabulary.hashes("launched staged mounted conducted perpetrated masterminded orchestrated plotted planned organised organized")
    /// "RSF fighters intensified their attacks on El-Fasher", "Russia stepped up its offensive on X": whether the
    /// verb at `verb` says its subject presses on with the deed at `deed`, a word or two after it ("stepped down
    /// after the attack", "tensions escalated after the bombing" press on with nothing).
    static func pressesOn(_ verb: Int, deed: Int, hash: (Int) -> UInt64) -> Bool {
        guard deed > verb else { return false }
        let start: Int
        if pressVerbs.contains(hash(verb)) {
            start = verb + 1
        } else if steppedWords.contains(hash(verb)), hash(verb + 1) == up {
            start = verb + 2
        } else {
            return false
        }
        return deed >= start && deed - start <= 2 && (start..<deed).allSatisfy { !pressBreaks.contains(hash($0)) }
    }
    static let pressVerbs = Vocabulary.hashes("intensified intensifies intensify intensifying escalated escalates")
    static let steppedWords = Vocabulary.hashes("stepped stepping steps")
    static let pressBreaks = Vocabulary.hashes("after before since following amid over during despite in on at by with to of")
    /// "demands the arrest of", "called for sanctions on": the word at `index` asks for the deed after it.
    static func asksFor(at index: Int, lowerBound: Int, hash: (Int) -> UInt64) -> Bool {
        requestVerbs.contains(hash(index)) || hash(index) == forWord && index > lowerBound && callVerbs.contains(hash(index - 1))
    }
    static let requestVerbs = Vocabulary.hashes("demand demands demanded demanding seek seeks sought seeking urge urges urged urging request requests requested requesting")
    static let callVerbs = Vocabulary.hashes("call calls called calling press presses pressed pressing ask asks asked asking")
    /// "an offensive on Avdiivka": a deed only when it is launched or pressed at a named target.
    static let offensive = TextFolding.wordHash("offensive")
    /// "sparked condemnation from the African Union".
    /// "twin bombings", "both attacks": a plural that names particular deeds.
    static let pairWords = Vocabulary.hashes("twin both two three")
    /// Words that refer back to a reported attack without naming a kind of event: "the incident".
    static let eventReferences = Vocabulary.hashes("incident bloodshed killing killings violence atrocity tragedy act")
    /// "the group", "the militants": a group named before.
    static let groupReferences = Vocabulary.groupReferences
    static let condemnationNouns = Vocabulary.hashes("condemnation condemnations")
    static let from = TextFolding.wordHash("from")
    static let out = TextFolding.wordHash("out")

    // MARK: - Deeds read from their verbs

    /// "blew himself up": a bombing.
    static let blew = TextFolding.wordHash("blew")
    static let up = TextFolding.wordHash("up")
    static let reflexives = Vocabulary.hashes("himself herself themselves")
    /// "the prime minister was shot", "fired shots at": a shooting.
    static let shot = TextFolding.wordHash("shot")
    static let shots = Vocabulary.hashes("shots shot bullets rounds")
    /// "launched missiles at", "fired rockets into": firing a weapon at someone is an attack.
    static let fireVerbs = Vocabulary.hashes("launched fired threw hurled lobbed")
    static let fired = TextFolding.wordHash("fired")
    /// What is fired, launched or thrown at a target: "hurled Molotov cocktails at the crowd".
    static let firedWeapons = Vocabulary.hashes("missile missiles rocket rockets drone drones shells mortars cocktails grenade grenades bombs firebombs")
    /// "were targeted by drones", "was hit by a missile": hit by a weapon, in the passive.
    static let hitVerbs = Vocabulary.hashes("targeted hit struck")
    /// "missiles hit", "a drone struck": weapons that, as the subject of a verb of hitting, make it an attack.
    static let strikingWeapons = Vocabulary.hashes("missile missiles rocket rockets drone drones shell shells bomb bombs")
    /// "struck rebel camps", "hit militant positions": what armed men hold, struck.
    static let heldTargets = Vocabulary.hashes("camps camp bases hideouts positions posts depots targets strongholds")
    /// Who is shot or taken, just before the passive: "worshippers were shot", "the minister was shot",
    /// "his wife kidnapped", "schoolgirls abducted".
    static let victimNouns = Vocabulary.hashes(victimWords)
    private static let victimWords = """
        people persons civilians others children women men soldiers officers policemen troops worshippers passengers \
        students pupils teachers guards bystanders residents villagers workers hostages man woman boy girl boys girls \
        schoolgirls schoolchildren wife husband son daughter sons daughters minister leader president premier governor mayor \
        officer policeman soldier guard worker staff staffers members employees diplomats diplomat journalist journalists \
        tourists tourist officials official lawyers lawyer judge
        """
    /// "the kidnapped girls", "their abducted sons", "Nigeria's kidnapped": a word that makes a participle an adjective.
    static let participleDeterminers = Vocabulary.hashes("the a an another his her their its our s")
    /// People a participle may describe: "a convicted terrorist", "the jailed cleric", "Y, convicted murderer X".
    static let describedPeople = Vocabulary.hashes(perpetratorWords + " " + victimWords + " " + """
        murderer murderers criminal criminals cleric clerics militant militants activist activists journalist journalists \
        prisoner prisoners inmate inmates dissident dissidents opposition
        """)

    /// Whether a participle at `participle` describes the people a noun just after it names ("convicted
    /// terrorist X", "the jailed opposition leader X"), rather than telling a deed: it follows a determiner or
    /// a comma, no article follows it, and such a noun comes within three words, before any name or break.
    /// `hash`, `isName` and `breaksBefore` read the sentence's words, so that events and relations share it.
    static func describesPeople(_ participle: Int, end: Int, hash: (Int) -> UInt64, isName: (Int) -> Bool,
                                breaksBefore: (Int) -> Bool) -> Bool {
        // ("members loyal to arrested leader X", "talks with jailed leader Y": a preposition before the participle.)
        guard participle > 0, participle + 1 < end,
              participleDeterminers.contains(hash(participle - 1)) || participlePrepositions.contains(hash(participle - 1)) || breaksBefore(participle),
              // "the jets, distant, attacked the attackers": a verb before its object's article.
              !participleDeterminers.contains(hash(participle + 1)) else { return false }
        for next in participle + 1..<min(end, participle + 4) {
            // ("loyal to arrested leader X": an office describes the one held as well.)
            if describedPeople.contains(hash(next)) || Vocabulary.coreTitles.contains(hash(next)) { return true }
            if isName(next) || breaksBefore(next) { return false }
        }
        return false
    }
    static let participlePrepositions = Vocabulary.hashes("to with for")
    /// "groups linked to X", "bands tied to X": words that tie unnamed doers to a name they are not.
    /// (`SentencePatterns.fusedParticiples` less "based" and "held": "the Somalia-based group al-Shabaab" is
    /// al-Shabaab.)
    static let linkParticiples = Vocabulary.hashes("backed led linked aligned allied funded supported affiliated controlled run tied connected")
    /// "claimed on Monday that", "said late yesterday that": a time between a verb and what it says.
    static let timeFillers = Vocabulary.hashes("""
        on monday tuesday wednesday thursday friday saturday sunday yesterday today earlier late last this week night overnight
        """)
    /// "have already condemned", "also strongly condemned": words between a list of names and its verb.
    static let verbAdverbs = Vocabulary.hashes("already also strongly firmly swiftly quickly all both jointly")

    // MARK: - Time

    static let months = WordMap<Int>({
        var table: [UInt64: Int] = [:]
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        for (index, name) in names.enumerated() {
            table[TextFolding.wordHash(name)] = index + 1
            table[TextFolding.wordHash(String(name.prefix(3)))] = index + 1
        }
        table[TextFolding.wordHash("sept")] = 9
        // "may" is a verb far more often than a month; it counts only next to a day number.
        return table
    }())
    static let may = TextFolding.wordHash("may")
    static let mar = TextFolding.wordHash("mar")

    /// Monday is 0.
    static let weekdays = WordMap<Int>({
        var table: [UInt64: Int] = [:]
        for (index, name) in ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].enumerated() {
            table[TextFolding.wordHash(name)] = index
        }
        return table
    }())

    static let yesterday = TextFolding.wordHash("yesterday")
    static let today = TextFolding.wordHash("today")
    static let tonight = TextFolding.wordHash("tonight")
    static let last = TextFolding.wordHash("last")
    static let this = TextFolding.wordHash("this")
    static let night = TextFolding.wordHash("night")
    static let week = TextFolding.wordHash("week")
    static let month = TextFolding.wordHash("month")
    static let year = TextFolding.wordHash("year")
    static let on = TextFolding.wordHash("on")
    static let against = TextFolding.wordHash("against")
    static let inWord = TextFolding.wordHash("in")
}
