#!/usr/bin/env bash
# MockLoop benchmarks (`make bench` runs this with the release binary). Not a test: it prints
# figures and never fails on them. Every figure has a baseline measured in the same run.
#
#   bash Tests/bench/run.sh /abs/path/to/release/mockloop
#
# BENCH_RUNS (default 15) launches per side for the start-up figure; BENCH_IDLE_SECONDS (default
# 60) for the idle CPU figure; BENCH_HISTORY_RUNS (default 5) for (e); BENCH_SESSIONS (default
# 10000) sessions for (e) and (f); BENCH_COMMAND_RUNS (default 9) for (f); BENCH_EXPORT_SESSIONS
# (default 20000) for (g); BENCH_PARTS (default abcdefg) the letters of the figures to measure
# (BENCH_PARTS=a: the start-up figure alone; c and d are measured together, as are e and f).
# About 6 minutes in all on two cores.
#
# Methods
# (a) Launch to first full frame, in a private tmux server at 100x30 (TERM=tmux-256color). Each
#     run respawns a pane whose shell waits on a FIFO, writes $EPOCHREALTIME, then `exec`s the
#     program. Before the FIFO is opened, `tmux pipe-pane` attaches a reader to the pane's
#     output stream; the reader strips escape sequences and notes the wall time at which the home
#     screen's footer ("Enter start" ... "q quit", the last row ncurses writes) has arrived. No
#     polling: the reader sees the bytes as tmux receives them from the pty. The baseline is the
#     same pane exec'ing /bin/echo printing that footer text. Reported: medians over BENCH_RUNS
#     runs of each (interleaved), and their difference (the app's own start-up cost). "Warm" runs
#     share a data folder prepared by one untimed start (the usual case); "cold" runs each get an
#     empty one (the first start ever: database created, content cache empty). Each app run is
#     ended with q on the home screen, so whatever it saves on the way out is saved.
#     The first app frame is checked once with capture-pane to be the real home screen.
# (b) Off-screen render of one 200x60 session frame: `mockloop bench-render` (median over its
#     frames), beside the 16.7 ms budget of one frame at 60 Hz.
# (c) CPU of a running session left idle (clock ticking, nobody typing) for BENCH_IDLE_SECONDS:
#     the sum over all its threads of /proc/PID/task/*/schedstat run time (ns; falls back to
#     utime+stime of /proc/PID/stat), as a % of wall time; three sessions side by side, median
#     reported, beside an idle `sleep` measured over the same window. Also the wake-ups per second
#     (voluntary + involuntary context switches summed over threads).
# (d) Memory of a running session: RssAnon (private) and VmRSS (total) from /proc/PID/status,
#     median of the three sessions, beside the same figures of `sleep` (the floor of a process).
# (e) If the binary has the hidden `bench-data` / `bench-history` commands: history and
#     statistics over 10,000 generated sessions, medians of BENCH_HISTORY_RUNS (default 5: one
#     run of the slowest figure takes seconds); with `bench-report`, the same for `report --all`
#     (the whole command: open, read, build the page, write it 0600), budget under a second.
# (f) The commands end to end over the same 10,000 sessions, each a fresh process run
#     BENCH_COMMAND_RUNS times (default 9, interleaved): `history`, `stats`, `report --all`,
#     beside `mockloop --version` (the floor: a process that loads and exits), and `--version`
#     itself beside /bin/true. Medians of wall time.
# (g) Export and import at scale: 20,000 generated sessions, `export --all -o FILE` and then
#     `import FILE` into an empty data folder, each once: wall time and peak memory (ru_maxrss of
#     the child), beside the peak memory of `mockloop --version`.
# At the end every figure that has a budget is printed beside it, marked met or missed.

set -u

BIN=${1:-}
if [ -z "$BIN" ] || [ ! -x "$BIN" ]; then
  echo "usage: bash Tests/bench/run.sh /abs/path/to/mockloop (a release build)" >&2
  exit 2
