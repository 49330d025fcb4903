import Foundation

/// Overlaps work on the next chunks (in the background, on every core) with writing the current one.
///
/// SQLite writes on one thread; parsing and linking are pure and split across cores. Running them
/// side by side keeps both cores busy, and only a few chunks are ever in memory.
enum Pipeline {
    /// Chunks handed to the workers ahead of the one being written. With one, the workers stopped
    /// whenever the writing thread took longer over a chunk than they did (a commit, FTS5's merges)
    /// and a chunk's last straggling article left a core idle; with two in flight the next chunk
    /// fills that core.
    static let ahead = 2

    static func run<Input: Sendable, Output: Sendable>(
        chunks: Int,
        load: (Int) throws -> Input,
        work: @escaping @Sendable (Input) -> Output,
        consume: (Output) throws -> Void
    ) throws {
        guard chunks > 0 else { return }
        var pending: [Background<Output>] = []
        var loaded = 0
        while loaded < min(ahead, chunks) {
            let input = try load(loaded)
            pending.append(Background { work(input) })
            loaded += 1
        }
        for _ in 0..<chunks {
            let output = pending.removeFirst().wait()
            if loaded < chunks {
                let input = try load(loaded)
                pending.append(Background { work(input) })
                loaded += 1
            }
            try consume(output)
        }
    }
}

/// A value being computed on a background queue.
final class Background<Output: Sendable>: @unchecked Sendable {
    private let group = DispatchGroup()
    // Written once by the worker before `leave`, read after `wait`: the group orders the two.
    private var value: Output?

    init(_ work: @escaping @Sendable () -> Output) {
        group.enter()
        DispatchQueue.global(qos: .userInitiated).async {
            self.value = work()
            self.group.leave()
        }
    }

    /// The value, once computed; safe to call more than once.
    func wait() -> Output {
        group.wait()
        return value!
    }
}
