extension Curation {
    /// Three-way merge of two versions of a curation that both started from `base`, entry by entry.
    ///
    /// An entry changed (added, edited, removed) on one side only takes that side's version; one
    /// changed the same way on both sides is kept once. Keys changed differently on both sides are
    /// conflicts: the merge then returns them and no curation, and the caller must not write.
    ///
    /// `theirs` is the version on disk, so its order of entries is kept and `mine`'s new entries follow.
    public static func merge(base: Curation, mine: Curation, theirs: Curation) -> Result<Curation, MergeConflict> {
        let baseEntries = Dictionary(base.entries.map { ($0.key, $0) }, uniquingKeysWith: { _, last in last })
        let mineEntries = Dictionary(mine.entries.map { ($0.key, $0) }, uniquingKeysWith: { _, last in last })
        let theirEntries = Dictionary(theirs.entries.map { ($0.key, $0) }, uniquingKeysWith: { _, last in last })
        var keys: [String] = []
        var seen = Set<String>()
        for entry in theirs.entries + mine.entries + base.entries where seen.insert(entry.key).inserted { keys.append(entry.key) }
        var merged = theirs
        var conflicts: [String] = []
        for key in keys {
            let b = baseEntries[key], m = mineEntries[key], t = theirEntries[key]
            if m == t || m == b { continue }
            guard t == b else {
                conflicts.append(key)
                continue
            }
            if let m { merged.set(m) } else { merged.remove(key) }
        }
        return conflicts.isEmpty ? .success(merged) : .failure(MergeConflict(keys: conflicts))
    }

    /// The entries changed on both sides of a merge, each differently.
    public struct MergeConflict: Error, Sendable, Hashable {
        /// ``CurationEntry/key`` of each: "entity sergei-shoigu".
        public var keys: [String]
    }
}
