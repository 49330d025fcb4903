/// Word-level questions discovery asks: common, never a name, a title, a gazetteer name.
extension CandidateDiscovery {
    // MARK: - Words

    mutating func add(_ name: String, kind: EntityKind, role: String? = nil, variant: String? = nil) {
        let key = TextFolding.key(name)
        guard !key.isEmpty, !CommonWords.neverEntities.contains(key), !CommonWords.feasts.contains(key),
              !CommonWords.faiths.contains(key) else { return }
        // One look-up of the key, then the candidate changed in place: each look-up hashes the whole name.
        let index: Dictionary<String, CandidateName>.Index
        if let found = candidates.index(forKey: key) {
            index = found
        } else {
            candidates[key] = CandidateName(name: name, key: key, kind: kind, count: 0, variants: [], role: role)
            index = candidates.index(forKey: key)!
        }
        candidates.values[index].count += 1
        if candidates.values[index].role == nil, let role { candidates.values[index].role = role }
        if let variant, TextFolding.key(variant) != key, !candidates.values[index].variants.contains(variant) {
            candidates.values[index].variants.append(variant)
        }
        kindVotes[key, default: [:]][kind, default: 0] += 1
    }

    func written(_ start: Int, _ end: Int) -> String {
        WordScanner.slice(text, utf8: words[start].utf8Start, words[end].utf8End)
    }

    mutating func folded(_ index: Int) -> String {
        let hash = words[index].hash
        if let cached = foldedCache[hash] { return cached }
        let key = TextFolding.key(written(index, index))
        foldedCache[hash] = key
        return key
    }

    /// "North", "East", "Lower": the first word of a region's name ("North Sinai", "East Java", "Lower Saxony").
    static let compassWords = Vocabulary.hashes("north south east west upper lower middle central")

    mutating func isCommon(_ index: Int) -> Bool {
        let hash = words[index].hash
        if let cached = commonCache[hash] { return cached }
        let common = CommonWords.contains(folded(index))
        commonCache[hash] = common
        return common
    }

    /// "Welcoming Shavkat Mirziyoyev, ...": a participle opening a sentence before a name is no part of it.
    /// ("Mohammed Al-Zubaidi, a tribal elder,": a first name ending in "-ed" is no participle of an English verb.)
    mutating func isOpeningVerb(_ index: Int, runEnd: Int) -> Bool {
        guard initial[index], index < runEnd, elsewhere[words[index].hash, default: 0] == 0 else { return false }
        let word = folded(index)
        return word.count > 5 && (word.hasSuffix("ing") || word.hasSuffix("ed") && !Self.givenNamesInEd.contains(words[index].hash))
    }

    /// Given names that end like an English participle.
    static let givenNamesInEd = Vocabulary.hashes("mohammed mohamed muhammed mehmed khaled waleed rasheed majeed fareed hameed naveed sayyed zayed")

    mutating func isNever(_ index: Int) -> Bool {
        let key = folded(index)
        return CommonWords.neverEntities.contains(key) || CommonWords.calendar.contains(key)
    }

    func isConnector(_ index: Int) -> Bool {
        guard words[index].isLowercase else { return false }
        // ("Committee to Protect Journalists": "to" after a body's head.)
        return Vocabulary.connectors.contains(words[index].hash)
            || words[index].hash == Self.to && index > 0 && Self.linkedBodyHeads.contains(words[index - 1].hash)
    }

    /// "el", "al", "bin": the particles Arabic names join to the next word with a hyphen.
    static let nameParticles = Vocabulary.hashes("el al ul ad ar as ash at az ibn bin")

    func isTitleWord(_ index: Int) -> Bool {
        let hash = words[index].hash
        // "Sharm el-Sheikh", "Abu al-Amir": a title word fused to a lowercase particle is part of a name.
        if index > 0, words[index - 1].gapAfter == .hyphen, words[index - 1].isLowercase || Self.nameParticles.contains(words[index - 1].hash) {
            return false
        }
        return words[index].isCapitalised && (Vocabulary.coreTitles.contains(hash) || Vocabulary.titleModifiers.contains(hash))
    }

    func isGazetteerName(_ start: Int, _ end: Int) -> Bool {
        Gazetteer.name(forKey: TextFolding.key(written(start, end))) != nil
    }

    func firstLetter(_ index: Int) -> UInt32 {
        let word = written(index, index)
        return word.unicodeScalars.first.map { TextFolding.fold($0.value) } ?? 0
    }
}
