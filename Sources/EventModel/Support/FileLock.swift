import Foundation

/// flock(2) on a file, held until ``release()``; none when the file cannot be opened (a read-only
/// folder, where the write fails anyway with its own message).
struct FileLock {
    private let descriptor: Int32

    init(path: String) {
        descriptor = open(path, O_RDWR | O_CREAT, 0o644)
        if descriptor >= 0 { flock(descriptor, LOCK_EX) }
    }

    func release() {
        guard descriptor >= 0 else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
