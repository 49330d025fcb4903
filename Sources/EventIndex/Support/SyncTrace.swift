import Foundation

/// With `EVEX_SYNC_TRACE=1` in the environment, a sync writes how long each of its steps took, and the
/// process's resident memory after it, to standard error: what a developer reads to see where a slow
/// or large sync spends its time and memory.
struct SyncTrace {
    private static let enabled = ProcessInfo.processInfo.environment["EVEX_SYNC_TRACE"] == "1"
    private var last = Date()

    mutating func mark(_ step: @autoclosure () -> String) {
        guard Self.enabled else { return }
        let now = Date()
        FileHandle.standardError.write(Data(String(
            format: "evex sync: %@ %.1f ms (resident %@ MB)\n", step(), now.timeIntervalSince(last) * 1_000, Self.residentMegabytes()).utf8))
        last = now
    }

    /// VmRSS and VmHWM from /proc, or "?" where there is no /proc.
    private static func residentMegabytes() -> String {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return "?" }
        func field(_ name: String) -> String {
            guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name + ":") }),
                  let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "") else { return "?" }
            return String(format: "%.0f", kilobytes / 1_024)
        }
        return "\(field("VmRSS")), peak \(field("VmHWM"))"
    }
}
