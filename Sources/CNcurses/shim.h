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

/* ---- Added for the terminal layer (Sources/MockLoopTUI/Terminal) ---- */
#include <fcntl.h>
#include <langinfo.h>
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <ncursesw/term.h>

/* The C library's idea of a character's width, which is also ncurses' idea. */
extern int wcwidth(wchar_t);
static inline int ml_wcwidth(unsigned int scalar) { return wcwidth((wchar_t)scalar); }

static inline FILE *ml_stdin(void) { return stdin; }
static inline FILE *ml_stdout(void) { return stdout; }
static inline WINDOW *ml_curscr(void) { return curscr; }

/* Attribute bits are built by function-like macros Swift cannot import. */
static inline attr_t ml_attr_bold(void) { return A_BOLD; }
static inline attr_t ml_attr_dim(void) { return A_DIM; }
static inline attr_t ml_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t ml_attr_reverse(void) { return A_REVERSE; }
static inline attr_t ml_attr_italic(void) { return A_ITALIC; }

/* Whether the current LC_CTYPE locale encodes text as UTF-8. */
static inline int ml_locale_is_utf8(void) {
  const char *codeset = nl_langinfo(CODESET);
  return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

/* Turns off XON/XOFF flow control so Ctrl-S and Ctrl-Q reach the app as keys. */
static inline int ml_disable_flow_control(int fd) {
  struct termios modes;
  if (tcgetattr(fd, &modes) != 0) return -1;
  modes.c_iflag &= ~(tcflag_t)(IXON | IXOFF);
  return tcsetattr(fd, TCSANOW, &modes);
}

/* Makes a descriptor non-blocking and close-on-exec (for the signal self-pipe). */
static inline int ml_make_nonblocking_cloexec(int fd) {
  int flags = fcntl(fd, F_GETFL);
  if (flags < 0 || fcntl(fd, F_SETFL, flags | O_NONBLOCK) < 0) return -1;
  return fcntl(fd, F_SETFD, FD_CLOEXEC);
}

/* Installs a plain handler (SA_RESTART, nothing masked) and saves the previous action. */
static inline int ml_install_signal_handler(int sig, void (*handler)(int), struct sigaction *previous) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = handler;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART;
  return sigaction(sig, &action, previous);
}

static inline int ml_query_signal_handler(int sig, struct sigaction *current) {
  return sigaction(sig, NULL, current);
}

static inline int ml_restore_signal_handler(int sig, const struct sigaction *previous) {
  return sigaction(sig, previous, NULL);
}

/* The function a saved action calls, or NULL for SIG_DFL, SIG_IGN and SA_SIGINFO handlers. */
static inline void (*ml_signal_handler_function(const struct sigaction *action))(int) {
  if (action->sa_flags & SA_SIGINFO) return NULL;
  if (action->sa_handler == SIG_DFL || action->sa_handler == SIG_IGN) return NULL;
  return action->sa_handler;
}

/* The colour count terminfo gives for a terminal type (or $TERM when NULL); -1 when the type is
   unknown. Must not be called while a curses screen is active: it replaces cur_term briefly. */
/* Whether the current terminal can move the cursor: without it no full-screen app can draw. */
static inline int ml_can_address_cursor(void) {
  char *cup = tigetstr("cup");
  return cup != NULL && cup != (char *)-1;
}

static inline int ml_terminfo_colors(const char *term) {
  int status = 0;
  if (setupterm(term, STDOUT_FILENO, &status) != OK) return -1;
  int colors = tigetnum("colors");
  del_curterm(cur_term);
  return colors < 0 ? 0 : colors;
}

#endif
