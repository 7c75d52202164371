# shellcheck shell=bash
# End-to-end tests of the calculator line in a mock and of estimation drill sets. Sourced by
# run.sh, which provides the helpers (new_term, start_mock, wait_for, db, mockloop_cli, ...).

db_calculations_are() { [ "$(db "SELECT expression || ' = ' || result FROM calculation" 2>/dev/null)" = "$1" ]; }
db_answers_are() { [ "$(db 'SELECT count(*) FROM estimate_answer' 2>/dev/null)" = "$1" ]; }

test_calculator_into_notes() {
  new_term
  start_mock
  keys '='
  wait_for "┌ Calculator ─"
  type_text "100M req/day in /s"
  keys Enter
  wait_for "→ 1,157 req/s"
  wait_until "the calculation stored" 3 db_calculations_are "100M req/day in /s = 1,157 req/s"
  keys Tab
  wait_gone "┌ Calculator ─"
  wait_for "100M req/day in /s = 1,157 req/s"
  wait_until "the notes stored" 3 db_notes_are "100M req/day in /s = 1,157 req/s"
  # From inside the notes editor, Alt-= opens it and Tab brings the result back to the cursor.
  keys Tab
  wait_for "Notes · editing"
  keys Enter
  keys M-=
  wait_for "┌ Calculator ─"
  type_text "2 * 3 GB"
  keys Tab
  wait_gone "┌ Calculator ─"
  wait_until "both lines in the notes" 3 db_notes_are $'100M req/day in /s = 1,157 req/s\n2 * 3 GB = 6 GB'
  keys Escape
  wait_for "Notes (Tab to type)"
  # A unit clash is shown on the line and keeps nothing.
  keys '='
  type_text "5 TB + 3 s"
  keys Enter
  wait_for "cannot add TB and s at column 6"
  keys Escape
  wait_gone "┌ Calculator ─"
  keys q
  wait_for "Leave the mock?"
  keys y
  wait_for "Formats"
  keys q
  wait_re '^EXIT=0'
  mockloop_cli show last | grep -qF '`100M req/day in /s` = 1,157 req/s' || fail "show lacks the calculation"
  expect_eq "calculations kept" 2 "$(db 'SELECT count(*) FROM calculation')"
}

test_drill_set_to_score() {
  new_term
  start_app drill
  local i
  for i in 1 2 3 4 5; do
    wait_for "Drill $i of 5"
    type_text "1"
    keys Enter
    wait_for "Expected:"
    keys Enter
  done
  wait_re "Score: [0-5] of 5 within 2x"
  wait_for "All sets: estimates within 2x"
  wait_until "five answers stored" 3 db_answers_are 5
  expect_eq "finished sets" 1 "$(db 'SELECT count(*) FROM estimate_run WHERE finished_at IS NOT NULL')"
  keys q
  wait_for "Formats"
  keys q
  wait_re '^EXIT=0'
  mockloop_cli estimates | grep -qE "estimates within 2x: [0-9]+ %" || fail "estimates lacks the summary"
  expect_eq "drills counted by stats --json" 5 "$(mockloop_cli stats --json | jq '.estimates.asked')"
}

test_home_key_starts_drills() {
  new_term
  start_app
  wait_for "Formats"
  keys e
  wait_for "Drill 1 of 5"
  keys Escape
  wait_for "Set done"
  keys q
  wait_for "Formats"
  keys q
  wait_re '^EXIT=0'
  expect_eq "unanswered drills stored" 5 "$(db "SELECT count(*) FROM estimate_answer WHERE grade = 'skipped'")"
}

TESTS+=(
  "= in a mock: a calculation lands in the notes and is kept with the session|test_calculator_into_notes"
  "mockloop drill: one set of five estimation drills run to its score|test_drill_set_to_score"
  "e on home starts a drill set; Esc ends it with the rest not answered|test_home_key_starts_drills"
)
