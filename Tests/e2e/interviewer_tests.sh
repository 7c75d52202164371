# shellcheck shell=bash
# End-to-end tests of interviewer mode: two terminals on one home, the candidate's running the
# mock and the interviewer's joined with `mockloop interviewer`. Sourced by run.sh, which
# provides the helpers (new_term, start_mock, wait_for, db, ...).

# The candidate's terminal is TC with a mock running; the interviewer's is TI, joined. T is TI.
candidate_and_interviewer() {
  new_term
  TC=$T
  start_mock
  new_term
  TI=$T
  start_app interviewer
  wait_for "Interviewer · Design a URL shortener"
  T=$TC
  wait_for "interviewer joined"
  T=$TI
}

test_interviewer_joins() {
  candidate_and_interviewer
  wait_for "Question · reference and pitfalls"
  wait_for "candidate connected"
  # The reference comes after the prompt: page down until its heading shows.
  local i
  for i in 1 2 3 4 5 6 7 8 9 10; do
    pane_has "│ Reference" && break
    keys PageDown
    sleep 0.1
  done
  wait_for "│ Reference" 2
  wait_re "Follow-ups · f ask"
}

test_interviewer_sees_candidate_notes() {
  candidate_and_interviewer
  T=$TC
  keys Tab
  wait_for "Notes · editing"
  type_text "shard by hash of key"
  T=$TI
  wait_for "shard by hash of key" 2
}

test_interviewer_asks_follow_up() {
  candidate_and_interviewer
  local text
  text=$(pane | grep -m1 -E '^│ ›' | sed -E 's/^│ › +[0-9a-z]+m? +//; s/ *│.*$//' | cut -c1-20)
  [ -n "$text" ] || fail "no selected follow-up in the queue"
  keys f
  wait_for "Asked: it is on the candidate's screen"
  T=$TC
  wait_for "$text" 2
  expect_eq "follow-up events" 1 "$(db "SELECT count(*) FROM session_event WHERE kind = 'followUpRevealed'")"
}

test_interviewer_improvised_follow_up() {
  candidate_and_interviewer
  keys a
  wait_for "Your follow-up:"
  type_text "What breaks first at 10x?"
  keys Enter
  wait_for "Asked: it is on the candidate's screen"
  T=$TC
  wait_for "What breaks first at 10x?" 2
  expect_eq "improvised rows" 1 "$(db "SELECT count(*) FROM interviewer_followup WHERE improvised = 1")"
}

test_interviewer_pause_for_both() {
  candidate_and_interviewer
  keys p
  T=$TC
  wait_for "The interviewer paused the mock." 2
  wait_until "a pause event stored" 3 eval '[ "$(db "SELECT count(*) FROM session_event WHERE kind = '"'"'pause'"'"'")" = 1 ]'
  T=$TI
  wait_for "PAUSED" 3
  keys p
  T=$TC
  wait_for "The interviewer resumed the mock." 2
}

test_kill_interviewer_mock_goes_on() {
  candidate_and_interviewer
  local pid
  pid=$(app_pid)
  kill -9 "$pid"
  wait_re '^EXIT=137'
  T=$TC
  wait_for "interviewer left" 3
  keys Tab
  wait_for "Notes · editing"
  type_text "still typing"
  wait_until "the candidate's notes stored" 3 db_notes_are "still typing"
  # The interviewer rejoins and carries on.
  T=$TI
  start_app interviewer
  wait_for "still typing"
  T=$TC
  wait_for "interviewer joined" 3
}

test_kill_candidate_interviewer_carries_on() {
  candidate_and_interviewer
  T=$TC
  local pid
  pid=$(app_pid)
  kill -9 "$pid"
  wait_re '^EXIT=137'
  T=$TI
  wait_for "The candidate's MockLoop stopped; everything you wrote is saved." 3
  keys Tab
  wait_for "Your notes · editing"
  type_text "candidate dropped at minute one"
  keys Escape
  wait_until "the interviewer's notes stored" 3 eval \
    '[ "$(db "SELECT text FROM interviewer_note")" = "candidate dropped at minute one" ]'
  keys a
  type_text "Where were we?"
  keys Enter
  wait_for "reaches the candidate when they resume"
  expect_eq "asked while the candidate was away" 1 "$(db "SELECT count(*) FROM interviewer_followup")"
  # The candidate resumes: the follow-up asked meanwhile reaches their screen, and the
  # interviewer's screen carries on.
  T=$TC
  start_app resume
  wait_re '^ Phase 1/4 Clarify the problem'
  wait_for "Where were we?" 3
  wait_for "interviewer joined" 3
  T=$TI
  wait_for "candidate connected" 3
  wait_gone "The candidate's MockLoop stopped" 3
}

