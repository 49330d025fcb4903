#if canImport(Glibc)
import Glibc
#endif

/// Hands memory freed by a bulk step back to the system.
///
/// glibc keeps freed blocks in its arenas for reuse; after a step that freed tens of MB of small
/// blocks (the encoded catalog, a slice of sorted pairs), the process would otherwise carry them as
/// resident memory into the next step, and the peak of a load would be the sum of its steps.
enum MemoryRelease {
    static func now() {
        #if canImport(Glibc)
        // glibc's `malloc_trim`, looked up at run time: Swift's Glibc module does not declare it.
        typealias Trim = @convention(c) (Int) -> Int32
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") {
            _ = unsafeBitCast(symbol, to: Trim.self)(0)
        }
        #endif
    }
}
