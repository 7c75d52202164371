#!/usr/bin/env bash
# End-to-end tests: the real mockloop binary in a real terminal (a private tmux server).
#
#   MOCKLOOP_BIN=/abs/path/to/mockloop bash Tests/e2e/run.sh [NAME-FILTER]
#
# MOCKLOOP_BIN defaults to .build/debug/mockloop under the repository root. An optional argument
# runs only the tests whose name contains it. E2E_TIMEOUT (seconds, default 10) is the deadline of
# every wait; E2E_KEEP=1 keeps the temporary folders.
#
# How it works: one tmux server (`tmux -L mockloop-e2e-$$ -f /dev/null`) for the whole run, one tmux
# session per test at 100x30 running an interactive bash whose prompt is "e2e$ "; the app is typed
# into that shell as `mockloop ...; echo EXIT=$?`, exactly as a person would run it. Keys go in with
# `send-keys` (`-l` for literal UTF-8), the screen comes back with `capture-pane -p` (`-e` for
# colours). Nothing sleeps a fixed time to wait for the app: every wait polls (the pane, the
# database or /proc) every 50 ms up to a deadline and prints the pane when it gives up. The one
# deliberate sleep is in the pause test, which checks that nothing moves for two seconds (and a
# one-second CPU sample taken only when the hang-up test has already failed).
#
# `make install` is tested with the Makefile's own install recipe but SWIFT=: and
# RELEASE_BIN=$MOCKLOOP_BIN, so that it installs the binary under test instead of spending minutes
# on a release build (the man page is made from the debug build, MANUAL_CONFIGURATION=debug, by
# E2E_SWIFT, default swift); E2E_REAL_INSTALL=1 runs the plain `make install PREFIX=...`.
#
# Every test gets its own MOCKLOOP_HOME and XDG_CONFIG_HOME (mktemp -d). Output: one
# "ok - name" / "not ok - name" line per test, then "N passed, M failed"; exit 1 if any failed.
#
# Tests marked "APP BUG" fail because of an open bug in the app, not in this script (described
# beside the test); they stay in the suite and pass once the bug is fixed. Tests marked "found by
# this suite" failed when they were written and pass since the fix; they stay as regression tests.

