import Testing
@testable import EventModel

/// One sentence each, in the shapes wire copy reports events in, with what must and must not come out.
@Suite("Event sentence shapes")
struct EventSentenceShapesTests {
    struct Shape: CustomTestStringConvertible, Sendable {
        var sentence: String
        var date: String?
        /// nil: no event at all.
        var type: EventType?
        var place: String? = nil
        var when: String? = nil
        var agent: String? = nil
        var figure: String? = nil
        var target: String? = nil
        var testDescription: String { sentence }
    }

    static let shapes: [Shape] = [
        // Reported, dated, placed.
        Shape(sentence: "A car bomb exploded outside a hotel in Mogadishu on Tuesday, killing at least nine people.",
              date: "2025-03-06", type: .bombing, place: "mogadishu", when: "2025-03-04", figure: "at least nine"),
        Shape(sentence: "Gunmen stormed a school in Kandahar late on Wednesday.", date: "2025-03-06", type: .attack,
              place: "kandahar", when: "2025-03-05"),
        Shape(sentence: "Security forces detained 14 suspects in Karachi after the raid.", date: "2025-03-06", type: .arrest,
              place: "karachi", figure: "14"),
        Shape(sentence: "Voters in Kyrgyzstan chose a new parliament in an election held on 30 November 2025.", date: nil,
              type: .election, when: "2025-11-30"),
        Shape(sentence: "The Taliban claimed the ambush near Herat that killed six soldiers.", date: nil, type: .attack,
              place: "herat", agent: "taliban", figure: "six"),
        Shape(sentence: "Hundreds marched in a protest in Yerevan last week against the border deal.", date: "2025-05-10",
              type: .protest, place: "yerevan"),
        Shape(sentence: "Germany deported 28 Afghan men to Kabul on Friday.", date: "2025-08-31", type: .deportation,
              when: "2025-08-29", agent: "germany"),
        Shape(sentence: "The trial of the four accused opened in Dushanbe on 2 June 2025.", date: nil, type: .trial,
              place: "dushanbe", when: "2025-06-02"),
        // A toll with no place or date: an event still; what the deed shook is where it was.
        Shape(sentence: "A suicide attack near the provincial courts killed 12 people.", date: nil, type: .attack, figure: "12"),
        Shape(sentence: "A blast rocked Lahore on Tuesday.", date: nil, type: .bombing, place: "lahore"),
        Shape(sentence: "Two men died after an attack on a chapel in southwest England.", date: nil, type: .attack, place: "england"),
        Shape(sentence: "A man hurled Molotov cocktails at marchers in Leeds on Sunday.", date: nil, type: .attack, place: "leeds"),
        Shape(sentence: "A police officer was shot dead in Lahore on Monday.", date: nil, type: .shooting, place: "lahore"),
        Shape(sentence: "Turkey launched airstrikes on bases in Iraq on Saturday.", date: "2025-06-23", type: .attack, place: "iraq",
              when: "2025-06-21", agent: "turkey"),
        Shape(sentence: "Israel carried out air strikes on Hezbollah targets in Lebanon on Sunday.", date: nil, type: .attack, place: "lebanon",
              agent: "israel"),
        Shape(sentence: "Nine were killed in a raid in the Hamas-run town of Rafah.", date: nil, type: .attack, place: "rafah"),
        // Strikes launched at a target, and jets that struck a named one, are attacks by whoever sent them.
        Shape(sentence: "The United States conducted strikes on two air bases in Syria on Thursday.", date: nil, type: .attack,
              place: "syria", agent: "united-states"),
        Shape(sentence: "Israeli jets struck Hezbollah depots near Tyre on Friday.", date: nil, type: .attack, place: "tyre", agent: "israel"),
        Shape(sentence: "Israeli warplanes struck the port of Hodeidah on Monday.", date: nil, type: .attack, agent: "israel"),
        Shape(sentence: "Dock workers launched strikes on Monday over pay.", date: nil, type: nil),
        // "X has become the site of an attack": the place the clause is about.
        Shape(sentence: "The town of Oicha has become the site of a deadly attack by gunmen.", date: nil, type: .attack, place: "oicha"),
        // "seized power" is a coup by whoever seized it; "took power" only when soldiers took it; power held is no news.
        Shape(sentence: "An elite army unit seized power in Niamey on Wednesday.", date: "2025-03-06", type: .coup,
              place: "niamey", when: "2025-03-05"),
        Shape(sentence: "The prime minister first took power in Niamey in 2006 after an election.", date: nil, type: nil),
        Shape(sentence: "The junta, which seized power in Niamey in 2023, denied the claim.", date: nil, type: nil),
        // "fired at" someone is a shooting; "was fired on Monday", "fired at least 200 workers" are jobs lost.
        Shape(sentence: "A gunman fired indiscriminately at worshippers in Lyon on Sunday, killing three.", date: "2025-03-06",
              type: .shooting, place: "lyon", when: "2025-03-02", figure: "three"),
        Shape(sentence: "The coach was fired on Monday after the defeat in Lyon.", date: nil, type: nil),
        Shape(sentence: "The carmaker fired at least 200 workers at its plant in Lyon.", date: nil, type: nil),
        // A sentence's first word is "out": nothing before it is read.
        Shape(sentence: "Out came strikes on the port.", date: nil, type: nil),
        // A lead in the perfect reports the news: strikes at a target are one deed.
        Shape(sentence: "India has carried out missile strikes on six camps inside Pakistan.", date: nil, type: .attack, agent: "india"),
        // Sanctions bind whom they are on, wherever that is; who imposes them is their agent.
        Shape(sentence: "Canada imposed fresh sanctions on Belarus on Thursday.", date: "2025-05-10", type: .sanction,
              when: "2025-05-08", agent: "canada", target: "belarus"),
        Shape(sentence: "Israeli strikes killed 20 in Gaza.", date: nil, type: .attack, place: "gaza-strip", agent: "israel", figure: "20"),
        Shape(sentence: "Rebels killed at least 14 soldiers near Goma on Sunday.", date: "2025-03-04", type: .attack, place: "goma",
              when: "2025-03-02", figure: "at least 14"),
        Shape(sentence: "Gunmen killed nine traders in the restive province of Zabul.", date: nil, type: .attack, place: "zabul"),
        // A time after whom the deed hit is the deed's: "the attack on Senator X on Saturday".
        Shape(sentence: "The city mourned after the attack on Senator and party leader Lucia Ortega Varela on Saturday.",
              date: "2025-06-11", type: .attack, when: "2025-06-07"),
        // Where leaders travel for a summit is where it is.
        Shape(sentence: "Emmanuel Macron flew to Cairo on Sunday for a summit with Abdel Fattah al-Sisi.", date: "2025-03-04",
              type: .summit, place: "cairo", when: "2025-03-02"),
        // A locative phrase opening the sentence places a deed that names no place of its own.
        Shape(sentence: "In the farming town of Jowhar, Somali forces carried out an airstrike on Wednesday.", date: "2025-04-18",
              type: .attack, place: "jowhar", when: "2025-04-16", agent: "somalia"),
        // Armed forces fighting each other: clashes, one deed in the plural, their dead counted.
        Shape(sentence: "Clashes broke out in Kassala on Sunday, killing 30 people.", date: "2025-05-06", type: .clash,
              place: "kassala", when: "2025-05-04", figure: "30"),
        Shape(sentence: "Armenian and Azerbaijani troops clashed near Jermuk on Monday.", date: "2025-05-06", type: .clash,
              place: "jermuk", when: "2025-05-05"),
        Shape(sentence: "Border clashes near Jermuk killed 12 soldiers on Thursday.", date: "2025-05-06", type: .clash,
              place: "jermuk", when: "2025-05-01", figure: "12"),
        Shape(sentence: "Clashes between herders and farmers are common in Plateau state.", date: nil, type: nil),
        Shape(sentence: "The two armies have clashed periodically since 2021.", date: nil, type: nil),
        // Denied, hedged, general, or another sense of the word: no event.
        Shape(sentence: "French strikes on Monday halted trains in Lyon.", date: nil, type: nil),
        Shape(sentence: "The president said Washington would be lifting sanctions on Venezuela within weeks.", date: nil, type: nil),
        Shape(sentence: "The group has launched attacks on army posts across the Sahel.", date: nil, type: nil),
        Shape(sentence: "The gunman was shot dead by police in Multan.", date: nil, type: nil),
        Shape(sentence: "French forces shot down the Iranian-launched drones over the Red Sea.", date: nil, type: nil),
        Shape(sentence: "The ministry denied that any arrest had taken place.", date: nil, type: nil),
        Shape(sentence: "Officials warned that an attack on the capital was possible.", date: nil, type: nil),
        Shape(sentence: "Militants have never attacked the northern towns.", date: nil, type: nil),
        Shape(sentence: "Police thwarted a plot to bomb a concert in Vienna.", date: nil, type: nil),
        Shape(sentence: "Bombings of this kind have grown rare in Baghdad.", date: nil, type: nil),
        Shape(sentence: "The opposition has long attacked the government in Tbilisi over corruption.", date: nil, type: nil),
        Shape(sentence: "The minister moved to rally support for the plan in Astana.", date: nil, type: nil),
        Shape(sentence: "Inmates were moved to a detention centre in Rostov-on-Don.", date: nil, type: nil),
        Shape(sentence: "Read more: Bombing in Lahore kills three", date: nil, type: nil),
        Shape(sentence: "Armenia attacked Azerbaijan for blocking the corridor, in a statement on Monday.", date: nil, type: nil),
        Shape(sentence: "The opposition attacked the minister in Yerevan over his remarks on Monday.", date: nil, type: nil),
        Shape(sentence: "A car bomb killed 14 people at a market in Mogadishu on Saturday.", date: "2024-06-10", type: .bombing,
              place: "mogadishu", when: "2024-06-08"),
        Shape(sentence: "Gunmen attacked a police post in Quetta for the second time this month.", date: nil, type: .attack, place: "quetta"),
        // What a group does, owned by its name, with no place or time of its own: no report of one deed.
        Shape(sentence: "The army made the halting of the Harbour Front's attacks its main goal.", date: nil, type: nil),
        Shape(sentence: "The Harbour Front's attacks on Batumi on Sunday killed three guards.", date: "2025-06-10", type: .attack,
              place: "batumi", when: "2025-06-08", figure: "three"),
        // A place the sentence gives another verb ("will be held at") is not the deed's.
        Shape(sentence: "A memorial for the victims of the attack will be held at Grace Cathedral in Erfurt on Sunday.", date: nil, type: nil),
        // A vehicle rammed into a crowd: an attack, and the vehicle's flag is no target.
        Shape(sentence: "A man plowed a pickup bearing a black flag into revellers in Tulsa on Wednesday, killing 12 people.",
              date: "2025-01-03", type: .attack, place: "tulsa", when: "2025-01-01", figure: "12"),
        // An arrest asked for is none; one of a series is.
        Shape(sentence: "The mayor of Bremen called for the driver to be arrested and tried at once.", date: nil, type: nil),
        Shape(sentence: "Police in Herat said a cousin was the first to be arrested after the raid.", date: nil, type: .arrest, place: "herat"),
        // A bomber who "blew himself up"; a place in a second locative after the noun.
        Shape(sentence: "A suicide bomber blew himself up outside a police station in Herat on Friday.", date: "2025-03-10",
              type: .bombing, place: "herat", when: "2025-03-07"),
        // Weapons fired at a place, or a place hit by them, in the passive: an attack.
        Shape(sentence: "The Guards launched missiles and drones at a camp near Panjgur on Tuesday.", date: "2024-01-17", type: .attack,
              place: "panjgur", when: "2024-01-16"),
        Shape(sentence: "Two camps near Panjgur were targeted by drones on Tuesday.", date: "2024-01-17", type: .attack,
              place: "panjgur", when: "2024-01-16"),
        Shape(sentence: "The ministry said the plant builds missiles and drones in Panjgur.", date: nil, type: nil),
        // A kidnapping, active or passive, with the number taken.
        Shape(sentence: "Gunmen abducted 40 passengers from a bus near Gusau on Tuesday.", date: "2024-03-08", type: .kidnapping,
              place: "gusau", when: "2024-03-05", figure: "40"),
        Shape(sentence: "More than 120 pupils were kidnapped by bandits in Gusau on Thursday.", date: nil, type: .kidnapping,
              place: "gusau", figure: "More than 120"),
        // A ship hijacked is taken with its crew; a country fused to "-flagged" is no place.
        Shape(sentence: "Gunmen hijacked the Bahamas-flagged Ocean Star near Hodeidah on Sunday.", date: "2023-11-20",
              type: .kidnapping, place: "hodeidah", when: "2023-11-19"),
        // A month without a year, well after the article's month, is the one just past; one soon after is this year's.
        Shape(sentence: "In December, gunmen attacked a police station in Zahedan.", date: "2024-01-17", type: .attack,
              place: "zahedan", when: "2023-12"),
        Shape(sentence: "Gunmen attacked a police station in Zahedan on December 14.", date: "2024-01-17", type: .attack,
              place: "zahedan", when: "2023-12-14"),
        Shape(sentence: "Gunmen attacked a police station in Zahedan in March.", date: "2024-01-17", type: .attack,
              place: "zahedan", when: "2024-03"),
        // Shots fired at someone are a shooting; a campaign rally is no protest.
        Shape(sentence: "A man fired shots at Senator Ruth Calder at a campaign rally in Dayton on Saturday.", date: "2024-07-15",
              type: .shooting, place: "dayton", when: "2024-07-13"),
        Shape(sentence: "Thousands attended an election rally in Dayton on Saturday.", date: nil, type: nil),
        // A person shot, in the passive: a shooting; the attacker shot by police is no shooting of its own.
        Shape(sentence: "Governor Arif Demirel has been shot and wounded in Kars, local media said.", date: nil,
              type: .shooting, place: "kars"),
        Shape(sentence: "The gunman was shot by police officers moments later.", date: nil, type: nil),
        Shape(sentence: "Three guards died on Monday in a bombing near the country's consulate in the Uzbek capital Tashkent.",
              date: nil, type: .bombing, place: "tashkent"),
        // Raids in general, then the one deed: the deed is reported.
        Shape(sentence: "Militants have staged raids across the province for years, and on Friday gunmen opened fire at a checkpoint in Bannu, killing four soldiers.",
              date: "2025-02-10", type: .shooting, place: "bannu", when: "2025-02-07", figure: "four"),
        // A claim in a relative clause is the name's the clause hangs on.
        Shape(sentence: "Two of the inmates had links to Islamic State, which claimed the shooting at a music venue near Moscow in March.",
              date: nil, type: .shooting, place: "moscow", agent: "isis"),
        Shape(sentence: "The cell answered to Islamic State, the group that later claimed the bombing in Kerman last year.",
              date: nil, type: .bombing, place: "kerman", agent: "isis"),
        // "last year's March 3 raid", "on March 3 last year": the year before the article's.
        Shape(sentence: "He planned last year's March 3 raid on the barracks in Kandahar, officials said.", date: "2025-06-01",
              type: .attack, place: "kandahar", when: "2024-03-03"),
        Shape(sentence: "Gunmen raided the barracks in Kandahar on March 3 last year, killing nine soldiers.", date: "2025-06-01",
              type: .attack, place: "kandahar", when: "2024-03-03", figure: "nine"),
        // A place behind an adjective of two hyphened words.
        Shape(sentence: "The militants in June claimed a bombing in Christian-majority Armenia that killed nine people.",
              date: nil, type: .bombing, place: "armenia", figure: "nine"),
        // A state's adjective before a strike names who struck; "in Israeli territory" is a place phrase before the time.
        Shape(sentence: "A senior commander was killed in an Israeli drone strike on a car in Tyre on Monday.", date: "2025-02-05",
              type: .attack, place: "tyre", when: "2025-02-03", agent: "israel"),
        Shape(sentence: "Russian missile strikes hit Kharkiv on Sunday.", date: "2025-02-05", type: .attack, agent: "russia"),
        Shape(sentence: "Its fighters carried out a deadly raid in Israeli territory on October 7.", date: "2024-01-03",
              type: .attack, when: "2023-10-07"),
        // "IS" opening a name is no auxiliary that makes the claim a statement.
        Shape(sentence: "The bombing in Herat was claimed by IS-Khorasan Province on Friday.", date: nil, type: .bombing,
              place: "herat", agent: "isis-k"),
        // A count of a group's attacks over time is no deed.
        Shape(sentence: "ISWAP attacks in Borno have increased sharply, analysts say.", date: nil, type: nil),
        // A warrant is no arrest.
        Shape(sentence: "A court in Paris issued an arrest warrant for the banker on Monday.", date: nil, type: nil),
        // A party's own rally is no protest.
        Shape(sentence: "Supporters of the party gathered for a political rally in Quetta on Sunday.", date: nil, type: nil),
        // "Several hundred" is written so, not "hundred".
        Shape(sentence: "Several hundred villagers were killed in an attack on Ouagadougou on Saturday.", date: nil, type: .attack,
              place: "ouagadougou", figure: "Several hundred"),
        // A firefight is a deed of its own: its dead are not the story's attack's.
        Shape(sentence: "Soldiers killed two militants in a firefight near Quetta on Sunday.", date: nil, type: .shooting,
              place: "quetta", figure: "two"),
        // A number written in two words is one figure.
        Shape(sentence: "Twenty-two people were killed when a bomb exploded at a concert in Lyon on Friday.", date: nil,
              type: .bombing, place: "lyon", figure: "Twenty-two"),
        // A year before a deed's name dates it.
        Shape(sentence: "The cell carried out the 2019 bombing of a bus in Kandahar, officials said.", date: "2025-06-01",
              type: .bombing, place: "kandahar", when: "2019"),
        // A participle describing someone is no trial.
        Shape(sentence: "The lawyer said Omar, convicted bomber Karl Brenn and a cousin had all refused to testify.", date: nil, type: nil),
        // "X, an official said" is who speaks, not what X is; "overnight" takes none of the place's reach.
        Shape(sentence: "At least nine guards were killed in an attack overnight on a police post in Khash, an official told state radio.",
              date: nil, type: .attack, place: "khash", figure: "At least nine"),
    ]

