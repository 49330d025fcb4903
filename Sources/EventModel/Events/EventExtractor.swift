/// Reads event frames from an article's sentences: what happened (a trigger word such as
/// "bombing" or "detained"), where, when, who did it, to whom, and the figures reported.
///
///     let sentences = EventExtractor.sentences(in: article, mentions: mentions, catalog: catalog)
///     sentences.first?.type    // .attack
///     sentences.first?.place   // "moscow"
///
/// One frame per event type family and sentence. A sentence that names no place, time, named
/// event or participant of its own takes them from the article's previous frame of that family
/// ("the attack" after "the attack in Moscow"); one left with none of them and no figure is
/// dropped, since it says nothing a reader could place. A page's subheading ("Attack details and
/// timeline") reports nothing. Linear in the article's words.
public enum EventExtractor {
    /// The article's event frames, in sentence order.
    ///
    /// - parameters:
    ///   - mentions: the article's mentions in text order, as ``EntityLinker/mentions(in:)`` gives them.
    ///   - catalog: the catalog they come from, for entity kinds and a place's country.
    public static func sentences(in article: Article, mentions: [Mention], catalog: EntityCatalog) -> [EventSentence] {
        sentences(in: article, mentions: mentions, catalog: catalog, scanned: nil)
    }

    static func sentences(
        in article: Article, mentions: [Mention], catalog: EntityCatalog, scanned: (text: String, words: [Word])?
    ) -> [EventSentence] {
        let scan = EventScan(article: article, mentions: mentions, catalog: catalog, scanned: scanned)
        let times = EventTimeReader(scan: scan)
        let figures = EventFigureReader(scan: scan)
        var frames: [EventSentence] = []
        var lastByFamily: [EventType: Int] = [:]
        var firstByFamily: [EventType: Int] = [:]
        /// "the attack" is the one just named, in this sentence or the one before; further on, the
        /// article's main one, which it names first. Another event named by its name just before ("had
        /// helped plan the Paris attack") is background: "the attacks" after it are still the main one.
        func antecedent(_ family: EventType, sentence: Int) -> Int? {
            if let last = lastByFamily[family], frames[last].sentence >= sentence - 1 {
                guard let first = firstByFamily[family], let named = frames[last].named, named != frames[first].named else { return last }
                return first
            }
            return firstByFamily[family]
        }
        let paragraphStarts = Set(article.paragraphs.map(\.start))
        for (sentence, range) in scan.sentenceRanges() {
            // A "Read more" line is another article's title, not this article's report.
            let span = article.sentences[sentence]
            if article.links.contains(where: { $0.span.overlaps(span) }) { continue }
            if isSubheading(range, scan: scan, opensParagraph: paragraphStarts.contains(span.start)) { continue }
            let reader = EventSentenceReader(scan: scan, range: range)
            let triggers = reader.triggers()
            let framesBefore = frames.count
            // "X, the gunman who ...": laid on the attack this sentence reports, else on the one reported before.
            defer {
                if let laid = reader.attribution() {
                    attribute(laid, in: &frames, from: framesBefore, sentence: sentence, span: span,
                              word: scan.span(of: laid.word), previous: antecedent(.attack, sentence: sentence))
                }
            }
            // Most sentences report nothing: no trigger, and no number a figure could be. Their times
            // would serve nothing, and reading them was a quarter of the extractor's time.
            if triggers.isEmpty && !figures.holdsNumber(range) { continue }
            let sentenceTimes = times.times(in: range)
            let found = figures.figures(in: range, times: sentenceTimes)
            if triggers.isEmpty {
                // "In another such incident, four guards were killed": a figure of some other deed.
                if reader.namesOtherDeed() { continue }
                // A figure alone ("The death toll rose to 143.") reports on the event it follows: the
                // sentence joins that event's sentences, its number as the trigger, so the figure has its source.
                for (figure, number) in found {
                    let family: EventType = figure.measure == "arrested" ? .arrest : .attack
                    guard let previous = antecedent(family, sentence: sentence) else { continue }
                    var frame = followUp(of: frames[previous], sentence: sentence, span: span, trigger: number)
                    frame.figures = [figure]
                    if frames.last?.sentence == sentence && frames.last?.type.family == family {
                        if !frames[frames.count - 1].figures.contains(where: { same($0, figure) }) { frames[frames.count - 1].figures.append(figure) }
                    } else {
                        frames.append(frame)
                    }
                }
                continue
            }
            let sentenceText = ""  // filled in one pass at the end
            // "the attacks, which came after an assault at a hall that claimed more than 140 lives": of the deeds
            // its measure fits, a figure counts the one named last before it (by its first word; nil: none fits).
            let owners: [Int?] = found.map { figure, at in
                let fitting = triggers.filter { fits(figure, $0.type.family) }
                return (fitting.last { scan.span(of: $0.first).start <= at.start } ?? fitting.first)?.first
            }
            for trigger in triggers {
                // "reminiscent of a similar assault on a hotel in Bamako": another deed, named to compare; "in
                // response to the X attack": the deed answered, whose report here would join it to the answer.
                if reader.isCompared(trigger) || reader.isAnswered(trigger) { continue }
                var frame = reader.frame(for: trigger, sentence: sentence, span: span, text: sentenceText, times: sentenceTimes)
                let compared = reader.comparedDeed(after: trigger).map { scan.span(of: $0).start } ?? Int.max
                for ((figure, at), owner) in zip(found, owners) where at.start < compared && owner == trigger.first
                    && !frame.figures.contains(where: { same($0, figure) }) {
                    frame.figures.append(figure)
                }
                if trigger.isGeneral && (frame.place == nil || frame.time == nil) { continue }
                if trigger.isOwnedPlural && frame.place == nil && frame.time == nil { continue }
                // "The attack", or a verb ("gunmen opened fire"), goes on with the attack reported before;
                // "a 30-hour attack on a hotel" is another one.
                // "In another such incident, gunmen stormed ...": another deed, whatever its trigger.
                let another = EventWords.saysAnotherDeed(range.lowerBound..<trigger.first, hash: scan.hash)
                if !another, trigger.isVerb || !reader.isIndefinite(trigger), let previous = antecedent(frame.type.family, sentence: sentence),
                   !Self.isOtherDeed(frame, than: frames[previous]) {
                    inherit(&frame, from: frames[previous])
                }
                // "X condemned the attack", "Police blamed X for the attack": who it is laid on or condemned
                // by makes it an event as much as its place or its time; so does its toll ("A suicide attack
                // outside the courts killed 12 people": a dateline or the next sentence says where).
                guard frame.place != nil || frame.named != nil || frame.time != nil || !frame.agents.isEmpty || !frame.targets.isEmpty
                    || !frame.blamed.isEmpty || !frame.condemners.isEmpty || !frame.figures.isEmpty
                else { continue }
                lastByFamily[frame.type.family] = frames.count
                if firstByFamily[frame.type.family] == nil { firstByFamily[frame.type.family] = frames.count }
                frames.append(frame)
            }
        }
        shareBackwards(&frames, articleDate: article.date.flatMap { CivilDate(iso: String($0.prefix(10))) }, catalog: catalog)
        if let dateline = article.dateline.flatMap(catalog.datelinePlace) {
            let country = catalog.country(ofPlace: dateline.id)
            // "BANGKOK: A Myanmar army jet bombed a farming village": a lead that names another country
            // than the dateline's by its name was filed from a bureau abroad ("an Afghan asylum seeker" in a
            // Munich story says where someone is from, not where the story is).
            var abroad = Set<Int>()
            for mention in mentions.prefix(while: { $0.sentence < Self.leadSentences }) where catalog.kind(of: mention.entity) == .country
                && mention.entity != country && mention.entity != dateline.id
                && Gazetteer.name(forKey: TextFolding.key(mention.text))?.isDemonym != true {
                abroad.insert(mention.sentence)
            }
            for frame in frames where frame.agents.contains(where: { catalog.kind(of: $0) == .country && $0 != country }) {
                abroad.insert(frame.sentence)
            }
            placeLead(&frames, at: dateline.id, country: country, skipping: abroad)
        }
        fillTexts(&frames, text: article.text)
        if let date = article.date.flatMap({ CivilDate(iso: String($0.prefix(10))) }) {
            for index in frames.indices { frames[index].published = date.iso }
        }
        return frames
    }

