import Foundation

/// Overlaps work on the next chunk (in the background, on every core) with writing the current one.
///
/// SQLite writes on one thread; parsing and linking are pure and split across cores. Running them
/// side by side keeps both cores busy, and only two chunks are ever in memory.
enum Pipeline {
    static func run<Input: Sendable, Output: Sendable>(
        chunks: Int,
        load: (Int) throws -> Input,
        work: @escaping @Sendable (Input) -> Output,
        consume: (Output) throws -> Void
    ) throws {
        guard chunks > 0 else { return }
        var next: Pending<Output>? = Pending(try load(0), work)
        for index in 0..<chunks {
            guard let current = next else { break }
            let output = current.wait()
            next = index + 1 < chunks ? Pending(try load(index + 1), work) : nil
            try consume(output)
        }
    }
}

/// A value being computed on a background queue.
private final class Pending<Output: Sendable>: @unchecked Sendable {
    private let group = DispatchGroup()
    // Written once by the worker before `leave`, read after `wait`: the group orders the two.
    private var value: Output?

    init<Input: Sendable>(_ input: Input, _ work: @escaping @Sendable (Input) -> Output) {
        group.enter()
        DispatchQueue.global(qos: .userInitiated).async {
            self.value = work(input)
            self.group.leave()
        }
    }

    func wait() -> Output {
        group.wait()
        return value!
    }
}
