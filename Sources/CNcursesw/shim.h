#ifndef WINNOW_CNCURSESW_SHIM_H
#define WINNOW_CNCURSESW_SHIM_H
// SwiftPM drops ncursesw's pkg-config -D flags: without these the wide-char API disappears.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Swift 6 cannot read C globals or use function-like macros: small accessors instead.
static inline WINDOW *winnow_stdscr(void) { return stdscr; }
static inline int winnow_lines(void) { return LINES; }
static inline int winnow_cols(void) { return COLS; }
static inline int winnow_colors(void) { return COLORS; }
static inline int winnow_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t winnow_attr_bold(void) { return WA_BOLD; }
static inline attr_t winnow_attr_dim(void) { return WA_DIM; }
static inline attr_t winnow_attr_underline(void) { return WA_UNDERLINE; }
static inline attr_t winnow_attr_reverse(void) { return WA_REVERSE; }
static inline attr_t winnow_attr_italic(void) { return WA_ITALIC; }
static inline attr_t winnow_attr_blink(void) { return WA_BLINK; }
static inline int winnow_key_resize(void) { return KEY_RESIZE; }
static inline FILE *winnow_stdout(void) { return stdout; }
static inline FILE *winnow_stdin(void) { return stdin; }
static inline WINDOW *winnow_curscr(void) { return curscr; }

// True when the current terminal has string capability `name` (tigetstr: NULL absent, -1 not a string).
static inline int winnow_has_string_capability(const char *name) {
    char *value = tigetstr(name);
    return value != NULL && value != (char *)-1;
}

// True when the current LC_CTYPE encodes UTF-8 (CODESET is a macro).
static inline int winnow_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

// Draws one cell. The pair number goes through setcchar's opts argument, since
// COLOR_PAIR(n) wraps above 255.
static inline int winnow_put_cell(int y, int x, const wchar_t *wch, attr_t attrs, int pair) {
    cchar_t cc;
    int p = pair;
    if (setcchar(&cc, wch, attrs, 0, &p) != OK) return ERR;
    return mvwadd_wch(stdscr, y, x, &cc);
}
#endif
