import EventIndex
import EventModel
import Testing

/// The graph questions that walk ids (neighbours, a page of ties, the relations between two entities,
/// shortest paths) answer as the whole relations do, in the index as in the memory store.
@Suite("Graph conformance: ids and pages agree with whole relations")
struct GraphConformanceTests {
    let corpus: ConformanceCorpus

    init() throws { corpus = try ConformanceCorpus.shared.get() }

    private var entityIDs: [String] {
        get throws { try corpus.memory.entities(kind: nil, range: 0..<1000).map(\.id) + ["france", "no-such-entity"] }
    }

    @Test("each entity's neighbours are its relations' other ends, strongest first, asked one by one or at once")
    func neighbours() throws {
        let ids = try entityIDs
        for (name, store) in corpus.stores {
            let batch = try store.neighbours(ofEach: ids)
            for id in ids {
                let expected = Neighbour.ranked(try store.relations(of: id), of: id)
                #expect((batch[id] ?? []) == expected, "\(name): neighbours of \(id) in a batch")
                #expect((try store.neighbours(ofEach: [id])[id] ?? []) == expected, "\(name): neighbours of \(id)")
            }
        }
    }

    @Test("the relations between two entities are those of either that lead to the other, whole")
    func between() throws {
        let ids = try entityIDs
        for (name, store) in corpus.stores {
            for first in ids {
                let relations = try store.relations(of: first)
                for second in ids where second != first {
                    let expected = relations.filter { Set([$0.subject, $0.object]) == Set([first, second]) }
                    #expect(try store.relations(between: first, and: second) == expected, "\(name): \(first) and \(second)")
                }
                #expect(try store.relations(between: first, and: first).isEmpty, "\(name): \(first) and itself")
            }
        }
    }

    @Test("a page of ties is the strongest the filter accepts, co-occurrence without its sentences, and their count")
    func tiePages() throws {
        let ids = try entityIDs
        let predicates: [Predicate?] = [nil, .coOccursWith, .memberOf]
        let origins: [RelationOrigin?] = [nil] + RelationOrigin.allCases.map(Optional.some)
        for (name, store) in corpus.stores {
            for predicate in predicates {
                for origin in origins {
                    for excluding in [nil, ids.first] {
                        let filter = TieFilter(predicate: predicate, origin: origin, excluding: excluding)
                        for limit in [0, 2, 100] {
                            let batch = try store.strongestTies(ofEach: ids, filter: filter, limit: limit)
                            for id in ids {
                                let expected = TiePage.of(try store.relations(of: id), filter: filter, limit: limit)
                                #expect(batch[id] == expected, "\(name): ties of \(id), \(filter), \(limit)")
                            }
                        }
                    }
                }
            }
        }
        let page = try #require(try corpus.indexed.strongestTies(ofEach: ["tamar-gelashvili"], filter: TieFilter(), limit: 100)["tamar-gelashvili"])
        #expect(page.count == page.ties.count && !page.ties.isEmpty)
        #expect(page.ties.filter { $0.origins == [.cooccurrence] }.allSatisfy { $0.evidence.isEmpty && $0.weight >= 1 })
    }

    @Test("shortest paths are those of a walk over whole relations, at every bound on the entities reached")
    func paths() throws {
        let ids = try entityIDs
        for (name, store) in corpus.stores {
            for source in ids {
                for target in ids {
                    for bound in [1, 2, 3, 5, 1000] {
                        let expected = try ReferenceWalk.shortestPath(from: source, to: target, maxVisited: bound, relations: store.relations(ofEach:))
                        #expect(try store.shortestPath(from: source, to: target, maxVisited: bound) == expected,
                                "\(name): path \(source) → \(target) within \(bound)")
                    }
                }
            }
        }
    }
}

/// The walk as it was over whole relations: every entity expanded with all its relations, strongest
/// first, until the target is reached. The walk over neighbours must find exactly its paths.
enum ReferenceWalk {
    static func shortestPath(
        from source: String, to target: String, maxVisited: Int, relations: ([String]) throws -> [String: [Relation]]
    ) throws -> [PathStep]? {
        if source == target { return [] }
        var cameFrom: [String: PathStep] = [source: PathStep(relation: Relation(subject: source, predicate: "", object: source, origin: .curated), reached: source)]
        var frontier = [source]
        while !frontier.isEmpty, cameFrom.count < maxVisited {
            var next: [String] = []
            let found = try relations(frontier)
            for node in frontier {
                for relation in RelationRanking.strongestFirst(found[node] ?? []) {
                    let other = relation.subject == node ? relation.object : relation.subject
                    guard cameFrom[other] == nil else { continue }
                    cameFrom[other] = PathStep(relation: relation, reached: other)
                    if other == target {
                        var steps: [PathStep] = []
                        var at = target
                        while at != source, let step = cameFrom[at] {
                            steps.append(step)
                            at = step.relation.subject == at ? step.relation.object : step.relation.subject
                        }
                        return steps.reversed()
                    }
                    next.append(other)
                }
            }
            frontier = next
        }
        return nil
    }
}