set -u

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BIN=${MOCKLOOP_BIN:-$ROOT/.build/debug/mockloop}
case $BIN in /*) ;; *) BIN=$ROOT/$BIN ;; esac
FILTER=${1:-}
TIMEOUT=${E2E_TIMEOUT:-10}
SOCK=mockloop-e2e-$$

if [ ! -x "$BIN" ]; then
  echo "mockloop binary not found at $BIN (build it, or set MOCKLOOP_BIN)" >&2
  exit 2
fi
for tool in tmux sqlite3 jq; do
  command -v "$tool" >/dev/null 2>&1 || { echo "the e2e tests need $tool on PATH" >&2; exit 2; }
done

# A clean, predictable environment for the server and everything it starts.
unset NO_COLOR MOCKLOOP_HOME MOCKLOOP_CONTENT XDG_DATA_HOME VISUAL TMUX TMUX_PANE
export EDITOR=true LANG=C.UTF-8 LC_ALL=C.UTF-8

WORK=$(mktemp -d "${TMPDIR:-/tmp}/mockloop-e2e.XXXXXX")
tmx() { tmux -L "$SOCK" -f /dev/null "$@"; }
# The shell in every pane: a plain bash whose prompt is "e2e$ ".
printf '%s\n' "PS1='e2e\$ '" "PS2=''" "unset PROMPT_COMMAND HISTFILE" >"$WORK/bashrc"

cleanup() {
  tmx kill-server >/dev/null 2>&1
  if [ "${E2E_KEEP:-0}" = 1 ]; then echo "# kept $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

# The server lives as long as this placeholder session; tests create their own sessions.
tmx new-session -d -s keeper -x 100 -y 30 "exec sleep 100000" || { echo "cannot start tmux" >&2; exit 2; }
tmx set -g default-terminal tmux-256color >/dev/null 2>&1 || tmx set -g default-terminal screen-256color
tmx set -g escape-time 0
tmx set -g history-limit 2000
tmx set -g remain-on-exit off

# ---------------------------------------------------------------------------------------------
# Helpers. T is the current test's tmux target; HOME_DIR/CONF_DIR its data and config folders.

T=""
HOME_DIR=""
CONF_DIR=""
SEQ=0

now_ms() { local t=${EPOCHREALTIME/./}; echo $((t / 1000)); }

note() { echo "#   $*" >&2; }

# fresh_dirs: a new data and config folder for the current test.
fresh_dirs() {
  HOME_DIR=$(mktemp -d "$WORK/home.XXXXXX")
  CONF_DIR=$(mktemp -d "$WORK/config.XXXXXX")
}

# term_env [VAR=VALUE ...]: the -e arguments for tmux giving a pane the test's environment.
TERM_ENV=()
term_env() {
  TERM_ENV=(-e "MOCKLOOP_HOME=$HOME_DIR" -e "XDG_CONFIG_HOME=$CONF_DIR" -e "EDITOR=true")
  local v
  for v in "$@"; do TERM_ENV+=(-e "$v"); done
}

# new_term [VAR=VALUE ...]: a new 100x30 terminal running an interactive shell; sets T.
new_term() {
  SEQ=$((SEQ + 1))
  T="t$SEQ"
  term_env "$@"
  tmx new-session -d -s "$T" -x 100 -y 30 "${TERM_ENV[@]}" "exec bash --noprofile --rcfile '$WORK/bashrc' -i" || return 1
  wait_prompt
}

# new_window [VAR=VALUE ...]: another window (a new terminal tab) in the current session.
# shellcheck disable=SC2120 # the arguments are optional
new_window() {
  term_env "$@"
  tmx new-window -t "$T" "${TERM_ENV[@]}" "exec bash --noprofile --rcfile '$WORK/bashrc' -i" || return 1
  wait_prompt
}

pane() { tmx capture-pane -p -t "$T"; }
pane_e() { tmx capture-pane -p -e -t "$T"; }
keys() { tmx send-keys -t "$T" "$@"; }
type_text() { tmx send-keys -t "$T" -l "$1"; }

show_pane() {
  echo "#   --- pane $T ($(tmx display -p -t "$T" '#{window_width}x#{window_height}' 2>/dev/null)) ---" >&2
  pane 2>/dev/null | sed 's/^/#   |/' >&2
  echo "#   ---" >&2
}

# wait_until DESCRIPTION TIMEOUT COMMAND...: run COMMAND every 50 ms until it succeeds.
wait_until() {
  local what=$1 limit=$2
  shift 2
  local deadline=$(($(now_ms) + limit * 1000))
  while true; do
    if "$@"; then return 0; fi
    if [ "$(now_ms)" -ge "$deadline" ]; then
      note "timed out after ${limit}s waiting for: $what"
      show_pane
      return 1
    fi
    sleep 0.05
  done
}

pane_has() { pane | grep -qF -- "$1"; }
pane_lacks() { ! pane | grep -qF -- "$1"; }
pane_matches() { pane | grep -qE -- "$1"; }

# wait_for TEXT [TIMEOUT]: until the pane shows TEXT (fixed string).
wait_for() { wait_until "'$1' on screen" "${2:-$TIMEOUT}" pane_has "$1"; }
# wait_gone TEXT [TIMEOUT]: until the pane no longer shows TEXT.
wait_gone() { wait_until "'$1' gone from screen" "${2:-$TIMEOUT}" pane_lacks "$1"; }
# wait_re REGEX [TIMEOUT]: until a line of the pane matches the extended regex.
wait_re() { wait_until "/$1/ on screen" "${2:-$TIMEOUT}" pane_matches "$1"; }

# The last non-empty line of the pane is the shell prompt alone.
last_line_is_prompt() { pane | grep -v '^$' | tail -1 | grep -qE '^e2e\$ ?$'; }
# row_has N TEXT: row N (1-based) of the pane contains TEXT.
row_has() { pane | sed -n "${1}p" | grep -qF -- "$2"; }

wait_prompt() { wait_re '^e2e\$ ?$'; }

# run_cmd COMMAND-LINE: type a command line into the shell of the current window and press Enter.
run_cmd() { type_text "$1"; keys Enter; }

# start_app [ARGS]: run mockloop in the current window; `echo EXIT=$?` follows it.
start_app() { run_cmd "'$BIN' $*; echo EXIT=\$?"; }

start_mock() {
  start_app start --format amazon-l6 --question url-shortener
  wait_re '^ Phase 1/4 Clarify the problem'
}

TIMER_RE='^ Phase [0-9]+/[0-9]+ '
timer_row() { pane | grep -m1 -E "$TIMER_RE"; }
# The phase countdown ("09:58" of "09:58 left"), empty when paused.
remaining() { timer_row | grep -oE '[0-9]+:[0-9]{2} left' | head -1; }
remaining_differs() { local r; r=$(remaining); [ -n "$r" ] && [ "$r" != "$1" ]; }

# app_pid: the pid of the program running in the shell of the current pane.
app_pid_now() {
  local shell_pid
  shell_pid=$(tmx list-panes -t "$T" -F '#{pane_active} #{pane_pid}' | awk '$1 == 1 { print $2 }')
  pgrep -P "$shell_pid" | head -1
}
app_pid() {
  local pid=""
  # shellcheck disable=SC2016 # expanded by eval, inside wait_until
  wait_until "the app's process" "$TIMEOUT" eval 'pid=$(app_pid_now); [ -n "$pid" ]' || return 1
  echo "$pid"
}

# Seconds of "elapsed m:ss" (or h:mm:ss) in the timer row.
elapsed_seconds() {
  timer_row | grep -oE 'elapsed [0-9:]+' | head -1 | awk '{ n = split($2, p, ":"); s = 0
    for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }'
}

# away_at_least SECONDS: the stored session was last known alive at least SECONDS ago.
away_at_least() {
  local last
  last=$(db "SELECT max(coalesce(s.last_seen_at, 0), coalesce((SELECT max(at) FROM session_event e
    WHERE e.session_id = s.id), 0)) FROM session s") || return 1
  awk -v now="$EPOCHREALTIME" -v last="$last" -v need="$1" 'BEGIN { exit !(now - last >= need) }'
}

# alive PID: the process exists and is not a zombie (PID 1 here may reap orphans late).
alive() { [ -r "/proc/$1/stat" ] && ! awk '{ exit !($3 == "Z") }' "/proc/$1/stat" 2>/dev/null; }
gone() { ! alive "$1"; }

# app_pid_by_home: the mockloop process whose environment holds this test's MOCKLOOP_HOME (for an
# app that is not a child of the pane's shell).
app_pid_by_home() {
  local p
  for p in $(pgrep -x mockloop); do
    tr '\0' '\n' 2>/dev/null <"/proc/$p/environ" | grep -qxF "MOCKLOOP_HOME=$HOME_DIR" && { echo "$p"; return 0; }
  done
  return 1
}

# cpu_percent PID SECONDS: CPU used by PID over SECONDS of wall time, in % of one CPU.
cpu_percent() {
  local a b
  a=$(awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat")
  sleep "$2"
  b=$(awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat" 2>/dev/null) || { echo "?"; return; }
  awk -v a="$a" -v b="$b" -v hz="$(getconf CLK_TCK)" -v s="$2" 'BEGIN { printf "%.0f", (b - a) / hz / s * 100 }'
}

alt_screen() { tmx display -p -t "$T" '#{alternate_on}'; }

db() { sqlite3 -batch -noheader "$HOME_DIR/mockloop.sqlite" "$@"; }
db_notes_are() { [ "$(db 'SELECT notes FROM session' 2>/dev/null)" = "$1" ]; }

mockloop_cli() { MOCKLOOP_HOME=$HOME_DIR XDG_CONFIG_HOME=$CONF_DIR "$BIN" "$@"; }

fail() {
  note "FAILED: $*"
  show_pane
  return 1
}

# expect_eq WHAT EXPECTED ACTUAL
expect_eq() {
  if [ "$2" != "$3" ]; then
    note "$1: expected [$2], got [$3]"
    return 1
  fi
}

# Colour SGR parameters: 30-38, 40-48 (38/48 start 256 and RGB colours), 90-97, 100-107.
# 39 and 49 (default colours) are not colours; tmux writes them in every capture.
has_colour_sgr() {
  grep -qE $'\e\\[([0-9]*;)*(3[0-8]|4[0-8]|9[0-7]|10[0-7])(;[0-9]*)*m'
}

# ---------------------------------------------------------------------------------------------
# Tests. Each runs in its own subshell with `set -e`: the first failing step ends it.

test_session_flow() {
  new_term
  start_mock
  # The clock ticks: the phase countdown changes by itself.
  local r0
  r0=$(remaining)
  [ -n "$r0" ] || fail "no 'mm:ss left' in the timer row"
  wait_until "the countdown to move from $r0" 5 remaining_differs "$r0"
  # Tick the first checklist item.
  keys Space
  wait_for "Checklist 1/5"
  wait_for "[x] Listed the core functional requirements"
  # Notes take UTF-8.
  keys Tab
  wait_for "Notes · editing"
  type_text "héllo 漢字 🙂"
  wait_for "héllo 漢字 🙂"
  keys Escape
  wait_for "Notes (Tab to type)"
  # Next phase.
  keys ']'
  wait_re '^ Phase 2/4 High-level architecture'
  # Pause: the clock stops.
  keys p
  wait_re "$TIMER_RE.*PAUSED [0-9]+:[0-9]{2}"
  local a b
  a=$(timer_row | sed -E 's/ · paused.*//')
  sleep 2.2 # deliberate: checking that nothing moves while paused
  b=$(timer_row | sed -E 's/ · paused.*//')
  expect_eq "timer row while paused" "$a" "$b" || fail "the clock moved while paused"
  # Resume: the countdown runs again.
  keys p
  wait_re "$TIMER_RE.*[0-9]+:[0-9]{2} left"
  r0=$(remaining)
  wait_until "the countdown to move again from $r0" 5 remaining_differs "$r0"
  pane_lacks "PAUSED" || fail "still PAUSED after the second p"
}

