/// Finds acronym definitions and candidate names in one article. See ``EntityCatalog/contribution(of:)``.
struct CandidateDiscovery {
    private let text: String
    private let words: [Word]
    /// First word of a sentence, a paragraph, or after a colon: its capital says nothing.
    private var initial: [Bool]
    /// Inside a "Read more" title.
    private var inTitle: [Bool]
    /// Inside a "Read more" title written in Title Case, where every word is capitalised.
    private var inTitleCase: [Bool]
    /// Part of a dateline ("WEB DESK:"), never a name.
    private var skip: [Bool]
    /// Capitalised occurrences of a word away from a sentence start, by hash.
    private var elsewhere: [UInt64: Int] = [:]
    private var foldedCache: [UInt64: String] = [:]
    private var commonCache: [UInt64: Bool] = [:]

    private var acronyms: [String: AcronymDefinition] = [:]
    private var acronymOrder: [String] = []
    private var candidates: [String: CandidateName] = [:]
    private var kindVotes: [String: [EntityKind: Int]] = [:]

    init(article: Article) {
        var text = article.text
        text.makeContiguousUTF8()
        self.text = text
        words = WordScanner.scan(text)
        let count = words.count
        initial = [Bool](repeating: false, count: count)
        inTitle = [Bool](repeating: false, count: count)
        inTitleCase = [Bool](repeating: false, count: count)
        skip = [Bool](repeating: false, count: count)
        markStarts(sentences: article.sentences, paragraphs: article.paragraphs)
        markTitles(article.links)
        markDatelines(article.paragraphs)
        for index in words.indices where words[index].isCapitalised && !initial[index] && !inTitleCase[index] {
            elsewhere[words[index].hash, default: 0] += 1
        }
    }

