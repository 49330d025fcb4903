/// Joins the event sentences of a whole corpus into events, and sets them beside the knowledge
/// files' events: the same event reported by several articles becomes one event with a sentence
/// from each.
///
/// Two reports are one event when they name the same event ("the Crocus City Hall attack"), or
/// when their types are of one family and their dates are within ``closeDays`` of each other and
/// their places meet (the same city, or the same country); or, undated, when they give the same
/// city or venue. Reports are read in the order given (articles by path), so the result does not
/// depend on how the corpus was loaded.
public enum EventMerger {
    /// Days apart that two dated reports may be and still be one event.
    public static let closeDays = 3
    /// Days apart that two articles may be published and their leads, giving no time, still report one deed.
    static let leadDays = 7

    /// - parameters:
    ///   - knowledge: the knowledge files' events, each an event of origin `.knowledge`.
    ///   - sentences: every article's event sentences, articles in path order.
    ///   - name: an entity's name by id, for naming extracted events ("Attack in Moscow").
    ///   - isCountry: whether an entity id is a country, so that "in Russia" is a weaker match than "in Moscow".
    ///   - isPerson: whether an entity id is a person: one person shot or arrested in two reports is one deed.
    ///   - within: the places the corpus says a place is in (its typed `located_in` ties), beyond what the
    ///     gazetteer knows: a report "at Ramot Junction" and one "in Jerusalem" meet when an article says
    ///     the junction is in Jerusalem.
    /// - returns: knowledge and extracted events, dated ones oldest first, then undated ones by name.
    public static func merge(
        knowledge: [KnowledgeEvent], sentences: [EventSentence], name: (String) -> String?, isCountry: (String) -> Bool,
        isPerson: (String) -> Bool, within: (String) -> [String] = { _ in [] }
    ) -> [NewsEvent] {
        var clusters: [Cluster] = []
        var byNamed: [String: Int] = [:]
        var byPlace: [String: [Int]] = [:]
        var byParticipant: [String: [Int]] = [:]
        var byArticle: [String: [Int]] = [:]
        func index(_ position: Int) {
            let cluster = clusters[position]
            for article in cluster.articles where byArticle[article]?.last != position { byArticle[article, default: []].append(position) }
            if let named = cluster.named, byNamed[named] == nil { byNamed[named] = position }
            for place in cluster.places where byPlace[place]?.last != position { byPlace[place, default: []].append(position) }
            for id in cluster.participants where byParticipant[id]?.last != position { byParticipant[id, default: []].append(position) }
        }
        let knowledgeIDs = Set(knowledge.map(\.id))
        for event in knowledge {
            clusters.append(Cluster(knowledge: event, country: event.place.flatMap(Gazetteer.country(ofPlace:))))
            index(clusters.count - 1)
        }
        for var sentence in sentences {
            for place in sentence.places where !isCountry(place) {
                for container in within(place) where !sentence.places.contains(container) { sentence.places.append(container) }
            }
            var candidates: [Int] = []
            if let named = sentence.named, let position = byNamed[named] {
                candidates = [position]
            } else {
                for place in sentence.places { candidates += byPlace[place] ?? [] }
                for id in sentence.agents + sentence.targets { candidates += byParticipant[id] ?? [] }
                // "the attack" again, with no place or party of its own: what its article reported before.
                // A place of its own joins a report without one only from close by: "the network behind the
                // Bali bombings", sentences after "the attacks" were claimed, names another deed.
                if sentence.isDefinite {
                    candidates += (byArticle[sentence.article] ?? []).filter { clusters[$0].isNear(sentence) }
                }
            }
            var best: (position: Int, score: Int)?
            // "the strikes" that two of its article's events fit equally is the one its article named with that
            // word ("carried out strikes on ..."), not whichever another article happened to report first.
            // (The word is read only when two events tie, which few reports meet.)
            var word: String?
            func namedSo(_ position: Int) -> Bool {
                if word == nil { word = sentence.triggerWord }
                return clusters[position].sentences.contains { $0.article == sentence.article && $0.sentence != sentence.sentence && $0.triggerWord == word }
            }
            for position in Set(candidates).sorted() {
                let score = clusters[position].score(sentence, isCountry: isCountry, isPerson: isPerson, knowledgeIDs: knowledgeIDs)
                if score > 0 && score > (best?.score ?? 0) {
                    best = (position, score)
                } else if let current = best, score == current.score, sentence.isDefinite, namedSo(position), !namedSo(current.position) {
                    best = (position, score)
                } else if let current = best, score == current.score, sentence.isDefinite,
                          clusters[position].articles.contains(sentence.article), !clusters[current.position].articles.contains(sentence.article) {
                    // "the attack killed 17" that fits two events equally is the one its own article reported.
                    best = (position, score)
                }
            }
            if let best {
                clusters[best.position].add(sentence)
                index(best.position)
            } else {
                clusters.append(Cluster(sentence))
                index(clusters.count - 1)
            }
        }
        // An undated report read before the dated ones it belongs with: it joins the one dated event of
        // its family at its city or venue, when there is exactly one.
        var absorbed = Set<Int>()
        for position in clusters.indices where clusters[position].knowledge == nil && clusters[position].dates.isEmpty {
            let cluster = clusters[position]
            let cities = cluster.places.filter { !isCountry($0) }
            var hosts = Set<Int>()
            for place in cities {
                // ("In another such incident, ... on July 2": a dated deed its own article calls another takes none of its reports.)
                for host in byPlace[place] ?? [] where host != position && !absorbed.contains(host)
                    && clusters[host].family == cluster.family && (clusters[host].knowledge != nil || !clusters[host].dates.isEmpty)
                    && clusters[host].otherDeedArticles.isDisjoint(with: cluster.articles)
                    && !cluster.sentences.contains(where: clusters[host].outdates)
                    // ("... bombed a park in Quetta on Sunday. In March 2015, 21 were killed at a church in Quetta": a
                    // deed its own article dates with a year is one it recalls, not the one it reports undated.)
                    && !clusters[host].sentences.contains(where: {
                        cluster.articles.contains($0.article) && $0.time.map { Cluster.holdsYear($0.text) } ?? false
                    }) {
                    hosts.insert(host)
                }
            }
            guard hosts.count == 1, let host = hosts.first else { continue }
            for sentence in cluster.sentences { clusters[host].add(sentence) }
            absorbed.insert(position)
        }
        // One person shot, arrested or tried, in reports the first pass kept apart (one that named no one
        // came first, and took the later ones of its article): the later event joins the first.
        // (Each person's events are looked up by the person: the pass stays linear in the corpus.)
        var byVictim: [String: [Int]] = [:]
        for position in clusters.indices where !absorbed.contains(position) && clusters[position].knowledge == nil {
            let cluster = clusters[position]
            let victims = cluster.targets.filter(isPerson).sorted()
            let earlier = Set(victims.flatMap { byVictim[$0] ?? [] }).sorted()
            if let host = earlier.first(where: { other in
                !absorbed.contains(other) && clusters[other].family == cluster.family && clusters[other].fits(cluster, isCountry: isCountry)
            }) {
                for sentence in cluster.sentences { clusters[host].add(sentence) }
                absorbed.insert(position)
                for victim in victims where byVictim[victim]?.contains(host) != true { byVictim[victim, default: []].append(host) }
                continue
            }
            for victim in victims { byVictim[victim, default: []].append(position) }
        }
        var events = clusters.indices.filter { !absorbed.contains($0) }.map { clusters[$0].event(name: name, isCountry: isCountry) }
        var used = Set(knowledge.map(\.id))
        for position in events.indices where events[position].origin == .extracted {
            var id = events[position].id
            var suffix = 2
            while used.contains(id) { id = events[position].id + "-\(suffix)"; suffix += 1 }
            used.insert(id)
            events[position].id = id
        }
        return events.enumerated().sorted { a, b in
            switch (a.element.date, b.element.date) {
            case let (x?, y?) where x != y: return x < y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return (a.element.date == nil ? a.element.name : "", a.offset) < (b.element.date == nil ? b.element.name : "", b.offset)
            }
        }.map(\.element)
    }