test_kill9_then_resume() {
  new_term
  start_mock
  keys Space
  wait_for "[x] Listed the core functional requirements"
  keys Tab
  wait_for "Notes · editing"
  local text="kill nine 漢字 🙂"
  type_text "$text"
  wait_for "$text"
  # Saved within about a second of typing, and the tick at once.
  wait_until "notes in the database" 3 db_notes_are "$text"
  expect_eq "checklist marks in the database" 1 "$(db 'SELECT count(*) FROM checklist_mark')"
  local pid before after
  pid=$(app_pid)
  before=$(elapsed_seconds)
  kill -9 "$pid"
  wait_re '^EXIT=137'
  # The banner names the time away only from one second up: let at least 1.5 s pass since the
  # session was last known alive (last_seen_at or its last event, as stored).
  wait_until "1.5 s away from the last save" 5 away_at_least 1.5
  # A new terminal: resume.
  # shellcheck disable=SC2119
  new_window
  start_app resume
  wait_re "Resumed: [0-9]+:[0-9]{2} away counted as paused"
  wait_for "$text"
  wait_for "[x] Listed the core functional requirements"
  wait_for "Checklist 1/5"
  wait_re "$TIMER_RE.*PAUSED"
  # The clock is where it stopped: a kill costs at most the last second (plus display rounding).
  after=$(elapsed_seconds)
  if [ "$after" -gt "$before" ] || [ "$after" -lt $((before - 2)) ]; then
    fail "elapsed ${before}s before the kill, ${after}s after resume"
  fi
  expect_eq "notes in show last --json" "$text" "$(mockloop_cli show last --json | jq -r .notes)"
  expect_eq "first checklist item checked in show last --json" true \
    "$(mockloop_cli show last --json | jq -r '.phases[0].checklist[0].checked')"
}

