#ifndef MOCKLOOP_CNCURSES_SHIM_H
#define MOCKLOOP_CNCURSES_SHIM_H

#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncursesw/curses.h>

/* Swift 6 cannot touch the mutable C global `stdscr` nor import these macros. */
static inline WINDOW *ml_stdscr(void) { return stdscr; }
static inline int ml_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline int ml_lines(void) { return getmaxy(stdscr); }
static inline int ml_cols(void) { return getmaxx(stdscr); }
static inline int ml_colors(void) { return COLORS; }
static inline int ml_color_pairs(void) { return COLOR_PAIRS; }
static inline int ml_escdelay_set(int ms) { return set_escdelay(ms); }

#endif
