#ifndef EVEX_CNCURSES_H
#define EVEX_CNCURSES_H

// The wide-character curses API (cchar_t, get_wch, mvadd_wch) is only declared with these set,
// and they must come before curses.h. pkg-config's own -D flags are refused by SwiftPM, hence here.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <wchar.h>

#if __has_include(<ncursesw/curses.h>)
#include <ncursesw/curses.h>   // Debian, Ubuntu, Fedora: libncurses-dev / ncurses-devel
#elif __has_include(<curses.h>)
#include <curses.h>            // macOS and BSDs: the system curses is the wide one
#else
#error "evex needs the ncurses wide-character headers: install libncurses-dev (Debian, Ubuntu), ncurses-devel (Fedora) or ncurses (Homebrew)."
#endif

// MARK: - Macros Swift cannot import, as functions

/// Starts curses on the process's terminal (stdout, stdin); NULL when TERM is unknown, where
/// initscr would print a message and exit instead.
static inline SCREEN *evex_newterm(void) { return newterm(NULL, stdout, stdin); }

static inline WINDOW *evex_stdscr(void) { return stdscr; }
static inline WINDOW *evex_curscr(void) { return curscr; }
static inline int evex_lines(void) { return stdscr ? getmaxy(stdscr) : 0; }
static inline int evex_cols(void) { return stdscr ? getmaxx(stdscr) : 0; }
static inline int evex_color_pairs(void) { return COLOR_PAIRS; }
static inline int evex_colors(void) { return COLORS; }
static inline int evex_key_f(int n) { return KEY_F(n); }

/// The attributes of a cell; colour pairs are given apart.
static inline attr_t evex_attributes(int bold, int underline, int reverse, int dim) {
    attr_t a = A_NORMAL;
    if (bold) a |= A_BOLD;
    if (underline) a |= A_UNDERLINE;
    if (reverse) a |= A_REVERSE;
    if (dim) a |= A_DIM;
    return a;
}

/// Puts one grapheme at (y, x): `text` is a spacing character followed by at most
/// CCHARW_MAX - 1 combining characters and a terminating 0.
static inline int evex_put(int y, int x, const wchar_t *text, attr_t attributes, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attributes, pair, NULL) == ERR) return ERR;
    return mvwadd_wch(stdscr, y, x, &cell);
}

static inline int evex_ccharw_max(void) { return CCHARW_MAX; }

/// Reads a key, waiting at most `timeout_ms` (negative: forever). Returns OK with a character,
/// KEY_CODE_YES with a key code (KEY_UP, KEY_RESIZE...), or ERR when nothing came.
static inline int evex_get_key(int timeout_ms, int *value) {
    wint_t key = 0;
    wtimeout(stdscr, timeout_ms);
    int result = wget_wch(stdscr, &key);
    *value = (int)key;
    return result;
}

// MARK: - Mouse

enum { EVEX_MOUSE_OTHER = 0, EVEX_MOUSE_PRESS = 1, EVEX_MOUSE_WHEEL_UP = 2, EVEX_MOUSE_WHEEL_DOWN = 3 };

/// Asks for clicks and the wheel; returns 0 when the terminal reports no mouse at all.
static inline int evex_mouse_enable(void) {
    mmask_t wanted = BUTTON1_PRESSED | BUTTON3_PRESSED | BUTTON4_PRESSED;
#ifdef BUTTON5_PRESSED
    wanted |= BUTTON5_PRESSED;
#endif
    mouseinterval(0);   // no click detection delay: a press is reported at once
    return mousemask(wanted, NULL) != 0;
}

static inline void evex_mouse_disable(void) { mousemask(0, NULL); }

/// The mouse event behind a KEY_MOUSE: one of the EVEX_MOUSE_* kinds, and where.
static inline int evex_mouse_read(int *x, int *y) {
    MEVENT event;
    if (getmouse(&event) != OK) return -1;
    *x = event.x;
    *y = event.y;
    if (event.bstate & BUTTON4_PRESSED) return EVEX_MOUSE_WHEEL_UP;
#ifdef BUTTON5_PRESSED
    if (event.bstate & BUTTON5_PRESSED) return EVEX_MOUSE_WHEEL_DOWN;
#endif
    if (event.bstate & (BUTTON1_PRESSED | BUTTON3_PRESSED)) return EVEX_MOUSE_PRESS;
    return EVEX_MOUSE_OTHER;
}

// MARK: - Signals and restoring the terminal (shim.c)

/// Bytes waiting to be read on `fd` (FIONREAD); -1 when that cannot be known.
int evex_pending_bytes(int fd);

/// Columns the terminal gives `character` under the current locale; -1 when it cannot print it.
int evex_wcwidth(wchar_t character);

/// Opens the pipe that signal handlers write to; returns its read end (non-blocking), or -1.
int evex_signal_pipe_open(void);
/// Sends `signal` to the pipe instead of its default action. With `chain`, the handler found
/// there before (ncurses's SIGWINCH handler) still runs. Returns 0, or -1 with errno.
int evex_signal_catch(int signal, int chain);
/// Puts back the action `signal` had before `evex_signal_catch`.
void evex_signal_release(int signal);
/// The next signal number waiting in the pipe, or 0.
int evex_signal_take(void);
/// Writes a wake-up (255) into the signal pipe, from any thread: the key loop returns a wake key.
void evex_wake(void);

/// Remembers the terminal modes to put back if the process crashes while the screen is in raw
/// mode, and installs that restoring in front of the handlers already there (Swift's backtracer).
void evex_crash_guard_install(void);
/// Leaves curses mode if it is on: mouse reporting off, cursor back, endwin. Safe to call twice.
void evex_terminal_restore(void);
/// Registers `evex_terminal_restore` with atexit, once.
void evex_terminal_restore_at_exit(void);

#endif