# signal_test SIG: the app gets SIG right after notes were typed; the terminal must be restored
# (normal screen, shell prompt back) and the notes saved.
signal_test() {
  local sig=$1
  new_term
  start_mock
  keys Tab
  wait_for "Notes · editing"
  local text="before SIG$sig 漢字 🙂"
  type_text "$text"
  wait_for "$text"
  local pid
  pid=$(app_pid)
  kill -s "$sig" "$pid"
  wait_re '^EXIT=[0-9]+'
  wait_until "process $pid to exit" "$TIMEOUT" gone "$pid"
  expect_eq "#{alternate_on} after SIG$sig" 0 "$(alt_screen)" || fail "still in the alternate screen"
  # The normal screen is back: the command line typed before the app, then the prompt after it.
  pane_has "start --format amazon-l6" || fail "the shell's screen was not restored"
  wait_until "the shell prompt after EXIT" "$TIMEOUT" last_line_is_prompt
  expect_eq "notes in the database after SIG$sig" "$text" "$(db 'SELECT notes FROM session')"
}
test_sigterm() { signal_test TERM; }
# Closing the terminal (the pane and its pty go away, the app gets SIGHUP) keeps the notes.
test_closed_terminal() {
  new_term
  start_mock
  keys Tab
  wait_for "Notes · editing"
  local text="terminal closed 漢字 🙂"
  type_text "$text"
  wait_for "$text"
  local pid
  pid=$(app_pid)
  tmx kill-window -t "$T"
  wait_until "process $pid to exit" "$TIMEOUT" gone "$pid"
  expect_eq "notes in the database after the terminal closed" "$text" "$(db 'SELECT notes FROM session')"
}
test_sighup() { signal_test HUP; }
test_sigint() { signal_test INT; }

