/// Finds cycles in the graph of resolved "Read more" links, one warning per group of articles
/// that lead to each other (a strongly connected component), naming the articles of one cycle.
enum LinkCycles {
    static func find(in articles: [Article]) -> [Diagnostic] {
        var index: [String: Int] = [:]
        for (position, article) in articles.enumerated() { index[article.id] = position }
        var graph = LinkGraph()
        for (position, article) in articles.enumerated() {
            graph.append(successors: article.links.compactMap { $0.target.flatMap { index[$0] } }, of: position)
        }
        return graph.cycles(start: { component in component.min { articles[$0].path < articles[$1].path }! }).map { found in
            let start = articles[found.cycle[0]]
            let next = articles[found.cycle.count > 1 ? found.cycle[1] : found.cycle[0]].id
            return LinkGraph.warning(
                path: start.path, line: start.links.first { $0.target == next }?.line,
                names: found.cycle.map { articles[$0].id }, others: found.others)
        }
    }
}

/// The links between articles numbered 0..<count, each article's successors in link order without
/// itself and repeats, kept in two flat arrays (not an array per article) so that a million articles
/// cost a few bytes each. Used for the cycles ``LinkResolver`` warns about, in memory and by a store
/// that resolves links article by article.
public struct LinkGraph: Sendable {
    /// Where each article's successors start in `targets`; one more entry than articles.
    private var offsets: [Int] = [0]
    private var targets: [Int32] = []

    public init() {}

    /// The number of articles added so far.
    public var count: Int { offsets.count - 1 }

    /// Adds the successors of article `node`, which must be `count` or more; the articles between
    /// are added with none.
    public mutating func append(successors: [Int], of node: Int) {
        while count < node { offsets.append(targets.count) }
        let start = targets.count
        for next in successors where next != node && !targets[start...].contains(Int32(next)) {
            targets.append(Int32(next))
        }
        offsets.append(targets.count)
    }

    private func successors(_ node: Int) -> ArraySlice<Int32> {
        node < count ? targets[offsets[node]..<offsets[node + 1]] : []
    }

    /// For each group of two or more articles that lead to each other: the shortest cycle through the
    /// article `start` picks in the group (beginning with it), and how many articles of the group it leaves out.
    public func cycles(start: ([Int]) -> Int) -> [(cycle: [Int], others: Int)] {
        components().filter { $0.count > 1 }.compactMap { component in
            let first = start(component)
            guard let cycle = shortestCycle(from: first, within: Set(component)) else { return nil }
            return (cycle, component.count - cycle.count)
        }
    }

    /// The warning for one cycle; `names` are the ids of its articles from the first.
    public static func warning(path: String, line: Int?, names: [String], others: Int) -> Diagnostic {
        let more = others > 0 ? " (\(others) more article\(others == 1 ? "" : "s") link into this loop)" : ""
        return .warning(path, line: line, "Read more links go round in a cycle: \((names + names.prefix(1)).joined(separator: " → "))\(more)")
    }

    /// The articles of a cycle through `start`, beginning with it.
    private func shortestCycle(from start: Int, within members: Set<Int>) -> [Int]? {
        var parent: [Int: Int] = [:]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for next in successors(node).map(Int.init) where members.contains(next) {
                if next == start {
                    var path = [node]
                    var current = node
                    while current != start, let previous = parent[current] {
                        path.append(previous)
                        current = previous
                    }
                    return path.reversed()
                }
                if parent[next] == nil && next != start {
                    parent[next] = node
                    queue.append(next)
                }
            }
        }
        return nil
    }

    /// Strongly connected components (iterative Tarjan, with an explicit stack: linear in articles plus
    /// links, no recursion, always terminates).
    private func components() -> [[Int]] {
        let count = self.count
        var order = [Int32](repeating: -1, count: count)
        var low = [Int32](repeating: 0, count: count)
        var onStack = [Bool](repeating: false, count: count)
        var stack: [Int] = []
        var result: [[Int]] = []
        var counter: Int32 = 0
        for root in 0..<count where order[root] == -1 {
            // Articles with no links are components of one: skip the bookkeeping.
            if offsets[root] == offsets[root + 1] { order[root] = counter; counter += 1; continue }
            var work: [(node: Int, next: Int)] = [(root, offsets[root])]
            order[root] = counter; low[root] = counter; counter += 1
            stack.append(root); onStack[root] = true
            while let (node, next) = work.last {
                if next < offsets[node + 1] {
                    work[work.count - 1].next += 1
                    let child = Int(targets[next])
                    if order[child] == -1 {
                        order[child] = counter; low[child] = counter; counter += 1
                        stack.append(child); onStack[child] = true
                        work.append((child, offsets[child]))
                    } else if onStack[child] {
                        low[node] = min(low[node], order[child])
                    }
                } else {
                    work.removeLast()
                    if let parent = work.last?.node { low[parent] = min(low[parent], low[node]) }
                    if low[node] == order[node] {
                        var component: [Int] = []
                        while let top = stack.popLast() {
                            onStack[top] = false
                            component.append(top)
                            if top == node { break }
                        }
                        if component.count > 1 { result.append(component) }
                    }
                }
            }
        }
        return result
    }
}