    /// "Attack details and timeline", "“Nord Stream” explosions": a short paragraph of its own with no stop
    /// at its end is a page's subheading, which names what the prose reports, not another deed.
    private static func isSubheading(_ range: Range<Int>, scan: EventScan, opensParagraph: Bool) -> Bool {
        guard opensParagraph, range.count <= 10, let last = range.last else { return false }
        let gap = scan.words[last].gapAfter
        return gap.isDisjoint(with: [.period, .stop, .colon, .comma]) && (gap.contains(.newline) || last + 1 == scan.words.count)
    }

    /// Who a sentence lays the deed on or says claimed it: added to its own attack frames, or, when it has
    /// none, to the attack reported before, in a frame of this sentence with the word that says so as its trigger.
    private static func attribute(
        _ laid: EventSentenceReader.Attribution, in frames: inout [EventSentence], from first: Int, sentence: Int, span: TextSpan,
        word: TextSpan, previous: Int?
    ) {
        func add(to frame: inout EventSentence) {
            for blame in laid.blamed where !frame.blamed.contains(where: { $0.accused == blame.accused }) && !frame.claimants.contains(blame.accused) {
                frame.blamed.append(blame)
            }
            for claimant in laid.claimants where !frame.claimants.contains(claimant) { frame.claimants.append(claimant) }
        }
        let own = (first..<frames.count).filter { frames[$0].type.family == .attack }
        if !own.isEmpty {
            for index in own { add(to: &frames[index]) }
            return
        }
        guard let previous else { return }
        var frame = followUp(of: frames[previous], sentence: sentence, span: span, trigger: word)
        add(to: &frame)
        frames.append(frame)
    }

