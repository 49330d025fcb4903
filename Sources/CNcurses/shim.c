// Signal plumbing and terminal restoring: the parts that must run inside a signal handler, where
// only async-signal-safe calls (write, tcsetattr, sigaction, raise) are allowed, so they live in C.

// POSIX with the X/Open extensions: wcwidth is declared only then.
#define _XOPEN_SOURCE 700
#define _DEFAULT_SOURCE 1    /* NSIG, alongside X/Open */
#define _DARWIN_C_SOURCE 1

#include "CNcurses.h"

#include <errno.h>
#include <sys/ioctl.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <termios.h>
#include <unistd.h>

int evex_wcwidth(wchar_t character) { return wcwidth(character); }

int evex_pending_bytes(int fd) {
    int count = 0;
    return ioctl(fd, FIONREAD, &count) == 0 ? count : -1;
}

// MARK: - Signals through a pipe

// Handlers only write the signal's number here; the key loop polls the read end next to the
// terminal and does the real work (endwin, exit, suspend) outside the handler.
static int signal_pipe[2] = { -1, -1 };
static struct sigaction previous_action[NSIG];
static volatile sig_atomic_t chain_previous[NSIG];
static volatile sig_atomic_t caught[NSIG];

int evex_signal_pipe_open(void) {
    if (signal_pipe[0] >= 0) return signal_pipe[0];
    int fds[2];
    if (pipe(fds) != 0) return -1;
    for (int i = 0; i < 2; i++) {
        fcntl(fds[i], F_SETFL, fcntl(fds[i], F_GETFL) | O_NONBLOCK);
        fcntl(fds[i], F_SETFD, FD_CLOEXEC);
    }
    signal_pipe[0] = fds[0];
    signal_pipe[1] = fds[1];
    return fds[0];
}

static void on_signal(int signal, siginfo_t *info, void *context) {
    int saved_errno = errno;
    unsigned char number = (unsigned char)signal;
    if (signal_pipe[1] >= 0) (void)!write(signal_pipe[1], &number, 1);
    if (chain_previous[signal]) {
        struct sigaction *before = &previous_action[signal];
        if (before->sa_flags & SA_SIGINFO) {
            if (before->sa_sigaction) before->sa_sigaction(signal, info, context);
        } else if (before->sa_handler != SIG_DFL && before->sa_handler != SIG_IGN) {
            before->sa_handler(signal);
        }
    }
    errno = saved_errno;
}

int evex_signal_catch(int signal, int chain) {
    if (signal <= 0 || signal >= NSIG) { errno = EINVAL; return -1; }
    struct sigaction action;
    action.sa_sigaction = on_signal;
    action.sa_flags = SA_SIGINFO | SA_RESTART;
    sigemptyset(&action.sa_mask);
    chain_previous[signal] = 0;
    struct sigaction before;
    if (sigaction(signal, &action, &before) != 0) return -1;
    if (!caught[signal]) previous_action[signal] = before;
    caught[signal] = 1;
    chain_previous[signal] = chain;
    return 0;
}

void evex_signal_release(int signal) {
    if (signal <= 0 || signal >= NSIG || !caught[signal]) return;
    sigaction(signal, &previous_action[signal], NULL);
    caught[signal] = 0;
    chain_previous[signal] = 0;
}

void evex_wake(void) {
    // 255 is no signal number: the key loop reads it as a wake-up.
    unsigned char number = 255;
    if (signal_pipe[1] >= 0) (void)!write(signal_pipe[1], &number, 1);
}

int evex_signal_take(void) {
    if (signal_pipe[0] < 0) return 0;
    unsigned char number = 0;
    ssize_t count = read(signal_pipe[0], &number, 1);
    return count == 1 ? (int)number : 0;
}

// MARK: - Crash guard

// If the process crashes in raw mode, whatever prints next (Swift's backtrace, the shell prompt)
// lands in a terminal without echo or line editing. Put the saved modes back first, then let the
// handler that was there before (the backtracer, or the default action) take over.
static struct termios shell_modes;
static volatile sig_atomic_t crash_guard_armed = 0;
static const int crash_signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGABRT };
static struct sigaction crash_previous[NSIG];
// Mouse reporting off, attributes off, cursor shown, main screen back: xterm's sequences, which
// every terminal evex targets (xterm, tmux, screen, VTE, kitty, iTerm2) understands.
static const char crash_reset[] = "\033[?1000l\033[?1002l\033[?1006l\033[0m\033[?25h\033[?1049l\r\n";

static void on_crash(int signal, siginfo_t *info, void *context) {
    (void)context;
    if (crash_guard_armed) {
        crash_guard_armed = 0;
        tcsetattr(STDIN_FILENO, TCSANOW, &shell_modes);
        (void)!write(STDOUT_FILENO, crash_reset, sizeof crash_reset - 1);
    }
    sigaction(signal, &crash_previous[signal], NULL);
    // A fault (si_code > 0) happens again when the instruction reruns, now under the previous
    // handler and with the true context; a signal sent by kill or abort must be sent again.
    if (info == NULL || info->si_code <= 0) raise(signal);
}

// Room to run the handler when the crash is a stack overflow, if nobody set one up before.
static char crash_stack[64 * 1024];

void evex_crash_guard_install(void) {
    if (!isatty(STDIN_FILENO) || tcgetattr(STDIN_FILENO, &shell_modes) != 0) return;
    stack_t current;
    if (sigaltstack(NULL, &current) == 0 && (current.ss_flags & SS_DISABLE)) {
        stack_t stack = { .ss_sp = crash_stack, .ss_size = sizeof crash_stack, .ss_flags = 0 };
        sigaltstack(&stack, NULL);
    }
    for (size_t i = 0; i < sizeof crash_signals / sizeof crash_signals[0]; i++) {
        int signal = crash_signals[i];
        struct sigaction action;
        action.sa_sigaction = on_crash;
        action.sa_flags = SA_SIGINFO | SA_ONSTACK;
        sigemptyset(&action.sa_mask);
        struct sigaction before;
        if (sigaction(signal, &action, &before) == 0 && before.sa_sigaction != on_crash) {
            crash_previous[signal] = before;
        }
    }
    crash_guard_armed = 1;
}

// MARK: - Restoring

void evex_terminal_restore(void) {
    crash_guard_armed = 0;
    if (stdscr != NULL && !isendwin()) {
        mousemask(0, NULL);
        curs_set(1);
        endwin();
    }
}

void evex_terminal_restore_at_exit(void) {
    static int registered = 0;
    if (registered) return;
    registered = 1;
    atexit(evex_terminal_restore);
}
