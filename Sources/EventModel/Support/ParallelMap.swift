import Foundation

/// `map` over both cores: parsing and linking are pure functions of one file, so they split freely.
public enum ParallelMap {
    public static func map<T: Sendable, U: Sendable>(_ items: [T], _ transform: @Sendable (T) -> U) -> [U] {
        if items.count < 2 { return items.map(transform) }
        let results = UnsafeResults<U>(count: items.count)
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let chunk = max(1, (items.count + workers * 4 - 1) / (workers * 4))
        let chunks = (items.count + chunk - 1) / chunk
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let lower = c * chunk
            let upper = min(items.count, lower + chunk)
            for index in lower..<upper { results.set(index, transform(items[index])) }
        }
        return results.values()
    }
}

/// Slots written by exactly one worker each, read after all are done.
private final class UnsafeResults<U>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<U?>
    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }
    deinit {
        storage.deinitialize()
        storage.deallocate()
    }
    func set(_ index: Int, _ value: U) { storage[index] = value }
    func values() -> [U] { storage.map { $0! } }
}
