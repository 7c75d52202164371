# shellcheck shell=bash
# End-to-end tests of the keys a terminal user presses by reflex (the raw terminal: Ctrl-C,
# Ctrl-Z), an unbracketed paste, keys while the terminal is too small, the mouse, and the size
# taken from the terminal. Sourced by run.sh, which provides the helpers.

# Ctrl-C in the notes asks the question q asks; n (and a second Ctrl-C) stays, with the notes.
test_ctrl_c_in_notes_asks_and_stays() {
  new_term
  start_mock
  keys Tab
  wait_for "Notes · editing"
  type_text "vim reflex 漢字"
  wait_for "vim reflex 漢字"
  local pid
  pid=$(app_pid)
  keys C-c
  wait_for "Leave the mock?"
  keys C-c
  wait_gone "Leave the mock?"
  alive "$pid" || fail "the app ended on Ctrl-C"
  wait_for "Notes · editing"
  type_text " kept"
  wait_for "vim reflex 漢字 kept"
  wait_until "the notes stored" 3 db_notes_are "vim reflex 漢字 kept"
  keys C-c
  wait_for "Leave the mock?"
  keys n
  wait_gone "Leave the mock?"
  pane_has "vim reflex 漢字 kept" || fail "the notes are gone after n"
  expect_eq "pause events after two answers of no" 0 "$(db "SELECT count(*) FROM session_event WHERE kind = 'pause'")"
}

# Ctrl-C on home quits at once, as q does, with exit status 0.
test_ctrl_c_on_home_quits() {
  new_term
  start_app
  wait_for "Formats"
  keys C-c
  wait_re '^EXIT=0'
}

# Ctrl-W deletes the word before the cursor; Ctrl-Z brings it back (the terminal no longer turns
# Ctrl-Z into a stop signal), Ctrl-Y takes it away again.
test_ctrl_w_then_ctrl_z_restores_the_word() {
  new_term
  start_mock
  keys Tab
  wait_for "Notes · editing"
  type_text "read heavy"
  wait_for "read heavy"
  keys C-w
  wait_gone "read heavy"
  wait_until "the word deleted in the database" 3 db_notes_are "read "
  keys C-z
  wait_for "read heavy"
  wait_until "the word restored in the database" 3 db_notes_are "read heavy"
  keys C-y
  wait_gone "read heavy"
  keys C-z
  wait_for "read heavy"
  local pid
  pid=$(app_pid)
  alive "$pid" || fail "the app is not running after Ctrl-Z"
}

# Esc then j at a person's pace (150 ms apart) is two keys: the notes are left and j moves down
# the checklist. Esc and j in one write is Alt-j, which the notes editor does not know: nothing
# happens. The one deliberate sleep is the person's pause.
test_escape_then_key_vs_alt_key() {
  new_term
  start_mock
  keys Tab
  wait_for "Notes · editing"
  type_text "abc"
  wait_for "abc"
  keys Escape j
  type_text "d"
  wait_for "abcd"
  pane_has "Notes · editing" || fail "Alt-j left the notes"
  keys Escape
  sleep 0.15 # deliberate: a person's pace between Esc and the next key
  keys j
  wait_for "Notes (Tab to type)"
  keys Space
  wait_for "Checklist 1/5"
  expect_eq "the item ticked after Esc, then j" 1 "$(db 'SELECT item FROM checklist_mark')"
  wait_until "the notes stored" 3 db_notes_are "abcd"
}

# A paste of 200 KB without bracketed paste (tmux paste-buffer without -p sends it as typed text)
# lands in the notes whole. The time it took is printed, not asserted.
test_unbracketed_paste_200k() {
  new_term
  start_mock
  keys Tab
  wait_for "Notes · editing"
  local file="$WORK/paste-$SEQ.txt" i
  for i in $(seq -w 1 3700); do printf 'line %s of an unbracketed paste 0123456789 abcdefghij\n' "$i"; done >"$file"
  printf 'END OF THE PASTE' >>"$file"
  local size
  size=$(wc -c <"$file")
  tmx load-buffer -b big "$file"
  local started took
  started=$(now_ms)
  tmx paste-buffer -d -b big -t "$T"
  wait_for "END OF THE PASTE" 120
  took=$(($(now_ms) - started))
  note "unbracketed paste of $size bytes shown in $took ms"
  wait_until "the whole paste in the database" 10 eval '[ "$(db "SELECT length(notes) FROM session")" = "$size" ]'
  expect_eq "pasted notes" "$(cat "$file")" "$(db 'SELECT notes FROM session')"
}

