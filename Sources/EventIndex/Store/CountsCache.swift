import EventModel
import Foundation

/// The corpus counts last read, with the index generation they were read at (the `generation` in
/// `meta`, new with every sync that writes).
///
/// Counting scans the articles, entities and links (a tenth of a second at 1,000,000 articles), and the
/// explorer asks for the counts more than once per screen it builds: the first screen and each refresh
/// after a sync would pay every scan again.
final class CountsCache: @unchecked Sendable {
    private let lock = NSLock()
    private var generation: String?
    private var counts: CorpusCounts?

    func counts(at generation: String) -> CorpusCounts? {
        lock.withLock { self.generation == generation ? counts : nil }
    }

    func store(_ counts: CorpusCounts, at generation: String) {
        lock.withLock {
            self.generation = generation
            self.counts = counts
        }
    }
}
