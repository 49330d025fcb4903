import Testing
@testable import EventModel

/// Offices a wire story writes without their country: the dateline's country is theirs, unless the
/// sentence names another.
@Suite("Offices of the dateline's country")
struct DatelineOfficeTests {
    private func typed(_ body: String, dateline: String?, title: String = "Fixture") -> [String] {
        var article = TestArticle.make(id: "wire", title: title, body: body)
        article.dateline = dateline
        let catalog = EntityCatalog.build(knowledge: [], contributions: [EntityCatalog.contribution(of: article)]).catalog
        let mentions = EntityLinker(catalog: catalog).mentions(in: article)
        return RelationExtractor.relations(in: article, mentions: mentions, catalog: catalog)
            .filter { $0.origin == .pattern }
            .map { "\($0.subject) \($0.predicate.rawValue) \($0.object)" }
    }

    @Test("'Interior Minister X' in a story datelined in a country's city holds that country's office")
    func datelineCountry() {
        let body = "\"We know who did it,\" said Interior Minister Rashid Kamalov after the blast."
        #expect(typed(body, dateline: "DUSHANBE (Reuters)").contains("rashid-kamalov role_of tajikistan"))
        #expect(typed(body, dateline: "ALMATY, Kazakhstan").contains("rashid-kamalov role_of kazakhstan"))
        #expect(typed(body, dateline: "PORT-AU-PRINCE (AP):").contains("rashid-kamalov role_of haiti"))
        // A town the catalog does not know, or knows with no country: the country after its comma.
        #expect(typed(body, dateline: "ZARKALON, Tajikistan").contains("rashid-kamalov role_of tajikistan"))
        #expect(typed("Interior Minister Rashid Kamalov visited Zarkalon after the blast in Zarkalon.", dateline: "ZARKALON, Tajikistan")
            .contains("rashid-kamalov role_of tajikistan"))
        #expect(!typed(body, dateline: nil).contains { $0.hasPrefix("rashid-kamalov role_of") })
    }

    @Test("'Secretary X' later in a story that named 'U.S. Secretary of State X' is the same office, whatever the headline names")
    func officeNamedBefore() {
        let body = "The two states signed the deal, with U.S. Secretary of State Omar Lind in attendance. Secretary Lind warned that peace would take work."
        let found = typed(body, dateline: nil, title: "Rwanda and Burundi sign a peace deal")
        #expect(found.contains("omar-lind role_of united-states"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("omar-lind role_of") && $0 != "omar-lind role_of united-states" }, "\(found)")
    }

    @Test("with no dateline, the one country the headline names is the home country; two names are none")
    func headlineCountry() {
        let body = "Interior Minister Rashid Kamalov said the gunmen had crossed the border at night."
        #expect(typed(body, dateline: nil, title: "Gunmen storm a shrine in Tajikistan's Khujand").contains("rashid-kamalov role_of tajikistan"))
        #expect(typed(body, dateline: nil, title: "Blast in Dushanbe kills four").contains("rashid-kamalov role_of tajikistan"))
        #expect(!typed(body, dateline: nil, title: "Tajikistan and Afghanistan trade blame over border raid")
            .contains { $0.hasPrefix("rashid-kamalov role_of") })
        // The country a quote before the title names is no owner of the office.
        #expect(typed("“It was an attack on Tajikistan,” Prime Minister Rashid Kamalov said.", dateline: "DUSHANBE (Reuters)")
            .contains("rashid-kamalov role_of tajikistan"))
        // A country written with a hyphen is one name, not "Guinea" and another.
        #expect(typed(body, dateline: nil, title: "Soldiers seize power in Guinea-Bissau").contains("rashid-kamalov role_of guinea-bissau"))
    }

    @Test("no dateline office when the sentence names another country, or the title is no government office")
    func otherCountryOrOffice() {
        #expect(!typed("Interior Minister Rashid Kamalov flew to Kabul to meet Afghan officials.", dateline: "DUSHANBE (Reuters)")
            .contains("rashid-kamalov role_of tajikistan"))
        #expect(!typed("Hospital spokesman Rashid Kamalov said the road was closed.", dateline: "DUSHANBE (Reuters)")
            .contains("rashid-kamalov role_of tajikistan"))
    }

    @Test("the offices of the police and the army are the home country's")
    func stateBodies() {
        #expect(typed("Police spokesman Rashid Kamalov said the road was closed.", dateline: "DUSHANBE (Reuters)")
            .contains("rashid-kamalov role_of tajikistan"))
        #expect(typed("Nine were dead, a police spokesman, Rashid Kamalov, said.", dateline: nil, title: "Blast in Dushanbe kills nine")
            .contains("rashid-kamalov role_of tajikistan"))
        #expect(!typed("Nine were dead, a police spokesman, Rashid Kamalov, said.", dateline: nil, title: "Blast kills nine")
            .contains { $0.hasPrefix("rashid-kamalov role_of") })
    }

    @Test("a police office is the police's of the place the sentence or the one before names, and none when that place is abroad")
    func policeOfAPlace() {
        let named = typed("""
            Lyon police said a man had been detained. "We had no sign of him before," Police Chief Pierre Dutroc told reporters.
            """, dateline: "DUSHANBE (Reuters)")
        #expect(named.contains("pierre-dutroc role_of lyon"))
        #expect(!named.contains("pierre-dutroc role_of tajikistan"))
        let abroad = typed("""
            The suspect was shot dead in Lyon. Police Chief Pierre Dutroc said officers had not been warned.
            """, dateline: "DUSHANBE (Reuters)")
        #expect(!abroad.contains { $0.hasPrefix("pierre-dutroc role_of") }, "\(abroad)")
    }

    @Test("no speaker from another clause, nor from a passive 'was reported'")
    func speakerOfAnotherClause() throws {
        let article = TestArticle.make(id: "wire", title: "Fixture", body: """
            Kampala's Police Chief, Moses Okello, described the assault as a terrorist attack, and hours later the \
            Harbour Front was reported to have claimed responsibility.
            """)
        let catalog = EntityCatalog.build(knowledge: [], contributions: [EntityCatalog.contribution(of: article)]).catalog
        let mentions = EntityLinker(catalog: catalog).mentions(in: article)
        let role = try #require(RelationExtractor.relations(in: article, mentions: mentions, catalog: catalog)
            .first { $0.predicate == .roleOf && $0.subject == "moses-okello" })
        #expect(role.object == "kampala")
        #expect(role.evidence.allSatisfy { $0.saidBy == nil })
    }

    @Test("a country the first sentence names as a destination is not the story's home")
    func destinationIsNoHome() {
        let body = "President Recep Tayyip Erdogan condemned the attack and cancelled a visit to Turkmenistan."
        #expect(!typed(body, dateline: nil).contains { $0.hasPrefix("recep-tayyip-erdogan role_of turkmenistan") })
        #expect(typed("President Recep Tayyip Erdogan of Turkmenistan condemned the attack.", dateline: nil)
            .contains("recep-tayyip-erdogan role_of turkmenistan"))
    }

    @Test("a government spokesman, a chapter's group, a quote's end and a blamer who is not the blamed")
    func batchShapes() {
        #expect(typed("Afghan government spokesman Zarif Noori said the border was calm.", dateline: nil)
            .contains("zarif-noori role_of afghanistan"))
        let quoted = typed("\"The bomber was an Afghan national,\" Pakistan military spokesman Major-General Zarif Noori said.", dateline: nil)
        #expect(!quoted.contains("zarif-noori citizen_of afghanistan"))
        #expect(quoted.contains("zarif-noori role_of pakistan"))
        let blamed = typed("""
            A suicide bomber struck a court in Quetta on Tuesday. Ties soured, with Pakistan blaming what it says are \
            Afghan-based militants for the Quetta bombing.
            """, dateline: nil)
        #expect(!blamed.contains { $0.hasPrefix("pakistan blamed_for") }, "\(blamed)")
    }

    @Test("the office as written: no rank after it, no region word before it, no word of the sentence before the name")
    func officeText() {
        func roles(_ body: String, dateline: String? = nil) -> [String] {
            var article = TestArticle.make(id: "wire", title: "Fixture", body: body)
            article.dateline = dateline
            let catalog = EntityCatalog.build(knowledge: [], contributions: [EntityCatalog.contribution(of: article)]).catalog
            let mentions = EntityLinker(catalog: catalog).mentions(in: article)
            return RelationExtractor.relations(in: article, mentions: mentions, catalog: catalog)
                .filter { $0.origin == .pattern && $0.predicate == .roleOf }
                .map { "\($0.subject) \($0.object) \($0.role ?? "-")" }
        }
        #expect(roles("Army spokesman Colonel Moussa Garba said the road was closed.", dateline: "DUSHANBE (Reuters)")
            == ["moussa-garba tajikistan Army spokesman"])
        #expect(roles("Kherson region governor Hanna Melnyk said the bridge was hit.") == ["hanna-melnyk kherson governor"])
        #expect(roles("Two of them are children, Petro Savchenko of the Ukrainian Security Service said.").allSatisfy { !$0.hasSuffix("children") })
        // A word that only qualifies a title, and an honorific, hold no office between them.
        let state = roles("Fighting spread across Hirshabelle on Monday. The governor said the finance minister of Hirshabelle state, Dr Ahmed Warsame, was wounded.")
        #expect(state.allSatisfy { !$0.hasSuffix(" state") }, "\(state)")
    }

    @Test("a lead that names a country where another's forces acted under their adjective gives neither country's offices")
    func leadWithActingDemonym() {
        let body = "Dozens of militants were killed in raids carried out by Indian armed forces on camps across Pakistan. "
            + "Later, Prime Minister Ravi Menon vowed to go on."
        #expect(!typed(body, dateline: nil).contains("ravi-menon role_of pakistan"))
        let named = "Dozens of militants were killed in raids on camps across Pakistan. Later, Prime Minister Ravi Menon vowed to go on."
        #expect(typed(named, dateline: nil).contains("ravi-menon role_of pakistan"))
    }

    @Test("a headline's 'Car bomb' names no Central African Republic, so the city after it gives the offices' country")
    func carIsNoCountry() {
        let body = "Interior Minister Abdul Rahimi said the attack was planned abroad."
        #expect(typed(body, dateline: nil, title: "Car bomb kills 10 in Kabul").contains("abdul-rahimi role_of afghanistan"))
    }

    @Test("a state's forces alone in the lead, or its people in the plural in the headline, give no home country")
    func actingStateIsNoHome() {
        let body = "On Monday, Turkmen troops shelled a depot in Kerki with rockets. This was said by President Oraz Nurov."
        #expect(!typed(body, dateline: nil).contains { $0.hasPrefix("oraz-nurov role_of") })
        #expect(!typed(body, dateline: nil, title: "The Turkmens shell Kerki depot").contains { $0.hasPrefix("oraz-nurov role_of") })
        // A place known to be in a country, where the lead's deed is, names that country; with the actor, none.
        let placed = "On Monday, rockets hit a depot in Herat. This was said by President Oraz Nurov."
        #expect(typed(placed, dateline: nil).contains("oraz-nurov role_of afghanistan"))
        let both = "On Monday, Turkmen troops shelled a depot in Herat. This was said by President Oraz Nurov."
        #expect(!typed(both, dateline: nil).contains { $0.hasPrefix("oraz-nurov role_of") })
        // A name that is the country's own, plural-looking, still names it.
        #expect(typed("Defence Minister Pieter Smit said the drills would go on.", dateline: nil, title: "Netherlands extends drills")
            .contains("pieter-smit role_of netherlands"))
    }

    @Test("a headline's 'Russian attack on X' names the state that struck, not the story's country")
    func strikingStateInTheHeadline() {
        let body = "Later, President Oraz Nurov said two people had been killed."
        #expect(!typed(body, dateline: nil, title: "Two killed in Turkmen attack on Kerki").contains("oraz-nurov role_of turkmenistan"))
        #expect(!typed(body, dateline: nil, title: "Turkmen strikes hit a depot").contains("oraz-nurov role_of turkmenistan"))
        // Its police or its people at home still name it.
        #expect(typed(body, dateline: nil, title: "Turkmen police arrest two").contains("oraz-nurov role_of turkmenistan"))
    }

    @Test("a dateline's country is not the home of a story that names only other countries: it was filed from a bureau abroad")
    func bureauDateline() {
        let body = "US forces said they had bombed militia depots in eastern Syria. The strikes came at the orders of President Tom Walker."
        #expect(!typed(body, dateline: "BEIRUT", title: "US airstrikes hit militias in Syria").contains("tom-walker role_of lebanon"))
        // A lead that names no country, or names the dateline's, keeps it.
        let home = "A suicide attack outside the courts killed 12 people. Interior Minister Ali Raza condemned it."
        #expect(typed(home, dateline: "ISLAMABAD", title: "Court attack kills 12").contains("ali-raza role_of pakistan"))
    }

    @Test("a place named for a war or an operation is not where the minister is")
    func placeNamingAWar() {
        let body = "Turkey's army is using lessons from the Idlib war in its new Afrin operation, according to Defence Minister Kemal Aydin."
        #expect(typed(body, dateline: nil).contains("kemal-aydin role_of turkey"))
        #expect(!typed("Turkey's army is busy, Defence Minister Kemal Aydin told reporters in Idlib.", dateline: nil)
            .contains("kemal-aydin role_of turkey"))
    }
}