    mutating func run() -> CatalogContribution {
        var index = 0
        while index < words.count {
            guard words[index].isCapitalised, !skip[index] else {
                index += 1
                continue
            }
            let end = runEnd(from: index)
            if inTitleCase[index] {
                for single in index...end where words[single].isCapitalised { process(single, single) }
            } else {
                findAcronym(runStart: index, runEnd: end)
                process(index, end)
            }
            index = end + 1
        }
        let names = candidates.keys.sorted().compactMap { key -> CandidateName? in
            guard var candidate = candidates[key] else { return nil }
            if let votes = kindVotes[key], let best = votes.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) {
                candidate.kind = best.key
            }
            candidate.variants.sort()
            return candidate
        }
        return CatalogContribution(acronyms: acronymOrder.compactMap { acronyms[$0] }, candidates: names)
    }

    // MARK: - Marking positions

    private mutating func markStarts(sentences: [TextSpan], paragraphs: [TextSpan]) {
        for spans in [sentences, paragraphs] {
            var cursor = 0
            for span in spans.sorted() {
                while cursor < words.count && Int(words[cursor].start) < span.start { cursor += 1 }
                if cursor < words.count && Int(words[cursor].start) < span.end { initial[cursor] = true }
            }
        }
        if !words.isEmpty { initial[0] = true }
        for index in words.indices.dropFirst() {
            let gap = words[index - 1].gapAfter
            if gap.contains(.colon) || gap.contains(.stop) || gap.contains(.newline) { initial[index] = true }
            if gap.contains(.period) && words[index - 1].gapCode != .period
                && !Vocabulary.abbreviations.contains(words[index - 1].hash) {
                initial[index] = true
            }
        }
    }

    private mutating func markTitles(_ links: [ReadMoreLink]) {
        for link in links {
            var low = 0, high = words.count
            while low < high {
                let mid = (low + high) / 2
                if Int(words[mid].start) < link.span.start { low = mid + 1 } else { high = mid }
            }
            var inside: [Int] = []
            var index = low
            while index < words.count && Int(words[index].end) <= link.span.end {
                inside.append(index)
                index += 1
            }
            guard let first = inside.first else { continue }
            initial[first] = true
            let capitalised = inside.filter { words[$0].isCapitalised }.count
            let titleCase = inside.count >= 3 && capitalised * 10 >= inside.count * 7
            for index in inside {
                inTitle[index] = true
                inTitleCase[index] = titleCase
            }
        }
    }

    /// "WEB DESK:" or "MOSCOW (Reuters) -" opening a paragraph.
    private mutating func markDatelines(_ paragraphs: [TextSpan]) {
        var cursor = 0
        for span in paragraphs.sorted() {
            while cursor < words.count && Int(words[cursor].start) < span.start { cursor += 1 }
            var end = cursor
            while end < words.count && end < cursor + 4 && words[end].isAllCaps && Int(words[end].start) < span.end {
                if words[end].gapAfter.contains(.colon) {
                    for index in cursor...end { skip[index] = true }
                    break
                }
                if words[end].gapAfter.contains(.openParen), end + 1 < words.count,
                   words[end + 1].gapAfter.contains(.closeParen) {
                    for index in cursor...(end + 1) { skip[index] = true }
                    break
                }
                end += 1
            }
        }
    }

    // MARK: - Runs of capitalised words

    /// The last word of the capitalised run that starts at `start`.
    private func runEnd(from start: Int) -> Int {
        var end = start
        var sawOf = false
        // Names are short; a longer run of capitals is a headline or a shout, cut into pieces.
        while end + 1 < words.count && end - start < 11 {
            let word = words[end], next = words[end + 1]
            if skip[end + 1] || inTitleCase[end + 1] != inTitleCase[start] { break }
            if word.gapCode == .space && !word.gapAfter.contains(.newline) && next.isCapitalised && !initial[end + 1] {
                end += 1
                continue
            }
            if word.gapCode == .periodSpace && Vocabulary.abbreviations.contains(word.hash) && next.isCapitalised {
                end += 1
                continue
            }
            if word.gapCode == .space && !next.isCapitalised && Vocabulary.connectors.contains(next.hash)
                && next.gapCode == .space && end + 2 < words.count && words[end + 2].isCapitalised {
                if next.hash == Vocabulary.and && !sawOf { break }
                if next.hash == Vocabulary.of { sawOf = true }
                end += 2
                continue
            }
            break
        }
        return end
    }

    private mutating func process(_ start: Int, _ end: Int) {
        var first = start
        if processTitle(start, end) { return }
        if processEvent(start, end) { return }
        if processFacility(start, end) { return }
        if isGazetteerName(first, end) { return }
        while first <= end && (isCommon(first) || isNever(first) || isConnector(first)) { first += 1 }
        var last = end
        while last >= first && (isConnector(last) || isNever(last)) { last -= 1 }
        guard first <= last else { return }
        if isGazetteerName(first, last) { return }
        if first == last {
            let word = words[first]
            guard word.letters >= 2 || word.isAllCaps, !isNever(first) else { return }
            let seenElsewhere = elsewhere[word.hash, default: 0] > (initial[first] ? 0 : 1)
            guard !initial[first] || seenElsewhere || inTitle[first] else { return }
            add(written(first, first), kind: guessSingleKind(first))
            return
        }
        let range = first...last
        let meaningful = range.contains { !isCommon($0) && !isConnector($0) && !isGazetteerName($0, $0) }
        guard meaningful || Vocabulary.organisationHeads.contains(words[last].hash) || Vocabulary.placeHeads.contains(words[last].hash) else { return }
        if range.contains(where: { CommonWords.calendar.contains(folded($0)) }) { return }
        add(written(first, last), kind: guessKind(first, last))
    }

    // MARK: - Patterns

    /// "Defense Minister Sergei Shoigu", "President Vladimir Putin", "Mr. Rahmon".
    private mutating func processTitle(_ start: Int, _ end: Int) -> Bool {
        var index = start
        while index <= end {
            guard isTitleWord(index) else {
                index += 1
                continue
            }
            var last = index
            while last + 1 <= end && isTitleWord(last + 1) && !Vocabulary.honorifics.contains(words[last].hash) { last += 1 }
            // The name follows the last core title of the sequence.
            var core = last
            while core >= index && !Vocabulary.coreTitles.contains(words[core].hash) { core -= 1 }
            guard core >= index, core + 1 <= end else { return false }
            var nameEnd = core + 1
            while nameEnd + 1 <= end && nameEnd + 1 < core + 4 && !isCommon(nameEnd + 1) && !isConnector(nameEnd + 1) { nameEnd += 1 }
            let nameStart = core + 1
            guard (nameStart...nameEnd).allSatisfy({ !isCommon($0) && !isConnector($0) && words[$0].letters >= 2 }),
                  !isGazetteerName(nameStart, nameEnd) else { return false }
            if index > start { process(start, index - 1) }
            var roleStart = index
            while roleStart <= core && Vocabulary.honorifics.contains(words[roleStart].hash) { roleStart += 1 }
            let role = roleStart <= core ? written(roleStart, core) : nil
            add(written(nameStart, nameEnd), kind: .person, role: role)
            if nameEnd < end { process(nameEnd + 1, end) }
            return true
        }
        return false
    }

    /// "Moscow terror attack", "Moscow massacre" -> the event "Moscow attack".
    private mutating func processEvent(_ start: Int, _ end: Int) -> Bool {
        var next = end + 1
        guard next < words.count, words[end].gapCode == .space else { return false }
        if Vocabulary.terror.contains(words[next].hash) && words[next].gapCode == .space && next + 1 < words.count { next += 1 }
        let noun = words[next].hash
        let isAttack = Vocabulary.attackNouns.contains(noun)
        guard isAttack || Vocabulary.bombingNouns.contains(noun) else { return false }
        // The place is the longest tail of the run that names a city, region or venue.
        for placeStart in max(start, end - 5)...end {
            let key = TextFolding.key(written(placeStart, end))
            let place: String
            if let known = Gazetteer.name(forKey: key), known.kind == .place, !known.isDemonym,
               let entity = Gazetteer.entity(id: known.id) {
                place = entity.name
            } else if placeStart < end, Vocabulary.placeHeads.contains(words[end].hash), !isCommon(placeStart) {
                place = written(placeStart, end)
                add(place, kind: .place)
            } else {
                continue
            }
            if placeStart > start { process(start, placeStart - 1) }
            add("\(place) \(isAttack ? "attack" : "bombing")", kind: .event, variant: written(placeStart, next))
            return true
        }
        return false
    }

    /// "Crocus City concert hall" -> "Crocus City Hall"; never "Moscow theater".
    private mutating func processFacility(_ start: Int, _ end: Int) -> Bool {
        var next = end + 1
        guard next < words.count, words[end].gapCode == .space, words[next].isLowercase else { return false }
        if Vocabulary.facilityQualifiers.contains(words[next].hash), words[next].gapCode == .space,
           next + 1 < words.count, words[next + 1].isLowercase {
            next += 1
        }
        guard Vocabulary.facilityNouns.contains(words[next].hash) else { return false }
        var first = start
        while first <= end && (isCommon(first) || isConnector(first)) && !isGazetteerName(first, end) { first += 1 }
        guard first <= end, !isGazetteerName(first, end) else { return false }
        let noun = written(next, next)
        let name = written(first, end) + " " + noun.prefix(1).uppercased() + noun.dropFirst()
        add(name, kind: .place, variant: written(first, next))
        return true
    }

    /// "Islamic State-Khorasan Province (ISIS-K)", and "CSTO (Collective Security Treaty Organization)".
    private mutating func findAcronym(runStart: Int, runEnd: Int) {
        guard words[runEnd].gapAfter.contains(.openParen), !words[runEnd].gapAfter.contains(.closeParen),
              runEnd + 1 < words.count else { return }
        let inner = runEnd + 1
        var innerEnd = inner
        while innerEnd < words.count && !words[innerEnd].gapAfter.contains(.closeParen) {
            guard words[innerEnd].gapAfter.isSubset(of: [.hyphen]) || words[innerEnd].gapCode == .space, innerEnd < inner + 8 else { return }
            innerEnd += 1
        }
        guard innerEnd < words.count else { return }
        // "The Collective ... (CSTO)" loses its "The"; "Islamic State ... (IS)" keeps its first word.
        var first = runStart
        while first <= runEnd && isCommon(first) && !words[first].isAllCaps && firstLetter(first) != firstLetter(inner) { first += 1 }
        guard first <= runEnd else { return }
        if words[inner].isAllCaps && (inner...innerEnd).allSatisfy({ !words[$0].shape.contains(.hasLower) }) {
            guard let start = expansionStart(first, runEnd, letter: firstLetter(inner)) else { return }
            record(acronym: written(inner, innerEnd), expansion: written(start, runEnd))
        } else if first == runEnd, words[first].isAllCaps, words[inner].isCapitalised, innerEnd > inner,
                  firstLetter(inner) == firstLetter(first) {
            record(acronym: written(first, first), expansion: written(inner, innerEnd))
        }
    }

    private func expansionStart(_ start: Int, _ end: Int, letter: UInt32) -> Int? {
        guard end > start else { return nil }
        for index in start..<end where firstLetter(index) == letter && !isConnector(index) { return index }
        return nil
    }

    private mutating func record(acronym: String, expansion: String) {
        let key = acronym + "|" + expansion
        if acronyms[key] == nil {
            acronyms[key] = AcronymDefinition(acronym: acronym, expansion: expansion, count: 0)
            acronymOrder.append(key)
        }
        acronyms[key]?.count += 1
    }

    // MARK: - Kinds

    private func guessSingleKind(_ index: Int) -> EntityKind {
        if words[index].isAllCaps { return .organisation }
        if index + 1 < words.count, Vocabulary.speechVerbs.contains(words[index + 1].hash),
           !words[index].gapAfter.contains(.comma) {
            return .person
        }
        if index > 0, words[index - 1].isLowercase, Vocabulary.placePrepositions.contains(words[index - 1].hash) {
            return .place
        }
        return .other
    }

    private mutating func guessKind(_ start: Int, _ end: Int) -> EntityKind {
        var head = end
        for index in start...end where isConnector(index) && index > start {
            head = index - 1
            break
        }
        let hash = words[head].hash
        if Vocabulary.organisationHeads.contains(hash) { return .organisation }
        if Vocabulary.placeHeads.contains(hash) { return .place }
        if Vocabulary.eventHeads.contains(hash) { return .event }
        let count = end - start + 1
        if count <= 3, (start...end).allSatisfy({ !isCommon($0) && !isConnector($0) && !isGazetteerName($0, $0) && !words[$0].isAllCaps }) {
            return .person
        }
        return .other
    }

    // MARK: - Words

    private mutating func add(_ name: String, kind: EntityKind, role: String? = nil, variant: String? = nil) {
        let key = TextFolding.key(name)
        guard !key.isEmpty, !CommonWords.neverEntities.contains(key) else { return }
        if candidates[key] == nil {
            candidates[key] = CandidateName(name: name, key: key, kind: kind, count: 0, variants: [], role: role)
        }
        candidates[key]?.count += 1
        if candidates[key]?.role == nil, let role { candidates[key]?.role = role }
        if let variant, TextFolding.key(variant) != key, candidates[key]?.variants.contains(variant) == false {
            candidates[key]?.variants.append(variant)
        }
        kindVotes[key, default: [:]][kind, default: 0] += 1
    }

    private func written(_ start: Int, _ end: Int) -> String {
        WordScanner.slice(text, utf8: words[start].utf8Start, words[end].utf8End)
    }

    private mutating func folded(_ index: Int) -> String {
        let hash = words[index].hash
        if let cached = foldedCache[hash] { return cached }
        let key = TextFolding.key(written(index, index))
        foldedCache[hash] = key
        return key
    }

    private mutating func isCommon(_ index: Int) -> Bool {
        let hash = words[index].hash
        if let cached = commonCache[hash] { return cached }
        let common = CommonWords.contains(folded(index))
        commonCache[hash] = common
        return common
    }

    private mutating func isNever(_ index: Int) -> Bool {
        let key = folded(index)
        return CommonWords.neverEntities.contains(key) || CommonWords.calendar.contains(key)
    }

    private func isConnector(_ index: Int) -> Bool {
        words[index].isLowercase && Vocabulary.connectors.contains(words[index].hash)
    }

    private func isTitleWord(_ index: Int) -> Bool {
        let hash = words[index].hash
        return words[index].isCapitalised && (Vocabulary.coreTitles.contains(hash) || Vocabulary.titleModifiers.contains(hash))
    }

    private func isGazetteerName(_ start: Int, _ end: Int) -> Bool {
        Gazetteer.name(forKey: TextFolding.key(written(start, end))) != nil
    }

    private func firstLetter(_ index: Int) -> UInt32 {
        let word = written(index, index)
        return word.unicodeScalars.first.map { TextFolding.fold($0.value) } ?? 0
    }
}