# While "terminal too small" shows, keys do nothing (Space would tick, p would pause); q quits,
# leaving the mock paused and resumable.
test_keys_blind_while_too_small() {
  new_term
  start_mock
  wait_for "Checklist 0/5"
  tmx resize-window -t "$T" -x 40 -y 10
  wait_for "Terminal too small"
  keys Space p ']'
  tmx resize-window -t "$T" -x 100 -y 30
  wait_re "$TIMER_RE"
  wait_for "Checklist 0/5"
  wait_re '^ Phase 1/4'
  pane_lacks "PAUSED" || fail "p paused the clock while the terminal was too small"
  expect_eq "checklist marks" 0 "$(db 'SELECT count(*) FROM checklist_mark')"
  tmx resize-window -t "$T" -x 40 -y 10
  wait_for "Terminal too small"
  keys q
  wait_re '^EXIT=0'
  expect_eq "pause events after q while too small" 1 "$(db "SELECT count(*) FROM session_event WHERE kind = 'pause'")"
  tmx resize-window -t "$T" -x 100 -y 30
}

# COLUMNS and LINES from the environment do not override the real window size.
test_columns_lines_ignored() {
  new_term
  run_cmd "COLUMNS=40 LINES=10 '$BIN' start --format amazon-l6 --question url-shortener; echo EXIT=\$?"
  wait_re '^ Phase 1/4 Clarify the problem'
  pane_lacks "Terminal too small" || fail "COLUMNS=40 LINES=10 made the app think the window is small"
  wait_until "the footer on row 30 of 30" "$TIMEOUT" row_has 30 "Space tick"
}

# The mouse, as an xterm reports it (SGR mode): a click on the notes gives them the focus, the
# wheel over the checklist moves its selection. --no-mouse turns reports off.
# where TEXT: "ROW COLUMN" (1-based, in characters) of the first place the pane shows TEXT.
where() {
  local line row prefix
  line=$(pane | grep -nF -- "$1" | head -1)
  row=${line%%:*}
  line=${line#*:}
  prefix=${line%%"$1"*}
  echo "$row $((${#prefix} + 1))"
}

test_mouse_click_and_wheel() {
  new_term
  start_mock
  wait_for "Notes (Tab to type)"
  expect_eq "mouse reports asked for, in the SGR form" "1 1" "$(tmx display -p -t "$T" '#{mouse_any_flag} #{mouse_sgr_flag}')"
  local row col
  read -r row col <<<"$(where "Notes (Tab to type)")"
  # Two rows down and two columns right of the box title: inside the box.
  keys -l $'\e'"[<0;$((col + 2));$((row + 2))M"
  wait_for "Notes · editing"
  type_text "clicked"
  wait_for "clicked"
  read -r row col <<<"$(where "Checklist 0/5")"
  keys -l $'\e'"[<0;$((col + 2));$((row + 2))M"
  wait_for "Notes (Tab to type)"
  keys -l $'\e'"[<65;$((col + 2));$((row + 2))M"
  keys Space
  wait_for "Checklist 1/5"
  expect_eq "the item ticked after one wheel notch" 1 "$(db 'SELECT item FROM checklist_mark')"
  keys q
  wait_for "Leave the mock?"
  keys y
  wait_for "Formats"
  keys q
  wait_re '^EXIT=0'
  expect_eq "mouse reports after quitting" 0 "$(tmx display -p -t "$T" '#{mouse_any_flag}')"
  # --no-mouse: the terminal keeps the mouse (its own text selection).
  start_app resume --no-mouse
  wait_re '^ Phase 1/4 Clarify the problem'
  expect_eq "mouse reports with --no-mouse" 0 "$(tmx display -p -t "$T" '#{mouse_any_flag}')"
}

TESTS+=(
  "Ctrl-C in the notes asks as q does, n and a second Ctrl-C stay, nothing typed is lost|test_ctrl_c_in_notes_asks_and_stays"
  "Ctrl-C on home quits with status 0|test_ctrl_c_on_home_quits"
  "Ctrl-W then Ctrl-Z in the notes restores the word, Ctrl-Y deletes it again|test_ctrl_w_then_ctrl_z_restores_the_word"
  "Esc then j at a person's pace leaves the notes and moves; Esc j in one burst (Alt-j) does nothing there|test_escape_then_key_vs_alt_key"
  "an unbracketed paste of 200 KB lands in the notes whole (time in the note)|test_unbracketed_paste_200k"
  "keys do nothing while the terminal is too small; q quits, pausing the mock|test_keys_blind_while_too_small"
  "COLUMNS and LINES do not override the window size|test_columns_lines_ignored"
  "the mouse: a click focuses the notes or the checklist, the wheel moves the selection; --no-mouse|test_mouse_click_and_wheel"
)
