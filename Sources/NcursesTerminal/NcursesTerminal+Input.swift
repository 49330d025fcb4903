import CNcurses
import TerminalCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension NcursesTerminal {
    /// Waits for the next key. Signals are handled here too: a terminating one restores the
    /// terminal and ends the process; a suspend (Ctrl-Z or SIGTSTP) returns `.resize` on resume,
    /// so the UI presents again and the whole screen is repainted.
    /// Returns nil when the terminal has gone away or has been restored.
    public func nextKey() -> Key? {
        while active {
            if let key = handlePendingSignals() { return key }
            guard active else { return nil }
            var value: Int32 = 0
            let result = evex_get_key(emptyReads > 0 ? 50 : 0, &value)
            if result != ERR {
                emptyReads = 0
                if let key = key(result: result, value: value) { return key }
                continue
            }
            guard waitForInput() else { return nil }
        }
        return nil
    }

    /// Sleeps until the terminal or the signal pipe has something; false when the terminal closed.
    private func waitForInput() -> Bool {
        var fds = [
            pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
            pollfd(fd: signalPipe, events: Int16(POLLIN), revents: 0),
        ]
        let ready = poll(&fds, nfds_t(signalPipe >= 0 ? 2 : 1), -1)
        if ready < 0 { return errno == EINTR }
        let input = Int32(fds[0].revents)
        if input & Int32(POLLIN) != 0 {
            // Readable with nothing to read is end of file: the terminal hung up. Otherwise curses
            // holds part of a sequence, and the next read waits a little rather than spin.
            if evex_pending_bytes(STDIN_FILENO) == 0 { return false }
            emptyReads += 1
            return true
        }
        return input & Int32(POLLHUP | POLLERR | POLLNVAL) == 0
    }

    // MARK: - Signals

    /// Makes the key loop return ``Key/wake``: a background sync finished.
    public func wake() { Self.wakeFromAnyThread() }

    /// As ``wake()``, for a thread that holds no reference to the terminal: the wake-up goes
    /// through the process's one signal pipe.
    public static func wakeFromAnyThread() { evex_wake() }

    private func handlePendingSignals() -> Key? {
        var key: Key?
        while case let signal = evex_signal_take(), signal != 0 {
            switch signal {
            case SIGTSTP:
                suspend()
                key = .resize
            case SIGCONT:
                // Stopped from outside (SIGSTOP): the shell may have changed the modes meanwhile.
                reset_prog_mode()
                forceRepaint()
                key = .resize
            case SIGWINCH:
                break  // curses saw it too and returns KEY_RESIZE from the next read
            case 255:
                key = key ?? .wake
            default:
                if Self.terminatingSignals.contains(Int32(signal)) { terminate(by: Int32(signal)) }
            }
        }
        return key
    }

    /// Restores the terminal, then ends the process by `signal` so the parent sees how it ended.
    private func terminate(by number: Int32) -> Never {
        restore()
        signal(number, SIG_DFL)
        var unblock = sigset_t()
        sigemptyset(&unblock)
        sigaddset(&unblock, number)
        sigprocmask(SIG_UNBLOCK, &unblock, nil)
        raise(number)
        exit(128 + number)
    }

    /// Ctrl-Z in raw mode sends no signal: give the terminal back, stop as SIGTSTP would, and on
    /// `fg` take it again and repaint everything.
    func suspend() {
        guard active else { return }
        evex_mouse_disable()
        curs_set(1)
        endwin()
        signal(SIGTSTP, SIG_DFL)
        raise(SIGTSTP)
        // Here again after SIGCONT.
        _ = evex_signal_catch(SIGTSTP, 0)
        reset_prog_mode()
        curs_set(0)
        _ = evex_mouse_enable()
        forceRepaint()
    }

    private func forceRepaint() {
        previous = nil
        needsClearRepaint = true
    }

    // MARK: - Keys

    private func key(result: Int32, value: Int32) -> Key? {
        if result == KEY_CODE_YES { return keyCode(value) }
        guard let scalar = Unicode.Scalar(UInt32(bitPattern: value)) else { return nil }
        switch scalar.value {
        case 13, 10: return .enter
        case 9: return .tab
        case 127, 8: return .backspace
        case 27: return .escape
        case 26:
            suspend()
            return .resize
        case 1...26: return .control(Character(Unicode.Scalar(scalar.value + 0x60)!))
        case 0: return .control(" ")
        case 28...31: return .control(Character(Unicode.Scalar(scalar.value + 0x40)!))
        default: return .character(Character(scalar))
        }
    }

    private func keyCode(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME, KEY_FIND, KEY_A1: return .home
        case KEY_END, KEY_SELECT, KEY_C1: return .end
        case KEY_PPAGE, KEY_A3: return .pageUp
        case KEY_NPAGE, KEY_C3: return .pageDown
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_RESIZE:
            forceRepaint()
            return .resize
        case KEY_MOUSE: return mouse()
        case evex_key_f(1)...evex_key_f(63): return .function(Int(code - evex_key_f(0)))
        default: return nil
        }
    }

    private func mouse() -> Key? {
        var x: Int32 = 0
        var y: Int32 = 0
        let action: MouseEvent.Action
        switch Int(evex_mouse_read(&x, &y)) {
        case EVEX_MOUSE_PRESS: action = .press
        case EVEX_MOUSE_WHEEL_UP: action = .wheelUp
        case EVEX_MOUSE_WHEEL_DOWN: action = .wheelDown
        default: return nil
        }
        return .mouse(MouseEvent(action: action, x: Int(x), y: Int(y)))
    }
}