# The terminal goes away but no SIGHUP reaches the app (it runs in its own session, as under
# `setsid`): input then reads end-of-file. The app must save and exit, not spin on the dead
# terminal. Found by this suite: the app looped on read(0) = 0 at full CPU forever (fixed in
# 53143c9).
test_hangup_without_sighup() {
  new_term
  run_cmd "setsid -w '$BIN' start --format amazon-l6 --question url-shortener; echo EXIT=\$?"
  wait_re '^ Phase 1/4 Clarify the problem'
  keys Tab
  wait_for "Notes · editing"
  local text="hang-up without a signal ✓"
  type_text "$text"
  wait_for "$text"
  local pid
  # shellcheck disable=SC2016 # expanded by eval, inside wait_until
  wait_until "the app's process" "$TIMEOUT" eval 'pid=$(app_pid_by_home)'
  tmx kill-window -t "$T"
  if ! wait_until "process $pid to exit after the terminal closed" 5 gone "$pid"; then
    note "still running 5 s after its terminal closed; CPU over the next second: $(cpu_percent "$pid" 1.0)%"
    kill -9 "$pid" 2>/dev/null
    return 1
  fi
  expect_eq "notes in the database" "$text" "$(db 'SELECT notes FROM session')"
}

# TERM=dumb has no cursor addressing: a full-screen app cannot draw there. Like an unknown TERM,
# it should be refused with a message naming TERM and a non-zero exit.
# APP BUG (open, found by this suite): the app starts anyway and draws only its first line; keys
# still act on the invisible screen (q y q quits blind).
test_term_dumb_refused() {
  new_term
  run_cmd "TERM=dumb '$BIN' start --format amazon-l6 --question url-shortener; echo EXIT=\$?"
  wait_re '^EXIT=[0-9]+' 5 || return 1
  pane_matches '^EXIT=[1-9]' || fail "exit status 0 with TERM=dumb"
  pane | grep -v "TERM=dumb '" | grep -q "TERM" || fail "no message about TERM"
}

test_resize_storm() {
  new_term
  start_mock
  local sizes=(60x16 200x60 80x24 61x17 150x45 100x30 120x20 64x50 200x16 60x60 90x33 177x51
    70x18 199x59 81x25 60x16 130x40 75x22 160x55 100x16 66x30 140x35 200x60)
  local s
  for s in "${sizes[@]}"; do
    tmx resize-window -t "$T" -x "${s%x*}" -y "${s#*x}"
  done
  # Ends at 200x60: the frame must be drawn for that size (footer on the last row).
  wait_re "$TIMER_RE"
  wait_until "the footer on row 60 of 60" "$TIMEOUT" row_has 60 "Space tick"
  keys f
  wait_for "Follow-ups 1/7"
  tmx resize-window -t "$T" -x 20 -y 6
  wait_for "Terminal too small"
  wait_for "20x6"
  tmx resize-window -t "$T" -x 100 -y 30
  wait_re "$TIMER_RE"
  wait_for "Follow-ups 1/7"
  wait_gone "Terminal too small"
  keys p
  wait_re "$TIMER_RE.*PAUSED"
}

test_too_small_at_launch() {
  new_term
  tmx resize-window -t "$T" -x 50 -y 12
  start_app start --format amazon-l6 --question url-shortener
  wait_for "Terminal too small"
  wait_for "50x12"
  tmx resize-window -t "$T" -x 100 -y 30
  wait_re '^ Phase 1/4 Clarify the problem'
}