    /// A sentence that reports on an event named before it: the event's place, name and time, none of its
    /// participants or figures, and this sentence as the source.
    private static func followUp(of previous: EventSentence, sentence: Int, span: TextSpan, trigger: TextSpan) -> EventSentence {
        var frame = previous
        frame.sentence = sentence
        frame.span = span
        frame.text = ""
        frame.trigger = trigger
        frame.agents = []
        frame.targets = []
        frame.claimants = []
        frame.condemners = []
        frame.blamed = []
        frame.figures = []
        return frame
    }

    /// Each frame's sentence, cut from the text in one pass over its scalars: cutting each by offset from
    /// the start would make an article with many events quadratic in its length.
    private static func fillTexts(_ frames: inout [EventSentence], text: String) {
        guard !frames.isEmpty else { return }
        let order = frames.indices.sorted { frames[$0].span.start < frames[$1].span.start }
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var offset = 0
        for position in order {
            let span = frames[position].span
            while offset < span.start && index < scalars.endIndex { index = scalars.index(after: index); offset += 1 }
            var end = index
            var endOffset = offset
            while endOffset < span.end && end < scalars.endIndex { end = scalars.index(after: end); endOffset += 1 }
            frames[position].text = String(scalars[index..<end])
        }
    }

    /// "Friday's blast ... the explosion in Peshawar": an earlier frame with no place of its own is the
    /// next frame of its family, when their times do not disagree; the later one takes its time.
    private static func shareBackwards(_ frames: inout [EventSentence], articleDate: CivilDate?, catalog: EntityCatalog) {
        var next: [EventType: Int] = [:]
        for index in frames.indices.reversed() {
            let family = frames[index].type.family
            defer { next[family] = index }
            // Only from a sentence close after: "the network responsible for the Bali attacks", seven sentences
            // on, names another deed than "the attacks" at the top of the story.
            guard let later = next[family], frames[index].place == nil, frames[index].named == nil,
                  frames[later].place != nil || frames[later].named != nil,
                  frames[later].sentence - frames[index].sentence <= Self.shareReach,
                  // "Indonesia's deadliest attack occurred in 2002, in Bali": a year marks a past deed.
                  frames[index].time != nil || !Self.namesYear(frames[later].time) else { continue }
            guard compatible(frames[index].time, frames[later].time) else { continue }
            // "JNIM claimed an attack in Benin ... In Borno, Boko Haram fighters killed": other doers, another deed.
            let doers = frames[index].agents.filter { catalog.kind(of: $0) != .country }
            let laterDoers = frames[later].agents.filter { catalog.kind(of: $0) != .country }
            if !doers.isEmpty, !laterDoers.isEmpty, Set(doers).isDisjoint(with: laterDoers) { continue }
            // "responsible for the attack on October 7, 2023" in a story of a year later is a deed recalled,
            // not the one the next sentences place ("killed in an explosion in Tehran").
            if let articleDate, let day = frames[index].time?.date.flatMap(CivilDate.init(iso:)),
               articleDate.dayNumber - day.dayNumber > Self.recalledDays { continue }
            frames[index].place = frames[later].place
            frames[index].places = frames[later].places
            frames[index].named = frames[later].named
            if frames[later].time == nil { frames[later].time = frames[index].time }
        }
    }

