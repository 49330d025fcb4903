import Foundation

/// With `EVEX_SYNC_TRACE=1` in the environment, a sync writes how long each of its steps took to
/// standard error: what a developer reads to see where a slow sync spends its time.
struct SyncTrace {
    private static let enabled = ProcessInfo.processInfo.environment["EVEX_SYNC_TRACE"] == "1"
    private var last = Date()

    mutating func mark(_ step: @autoclosure () -> String) {
        guard Self.enabled else { return }
        let now = Date()
        FileHandle.standardError.write(Data(String(format: "evex sync: %@ %.1f ms\n", step(), now.timeIntervalSince(last) * 1_000).utf8))
        last = now
    }
}
