import Foundation
import GRDB

/// With `EVEX_SYNC_TRACE=1` in the environment, a sync writes how long each of its steps took, and the
/// process's resident memory after it, to standard error: what a developer reads to see where a slow
/// or large sync spends its time and memory.
struct SyncTrace {
    private static let level = ProcessInfo.processInfo.environment["EVEX_SYNC_TRACE"]
    private static let enabled = level == "1" || level == "2"

    /// With `EVEX_SYNC_TRACE=2`, every statement of the connection that takes 2 ms or more is written
    /// to standard error with its time: the steps' times say where, this says which query.
    static func traceSlowStatements(_ db: Database) {
        guard level == "2" else { return }
        db.trace(options: .profile) { event in
            guard case .profile(let statement, let duration) = event, duration >= 0.002 else { return }
            FileHandle.standardError.write(Data(String(format: "evex sql: %.1f ms %@\n", duration * 1_000, String(statement.sql.prefix(160))).utf8))
        }
    }

    /// With `EVEX_SYNC_TRACE=2`, after a commit: the write-ahead log's frames and how many a checkpoint
    /// has copied back (a log a checkpoint cannot finish is not reset, and grows from commit to commit).
    static func logAfterCommit(_ db: Database) {
        guard level == "2", let row = try? Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(PASSIVE)") else { return }
        let busy: Int = row[0], frames: Int = row[1], copied: Int = row[2]
        FileHandle.standardError.write(Data("evex sql: log after commit: \(frames) frames, \(copied) checkpointed\(busy != 0 ? ", busy" : "")\n".utf8))
    }

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