test_no_color() {
  new_term
  start_mock
  local coloured plain
  coloured=$(pane_e)
  printf '%s' "$coloured" | has_colour_sgr || fail "the default theme shows no colour at all"
  tmx kill-session -t "$T"
  new_term NO_COLOR=1
  start_app start --format amazon-l6 --question url-shortener --abandon-unfinished
  wait_re '^ Phase 1/4 Clarify the problem'
  keys Space
  wait_for "Checklist 1/5"
  plain=$(pane_e)
  if printf '%s' "$plain" | has_colour_sgr; then
    note "colour codes with NO_COLOR=1:"
    printf '%s' "$plain" | grep -oE $'\e\\[([0-9]*;)*(3[0-8]|4[0-8]|9[0-7]|10[0-7])(;[0-9]*)*m' |
      sort | uniq -c | head -5 | cat -v >&2
    return 1
  fi
  # The help overlay and the home screen too.
  keys '?'
  wait_for "Help — "
  plain=$(pane_e)
  printf '%s' "$plain" | has_colour_sgr && fail "colour codes in help with NO_COLOR=1"
  keys x
  wait_gone "Help — "
  keys q
  wait_for "Leave the mock?"
  keys y
  wait_for "Unfinished:"
  plain=$(pane_e)
  printf '%s' "$plain" | has_colour_sgr && fail "colour codes on the home screen with NO_COLOR=1"
  return 0
}

test_quit_unfinished_resume() {
  new_term
  start_mock
  keys ']'
  wait_re '^ Phase 2/4'
  keys Tab
  wait_for "Notes · editing"
  type_text "before leaving"
  wait_for "before leaving"
  keys Escape
  wait_for "Notes (Tab to type)"
  keys q
  wait_for "Leave the mock?"
  keys y
  wait_for "Unfinished: Design a URL shortener"
  wait_for "r resume"
  keys r
  wait_re '^ Phase 2/4 High-level architecture'
  pane_has "Design a URL shortener" || fail "resumed into another session"
  wait_for "before leaving"
  # Typing after a resume continues at the end of the notes.
  keys Tab
  wait_for "Notes · editing"
  type_text " and after"
  wait_for "before leaving and after"
  keys Escape
  wait_for "Notes (Tab to type)"
  # Leave again and quit from home: back to the shell with a clean exit.
  keys q
  wait_for "Leave the mock?"
  keys y
  wait_for "Unfinished:"
  keys q
  wait_re '^EXIT=0'
  expect_eq "#{alternate_on} after quitting" 0 "$(alt_screen)"
  expect_eq "notes" "before leaving and after" "$(db 'SELECT notes FROM session')"
}

test_home_enter_starts_mock() {
  new_term
  start_app
  wait_for "Enter start"
  wait_for "Formats"
  keys Tab
  keys Enter
  wait_re "$TIMER_RE"
}

# `e` hands the notes to $EDITOR (here a script that appends a line), the app comes back with the
# edited notes, and typing afterwards continues at their end (as after a resume).
# Found by this suite: the notes cursor was at the very start after the editor returned, so the
# text typed next landed before the edited notes (fixed in 53143c9).
test_external_editor() {
  local editor="$WORK/editor-$SEQ.sh"
  # shellcheck disable=SC2016 # $1 belongs to the editor script
  printf '#!/bin/sh\nprintf "from the editor \\342\\234\\223\\n" >> "$1"\n' >"$editor"
  chmod +x "$editor"
  new_term "EDITOR=$editor" "VISUAL=$editor"
  start_mock
  keys e
  wait_for "from the editor ✓"
  wait_re "$TIMER_RE"
  expect_eq "notes after the editor" "from the editor ✓" "$(db 'SELECT notes FROM session')"
  keys Tab
  wait_for "Notes · editing"
  type_text "typed after"
  wait_for "typed after"
  keys Escape
  wait_for "Notes (Tab to type)"
  local notes
  notes=$(mockloop_cli show last --json | jq -r .notes)
  case $notes in
    "from the editor ✓"*"typed after") ;;
    *) fail "typing after the editor should continue at the end; notes are: $(printf '%q' "$notes")" ;;
  esac
}

# A fast burst (like a paste without bracketed paste) of 1,000 characters: none is lost.
test_typing_burst() {
  new_term
  start_mock
  keys Tab
  wait_for "Notes · editing"
  local text i
  text=$(for i in $(seq 1 125); do printf 'k%03d漢字 ' "$i"; done)
  text=${text% }
  type_text "$text"
  # The end of the burst may wrap anywhere on screen: wait for the saved notes instead.
  if ! wait_until "all ${#text} characters in the saved notes" "$TIMEOUT" db_notes_are "$text"; then
    local saved
    saved=$(db 'SELECT notes FROM session')
    note "saved ${#saved} of ${#text} characters; saved ends with: ...${saved: -30}"
    return 1
  fi
  keys Escape
  wait_for "Notes (Tab to type)"
  expect_eq "notes in show last --json" "$text" "$(mockloop_cli show last --json | jq -r .notes)"
}