    /// The places each place is said to be in by `relations`' typed `located_in` ties (co-occurrence says
    /// nothing of where a place is), for ``merge(knowledge:sentences:name:isCountry:isPerson:within:)``.
    public static func containers(_ relations: [Relation]) -> [String: [String]] {
        var out: [String: [String]] = [:]
        for relation in relations where relation.predicate == .locatedIn && relation.origin != .cooccurrence
            && out[relation.subject]?.contains(relation.object) != true {
            out[relation.subject, default: []].append(relation.object)
        }
        return out
    }

    /// The type a knowledge event's name gives: "Crocus City Hall attack" is an attack.
    static func type(ofName name: String) -> EventType? {
        let words = name.split(whereSeparator: { !$0.isLetter }).map { TextFolding.wordHash(String($0)) }
        for (index, word) in words.enumerated() {
            // "detention centre hostage-taking" is not an arrest.
            if index + 1 < words.count && EventSentenceReader.nounCompounds.contains(words[index + 1]) { continue }
            if let trigger = EventWords.triggers[word] { return trigger.type }
        }
        return nil
    }

    /// Whether two ISO dates (day, month or year) can be one event's: within ``closeDays`` days, or
    /// one containing the other ("2024-03" and "2024-03-22").
    static func close(_ a: String, _ b: String) -> Bool {
        if let x = CivilDate(iso: a), let y = CivilDate(iso: b) { return abs(x.dayNumber - y.dayNumber) <= closeDays }
        return a.hasPrefix(b) || b.hasPrefix(a)
    }
}
