# shellcheck shell=bash
# End-to-end tests of scrolling, focus and the big clock. Sourced by run.sh, which provides the
# helpers (new_term, start_app, start_mock, wait_for, keys, mockloop_cli, ...).

# G on home's drill list goes to its last drill and shows the position "N/N".
test_drill_list_end() {
  new_term
  start_app
  # Home opens on Today's plan; Tab goes on to the questions, then the formats.
  wait_re "Today [0-9]{4}-"
  keys Tab
  keys Tab
  wait_re '^│drill-15 '
  # The drill format is as many rows below the first format as j presses.
  local first drill i
  first=$(pane | grep -n '^│amazon-l6 ' | head -1 | cut -d: -f1)
  drill=$(pane | grep -n '^│drill-15 ' | head -1 | cut -d: -f1)
  [ -n "$first" ] && [ -n "$drill" ] || fail "the formats list has no drill-15"
  for ((i = first; i < drill; i++)); do keys j; done
  wait_for "Single-topic drill"
  local count
  count=$(pane | grep -oE 'Questions [0-9]+' | head -1 | grep -oE '[0-9]+')
  [ "$count" -gt 20 ] || fail "the drill format lists only $count questions"
  # With a plan, Tab's order is Today, questions, formats: Shift-Tab goes back to the questions.
  keys BTab
  keys G
  wait_for "$count/$count"
  # g goes back to the first.
  keys g
  wait_for "1/$count"
  keys q
  wait_re '^EXIT=0'
}

# At 120x40 the scale numbers of url-shortener are below the Question pane's edge; Tab to the
# pane and Ctrl-d brings them in, with the position on the border.
test_scale_numbers_by_scrolling() {
  new_term
  tmx resize-window -t "$T" -x 120 -y 40
  start_mock
  wait_for "Question"
  pane_lacks "100M new links a month" || fail "the scale numbers show without scrolling"
  wait_re '─ 1-[0-9]+/[0-9]+ ─'
  keys Tab
  wait_for "Notes · editing"
  keys Tab
  wait_gone "Notes · editing"
  local i
  for i in 1 2 3 4 5 6; do
    pane_has "100M new links a month" && break
    keys C-d
    sleep 0.1
  done
  wait_for "100M new links a month"
  wait_re '─ [0-9]+-[0-9]+/[0-9]+ ─'
  # G reaches the end of the question (its focus areas), k steps back at once.
  keys G
  wait_for "Monitoring, alarms and runbooks"
  local at_end
  at_end=$(pane | grep -oE '[0-9]+-[0-9]+/[0-9]+' | head -1)
  keys k
  wait_until "k to move the view back from $at_end" 3 eval '[ "$(pane | grep -oE "[0-9]+-[0-9]+/[0-9]+" | head -1)" != "$at_end" ]'
}

# c shows the countdown in large digits in place of the question, and c again brings it back.
test_big_clock() {
  new_term
  start_mock
  wait_for "Question"
  keys c
  wait_for "██"
  wait_for "left in this phase"
  pane_lacks "─ Question ─" || fail "the question still shows beside the big clock"
  keys c
  wait_for "Question"
  wait_gone "left in this phase"
}

# C on a session's record opens every attempt of its question side by side; it scrolls, and q
# goes back to the record, not home.
test_record_compare_key() {
  new_term
  mockloop_cli bench-data --sessions 12 --seed 5 --until 2026-11-25 >/dev/null
  start_app
  wait_re "Today [0-9]{4}-"
  keys h
  wait_for "History"
  keys Enter
  wait_for "C compare"
  local title
  title=$(pane | head -1 | sed -E 's/^ MockLoop  //; s/  +.*$//')
  keys C
  wait_re "[0-9]+ attempts? side by side"
  wait_for "Every attempt of"
  pane_has "$title" || fail "the comparison is not of the record's question ($title)"
  wait_for "verdict"
  keys G
  keys q
  wait_for "C compare"
  wait_gone "side by side"
  pane_has "$title" || fail "q did not go back to the record"
  keys q
  wait_for "History"
}

# Enter on the progress screen's suggestion starts that mock: the question named on the Next line
# is the one the new session runs.
test_suggestion_enter_starts() {
  new_term
  mockloop_cli bench-data --sessions 12 --seed 5 --until 2026-11-25 >/dev/null
  local suggested
  suggested=$(mockloop_cli stats --json | jq -r .suggestion.questionID)
  [ -n "$suggested" ] && [ "$suggested" != null ] || fail "stats --json has no suggestion"
  start_app
  wait_re "Today [0-9]{4}-"
  keys t
  wait_for "Next: "
  wait_for "($suggested)"
  wait_for "Enter starts it"
  keys Enter
  wait_re "$TIMER_RE"
  expect_eq "the question of the new mock" "$suggested" \
    "$(mockloop_cli show last --json | jq -r .question.id)" || fail "the mock started is not the suggestion"
  expect_eq "the state of the new mock" running "$(mockloop_cli show last --json | jq -r .state)"
}

TESTS+=(
  "C on a record opens every attempt of its question side by side, q goes back to the record|test_record_compare_key"
  "Enter on the progress screen's suggestion starts that mock|test_suggestion_enter_starts"
  "G on home's drill list shows its last drill and its position, g the first|test_drill_list_end"
  "at 120x40 the scale numbers of url-shortener are reached by scrolling the Question pane|test_scale_numbers_by_scrolling"
  "c toggles the big clock in place of the question|test_big_clock"
)
