extension EventWords {
    /// Every word a trigger can be found at in ``EventSentenceReader/triggers()`` (perhaps one more): a
    /// word outside it is none, which most words of a sentence are.
    static let triggerStarts: WordSet = {
        var hashes: [UInt64] = [went, shot, blew, offensive]
        for set in [openedWords, fireVerbs, hitVerbs, killVerbs, strikes, powerVerbs] { set.forEach { hashes.append($0) } }
        triggers.forEachKey { hashes.append($0) }
        return WordSet(hashes)
    }()
}