    @Test("'was killed and his wife kidnapped': the wife was taken, and the man named before did not take her")
    func reducedPassiveKidnapping() throws {
        let events = EventFixture.events("Kaduna was the city where a teacher, Musa Bello, was killed and his wife kidnapped in May 2023.", date: nil)
        let kidnapping = try #require(events.first { $0.type == .kidnapping })
        #expect(!kidnapping.agents.contains("musa-bello"))
        #expect(!kidnapping.targets.contains("musa-bello"))
    }

    @Test("an unnamed subject did it, not a name further back: 'near the X consulate, an unknown gunman detonated'")
    func unnamedSubject() throws {
        let events = EventFixture.events(
            "Near the gate of the Qatari consulate in Peshawar, an unknown gunman detonated a bomb on Tuesday.", date: nil)
        let bombing = try #require(events.first { $0.type == .bombing })
        #expect(bombing.agents.isEmpty, "\(bombing.agents)")
        #expect(bombing.place == "peshawar")
        let later = EventFixture.events("When Omar Reza left the ministry in Herat, the attacker detonated the bomb.", date: nil)
        let second = try #require(later.first { $0.type == .bombing })
        #expect(!second.agents.contains("omar-reza"), "\(second.agents)")
    }

    @Test("'the FSB said the suspect, born in 1994, was detained': no one named was detained, and 1994 is not when")
    func reportedPassiveAndBirthYear() throws {
        let events = EventFixture.events("The FSB said the suspect, born in 1994, was detained in a village near Kazan.", date: "2025-01-10")
        let arrest = try #require(events.first { $0.type == .arrest })
        #expect(arrest.targets.isEmpty, "\(arrest.targets)")
        #expect(arrest.date == nil)
        let named = EventFixture.events("Police said Omar Reza was arrested in Kazan on Monday.", date: nil)
        #expect(try #require(named.first { $0.type == .arrest }).targets.contains("omar-reza"))
        let own = EventFixture.events("Russia's security service said Wednesday it had arrested a courier in Kazan.", date: nil)
        #expect(try #require(own.first { $0.type == .arrest }).agents.contains("russia"))
    }

