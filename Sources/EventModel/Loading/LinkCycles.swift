/// Finds cycles in the graph of resolved "Read more" links, one warning per group of articles
/// that lead to each other (a strongly connected component), naming the articles of one cycle.
///
/// Iterative Tarjan: linear in articles plus links, no recursion, always terminates.
enum LinkCycles {
    static func find(in articles: [Article]) -> [Diagnostic] {
        var index: [String: Int] = [:]
        for (position, article) in articles.enumerated() { index[article.id] = position }
        // Successors in link order, without self-links and repeats.
        let successors: [[Int]] = articles.enumerated().map { position, article in
            var seen: Set<Int> = []
            return article.links.compactMap { link in
                guard let target = link.target, let next = index[target], next != position, seen.insert(next).inserted else { return nil }
                return next
            }
        }
        var diagnostics: [Diagnostic] = []
        for component in components(successors) where component.count > 1 {
            let members = Set(component)
            // Start at the first article by path, and find the shortest way back to it.
            guard let start = component.min(by: { articles[$0].path < articles[$1].path }),
                let cycle = shortestCycle(from: start, within: members, successors: successors)
            else { continue }
            let names = (cycle + [start]).map { articles[$0].id }.joined(separator: " → ")
            let line = articles[start].links.first { $0.target == articles[cycle.count > 1 ? cycle[1] : start].id }?.line
            let others = component.count - cycle.count
            let more = others > 0 ? " (\(others) more article\(others == 1 ? "" : "s") link into this loop)" : ""
            diagnostics.append(.warning(
                articles[start].path, line: line,
                "Read more links go round in a cycle: \(names)\(more)"))
        }
        return diagnostics
    }

    /// The articles of a cycle through `start`, beginning with it.
    private static func shortestCycle(from start: Int, within members: Set<Int>, successors: [[Int]]) -> [Int]? {
        var parent: [Int: Int] = [:]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for next in successors[node] where members.contains(next) {
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

    /// Strongly connected components (Tarjan, with an explicit stack).
    private static func components(_ successors: [[Int]]) -> [[Int]] {
        let count = successors.count
        var order = [Int](repeating: -1, count: count)
        var low = [Int](repeating: 0, count: count)
        var onStack = [Bool](repeating: false, count: count)
        var stack: [Int] = []
        var result: [[Int]] = []
        var counter = 0
        for root in 0..<count where order[root] == -1 {
            var work: [(node: Int, next: Int)] = [(root, 0)]
            order[root] = counter; low[root] = counter; counter += 1
            stack.append(root); onStack[root] = true
            while let (node, next) = work.last {
                if next < successors[node].count {
                    work[work.count - 1].next += 1
                    let child = successors[node][next]
                    if order[child] == -1 {
                        order[child] = counter; low[child] = counter; counter += 1
                        stack.append(child); onStack[child] = true
                        work.append((child, 0))
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
                        result.append(component)
                    }
                }
            }
        }
        return result
    }
}
