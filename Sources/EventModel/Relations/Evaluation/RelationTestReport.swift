/// What the extractor gave on each case of a ``RelationTestSet``, and precision and recall per
/// relation family over the whole set.
public struct RelationTestReport: Sendable {
    public struct Outcome: Sendable {
        public var testCase: RelationTestSet.Case
        /// Typed relations found, as triples with who states them.
        public var found: [RelationTestSet.Triple]
        public var missing: [RelationTestSet.Triple]
        /// Relations the case says it must not give, and that it gave.
        public var forbiddenFound: [RelationTestSet.Triple]
        /// Found, neither expected nor forbidden: counted against precision.
        public var unexpected: [RelationTestSet.Triple]
        /// Expected with a speaker, found without that speaker.
        public var wrongSpeaker: [RelationTestSet.Triple]
    }

    public struct Score: Sendable {
        public var family: String
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0
        public var precision: Double { truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives) }
        public var recall: Double { truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives) }
    }

    public var outcomes: [Outcome]

    /// The family a predicate is scored in: "arrest" for arrested and charged, and so on.
    public static func family(of predicate: Predicate) -> String {
        switch predicate {
        case .claimedResponsibilityFor: "claim"
        case .blamedFor, .accused: "blame"
        case .branchOf: "branch"
        case .memberOf: "member"
        case .allyOf: "ally"
        case .atWarWith: "war"
        case .condemned: "condemn"
        case .roleOf: "role"
        case .capitalOf: "capital"
        case .locatedIn: "located"
        case .basedIn, .activeIn: "based/active"
        case .citizenOf: "citizen"
        case .arrested, .charged: "arrest/charge"
        case .met, .visited: "meet/visit"
        case .supported: "support"
        case .rivalOf: "rival"
        case .attacked: "attack"
        case .sanctioned: "sanction"
        default: predicate.rawValue
        }
    }

    /// Scores by family, sorted by name, then one named "all".
    public func scores() -> [Score] {
        var byFamily: [String: Score] = [:]
        var all = Score(family: "all")
        func count(_ triple: RelationTestSet.Triple, _ update: (inout Score) -> Void) {
            let family = Self.family(of: triple.predicate)
            update(&byFamily[family, default: Score(family: family)])
            update(&all)
        }
        for outcome in outcomes {
            let missing = Set(outcome.missing.map(\.key))
            for triple in outcome.testCase.expected {
                count(triple) { missing.contains(triple.key) ? ($0.falseNegatives += 1) : ($0.truePositives += 1) }
            }
            for triple in outcome.unexpected + outcome.forbiddenFound { count(triple) { $0.falsePositives += 1 } }
        }
        return byFamily.values.sorted { $0.family < $1.family } + [all]
    }

    /// Cases marked negated, denied or hedged.
    public var negatedCases: Int { outcomes.filter(\.testCase.negated).count }
    /// Expected relations that name who states them, and how many of those were found with that speaker.
    public var speakers: (expected: Int, right: Int) {
        let expected = outcomes.flatMap { $0.testCase.expected.filter { $0.saidBy != nil } }
        let wrong = outcomes.reduce(0) { $0 + $1.wrongSpeaker.count + $1.missing.filter { $0.saidBy != nil }.count }
        return (expected.count, expected.count - wrong)
    }

    /// The table `evex-eval` prints: one line per family, then the totals.
    public func table() -> String {
        var lines = ["family          expected  found  correct  precision  recall"]
        for score in scores() {
            let expected = score.truePositives + score.falseNegatives
            let found = score.truePositives + score.falsePositives
            lines.append(score.family.padding(toLength: 16, withPad: " ", startingAt: 0)
                         + pad(expected, 8) + pad(found, 7) + pad(score.truePositives, 9)
                         + pad(percent(score.precision), 11) + pad(percent(score.recall), 8))
        }
        let speakers = self.speakers
        lines.append("cases: \(outcomes.count), negated/denied/hedged: \(negatedCases), "
                     + "negated cases giving a forbidden tie: \(outcomes.filter { $0.testCase.negated && !$0.forbiddenFound.isEmpty }.count), "
                     + "speakers right: \(speakers.right)/\(speakers.expected)")
        return lines.joined(separator: "\n")
    }

    private func pad(_ value: some CustomStringConvertible, _ width: Int) -> String {
        let text = value.description
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }

    private func percent(_ value: Double) -> String {
        let tenths = Int((value * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }
}

extension RelationTestSet {
    /// Links and extracts every case, all against one catalog: the set's entities, the built-in
    /// gazetteer and what the cases' texts define (acronyms, discovered names).
    public func run() -> RelationTestReport {
        // Each case is read as a plain-text article titled by its line, as evex reads a corpus file.
        let articles = cases.compactMap { testCase in
            ArticleParser.parse(text: "Case at line \(testCase.line)\n\n" + testCase.text, path: "case-\(testCase.line).txt").article
        }
        let knowledge = KnowledgeBase(path: "relations.txt", entities: entities)
        let catalog = EntityCatalog.build(knowledge: [knowledge], contributions: articles.map(EntityCatalog.contribution(of:))).catalog
        let linker = EntityLinker(catalog: catalog)
        var outcomes: [RelationTestReport.Outcome] = []
        for (testCase, article) in zip(cases, articles) {
            // What the relations screen shows: the extractor's relations and the ties read off the case's events.
            let analysed = linker.analyseWithEvents(article)
            let containers = EventMerger.containers(analysed.relations)
            let events = EventMerger.merge(
                knowledge: [], sentences: analysed.events, name: { catalog.entity(id: $0)?.name },
                isCountry: { catalog.entity(id: $0)?.kind == .country },
                isPerson: { catalog.entity(id: $0)?.kind == .person }, within: { containers[$0] ?? [] })
            let relations = EventTies.adding(EventTies.relations(events), to: RelationExtractor.merge(analysed.relations))
                .filter { $0.origin == .pattern }
            let found = relations.map { relation in
                Triple(subject: relation.subject, predicate: relation.predicate, object: relation.object,
                       saidBy: relation.evidence.lazy.compactMap(\.saidBy).first)
            }
            let foundKeys = Dictionary(found.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
            let expectedKeys = Set(testCase.expected.map(\.key))
            let forbiddenKeys = Set(testCase.forbidden.map(\.key))
            outcomes.append(RelationTestReport.Outcome(
                testCase: testCase, found: found,
                missing: testCase.expected.filter { foundKeys[$0.key] == nil },
                forbiddenFound: found.filter { forbiddenKeys.contains($0.key) },
                unexpected: found.filter { !expectedKeys.contains($0.key) && !forbiddenKeys.contains($0.key) },
                wrongSpeaker: testCase.expected.filter { triple in
                    guard let speaker = triple.saidBy, let hit = foundKeys[triple.key] else { return false }
                    return hit.saidBy != speaker
                }))
        }
        return RelationTestReport(outcomes: outcomes)
    }
}
