@testable import EventModel

/// An article in the shape of the seed: a debate about Tajik migrants after the Moscow attack,
/// an ISIS-K claim, acronyms defined in the text, a misspelt country, curly possessives,
/// "Meanwhile" at sentence starts, the CSTO members, a defense minister and "Read more" lines.
enum Fixture {
    static let body = """
    WEB DESK: The deadly assault on the Crocus City concert hall in Moscow, Russia has set off a bitter argument inside Russia about Tajik migrants, many of whom came from Tajikistan to find work.

    Within hours, the Islamic State-Khorasan Province (ISIS-K), a branch of the Islamic State of Iraq and Syria (ISIS), claimed responsibility for the Moscow attack in an online statement.

    The row threatens to damage Moscow’s ties with its close Central Asian ally Tajiskistan just as Russia struggles with sanctions over its war with Ukraine.

    Meanwhile, Tajikistan’s Foreign Ministry warned against spreading rumours about Tajik citizens. Officials in Dushanbe said they would wait for confirmation from Russian investigators.

    Read more: Explainer: What is ISIS-K and why did it target Russia?

    While ISIS-K claimed responsibility for the killings, Tajikistan says it has seen no proof of Tajik involvement.

    The massacre drew condemnation from Kyrgyzstan, Kazakhstan and Uzbekistan, with pledges of support for Russia.

    The Russian Defense Minister Sergei Shoigu warned of the danger posed by extremists, notably ISIS-K. He said Russia must strengthen security across the Central Asian region.

    The Collective Security Treaty Organization (CSTO) is expected to discuss the threat. CSTO is a Russian-led military alliance comprising Tajikistan, Armenia, Kazakhstan, Belarus and Kyrgyzstan.

    Read more: Putin vows punishment as Russia detains Moscow massacre suspects

    Analysts report a rise in ISIS-K militants in Afghanistan, where the group recruits among Tajik speakers.

    Meanwhile, witnesses described poor security at the Moscow venue, where bags went unchecked.

    The probe into the Moscow terror attack continues, and Russian police have detained eleven people.

    You May Also Like
    """

    static let article = TestArticle.make(
        id: "tajik-debate", title: "Row over Tajik suspects strains Russia’s partnerships", body: body)

    static func catalog(knowledge: [KnowledgeBase] = []) -> EntityCatalog {
        EntityCatalog.build(knowledge: knowledge, contributions: [EntityCatalog.contribution(of: article)]).catalog
    }
}