fi
case $BIN in /*) ;; *) BIN=$PWD/$BIN ;; esac
RUNS=${BENCH_RUNS:-15}
IDLE=${BENCH_IDLE_SECONDS:-60}
HISTORY_RUNS=${BENCH_HISTORY_RUNS:-5}
COMMAND_RUNS=${BENCH_COMMAND_RUNS:-9}
HISTORY_SESSIONS=${BENCH_SESSIONS:-10000}
EXPORT_SESSIONS=${BENCH_EXPORT_SESSIONS:-20000}
PARTS=${BENCH_PARTS:-abcdefg}
wants() { case $PARTS in *"$1"*) return 0 ;; *) return 1 ;; esac; }
for tool in tmux python3 awk; do
  command -v "$tool" >/dev/null 2>&1 || { echo "the benchmark needs $tool on PATH" >&2; exit 2; }
done

unset NO_COLOR MOCKLOOP_HOME MOCKLOOP_CONTENT XDG_DATA_HOME TMUX TMUX_PANE
export LANG=C.UTF-8 LC_ALL=C.UTF-8

WORK=$(mktemp -d "${TMPDIR:-/tmp}/mockloop-bench.XXXXXX")
SOCK=mockloop-bench-$$
tmx() { tmux -L "$SOCK" -f /dev/null "$@"; }
# shellcheck disable=SC2329 # run by the EXIT trap
cleanup() {
  tmx kill-server >/dev/null 2>&1
  [ -n "${SLEEP_PID:-}" ] && kill "$SLEEP_PID" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

PYTHON=$(python3 -c 'import sys; print(sys.executable)')
now_ms() { local t=${EPOCHREALTIME/./}; echo $((t / 1000)); }
# wait_file PATH SECONDS: until PATH exists and is not empty (polling, 5 ms).
wait_file() {
  local deadline=$(($(now_ms) + $2 * 1000))
  until [ -s "$1" ]; do
    [ "$(now_ms)" -ge "$deadline" ] && return 1
    sleep 0.005
  done
}
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) { print "n/a"; exit }
  if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

tmx new-session -d -s keeper -x 100 -y 30 "exec sleep 100000" || { echo "cannot start tmux" >&2; exit 2; }
tmx set -g default-terminal tmux-256color >/dev/null 2>&1 || tmx set -g default-terminal screen-256color
tmx set -g remain-on-exit on

echo "MockLoop benchmark: $("$BIN" --version 2>/dev/null | head -1) at $BIN"
echo "machine: $(nproc) CPUs, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo

# ---------------------------------------------------------------------------------------------
# (a) launch to first full frame

FOOTER="Enter start"
cat >"$WORK/reader.py" <<'EOF'
import os, re, sys, time
out, marker_a, marker_b = sys.argv[1], sys.argv[2].encode(), sys.argv[3].encode()
open(out + ".ready", "w").write("1")
esc = re.compile(rb"\x1b(\[[0-9;?<>=]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[()][0-9A-Za-z]|[@-Z\\-_])")
ctl = re.compile(rb"[\x00-\x09\x0b-\x1f\x7f]")  # ncurses writes SI (\x0f) between spans
seen = b""
while True:
    chunk = os.read(0, 65536)
    if not chunk:
        break
    seen += chunk
    text = ctl.sub(b"", esc.sub(b"", seen))
    a = text.find(marker_a)
    if a >= 0 and text.find(marker_b, a) >= 0:
        open(out + ".tmp", "w").write("%.6f\n" % time.time())
        os.rename(out + ".tmp", out)
        break
# keep draining so the pane never blocks on a full pipe
while os.read(0, 65536):
    pass
EOF

# launch_once KIND N [HOME]: one timed launch; prints milliseconds from exec to the footer, or
# nothing. Without HOME the run gets a fresh, empty data folder (a first-ever start).
launch_once() {
  local kind=$1 n=$2 dir="$WORK/launch-$1-$2" home=${3:-}
  mkdir -p "$dir/home" "$dir/config"
  [ -n "$home" ] || home=$dir/home
  mkfifo "$dir/go"
  {
    echo "read -r _ < '$dir/go'"
    echo "echo \$EPOCHREALTIME > '$dir/t0'"
    if [ "$kind" != echo ]; then
      echo "exec '$BIN'"
    else
      echo "exec /bin/echo ' Tab pane  / search  l level  s surprise  Enter start  ? help  q quit'"
    fi
  } >"$dir/launch.sh"
  tmx respawn-pane -k -t launch -e "MOCKLOOP_HOME=$home" -e "XDG_CONFIG_HOME=$dir/config" \
    "exec bash --noprofile --norc '$dir/launch.sh'" || return 1
  tmx pipe-pane -t launch 2>/dev/null # no reader left from a failed run
  tmx pipe-pane -t launch "exec '$PYTHON' '$WORK/reader.py' '$dir/t1' '$FOOTER' 'q quit'"
  wait_file "$dir/t1.ready" 10 || { echo "reader did not start" >&2; return 1; }
  echo go >"$dir/go"
  wait_file "$dir/t1" 10 || { echo "no frame within 10 s ($kind)" >&2; tmx capture-pane -p -t launch >&2; return 1; }
  if [ "$kind" != echo ] && [ "$n" = 1 ]; then
    # Once: the frame seen is the real home screen.
    local deadline=$(($(now_ms) + 5000))
    until tmx capture-pane -p -t launch | grep -q "Formats"; do
      [ "$(now_ms)" -ge "$deadline" ] && { echo "warning: the first app frame did not show the home screen" >&2; break; }
      sleep 0.01
    done
  fi
  tmx pipe-pane -t launch 2>/dev/null # close the reader
  if [ "$kind" != echo ]; then
    # Quit from the home screen, so that whatever the app saves on the way out is saved.
    tmx send-keys -t launch q
    local deadline=$(($(now_ms) + 5000))
    until [ "$(tmx display -p -t launch '#{pane_dead}')" = 1 ] || [ "$(now_ms)" -ge "$deadline" ]; do sleep 0.01; done
  fi
  awk -v a="$(cat "$dir/t0")" -v b="$(cat "$dir/t1")" 'BEGIN { printf "%.2f\n", (b - a) * 1000 }'
}

: >"$WORK/launch-app.txt"
: >"$WORK/launch-cold.txt"
: >"$WORK/launch-echo.txt"
if wants a; then
tmx new-session -d -s launch -x 100 -y 30 "exec sleep 100000"
# The warm data folder: one untimed start (creates the database and any cache), then every warm
# run starts on it, as a person's second and later starts do.
mkdir -p "$WORK/warm-home"
launch_once warmup 0 "$WORK/warm-home" >/dev/null
for n in $(seq 1 "$RUNS"); do
  launch_once app "$n" "$WORK/warm-home" >>"$WORK/launch-app.txt"
  launch_once cold "$n" >>"$WORK/launch-cold.txt"
  launch_once echo "$n" >>"$WORK/launch-echo.txt"
done
tmx kill-session -t launch
fi
app_ms=$(median <"$WORK/launch-app.txt")
cold_ms=$(median <"$WORK/launch-cold.txt")
echo_ms=$(median <"$WORK/launch-echo.txt")
app_n=$(wc -l <"$WORK/launch-app.txt")
cold_n=$(wc -l <"$WORK/launch-cold.txt")
echo_n=$(wc -l <"$WORK/launch-echo.txt")

# ---------------------------------------------------------------------------------------------
# (b) off-screen render

render_line="render: see \`mockloop bench-render\` (not in this binary)"
render_ms="n/a"
# has_command NAME: the binary has that (possibly hidden) subcommand; unknown words fall through
# to the default command, whose help does not name NAME.
has_command() { "$BIN" "$1" --help 2>&1 | grep -q "USAGE: mockloop $1"; }
if wants b && has_command bench-render; then
  render_line=$(MOCKLOOP_HOME="$WORK/render-home" XDG_CONFIG_HOME="$WORK/render-config" \
    "$BIN" bench-render --width 200 --height 60 2>&1 | tail -1)
  render_ms=$(printf '%s\n' "$render_line" | grep -oE 'median [0-9.]+' | awk '{ print $2 }')
  [ -n "$render_ms" ] || render_ms="n/a"
fi

# ---------------------------------------------------------------------------------------------
# (c) idle CPU and (d) memory of running sessions

cpu_ns() { # all threads of PID, nanoseconds on CPU
  local pid=$1 total=0 t v
  if [ -r "/proc/$pid/schedstat" ]; then
    for t in /proc/"$pid"/task/*/schedstat; do
      read -r v _ <"$t" 2>/dev/null && total=$((total + v))
    done
    echo "$total"
  else
    awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); print ($12 + $13) * 1e9 / hz }' "/proc/$pid/stat"
  fi
}
switches() { # voluntary + involuntary context switches over all threads
  cat /proc/"$1"/task/*/status 2>/dev/null | awk '/ctxt_switches/ { s += $2 } END { print s + 0 }'
}
status_kb() { awk -v k="$2:" '$1 == k { print $2 }' "/proc/$1/status"; }

SESSIONS=3
pids=()
: >"$WORK/cpu.txt"
: >"$WORK/wakes.txt"
: >"$WORK/anon.txt"
: >"$WORK/rss.txt"
cpu=n/a wakes=n/a anon=n/a rss=n/a sleep_cpu=n/a sleep_wakes=n/a sleep_anon=n/a sleep_rss=n/a
if wants c || wants d; then
for i in $(seq 1 $SESSIONS); do
  mkdir -p "$WORK/idle-$i/home" "$WORK/idle-$i/config"
  tmx new-session -d -s "idle$i" -x 100 -y 30 -e "MOCKLOOP_HOME=$WORK/idle-$i/home" \
    -e "XDG_CONFIG_HOME=$WORK/idle-$i/config" \
    "exec '$BIN' start --format amazon-l6 --question url-shortener"
done
for i in $(seq 1 $SESSIONS); do
  deadline=$(($(now_ms) + 10000))
  until tmx capture-pane -p -t "idle$i" | grep -qE '^ Phase 1/'; do
    [ "$(now_ms)" -ge "$deadline" ] && { echo "session $i did not start" >&2; break; }
    sleep 0.02
  done
  pids+=("$(tmx list-panes -t "idle$i" -F '#{pane_pid}')")
done
sleep 100000 &
SLEEP_PID=$!

declare -A c0 s0
for p in "${pids[@]}" "$SLEEP_PID"; do c0[$p]=$(cpu_ns "$p"); s0[$p]=$(switches "$p"); done
w0=$EPOCHREALTIME
echo "(measuring idle CPU for ${IDLE}s...)" >&2
sleep "$IDLE" # deliberate: this is the measurement window
w1=$EPOCHREALTIME
: >"$WORK/cpu.txt"
: >"$WORK/wakes.txt"
: >"$WORK/anon.txt"
: >"$WORK/rss.txt"
for p in "${pids[@]}"; do
  [ -d "/proc/$p" ] || { echo "session $p died during the idle window" >&2; continue; }
  c1=$(cpu_ns "$p")
  s1=$(switches "$p")
  awk -v a="${c0[$p]}" -v b="$c1" -v w0="$w0" -v w1="$w1" 'BEGIN { printf "%.4f\n", (b - a) / 1e9 / (w1 - w0) * 100 }' >>"$WORK/cpu.txt"
  awk -v a="${s0[$p]}" -v b="$s1" -v w0="$w0" -v w1="$w1" 'BEGIN { printf "%.2f\n", (b - a) / (w1 - w0) }' >>"$WORK/wakes.txt"
  status_kb "$p" RssAnon >>"$WORK/anon.txt"
  status_kb "$p" VmRSS >>"$WORK/rss.txt"
done
sleep_cpu=$(awk -v a="${c0[$SLEEP_PID]}" -v b="$(cpu_ns "$SLEEP_PID")" -v w0="$w0" -v w1="$w1" \
  'BEGIN { printf "%.4f\n", (b - a) / 1e9 / (w1 - w0) * 100 }')
sleep_wakes=$(awk -v a="${s0[$SLEEP_PID]}" -v b="$(switches "$SLEEP_PID")" -v w0="$w0" -v w1="$w1" \
  'BEGIN { printf "%.2f\n", (b - a) / (w1 - w0) }')
sleep_anon=$(status_kb "$SLEEP_PID" RssAnon)
sleep_rss=$(status_kb "$SLEEP_PID" VmRSS)
cpu=$(median <"$WORK/cpu.txt")
wakes=$(median <"$WORK/wakes.txt")
anon=$(median <"$WORK/anon.txt")
rss=$(median <"$WORK/rss.txt")
for i in $(seq 1 $SESSIONS); do tmx kill-session -t "idle$i"; done
fi

# ---------------------------------------------------------------------------------------------
# (e) history and statistics at scale (optional hidden commands)

history_out=""
if { wants e || wants f; } && has_command bench-data && has_command bench-history; then
  mkdir -p "$WORK/history-home"
  if MOCKLOOP_HOME="$WORK/history-home" XDG_CONFIG_HOME="$WORK/history-config" \
    "$BIN" bench-data --sessions "$HISTORY_SESSIONS" >"$WORK/bench-data.txt" 2>&1; then
    history_ready=1
    history_out=$(MOCKLOOP_HOME="$WORK/history-home" XDG_CONFIG_HOME="$WORK/history-config" \
      "$BIN" bench-history --runs "$HISTORY_RUNS" 2>&1)
    if has_command bench-report; then
      history_out+=$'\n'$(MOCKLOOP_HOME="$WORK/history-home" XDG_CONFIG_HOME="$WORK/history-config" \
        "$BIN" bench-report --runs "$HISTORY_RUNS" 2>&1)
    fi
  else
    history_out="bench-data failed: $(tail -1 "$WORK/bench-data.txt")"
  fi
fi

# ---------------------------------------------------------------------------------------------
# (f) the commands end to end, and (g) export and import at scale

# run_ms CMD...: wall milliseconds of one run of a command, its output discarded.
run_ms() {
  local t0=$EPOCHREALTIME
  "$@" >/dev/null 2>&1
  local t1=$EPOCHREALTIME
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f\n", (b - a) * 1000 }'
}
# peak_run OUT CMD...: runs a command once; writes "seconds peak-kB status" to OUT.
peak_run() {
  local out=$1
  shift
  "$PYTHON" - "$out" "$@" <<'PY'
import resource, subprocess, sys, time
out, cmd = sys.argv[1], sys.argv[2:]
t0 = time.monotonic()
status = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
seconds = time.monotonic() - t0
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # kB on Linux
open(out, "w").write("%.3f %d %d\n" % (seconds, peak, status))
PY
}

declare -A command_ms
if wants f && [ -n "${history_ready:-}" ]; then
  echo "(measuring the commands end to end...)" >&2
  for name in version true history stats report; do : >"$WORK/cmd-$name.txt"; done
  for _ in $(seq 1 "$COMMAND_RUNS"); do
    export MOCKLOOP_HOME="$WORK/history-home" XDG_CONFIG_HOME="$WORK/history-config"
    run_ms "$BIN" --version >>"$WORK/cmd-version.txt"
    run_ms /bin/true >>"$WORK/cmd-true.txt"
    run_ms "$BIN" history >>"$WORK/cmd-history.txt"
    run_ms "$BIN" stats >>"$WORK/cmd-stats.txt"
    run_ms "$BIN" report --all -o "$WORK/report.html" >>"$WORK/cmd-report.txt"
    unset MOCKLOOP_HOME XDG_CONFIG_HOME
  done
  for name in version true history stats report; do command_ms[$name]=$(median <"$WORK/cmd-$name.txt"); done
fi

export_line="not measured"
mkdir -p "$WORK/export-home" "$WORK/import-home"
if ! wants g; then
  :
elif echo "(generating $EXPORT_SESSIONS sessions for the export...)" >&2 &&
  MOCKLOOP_HOME="$WORK/export-home" XDG_CONFIG_HOME="$WORK/history-config" \
  "$BIN" bench-data --sessions "$EXPORT_SESSIONS" >"$WORK/export-data.txt" 2>&1; then
  MOCKLOOP_HOME="$WORK/export-home" XDG_CONFIG_HOME="$WORK/history-config" \
    peak_run "$WORK/export.txt" "$BIN" export --all -o "$WORK/export.json"
  MOCKLOOP_HOME="$WORK/import-home" XDG_CONFIG_HOME="$WORK/history-config" \
    peak_run "$WORK/import.txt" "$BIN" import "$WORK/export.json"
  MOCKLOOP_HOME="$WORK/import-home" XDG_CONFIG_HOME="$WORK/history-config" \
    peak_run "$WORK/version-peak.txt" "$BIN" --version
  read -r export_s export_kb export_status <"$WORK/export.txt"
  read -r import_s import_kb import_status <"$WORK/import.txt"
  read -r _ version_kb _ <"$WORK/version-peak.txt"
  imported=$(MOCKLOOP_HOME="$WORK/import-home" XDG_CONFIG_HOME="$WORK/history-config" "$BIN" history 2>/dev/null | grep -c .)
  export_line="export --all: ${export_s} s, peak ${export_kb} kB (exit $export_status), $(wc -c <"$WORK/export.json" 2>/dev/null || echo 0) bytes; import: ${import_s} s, peak ${import_kb} kB (exit $import_status), history then lists $imported lines (with its header); --version peak ${version_kb} kB"
else
  export_line="bench-data for the export failed: $(tail -1 "$WORK/export-data.txt")"
fi

# ---------------------------------------------------------------------------------------------

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 > 0 && a + 0 == a) printf "%.1fx", a / b; else print "-" }'; }
diff_ms() { awk -v a="$1" -v b="$2" 'BEGIN { if (a + 0 == a && b + 0 == b) printf "+%.1f ms", a - b; else print "-" }'; }

printf '%-44s %14s %16s %12s\n' "figure (median)" "mockloop" "baseline" "difference"
printf '%-44s %14s %16s %12s\n' "--------------------------------------------" "--------------" "----------------" "------------"
printf '%-44s %11s ms %13s ms %12s\n' "(a) exec to first full frame, tmux 100x30" "$app_ms" "$echo_ms" "$(diff_ms "$app_ms" "$echo_ms")"
printf '%-44s %11s ms %13s ms %12s\n' "    same, first start on an empty data folder" "$cold_ms" "$echo_ms" "$(diff_ms "$cold_ms" "$echo_ms")"
printf '%-44s %14s %16s %12s\n' "    runs (warm / cold / echo baseline)" "$app_n / $cold_n" "$echo_n" ""
printf '%-44s %11s ms %13s ms %12s\n' "(b) render one 200x60 session frame" "$render_ms" "16.7" "$(ratio "$render_ms" 16.7) of 60Hz"
printf '%-44s %12s %% %14s %% %12s\n' "(c) CPU idle session, ${IDLE}s (% of wall)" "$cpu" "$sleep_cpu" "(sleep)"
printf '%-44s %12s/s %14s/s %12s\n' "    wake-ups (context switches)" "$wakes" "$sleep_wakes" "(sleep)"
printf '%-44s %11s kB %13s kB %12s\n' "(d) RssAnon (private) of a running session" "$anon" "$sleep_anon" "(sleep)"
printf '%-44s %11s kB %13s kB %12s\n' "    VmRSS (total)" "$rss" "$sleep_rss" "(sleep)"
echo
echo "(a) samples app, warm: $(paste -sd' ' "$WORK/launch-app.txt")"
echo "(a) samples app, cold: $(paste -sd' ' "$WORK/launch-cold.txt")"
echo "(a) samples echo: $(paste -sd' ' "$WORK/launch-echo.txt")"
echo "(b) $render_line"
echo "(c) CPU per session: $(paste -sd' ' "$WORK/cpu.txt")"
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg) (figures from a busy machine are noisy; compare ratios)"
if [ -n "$history_out" ]; then
  echo "(e) history and statistics over $HISTORY_SESSIONS generated sessions:"
  printf '%s\n' "$history_out" | sed 's/^/    /'
fi
if [ -n "${command_ms[version]:-}" ]; then
  echo "(f) end to end over $HISTORY_SESSIONS sessions, medians of $COMMAND_RUNS: --version ${command_ms[version]} ms" \
    "(/bin/true ${command_ms[true]} ms), history ${command_ms[history]} ms, stats ${command_ms[stats]} ms," \
    "report --all ${command_ms[report]} ms"
fi
echo "(g) $EXPORT_SESSIONS sessions: $export_line"

# ---------------------------------------------------------------------------------------------
# Budgets: each figure that has one, beside it, met or missed.

# in_ms LABEL: the median of a bench-history / bench-report line that starts with LABEL.
in_ms() { printf '%s\n' "$history_out" | grep -F "$1" | head -1 | grep -oE 'median [0-9.]+' | awk '{ print $2 }'; }
minus() { awk -v a="$1" -v b="$2" 'BEGIN { if (a + 0 == a && b + 0 == b && a != "" && b != "") printf "%.1f", a - b; else print "" }'; }
met=0
missed=0
budget() { # LABEL FIGURE LIMIT UNIT
  local verdict
  if [ -z "$2" ] || [ "$2" = n/a ]; then
    verdict="not measured"
  elif awk -v a="$2" -v b="$3" 'BEGIN { exit !(a + 0 <= b + 0) }'; then
    verdict=met
    met=$((met + 1))
  else
    verdict=MISSED
    missed=$((missed + 1))
  fi
  printf '  %-50s %12s %12s  %s\n' "$1" "${2:-n/a}${2:+ $4}" "<= $3 $4" "$verdict"
}
echo
echo "budgets (figure beside budget):"
budget "(a) first frame, warm, over echo" "$(minus "$app_ms" "$echo_ms")" 12 ms
budget "(a) first frame, first start, over echo" "$(minus "$cold_ms" "$echo_ms")" 30 ms
budget "(b) render one 200x60 frame" "$render_ms" 16.7 ms
budget "(c) CPU of an idle session" "$cpu" 0.1 %
budget "(c) wake-ups of an idle session" "$wakes" 5 /s
budget "(d) private memory of a session" "$anon" 4096 kB
budget "(e) open + history(), $HISTORY_SESSIONS sessions" "$(in_ms "open + history()")" 25 ms
budget "(e) statistics, $HISTORY_SESSIONS sessions" "$(in_ms "open + digests() + PracticeStats +")" 60 ms
budget "(e) report --all in-process, $HISTORY_SESSIONS sessions" "$(in_ms "report --all (open")" 1000 ms
budget "(f) history command over --version" "$(minus "${command_ms[history]:-}" "${command_ms[version]:-}")" 25 ms
budget "(f) stats command over --version" "$(minus "${command_ms[stats]:-}" "${command_ms[version]:-}")" 60 ms
budget "(f) report --all command over --version" "$(minus "${command_ms[report]:-}" "${command_ms[version]:-}")" 1000 ms
budget "(g) export --all peak memory, $EXPORT_SESSIONS sessions" "$(awk -v k="${export_kb:-}" 'BEGIN { if (k != "") printf "%.1f", k / 1024 }')" 60 MB
budget "(g) import peak memory, $EXPORT_SESSIONS sessions" "$(awk -v k="${import_kb:-}" 'BEGIN { if (k != "") printf "%.1f", k / 1024 }')" 60 MB
echo "  $met met, $missed missed"
exit 0