# Bracketed paste (tmux paste-buffer -p) of several lines goes into the notes as lines.
test_bracketed_paste() {
  new_term
  start_mock
  keys Tab
  wait_for "Notes · editing"
  printf 'first pasted line\nsecond ✓ line\nthird line' | tmx load-buffer -b e2e -
  tmx paste-buffer -p -d -b e2e -t "$T"
  wait_for "third line"
  keys Escape
  wait_for "Notes (Tab to type)"
  expect_eq "pasted notes" "$(printf 'first pasted line\nsecond ✓ line\nthird line')" \
    "$(mockloop_cli show last --json | jq -r .notes)"
}

test_follow_up_on_demand() {
  new_term
  start_mock
  wait_for "Follow-ups 0/7"
  keys f
  wait_for "Follow-ups 1/7"
  expect_eq "on-demand follow-up events" 1 \
    "$(db "SELECT count(*) FROM session_event WHERE kind = 'followUpRevealed' AND on_demand = 1")"
}

test_help_overlay() {
  new_term
  start_mock
  keys '?'
  wait_for "Help — "
  keys z
  wait_gone "Help — "
  wait_re "$TIMER_RE"
}

test_last_phase_asks_to_finish() {
  new_term
  start_mock
  keys ']' ']' ']'
  wait_re '^ Phase 4/4'
  keys ']'
  wait_for "Finish the interview?"
  keys n
  wait_gone "Finish the interview?"
  wait_re '^ Phase 4/4'
  # y finishes: the summary, and the stored session is finished.
  keys ']'
  wait_for "Finish the interview?"
  keys y
  wait_for "Interview finished"
  expect_eq "state in show last --json" finished "$(mockloop_cli show last --json | jq -r .state)"
}

test_export_import_round_trip() {
  new_term
  start_mock
  keys Space
  wait_for "Checklist 1/5"
  keys Tab
  wait_for "Notes · editing"
  local text="round trip ✓ 漢字"
  type_text "$text"
  wait_for "$text"
  keys Escape
  wait_for "Notes (Tab to type)"
  keys q
  wait_for "Leave the mock?"
  keys y
  wait_for "Unfinished:"
  keys q
  wait_re '^EXIT=0'
  local out="$WORK/export-$SEQ.json" first_home=$HOME_DIR
  mockloop_cli export --all --format json -o "$out" >/dev/null 2>&1
  [ -s "$out" ] || fail "export wrote nothing to $out"
  fresh_dirs
  local said
  said=$(mockloop_cli import "$out")
  printf '%s' "$said" | grep -qiE 'imported 1( |$)' || { note "first import said: $said"; return 1; }
  said=$(mockloop_cli import "$out")
  printf '%s' "$said" | grep -qiE 'imported 0( |$)' || { note "second import said: $said"; return 1; }
  local ids_a ids_b
  ids_a=$(MOCKLOOP_HOME=$first_home "$BIN" history --json | jq -r '.[].id' | sort)
  ids_b=$(mockloop_cli history --json | jq -r '.[].id' | sort)
  [ -n "$ids_a" ] || { note "no session in the first home's history"; return 1; }
  expect_eq "history ids of the fresh home" "$ids_a" "$ids_b"
  expect_eq "imported notes" "$text" "$(mockloop_cli show last --json | jq -r .notes)"
}

# `make install` with PREFIX in a temp folder, then the installed binary run from / must find the
# built-in decks. By default the Makefile's install recipe installs the binary under test
# (SWIFT=: skips its release build, which takes minutes); E2E_REAL_INSTALL=1 runs the plain
# `make install PREFIX=...` including the release build.
test_make_install_runs_anywhere() {
  local prefix
  prefix=$(mktemp -d "$WORK/prefix.XXXXXX")
  if [ "${E2E_REAL_INSTALL:-0}" = 1 ]; then
    make -s -C "$ROOT" install PREFIX="$prefix" >"$WORK/install.log" 2>&1 ||
      { tail -20 "$WORK/install.log" >&2; return 1; }
  else
    make -s -C "$ROOT" install PREFIX="$prefix" SWIFT=: RELEASE_BIN="$BIN" MANUAL_SWIFT="${E2E_SWIFT:-swift}" \
      MANUAL_CONFIGURATION=debug >"$WORK/install.log" 2>&1 ||
      { tail -20 "$WORK/install.log" >&2; return 1; }
  fi
  [ -x "$prefix/bin/mockloop" ] || { note "no $prefix/bin/mockloop"; return 1; }
  local listed
  listed=$(cd / && MOCKLOOP_HOME=$HOME_DIR XDG_CONFIG_HOME=$CONF_DIR "$prefix/bin/mockloop" decks list 2>&1)
  printf '%s\n' "$listed" | grep -q "amazon-l6" ||
    { note "decks list from / did not show the formats:"; printf '%s\n' "$listed" | head -20 >&2; return 1; }
  printf '%s\n' "$listed" | grep -q "url-shortener\|URL shortener" ||
    { note "decks list from / did not show the questions:"; printf '%s\n' "$listed" | head -20 >&2; return 1; }
}