    @Test("past an aside between the doer and the verb: 'X, which is linked to Y, attacked', 'X, fighting Y's army, attacked'")
    func asideBeforeTheVerb() throws {
        let linked = EventFixture.events("Al-Shabaab, which is linked to al-Qaeda, attacked a base in Kismayo on Monday.", date: nil)
        let first = try #require(linked.first { $0.type == .attack })
        #expect(first.agents == ["al-shabaab"], "\(first.agents)")
        let fighting = EventFixture.events("RSF units, fighting against Sudan's army, attacked a camp near Nyala on Friday.", date: nil)
        let second = try #require(fighting.first { $0.type == .attack })
        #expect(second.agents == ["rsf"], "\(second.agents)")
    }

    @Test("a second deed of the family that a claim names with 'a' is an event of its own, placed, and the claim is its")
    func secondDeedClaimed() throws {
        let events = EventFixture.events(
            "The blast came one day after IS-K took responsibility for a suicide attack at a bank branch in the northern Afghan city of Kunduz that killed six people.",
            date: nil)
        let kunduz = try #require(events.first { $0.place == "kunduz" }, "\(events.map(\.id))")
        #expect(kunduz.type == .attack && kunduz.agents == ["isis-k"], "\(kunduz.agents)")
        #expect(!events.contains { $0.place != "kunduz" && $0.agents.contains("isis-k") }, "\(events.map(\.id))")
    }