test_interviewer_both_grade() {
  candidate_and_interviewer
  T=$TC
  keys F
  wait_for "Finish the interview?"
  keys y
  wait_for "Interview finished"
  T=$TI
  wait_for "interview over" 3
  keys g
  wait_for "Interviewer's grade:"
  keys 2
  keys q
  wait_for "Your grade is saved."
  wait_until "the interviewer's grade stored" 3 eval '[ "$(db "SELECT count(*) FROM interviewer_grade")" = 1 ]'
  # The candidate's record hides it until the candidate grades too.
  expect_eq "interviewer grade before the candidate's" true \
    "$(mockloop_cli show last --json | jq -r '.interviewer.gradeWithheld')"
  T=$TC
  keys R
  wait_for "Grade: Design a URL shortener"
  keys 4
  keys q
  wait_until "the candidate's grade stored" 3 eval '[ -n "$(db "SELECT scores FROM session")" ]'
  local json
  json=$(mockloop_cli show last --json)
  local first
  first=$(printf '%s' "$json" | jq -r '.assessment.scores | keys[0]')
  expect_eq "self score" 4 "$(printf '%s' "$json" | jq -r ".assessment.scores[\"$first\"]")"
  expect_eq "interviewer score" 2 "$(printf '%s' "$json" | jq -r ".interviewer.grade.scores[\"$first\"]")"
  expect_eq "interviewer verdicts" true "$(printf '%s' "$json" | jq -r '(.interviewer.verdicts | length) > 0')"
  mockloop_cli show last | grep -q "| self | interviewer | difference |" || fail "show lacks the side-by-side table"
}

test_interviewer_grades_later() {
  new_term
  start_mock
  keys F
  wait_for "Finish the interview?"
  keys y
  wait_for "Interview finished"
  keys q
  wait_for "Formats"
  keys q
  wait_re '^EXIT=0'
  # A partner who watched a screen share grades afterwards, as the interviewer.
  start_app grade last --as interviewer
  wait_for "Interviewer's grade:"
  keys 3
  keys q
  wait_re '^EXIT=0'
  expect_eq "interviewer grades stored" 1 "$(db "SELECT count(*) FROM interviewer_grade")"
  expect_eq "the candidate's own grade untouched" "" "$(db "SELECT coalesce(scores, '') FROM session")"
}

# The delay harness: 50 samples of one side's write reaching the other side's screen, each the
# time from the key that makes the write to the first capture of the other pane that shows it.
# Prints the median and the worst; asserts only that every sample arrived (within 5 s).
sample_until_seen() {
  local target=$1 text=$2 start=$3 deadline now
  deadline=$((start + 5000))
  while :; do
    now=$(now_ms)
    tmx capture-pane -p -t "$target" | grep -qF -- "$text" && { echo $((now - start)); return 0; }
    [ "$now" -lt "$deadline" ] || return 1
    sleep 0.01
  done
}

print_delays() {
  local what=$1 file=$2
  sort -n "$file" | awk -v what="$what" '{ v[NR] = $1 } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "#   delay %s: %d samples, median %d ms, worst %d ms\n", what, NR, m, v[NR] }' >&2
}

# A pause of 0 to 0.99 s before a sample, so that the samples do not lock onto the phase of the
# other side's once-a-second wake-up (each sample starts right after the last one was seen).
random_pause() { sleep "0.$((RANDOM % 100))"; }

test_interviewer_delay_harness() {
  candidate_and_interviewer
  local i start ms out=$WORK/delays-interviewer-to-candidate out2=$WORK/delays-candidate-to-interviewer
  : >"$out"
  : >"$out2"
  for i in $(seq 1 50); do
    T=$TI
    keys a
    wait_for "Your follow-up:"
    type_text "probe q$i?"
    random_pause
    start=$(now_ms)
    keys Enter
    ms=$(sample_until_seen "$TC" "probe q$i?" "$start") || { T=$TC; fail "follow-up $i never reached the candidate"; }
    echo "$ms" >>"$out"
  done
  T=$TC
  keys Tab
  wait_for "Notes · editing"
  for i in $(seq 1 50); do
    random_pause
    start=$(now_ms)
    type_text " n$i."
    ms=$(sample_until_seen "$TI" "n$i." "$start") || fail "note $i never reached the interviewer"
    echo "$ms" >>"$out2"
  done
  print_delays "interviewer follow-up -> candidate screen" "$out"
  print_delays "candidate notes -> interviewer screen" "$out2"
}

TESTS+=(
  "interviewer joins: the candidate's screen says so, the interviewer sees the reference|test_interviewer_joins"
  "the candidate's typed notes reach the interviewer's screen within 2 s|test_interviewer_sees_candidate_notes"
  "f on the interviewer's side shows the follow-up on the candidate's screen within 2 s|test_interviewer_asks_follow_up"
  "an improvised follow-up reaches the candidate's screen within 2 s|test_interviewer_improvised_follow_up"
  "p on the interviewer's side pauses and resumes both sides|test_interviewer_pause_for_both"
  "kill -9 of the interviewer: the mock goes on, the interviewer rejoins|test_kill_interviewer_mock_goes_on"
  "kill -9 of the candidate: the interviewer's screen says so, keeps saving, and carries on after resume|test_kill_candidate_interviewer_carries_on"
  "both grade blind, and show --json carries both grades|test_interviewer_both_grade"
  "grade ID --as interviewer grades a finished session afterwards|test_interviewer_grades_later"
  "delay harness: 50 samples each way of a write reaching the other screen (median and worst)|test_interviewer_delay_harness"
)