    /// "ISLAMABAD – A suicide attack outside the courts killed 12 people": a deed the lead reports with no
    /// place of its own happened where the dateline says the story was filed.
    private static func placeLead(_ frames: inout [EventSentence], at place: String, country: String?, skipping abroad: Set<Int>) {
        for index in frames.indices where frames[index].sentence < Self.leadSentences && frames[index].place == nil
            && frames[index].named == nil && !namesYear(frames[index].time) && !abroad.contains(frames[index].sentence) {
            frames[index].place = place
            frames[index].places = [place] + (country.map { [$0] } ?? [])
        }
    }

    /// Whether a time is written with a year: "in 2002", "March 2010".
    static func namesYear(_ time: EventTime?) -> Bool {
        guard let text = time?.text else { return false }
        return text.split(whereSeparator: { !$0.isNumber }).contains { $0.count == 4 }
    }

    /// How many days before its article's date a deed is one the article recalls, not reports.
    static let recalledDays = 30

    /// The sentences of an article's lead, which a dateline places.
    static let leadSentences = 2

    /// How many sentences on a place may be shared back to an attack reported without one.
    static let shareReach = 3

    /// "Israeli jets struck Damascus. ... Bedouins have abducted 11 civilians": another kind of deed by another
    /// named doer is another deed, not the one reported before going on.
    static func isOtherDeed(_ frame: EventSentence, than previous: EventSentence) -> Bool {
        frame.type != previous.type && !frame.agents.isEmpty && !previous.agents.isEmpty
            && Set(frame.agents).isDisjoint(with: previous.agents)
    }

    /// Whether two times may be one event's: resolved days must be equal, and in an undated article a
    /// calendar day ("a February 21 attack") is another event than one written otherwise ("Friday's
    /// attacks"). Two weekdays may be one event's: "claimed on Saturday the shooting on Friday".
    private static func compatible(_ mine: EventTime?, _ theirs: EventTime?) -> Bool {
        guard let mine, let theirs else { return true }
        if let day = mine.date, let other = theirs.date { return day == other }
        if mine.date != nil || theirs.date != nil { return true }
        let calendar = mine.text.contains(where: \.isNumber), other = theirs.text.contains(where: \.isNumber)
        return !calendar && !other || calendar && other && mine.text == theirs.text
    }

    /// "Four" and "four" are one figure.
    static func same(_ a: EventFigure, _ b: EventFigure) -> Bool {
        a.measure == b.measure && a.value.lowercased() == b.value.lowercased()
    }

    /// Deaths and injuries belong to an attack, arrests to arrests.
    private static func fits(_ figure: EventFigure, _ family: EventType) -> Bool {
        switch family {
        case .attack, .clash: return figure.measure != "arrested"
        case .arrest: return figure.measure == "arrested"
        default: return false
        }
    }

    /// "the attack" with no place of its own is the article's previous attack: its place, named
    /// event and time carry over. A frame with a place of its own is another event and keeps its own.
    private static func inherit(_ frame: inout EventSentence, from previous: EventSentence) {
        // A frame with a time of its own ("attacked ... in 2022") is another event, even without a place.
        if frame.named == nil && frame.place == nil && frame.time == nil {
            frame.named = previous.named
            frame.place = previous.place
            frame.places = previous.places
            if frame.time == nil { frame.time = previous.time }
        } else if frame.named != nil && frame.named == previous.named && frame.place == nil {
            frame.place = previous.place
            frame.places = previous.places
        }
    }
}
