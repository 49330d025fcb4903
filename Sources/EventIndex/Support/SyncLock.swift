import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An advisory lock on a file next to the index, held while a process syncs.
///
/// It tells a sync in progress from one whose process was killed: the kernel drops the lock with
/// the process, so a "sync running" mark in the database with no lock held is a leftover.
final class SyncLock {
    private let descriptor: Int32

    init?(indexURL: URL) {
        let fd = open(indexURL.path + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return nil }
        descriptor = fd
    }

    deinit { close(descriptor) }

    /// Waits until no other process syncs this index, then holds the lock.
    func lock() { while flock(descriptor, LOCK_EX) != 0 && errno == EINTR {} }

    /// Takes the lock only if nobody holds it.
    func tryLock() -> Bool { flock(descriptor, LOCK_EX | LOCK_NB) == 0 }

    func unlock() { _ = flock(descriptor, LOCK_UN) }
}
