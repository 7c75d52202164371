# shellcheck shell=bash
# End-to-end tests of session ownership, unfinished sessions and a fatal signal. Sourced by
# run.sh, which provides the helpers (new_term, start_mock, wait_for, db, ...).

# Two terminals on one home: T1 runs the mock; the second terminal is T when this returns.
two_terminals_one_mock() {
  new_term
  T1=$T
  start_mock
  keys Tab
  wait_for "Notes · editing"
  type_text "first window"
  wait_until "notes in the database" 3 db_notes_are "first window"
  new_term
  T2=$T
}

test_second_resume_refused() {
  two_terminals_one_mock
  start_app resume
  wait_re "is open in another MockLoop \(pid [0-9]+ on /dev/pts/[0-9]+\)"
  wait_re '^EXIT=[1-9]'
  # The first window keeps saving.
  T=$T1
  type_text " still saving"
  wait_until "the first window's notes stored" 3 db_notes_are "first window still saving"
}

test_take_over() {
  two_terminals_one_mock
  T=$T1
  type_text " plus"
  T=$T2
  start_app resume --take-over
  wait_re '^ Phase 1/4 Clarify the problem'
  wait_for "first window plus"
  # The first window noticed, saved what it held, and stopped writing.
  T=$T1
  wait_for "moved to another terminal" 3
  type_text "ignored"
  T=$T2
  keys Tab
  wait_for "Notes · editing"
  type_text " and the second"
  wait_until "the new owner's notes stored" 3 db_notes_are "first window plus and the second"
  T=$T1
  keys q
  wait_for "Formats"
  keys q
  wait_re '^EXIT=0'
  expect_eq "notes after the old window quit" "first window plus and the second" "$(db 'SELECT notes FROM session')"
}

test_delete_refused_while_open() {
  new_term
  start_mock
  local out rc=0
  out=$(mockloop_cli delete -y last 2>&1) || rc=$?
  [ "$rc" != 0 ] || fail "delete of a running session exited 0: $out"
  printf '%s' "$out" | grep -q "open in another MockLoop" || fail "delete said: $out"
  expect_eq "sessions after the refused delete" 1 "$(db 'SELECT count(*) FROM session')"
}

test_start_with_unfinished_asks() {
  new_term
  start_mock
  keys q
  wait_for "Leave the mock?"
  keys y
  wait_for "Unfinished:"
  # On the command line: refused, with the choices spelled out.
  local out rc=0
  out=$(mockloop_cli start --format amazon-l6 --question url-shortener 2>&1 </dev/null) || rc=$?
  [ "$rc" != 0 ] || fail "start with an unfinished session exited 0"
  printf '%s' "$out" | grep -q -- "--abandon-unfinished" || fail "start said: $out"
  printf '%s' "$out" | grep -q "mockloop resume" || fail "start said: $out"
  # At home: Enter on a question asks first; a abandons the old one and starts the new one.
  keys Tab
  keys Enter
  wait_for "An interview is unfinished"
  keys a
  wait_re '^ Phase 1/4 Clarify the problem'
  wait_until "the old session abandoned" 3 eval '[ "$(db "SELECT count(*) FROM session WHERE abandoned_at IS NOT NULL")" = 1 ]'
  expect_eq "unfinished sessions offered" 1 "$(db 'SELECT count(*) FROM session WHERE finished_at IS NULL AND abandoned_at IS NULL')"
}

test_fatal_signal_restores_terminal() {
  new_term
  start_mock
  local pid
  pid=$(app_pid)
  kill -ILL "$pid"
  wait_re '^EXIT=132'
  expect_eq "alternate screen after SIGILL" 0 "$(alt_screen)"
  run_cmd "stty -a | tr ' ' '\\n' | grep -xE -- '-?(icanon|echo)' | tr '\\n' ' '; echo"
  wait_re '^icanon echo ?$'
}

TESTS+=(
  "a second terminal's resume is refused, naming the owner, while the first keeps saving|test_second_resume_refused"
  "resume --take-over: the first terminal saves, says the session moved, and stops writing|test_take_over"
  "delete of a session open in another terminal is refused|test_delete_refused_while_open"
  "start with an unfinished session asks first (home) or refuses with the choices (command line)|test_start_with_unfinished_asks"
  "a fatal signal (SIGILL) leaves the terminal usable: main screen, sane modes|test_fatal_signal_restores_terminal"
)