    @Test("the one arrested in a passive with \"to be\" is its target, not its agent")
    func arrestedToBe() throws {
        let events = EventFixture.events("Omar Reza was the first to be arrested in Kabul on Monday.", date: nil)
        let arrest = try #require(events.first { $0.type == .arrest })
        #expect(!arrest.agents.contains("omar-reza"))
        #expect(arrest.targets.contains("omar-reza"))
    }

    @Test("'X's arrest', 'X was formally charged': X was taken, not the one who took; 'on Radio Tartu' is where it was said")
    func takenPersonNamedBefore() throws {
        let arrest = try #require(EventFixture.events(
            "The mayor confirmed Jaan Kask's arrest during an interview on Radio Tartu on Friday.", date: nil).first { $0.type == .arrest })
        #expect(arrest.targets == ["jaan-kask"], "\(arrest.targets)")
        #expect(arrest.agents.isEmpty, "\(arrest.agents)")
        let charged = try #require(EventFixture.events("Jaan Kask was formally charged with murder on Friday.", date: nil).first { $0.type == .trial })
        #expect(charged.targets == ["jaan-kask"], "\(charged.targets)")
        #expect(charged.agents.isEmpty, "\(charged.agents)")
        let later = try #require(EventFixture.events("Jaan Kask was later detained in Narva.", date: nil).first { $0.type == .arrest })
        #expect(later.targets == ["jaan-kask"] && later.agents.isEmpty, "\(later.agents)")
        // ("extradited from Finland, was arrested": a country is never the one arrested.)
        let extradited = try #require(EventFixture.events("Jaan Kask, extradited from Finland, was arrested in Tartu.", date: nil)
            .first { $0.type == .arrest })
        #expect(!extradited.targets.contains("finland"), "\(extradited.targets)")
        // ("Estonia's arrest of Jaan Kask": the possessive is who arrested.)
        let of = try #require(EventFixture.events("Estonia's arrest of Jaan Kask angered Moscow.", date: nil).first { $0.type == .arrest })
        #expect(of.targets == ["jaan-kask"], "\(of.targets)")
    }

    @Test("'arrested 22-year-old X': an age joined to 'year-old' counts no one")
    func ageJoinedToYearOld() throws {
        let arrest = try #require(EventFixture.events("Police arrested 22-year-old Jaan Kask in Narva on Friday.", date: nil).first { $0.type == .arrest })
        #expect(arrest.figures.isEmpty, "\(arrest.figures)")
        let toll = try #require(EventFixture.events("A bomb killed an eight-year-old boy and 11 others in Narva.", date: nil).first)
        #expect(!toll.figures.map(\.value).contains("eight"), "\(toll.figures)")
    }

    @Test("'ambushed in hills controlled by the Taliban': the by-phrase of another participle names no doer")
    func byPhraseOfAnotherParticiple() throws {
        let events = EventFixture.events("The buses were ambushed in hills controlled by the Taliban near Zhob on Monday.", date: "2025-03-04")
        let attack = try #require(events.first { $0.type == .attack }, "\(events.map(\.id))")
        #expect(!attack.agents.contains("taliban"), "\(attack.agents)")
        let own = try #require(EventFixture.events("The buses were ambushed near Zhob by the Taliban on Monday.", date: "2025-03-04")
            .first { $0.type == .attack })
        #expect(own.agents.contains("taliban"), "\(own.agents)")
        // "Sanctioned by the UN for abuses, he ...": the participle's by-phrase sanctioned, and was not sanctioned.
        let sanction = try #require(EventFixture.events("Sanctioned by the UN for arms smuggling, he fled to Jacmel.", date: nil)
            .first { $0.type == .sanction })
        #expect(sanction.agents == ["united-nations"] && sanction.targets.isEmpty, "\(sanction.agents) \(sanction.targets)")
        // ("detained by police, had sworn loyalty to the Islamic State": the by-phrase ends at its comma.)
        let pledged = EventFixture.events("The suspect, swiftly detained by police in Solingen, had sworn loyalty to the Islamic State.", date: nil)
        #expect(!pledged.contains { $0.agents.contains("isis") }, "\(pledged.map(\.agents))")
    }

    @Test("ages after names, in brackets or written out between commas, count no one; a name fused to '-themed' is no target")
    func agesAfterNamesAndFusedNames() throws {
        for sentence in ["Alice Moor (9), Bebe Kane (6) and Elsie Dorn (7) died in an attack in Leeds on Monday.",
                         "Alice Moor, nine, Bebe Kane, six, and Elsie Dorn, seven, died in an attack in Leeds on Monday."] {
            let attack = try #require(EventFixture.events(sentence, date: "2025-03-04").first { $0.type == .attack })
            #expect(attack.figures.isEmpty, "\(attack.figures)")
        }
        let themed = try #require(EventFixture.events("A man stormed a Dolly Parton-themed party in Leeds on Monday.", date: "2025-03-04")
            .first { $0.type == .attack })
        #expect(!themed.targets.contains("dolly-parton"), "\(themed.targets)")
    }

    @Test("a country's adjective before a bombing is no agent: it may be where it happened")
    func adjectiveBeforeBombing() throws {
        let events = EventFixture.events("A Pakistani bombing killed nine people on Monday.", date: "2025-02-05")
        let bombing = try #require(events.first { $0.type == .bombing })
        #expect(bombing.agents.isEmpty, "\(bombing.agents)")
    }

    @Test("'two weeks prior to the July 23 raid' dates another deed, not this one")
    func countedFromAnotherDeed() throws {
        let events = EventFixture.events("Two weeks prior to the July 23 raid, two policemen were killed in an ambush in Saravan.", date: "2023-12-15")
        let ambush = try #require(events.first { $0.place == "saravan" }, "\(events.map(\.id))")
        #expect(ambush.date != "2023-07-23")
    }

    @Test("'According to X, gunmen carried out the massacre': X is the source cited, not who did it")
    func citedSourceIsNoDoer() throws {
        let events = EventFixture.events(
            "According to the Daily Tribune, five masked gunmen carried out the massacre in Quetta.", date: nil)
        let attack = try #require(events.first { $0.place == "quetta" }, "\(events.map(\.id))")
        #expect(attack.agents.isEmpty && attack.sentences.allSatisfy { $0.blamed.isEmpty }, "\(attack.agents)")
    }

    @Test("'claimed 12 lives', 'claimed the lives of 30': the toll a deed took, claimed by no one")
    func livesClaimedAreToll() throws {
        for (text, figure) in [("The blast near the Blue Mosque in Herat claimed 12 lives on Monday.", "12"),
                               ("The bombing in Herat claimed the lives of at least 30 people on Monday.", "at least 30")] {
            let events = EventFixture.events(text, date: "2025-04-23")
            let bombing = try #require(events.first { $0.type == .bombing }, "\(events.map(\.id))")
            #expect(bombing.agents.isEmpty && bombing.sentences.allSatisfy { $0.claimants.isEmpty }, "\(bombing.agents)")
            #expect(bombing.figures.map(\.value) == [figure], "\(bombing.figures)")
        }
    }

    @Test("'exploded, according to the minister X' cites X, whom the blast did not hit; 'At the time of the attack, X was in Libya' places no attack")
    func citedAndFronted() throws {
        let cited = EventFixture.events("In Lyon, a parked car exploded, according to Interior Minister Karl Vett.", date: nil)
        let blast = try #require(cited.first { $0.place == "lyon" }, "\(cited.map(\.id))")
        #expect(blast.targets.isEmpty, "\(blast.targets)")
        let fronted = EventFixture.events(
            "Gunmen attacked a school in Kandahar on Monday. At the time of that raid, the governor was in Libya.", date: "2025-04-23")
        #expect(fronted.allSatisfy { $0.place != "libya" }, "\(fronted.map(\.id))")
        #expect(fronted.contains { $0.place == "kandahar" }, "\(fronted.map(\.id))")
    }

    @Test("'the attack' a story condemns is not the dated deed it recalls after; 'blamed the attack on X' places nothing at X")
    func recalledDeedKeepsItsOwn() throws {
        let events = EventFixture.events(
            "Mourning was declared after militants raided a mosque and killed at least 40 worshippers. "
                + "Chad condemned the attack. The group has carried out several raids, including the 2017 Kandahar ambush that killed four soldiers. "
                + "The army later blamed the raid on the Islamic State in a short statement.", date: nil)
        let recalled = try #require(events.first { $0.place == "kandahar" }, "\(events.map(\.id))")
        #expect(recalled.date == "2017")
        #expect(!recalled.sentences.contains { $0.condemners.contains("chad") })
        #expect(events.contains { $0.sentences.contains { $0.condemners.contains("chad") } }, "\(events.map(\.id))")
        #expect(events.allSatisfy { $0.place != "isis" }, "\(events.map(\.id))")
    }

    /// A story whose later sentence gives another toll: the text, the place of the deed reported, and its own figures.
    static let otherTolls: [(text: String, place: String, figures: [String])] = [
        // The toll of a deed named to compare: "the worst since the 2008 X shootings, in which 164 died".
        ("Gunmen killed 26 tourists in Quetta on Tuesday. It was the worst attack in the country since the 2008 Lahore shootings, "
            + "in which 164 people died.", "quetta", ["26"]),
        // The toll of the war the story turns to.
        ("A missile strike hit a hotel in Kherson on Monday. In the months of bombardment since, some 9,000 civilians have been "
            + "wounded, the regional governor said.", "kherson", []),
        // A toll counted since a date years back.
        ("Russian missiles hit a market in Kharkiv on Saturday, killing 9 people. According to a UN mission, 11,200 civilians "
            + "have been killed in Ukraine since February 2022.", "kharkiv", ["9"]),
    ]

    @Test("the toll of a deed named to compare, or of a whole war, is not the toll of the deed reported", arguments: otherTolls)
    func otherToll(_ story: (text: String, place: String, figures: [String])) throws {
        let events = EventFixture.events(story.text, date: "2025-04-23")
        let deed = try #require(events.first { $0.place == story.place }, "\(events.map(\.id))")
        #expect(deed.figures.map(\.value) == story.figures, "\(deed.figures)")
    }

    @Test("what a sentence reports", arguments: shapes)
    func shape(_ shape: Shape) throws {
        let events = EventFixture.events(shape.sentence, date: shape.date)
        guard let type = shape.type else {
            #expect(events.isEmpty, "\(events.map(\.name))")
            return
        }
        let event = try #require(events.first { $0.type == type }, "\(events.map(\.name))")
        if let place = shape.place { #expect(event.place == place) }
        if let when = shape.when { #expect(event.date == when) }
        if let agent = shape.agent { #expect(event.agents.contains(agent)) }
        if let figure = shape.figure { #expect(event.figures.map(\.value).contains(figure)) }
        if let target = shape.target { #expect(event.targets.contains(target) && event.place != target) }
    }
}
