import Foundation

/// The largest size a file reaches while another process writes it, sampled every 20 ms on a thread
/// of its own (the write-ahead log grows and is reset between samples of a coarser clock).
final class FileSizeWatch: @unchecked Sendable {
    private let lock = NSLock()
    private var largest = 0
    private var running = true
    private let done = DispatchSemaphore(value: 0)

    init(path: String) {
        Thread.detachNewThread { [self] in
            while isRunning {
                var info = stat()
                if stat(path, &info) == 0 { record(Int(info.st_size)) }
                usleep(20_000)
            }
            done.signal()
        }
    }

    private var isRunning: Bool {
        lock.lock()
        defer { lock.unlock() }
        return running
    }

    private func record(_ size: Int) {
        lock.lock()
        largest = max(largest, size)
        lock.unlock()
    }

    /// Stops sampling; the largest size seen, in bytes.
    func stop() -> Int {
        lock.lock()
        running = false
        lock.unlock()
        done.wait()
        lock.lock()
        defer { lock.unlock() }
        return largest
    }
}
