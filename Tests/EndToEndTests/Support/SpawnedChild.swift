import Foundation

/// A program started without waiting for it, so that a test can kill it at a moment it chooses.
struct SpawnedChild {
    let pid: pid_t

    /// Starts `evex` with `arguments`, output discarded, with its own cache folder.
    static func evex(_ arguments: [String], cache: URL) throws -> SpawnedChild {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let path = Products.folder.appendingPathComponent("evex").path
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CACHE_HOME"] = cache.path
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, nil, argv, envp)
        guard spawned == 0 else { throw ChildProcess.Failure.spawn(path: path, errno: spawned) }
        return SpawnedChild(pid: pid)
    }

    /// Whether it is still running (not yet reaped).
    var isRunning: Bool {
        var status: Int32 = 0
        return waitpid(pid, &status, WNOHANG) == 0
    }

    /// Kills it with SIGKILL, as a power cut or the OOM killer would, and reaps it.
    func kill() {
        _ = Foundation.kill(pid, SIGKILL)
        wait()
    }

    func wait() {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    }

    /// Polls until `condition` holds or the child ends; true when it held while the child ran.
    func waitUntil(_ condition: () -> Bool) -> Bool {
        while true {
            if condition() { return true }
            if !isRunning { return false }
            usleep(50)
        }
    }
}
