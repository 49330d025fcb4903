extension EventMerger {
    /// The reports gathered so far for one event.
    struct Cluster {
        var knowledge: KnowledgeEvent?
        var family: EventType?
        var named: String?
        var places: Set<String> = []
        var placeOrder: [String] = []
        var dates: [String] = []
        /// Times the reports give that no date resolves ("on Tuesday" in an undated article), as keys.
        var unresolvedTimes: Set<String> = []
        var participants: Set<String> = []
        /// Whom the reports say it was done to.
        var targets: Set<String> = []
        var sentences: [EventSentence] = []
        /// Articles that report it.
        var articles: Set<String> = []
        /// Articles whose report of it says it is "another" deed than the one they lead with.
        var otherDeedArticles: Set<String> = []
        /// Publication days (day numbers) of the articles whose undated leads report it, for ``outdates(_:)``.
        var undatedLeadDays: [Int] = []

        init(knowledge event: KnowledgeEvent, country: String?) {
            knowledge = event
            family = EventMerger.type(ofName: event.name)?.family
            named = event.id
            for place in [event.place, country].compactMap({ $0 }) { addPlace(place) }
            if let date = event.date { dates.append(date) }
            participants = Set(event.participants)
        }

        init(_ sentence: EventSentence) {
            family = sentence.type.family
            named = sentence.named
            add(sentence)
        }

        /// Whether a report may join this one as its article's next mention of it: always without a place
        /// of its own, or when this one has a place to be compared with; otherwise only a few sentences on.
        func isNear(_ sentence: EventSentence) -> Bool {
            sentence.places.isEmpty || !places.isEmpty || sentences.contains {
                $0.article == sentence.article && abs($0.sentence - sentence.sentence) <= EventExtractor.shareReach
            }
        }

        mutating func addPlace(_ place: String) {
            if places.insert(place).inserted { placeOrder.append(place) }
        }

        mutating func add(_ sentence: EventSentence) {
            sentences.append(sentence)
            articles.insert(sentence.article)
            if sentence.isAnother { otherDeedArticles.insert(sentence.article) }
            if let day = Self.undatedLeadDay(sentence) { undatedLeadDays.append(day) }
            if named == nil { named = sentence.named }
            for place in sentence.places { addPlace(place) }
            if let date = sentence.time?.date { dates.append(date) }
            if let time = sentence.time, time.date == nil { unresolvedTimes.insert(Self.timeKey(time.text)) }
            participants.formUnion(sentence.agents)
            participants.formUnion(sentence.targets)
            targets.formUnion(sentence.targets)
        }

        /// How well a report fits this event; 0 when it does not.
        func score(
            _ sentence: EventSentence, isCountry: (String) -> Bool, isPerson: (String) -> Bool, knowledgeIDs: Set<String>
        ) -> Int {
            if let named, let other = sentence.named {
                if named == other { return 100 }
                // Two curated events are two events; a name discovered in one article may be another's.
                if knowledge != nil && knowledgeIDs.contains(other) { return 0 }
            }
            guard family == sentence.type.family else { return 0 }
            // "In another such incident, ...": within one article, another deed and the one reported stay apart.
            if articles.contains(sentence.article), sentence.isAnother != otherDeedArticles.contains(sentence.article) { return 0 }
            let shared = places.intersection(sentence.places)
            let strongPlace = shared.contains { !isCountry($0) }
            let date = sentence.time?.date
            // Of two events sharing a place with the report, the one at the place nearest its trigger.
            let primary = sentence.place.map { places.contains($0) } ?? false ? 10 : 0
            // A report with a date fits an event reported with none so far as an undated report would.
            let dateFits = date.flatMap { date in dates.isEmpty ? nil : dates.contains { EventMerger.close($0, date) } }
            // "Kirk was shot in the neck", "the shooting of Kirk at the university": a person shot, stabbed or
            // taken is one deed however the reports place it (the campus, its town, the dateline's city).
            let sameVictim = sentence.targets.contains { targets.contains($0) && isPerson($0) }
            switch (dateFits, shared.isEmpty) {
            case (false?, _): return 0
            case (true?, false): return (strongPlace ? 60 : 40) + primary
            case (true?, true):
                let meets = !participants.isDisjoint(with: sentence.agents + sentence.targets)
                if meets && (places.isEmpty || sentence.places.isEmpty) || sameVictim { return 30 }
                // "IS claimed the attack on Monday night" in the article that reported Monday's bombing: "the
                // attack" again, with no place of its own.
                return articles.contains(sentence.article) && sentence.isDefinite && sentence.places.isEmpty ? 10 : 0
            case (nil, _):
                if outdates(sentence) { return 0 }
                // A dated report joins an event reported undated so far only as its article's lead reported it
                // ("ISIS claimed an attack at a mosque in Oman ... The attack on Monday night"); a deed recalled
                // later in a story, undated ("killed in an attack in Tehran"), is not the dated one after it.
                if date != nil, !sentences.contains(where: { $0.article == sentence.article && $0.sentence <= 1 }) { return 0 }
                // ("the October 7, 2023 massacre": a date written with its year is a deed recalled, not the lead's.)
                if date != nil, sentence.time.map({ Self.holdsYear($0.text) }) ?? false { return 0 }
                // Undated: only a shared city or venue, and no date of the event says otherwise.
                if strongPlace { return 20 + primary }
                // A coup is a country's, and rare: one undated report of a coup by or against the same party is the same.
                if family == .coup, !shared.isEmpty || !participants.isDisjoint(with: sentence.agents + sentence.targets) { return 20 }
                // Or the same person it was done to, with no place that says it was elsewhere.
                if sameVictim && sentence.places.allSatisfy({ places.contains($0) || !isCountry($0) }) && date == nil { return 15 }
                // Or "the attack" again in an article that reported it, naming no other city or venue;
                // "an attack on a police station" is another one.
                // A city where the event had none yet ("The explosion tore through Istiklal Street") is its city.
                let cities = sentence.places.filter { !isCountry($0) }
                let fits = cities.allSatisfy(places.contains) || places.allSatisfy(isCountry)
                // "the group's March 3 attack on Pakistan" in a story of a killing in Kabul is another deed.
                let countries = sentence.places.filter(isCountry), known = places.filter(isCountry)
                let elsewhere = !countries.isEmpty && !known.isEmpty && !countries.contains(where: known.contains)
                // "claimed the attacks on Tuesday" is not "the Paris attacks on Nov. 13" the article recalled; a
                // weekday against a weekday is too loose to tell ("accused on Monday", "Sunday's blast").
                let calendar = !unresolvedTimes.isEmpty && unresolvedTimes.allSatisfy { $0.contains(where: \.isNumber) }
                let otherTime = sentence.time.map { $0.date == nil && calendar && !unresolvedTimes.contains(Self.timeKey($0.text)) } ?? false
                // "Bedouins abducted 11 civilians" in a story of an Israeli strike: another kind of deed by another
                // named doer is another deed (``EventExtractor/isOtherDeed(_:than:)``).
                let otherDeed = !sentences.isEmpty && sentences.allSatisfy { EventExtractor.isOtherDeed(sentence, than: $0) }
                return articles.contains(sentence.article) && fits && !elsewhere && !otherTime && !otherDeed && sentence.isDefinite ? 10 : 0
            }
        }

        /// Whether another event can be this one as far as when and where go: no two dates far apart,
        /// no two countries, and neither recalled by an article of the other as another deed.
        func fits(_ other: Cluster, isCountry: (String) -> Bool) -> Bool {
            let datesMeet = dates.isEmpty || other.dates.isEmpty
                || dates.contains { date in other.dates.contains { EventMerger.close($0, date) } }
            let countries = places.filter(isCountry), others = other.places.filter(isCountry)
            let countriesMeet = countries.isEmpty || others.isEmpty || !countries.isDisjoint(with: others)
            return datesMeet && countriesMeet && otherDeedArticles.isDisjoint(with: other.articles)
                && other.otherDeedArticles.isDisjoint(with: articles)
        }

        /// "Five police officers were killed in an attack on camps in Mandera", the lead of a story of
        /// 2018 that gives no date: a deed of about its article's day, not the Mandera attack of 2016 that
        /// another article dated. True when every date this event has is far from the lead's article's.
        /// With no date yet, the leads of its own reports that give no time stand for theirs: two such leads
        /// of articles published more than ``EventMerger/leadDays`` apart report two deeds.
        func outdates(_ sentence: EventSentence) -> Bool {
            guard let published = Self.undatedLeadDay(sentence) else { return false }
            if dates.isEmpty {
                return !undatedLeadDays.isEmpty && undatedLeadDays.allSatisfy { abs($0 - published) > EventMerger.leadDays }
            }
            return !dates.contains { date in
                guard let day = CivilDate(iso: date) else { return sentence.published?.hasPrefix(date) ?? false }
                return (-EventMerger.closeDays...EventExtractor.recalledDays).contains(published - day.dayNumber)
            }
        }

        /// The day number its article was published on, for a lead that gives no date; nil for any other report.
        static func undatedLeadDay(_ sentence: EventSentence) -> Int? {
            guard sentence.time?.date == nil, sentence.sentence < EventExtractor.leadSentences else { return nil }
            return sentence.published.flatMap(CivilDate.init(iso:))?.dayNumber
        }

        /// Whether a time's words hold a year: four digits in a row.
        static func holdsYear(_ text: String) -> Bool {
            var run = 0
            for scalar in text.unicodeScalars {
                run = ("0"..."9").contains(scalar) ? run + 1 : 0
                if run == 4 { return true }
            }
            return false
        }

        /// "on Tuesday", "Tuesday's" and "Tuesday" are one time.
        static func timeKey(_ text: String) -> String {
            var key = TextFolding.key(text)
            for prefix in ["on ", "last ", "this "] where key.hasPrefix(prefix) { key.removeFirst(prefix.count) }
            if key.hasSuffix("'s") { key.removeLast(2) }
            return key
        }

        func event(name: (String) -> String?, isCountry: (String) -> Bool) -> NewsEvent {
            let agents = ranked(sentences.flatMap(\.agents))
            let targets = ranked(sentences.flatMap(\.targets))
            var figures: [EventFigure] = []
            for figure in sentences.flatMap(\.figures) where !figures.contains(where: { EventExtractor.same($0, figure) }) {
                figures.append(figure)
            }
            let ordered = sentences.sorted { ($0.article, $0.sentence) < ($1.article, $1.sentence) }
            if let event = knowledge {
                let curated = event.figures.sorted(by: { $0.key < $1.key }).map { EventFigure(measure: $0.key, value: $0.value) }
                figures = curated + figures.filter { figure in !curated.contains { EventExtractor.same($0, figure) } }
                return NewsEvent(
                    id: event.id, name: event.name, type: EventMerger.type(ofName: event.name), origin: .knowledge, date: event.date,
                    place: event.place, agents: ranked(event.participants + agents), targets: targets, figures: figures,
                    description: event.description, definedAt: event.definedAt, sentences: ordered)
            }
            let type = ranked(sentences.map(\.type)).first ?? family ?? .attack
            let placeCounts = sentences.compactMap(\.place)
            let place = ranked(placeCounts.filter { !isCountry($0) }).first ?? ranked(placeCounts).first
            let date = bestDate()
            if let named = named, let title = name(named) {
                // A name the articles give ("the Kerman bombing") is the event's name and id.
                return NewsEvent(
                    id: named, name: title, type: type, origin: .extracted, date: date,
                    unresolvedTime: date == nil ? sentences.compactMap(\.time).first(where: { $0.date == nil })?.text : nil,
                    place: place, agents: agents, targets: targets, figures: figures, sentences: ordered)
            }
            var title = Self.title(type)
            if let place { title += " in " + (name(place) ?? place) }
            else if let agent = agents.first { title += " by " + (name(agent) ?? agent) }
            else if let target = targets.first {
                let of: Set<EventType> = [.arrest, .trial, .deportation]
                title += (of.contains(type) ? " of " : " against ") + (name(target) ?? target)
            }
            let unresolved = date == nil ? sentences.compactMap(\.time).first(where: { $0.date == nil })?.text : nil
            return NewsEvent(
                id: Slug.make([type.rawValue, place ?? agents.first ?? targets.first ?? "", date ?? ""].joined(separator: " ")),
                name: title, type: type, origin: .extracted, date: date, unresolvedTime: unresolved, place: place,
                agents: agents, targets: targets, figures: figures, sentences: ordered)
        }

        /// The day most reports give (the earliest of a tie), else the month, else the year.
        private func bestDate() -> String? {
            for length in [10, 7, 4] {
                let candidates = dates.filter { $0.count == length }
                if let best = ranked(candidates.sorted()).first { return best }
            }
            return nil
        }

        private static func title(_ type: EventType) -> String {
            switch type {
            case .arrest: return "Arrests"
            case .sanction: return "Sanctions"
            case .deportation: return "Deportations"
            case .protest: return "Protests"
            case .clash: return "Clashes"
            default: return type.rawValue.prefix(1).uppercased() + type.rawValue.dropFirst()
            }
        }
    }
}

/// Most frequent first; ties in order of first appearance.
private func ranked<T: Hashable>(_ values: [T]) -> [T] {
    var counts: [T: Int] = [:]
    var order: [T] = []
    for value in values {
        if counts[value] == nil { order.append(value) }
        counts[value, default: 0] += 1
    }
    return order.enumerated().sorted { (-(counts[$0.element] ?? 0), $0.offset) < (-(counts[$1.element] ?? 0), $1.offset) }.map(\.element)
}
