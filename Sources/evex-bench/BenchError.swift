/// What stops the benchmark, in words that say what to do.
enum BenchError: Error, CustomStringConvertible {
    case usage(String)
    case io(String)
    case baseline(String)
    case child(String)
    case evex(String)

    var description: String {
        switch self {
        case .usage(let message): "usage: \(message)\nrun `evex-bench --help` for the options"
        case .io(let message): "file error: \(message)"
        case .baseline(let message): "sqlite3 baseline failed: \(message) (is /usr/bin/sqlite3 installed? apt-get install sqlite3)"
        case .child(let message): "measurement child process failed: \(message)"
        case .evex(let message): "evex failed: \(message)"
        }
    }
}
