import Foundation
import Testing
@testable import EventModel

/// The sentences of Fixtures/relations/sentences.txt, each with the relations it must and must not
/// give. `evex-eval` prints precision and recall per family on the same set.
@Suite("Relation test set")
struct RelationTestSetTests {
    static let report: RelationTestReport? = {
        guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)?
                .appendingPathComponent("relations/sentences.txt"),
              let text = try? String(contentsOf: url, encoding: .utf8),
              let set = try? RelationTestSet(text: text) else { return nil }
        return set.run()
    }()

    @Test("the set is read, and is big enough to mean something")
    func size() throws {
        let report = try #require(Self.report)
        #expect(report.outcomes.count >= 300)
        #expect(report.negatedCases >= 60)
    }

    @Test("no negated, denied or hedged sentence gives the tie it denies, nor any sentence a forbidden one")
    func forbidden() throws {
        let report = try #require(Self.report)
        for outcome in report.outcomes where !outcome.forbiddenFound.isEmpty {
            Issue.record("line \(outcome.testCase.line): gave \(outcome.forbiddenFound) from “\(outcome.testCase.text)”")
        }
    }

    @Test("every sentence gives the relations it must, but those marked as known misses")
    func expected() throws {
        let report = try #require(Self.report)
        for outcome in report.outcomes where !outcome.testCase.knownMiss && !outcome.missing.isEmpty {
            Issue.record("line \(outcome.testCase.line): missing \(outcome.missing) from “\(outcome.testCase.text)”")
        }
    }

    @Test("who said it is kept with a reported relation")
    func speakers() throws {
        let report = try #require(Self.report)
        for outcome in report.outcomes where !outcome.testCase.knownMiss && !outcome.wrongSpeaker.isEmpty {
            Issue.record("line \(outcome.testCase.line): speaker of \(outcome.wrongSpeaker) not kept from “\(outcome.testCase.text)”")
        }
    }

    @Test("the format names the line it cannot read")
    func formatError() {
        #expect(throws: RelationTestSet.FormatError.self) { try RelationTestSet(text: "> A sentence.\n+ only two") }
        #expect(throws: RelationTestSet.FormatError.self) { try RelationTestSet(text: "entity x | not-a-kind | X") }
    }
}
