# shellcheck shell=bash
# The HTML report checked in a real browser: headless Chromium (Debian's `chromium` package)
# renders a session report and a whole-preparation report made by the binary under test, takes
# a screenshot of each and dumps each page's DOM. Sourced by run.sh, which provides the helpers
# (mockloop_cli, note, fail, expect_eq) and WORK, ROOT, HOME_DIR.
#
# Checks: the screenshot is a 1200x2000 PNG that is not blank (its file is several times the
# size of a blank page's screenshot at the same size: a one-colour PNG compresses to almost
# nothing); the DOM holds the expected sections and every <svg> has a width and a height; the
# hostile notes stored in the session came out as text, not as elements. Without chromium the
# test says so and is skipped (`make deps` installs it where it can).
#
# The screenshots are kept after the run in REPORT_SHOTS (default .build/report-check in the
# repository) and their paths printed.

REPORT_SHOTS=${REPORT_SHOTS:-$ROOT/.build/report-check}

chromium_bin() { command -v chromium 2>/dev/null || command -v chromium-browser 2>/dev/null; }

# chromium_run ARGS...: headless Chromium with a throwaway profile; its own chatter goes to a log.
chromium_run() {
  timeout 120 "$(chromium_bin)" --headless --no-sandbox --disable-gpu --no-first-run \
    --user-data-dir="$WORK/chromium-profile" "$@" 2>>"$WORK/chromium.log"
}

# screenshot HTML PNG: the page at 1200x2000.
screenshot() {
  rm -f "$2"
  chromium_run --screenshot="$2" --window-size=1200,2000 "file://$1" >/dev/null ||
    { note "chromium failed on $1:"; tail -20 "$WORK/chromium.log" >&2; return 1; }
  [ -s "$2" ] || { note "no screenshot written for $1"; tail -20 "$WORK/chromium.log" >&2; return 1; }
}

# png_size FILE: "WIDTHxHEIGHT" read from the IHDR chunk, after checking the PNG signature.
png_size() {
  [ "$(od -An -tu1 -N8 "$1" | tr -s ' ' | sed 's/^ //; s/ $//')" = "137 80 78 71 13 10 26 10" ] || { echo "not-a-png"; return; }
  od -An -tu1 -j16 -N8 "$1" | awk '{ printf "%dx%d", (($1*256+$2)*256+$3)*256+$4, (($5*256+$6)*256+$7)*256+$8 }'
}

file_size() { wc -c <"$1" | tr -d ' '; }

# check_page HTML NAME SECTION...: screenshot and DOM checks of one report page.
check_page() {
  local html=$1 name=$2
  shift 2
  local png="$REPORT_SHOTS/$name.png" dom="$WORK/$name.dom.html"
  screenshot "$html" "$png" || return 1
  expect_eq "$name screenshot size" "1200x2000" "$(png_size "$png")" || return 1
  local size blank
  size=$(file_size "$png")
  blank=$(file_size "$REPORT_SHOTS/blank.png")
  [ "$size" -gt $((blank * 5)) ] ||
    { note "$name screenshot is $size bytes, a blank page's is $blank: the page looks blank"; return 1; }
  chromium_run --dump-dom "file://$html" >"$dom" ||
    { note "chromium --dump-dom failed on $html"; tail -20 "$WORK/chromium.log" >&2; return 1; }
  local section
  for section in "$@"; do
    grep -q "<section id=\"$section\"" "$dom" || { note "$name: no section $section in the DOM"; return 1; }
  done
  local svgs sized
  svgs=$(grep -o '<svg[^>]*>' "$dom" | wc -l)
  sized=$(grep -o '<svg[^>]*>' "$dom" | grep -E ' width="[1-9][0-9]*"' | grep -cE ' height="[1-9][0-9]*"')
  [ "$svgs" -ge 3 ] || { note "$name: $svgs svg elements in the DOM"; return 1; }
  expect_eq "$name: svg elements with a width and a height" "$svgs" "$sized" || return 1
  if grep -qi '<script' "$dom"; then note "$name: a script element in the DOM"; return 1; fi
  note "$name: $svgs charts, screenshot $size bytes (blank page $blank)"
  note "screenshot: $png"
}

test_report_in_browser() {
  if [ -z "$(chromium_bin)" ]; then
    echo "# SKIP report browser check: chromium is not installed (install it with: sudo apt-get install chromium)"
    return 0
  fi
  mkdir -p "$REPORT_SHOTS"
  printf '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body></body></html>\n' >"$WORK/blank.html"
  screenshot "$WORK/blank.html" "$REPORT_SHOTS/blank.png"

  mockloop_cli bench-data --sessions 40 --seed 3 --until 2026-11-25 >/dev/null
  local id
  id=$(mockloop_cli history --json | jq -r '[.[] | select(.isGraded)][0].id')
  [ -n "$id" ] && [ "$id" != null ] || fail "no graded session among the generated ones"
  # The same session with hostile notes, in a home of its own (import keeps the id).
  local hostile
  hostile=$(printf '<script>document.title="owned"</script></svg><img src=x onerror=alert(1)> & "quoted" \033[31mred\a')
  mockloop_cli export "$id" --format json | jq --arg notes "$hostile" '.sessions[0].notes = $notes' >"$WORK/hostile.json"
  local other
  other=$(mktemp -d "$WORK/home.XXXXXX")
  MOCKLOOP_HOME=$other XDG_CONFIG_HOME=$CONF_DIR "$BIN" import "$WORK/hostile.json" >/dev/null

  # Without -o the session report lands in the current folder, 0600, and its path is printed.
  local folder printed
  folder=$(mktemp -d "$WORK/out.XXXXXX")
  printed=$(cd "$folder" && MOCKLOOP_HOME=$other XDG_CONFIG_HOME=$CONF_DIR "$BIN" report last)
  expect_eq "printed path" "$folder/mockloop-report-$id.html" "$printed"
  expect_eq "session report mode" 600 "$(stat -c %a "$folder/mockloop-report-$id.html")"
  mockloop_cli report --all -o "$WORK/all.html" >/dev/null
  expect_eq "practice report mode" 600 "$(stat -c %a "$WORK/all.html")"

  check_page "$folder/mockloop-report-$id.html" report-session \
    question phases timeline checklist grade follow-ups notes calibration
  check_page "$WORK/all.html" report-all sessions scores verdicts pacing questions calibration plan-coverage
  # The hostile notes are text in the page, not elements.
  grep -qF '&lt;script&gt;document.title="owned"&lt;/script&gt;&lt;/svg&gt;&lt;img src=x' "$WORK/report-session.dom.html" ||
    fail "the hostile notes are not shown as text"
  if grep -q 'onerror=alert(1)>' "$WORK/report-session.dom.html"; then fail "an img element came from the notes"; fi
}

TESTS+=(
  "report: session and whole-preparation pages render in headless Chromium, not blank, sized charts, notes as text|test_report_in_browser"
)
