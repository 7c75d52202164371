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

/* Whether the current terminal can move the cursor: without it no full-screen app can draw. */
static inline int ml_can_address_cursor(void) {
  char *cup = tigetstr("cup");
  return cup != NULL && cup != (char *)-1;
}

/* The colour count terminfo gives for a terminal type (or $TERM when NULL); -1 when the type is
   unknown. Must not be called while a curses screen is active: it replaces cur_term briefly. */
static inline int ml_terminfo_colors(const char *term) {
  int status = 0;
  if (setupterm(term, STDOUT_FILENO, &status) != OK) return -1;
  int colors = tigetnum("colors");
  del_curterm(cur_term);
  return colors < 0 ? 0 : colors;
}

/* Whether a terminal type (or $TERM when NULL) can move the cursor: 1 or 0, -1 when the type is
   unknown. Must not be called while a curses screen is active, as ml_terminfo_colors. */
static inline int ml_terminfo_can_address_cursor(const char *term) {
  int status = 0;
  if (setupterm(term, STDOUT_FILENO, &status) != OK) return -1;
  int can = ml_can_address_cursor();
  del_curterm(cur_term);
  return can;
}

/* Restoring the terminal on a fatal signal (SIGILL from a Swift trap, SIGSEGV, SIGBUS, SIGABRT,
   SIGTRAP, SIGFPE): the handler writes the saved reset bytes (leave the alternate screen, show the
   cursor, plain attributes, bracketed paste off), puts back the terminal modes saved before
   curses started, then lets the signal end the process as it would have. Only async-signal-safe
   calls (write, tcsetattr, sigaction, raise). */
#include <termios.h>
#include <string.h>

/* The handler's state, as function-local statics (a system-library header cannot define
   globals Swift would link against). */
struct ml_fatal_state {
  struct termios modes;
  volatile int has_modes;
  char bytes[256];
  volatile size_t length;
};
static inline struct ml_fatal_state *ml_fatal(void) {
  static struct ml_fatal_state state;
  return &state;
}
#define ML_FATAL_SIGNAL_COUNT 6
static inline int ml_fatal_signal(int index) {
  switch (index) {
  case 0: return SIGILL;
  case 1: return SIGTRAP;
  case 2: return SIGSEGV;
  case 3: return SIGBUS;
  case 4: return SIGABRT;
  default: return SIGFPE;
  }
}

static void ml_fatal_signal_handler(int sig) {
  struct ml_fatal_state *state = ml_fatal();
  if (state->length > 0) {
    ssize_t ignored = write(STDOUT_FILENO, state->bytes, state->length);
    (void)ignored;
  }
  if (state->has_modes) tcsetattr(STDIN_FILENO, TCSANOW, &state->modes);
  struct sigaction fallback;
  memset(&fallback, 0, sizeof fallback);
  fallback.sa_handler = SIG_DFL;
  sigemptyset(&fallback.sa_mask);
  sigaction(sig, &fallback, NULL);
  raise(sig);
}

/* Saves the terminal's modes now (call before curses changes them) and installs the handler. */
static inline void ml_fatal_restore_install(void) {
  if (tcgetattr(STDIN_FILENO, &ml_fatal()->modes) == 0) ml_fatal()->has_modes = 1;
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = ml_fatal_signal_handler;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_NODEFER;
  for (int i = 0; i < ML_FATAL_SIGNAL_COUNT; i++) sigaction(ml_fatal_signal(i), &action, NULL);
}

/* The bytes the handler writes; truncated to the buffer. */
static inline void ml_fatal_restore_set_bytes(const char *bytes) {
  struct ml_fatal_state *state = ml_fatal();
  size_t length = strlen(bytes);
  if (length >= sizeof state->bytes) length = sizeof state->bytes - 1;
  state->length = 0;
  memcpy(state->bytes, bytes, length);
  state->length = length;
}

/* The terminfo string of a capability, or NULL. */
static inline const char *ml_terminfo_string(const char *name) {
  char *value = tigetstr(name);
  return (value == NULL || value == (char *)-1) ? NULL : value;
}

/* Puts the default actions back (the terminal is restored by then). */
static inline void ml_fatal_restore_remove(void) {
  struct sigaction fallback;
  memset(&fallback, 0, sizeof fallback);
  fallback.sa_handler = SIG_DFL;
  sigemptyset(&fallback.sa_mask);
  for (int i = 0; i < ML_FATAL_SIGNAL_COUNT; i++) sigaction(ml_fatal_signal(i), &fallback, NULL);
  ml_fatal()->length = 0;
}

/* The window's size as the terminal reports it (TIOCGWINSZ); 0 on success. */
#include <sys/ioctl.h>
static inline int ml_window_size(int fd, int *height, int *width) {
  struct winsize size;
  if (ioctl(fd, TIOCGWINSZ, &size) != 0) return -1;
  *height = size.ws_row;
  *width = size.ws_col;
  return 0;
}

/* Gives the allocator's free pages back to the system (glibc's malloc_trim); a no-op elsewhere. */
#if defined(__GLIBC__)
#include <malloc.h>
static inline void ml_release_free_memory(void) { (void)malloc_trim(0); }
#else
static inline void ml_release_free_memory(void) {}
#endif

#endif