# ---------------------------------------------------------------------------------------------

TESTS=(
  "session: clock ticks, checklist tick, UTF-8 notes, next phase, pause freezes the clock|test_session_flow"
  "kill -9 then resume restores notes and ticks, away time counted as paused|test_kill9_then_resume"
  "SIGTERM restores the terminal and keeps the notes just typed|test_sigterm"
  "SIGHUP restores the terminal and keeps the notes just typed|test_sighup"
  "SIGINT restores the terminal and keeps the notes just typed|test_sigint"
  "closing the terminal keeps the notes just typed|test_closed_terminal"
  "terminal gone without SIGHUP: the app saves and exits instead of spinning (found by this suite)|test_hangup_without_sighup"
  "TERM=dumb is refused with a message, like an unknown TERM (found by this suite)|test_term_dumb_refused"
  "resize storm, too-small notice and back|test_resize_storm"
  "too small at launch, then enlarged|test_too_small_at_launch"
  "NO_COLOR=1 emits no colour codes, the default theme does|test_no_color"
  "q then y goes home with the Unfinished banner, r resumes|test_quit_unfinished_resume"
  "home: Enter on a question starts a mock|test_home_enter_starts_mock"
  "e edits the notes in \$EDITOR; typing then continues at their end (found by this suite)|test_external_editor"
  "a burst of 1,000 typed characters loses none|test_typing_burst"
  "bracketed paste puts several lines into the notes|test_bracketed_paste"
  "f asks the next follow-up now|test_follow_up_on_demand"
  "? opens help, any key closes it|test_help_overlay"
  "] on the last phase asks to finish: n stays, y finishes|test_last_phase_asks_to_finish"
  "export then import on a fresh home, second import adds nothing|test_export_import_round_trip"
  "make install, then the installed binary finds its decks from /|test_make_install_runs_anywhere"
)
# shellcheck source=Tests/e2e/trust_tests.sh
. "$ROOT/Tests/e2e/trust_tests.sh"
# shellcheck source=Tests/e2e/keys_tests.sh
. "$ROOT/Tests/e2e/keys_tests.sh"
# shellcheck source=Tests/e2e/screens_tests.sh
. "$ROOT/Tests/e2e/screens_tests.sh"
# shellcheck source=Tests/e2e/estimate_tests.sh
. "$ROOT/Tests/e2e/estimate_tests.sh"
# shellcheck source=Tests/e2e/report_tests.sh
. "$ROOT/Tests/e2e/report_tests.sh"
# shellcheck source=Tests/e2e/install_tests.sh
. "$ROOT/Tests/e2e/install_tests.sh"
# shellcheck source=Tests/e2e/interviewer_tests.sh
. "$ROOT/Tests/e2e/interviewer_tests.sh"

passed=0
failed=0
for entry in "${TESTS[@]}"; do
  name=${entry%%|*}
  fn=${entry##*|}
  if [ -n "$FILTER" ] && [[ $name != *"$FILTER"* ]] && [[ $fn != *"$FILTER"* ]]; then continue; fi
  fresh_dirs
  start_ms=$(now_ms)
  (
    set -e
    $fn
  )
  rc=$?
  SEQ=$((SEQ + 100)) # session names stay unique: each test numbers its own from SEQ
  tmx list-sessions -F '#{session_name}' 2>/dev/null | grep -v '^keeper$' |
    while read -r s; do tmx kill-session -t "$s" 2>/dev/null; done
  took=$(($(now_ms) - start_ms))
  echo "#   took ${took} ms" >&2
  if [ $rc = 0 ]; then
    echo "ok - $name"
    passed=$((passed + 1))
  else
    echo "not ok - $name"
    failed=$((failed + 1))
  fi
done

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
