#!/usr/bin/env bash
# Microlead side by side with the peer a user would pick instead, RedNotebook (Debian's package), on one
# 20-year journal: written by RedNotebook's own storage code (bench/rednotebook/make-journal.py) and
# imported into Microlead with `import --format rednotebook`. Interleaved runs under Xvfb with openbox,
# the app with the JVM options of the packages (common.sh):
#   ready     process start -> ready. Microlead: the journal's views shown (the "Startup: ready N ms after
#             JVM start" line, the exitWhenReady moment); RedNotebook: journal loaded and its main loop
#             first idle (bench/rednotebook/ready.py); bare: an empty JavaFX window's first frame.
#   peak RSS  VmHWM of the process 6 s after start, idle (/proc/PID/status); and 10 s after start, a search
#             for a word in nearly every day made at ~6 s (Microlead: Ctrl+F and the word typed, by xdotool;
#             RedNotebook: its search box's own search, as Enter does).
#   bench/vs-rednotebook.sh [RUNS=5]   -> target/bench/vs-rednotebook.md and vs-rednotebook-runs.txt
# Needs: apt-get install rednotebook xvfb openbox xdotool. Measure on a quiet machine.
set -euo pipefail
source "$(dirname "$0")/common.sh"
RUNS="${1:-5}"
command -v rednotebook >/dev/null || { echo "rednotebook is not installed (apt-get install rednotebook)"; exit 1; }
command -v xdotool >/dev/null || { echo "xdotool is not installed (apt-get install xdotool)"; exit 1; }
build
start_display
if ! pgrep -x openbox >/dev/null; then openbox >/dev/null 2>&1 & sleep 1; fi

RN="$OUT/rednotebook-20y"
ML="$OUT/rednotebook-20y-microlead"
if [[ ! -d "$RN" ]]; then
  rm -rf "$RN.tmp" && mkdir -p "$RN.tmp"
  /usr/bin/python3 "$ROOT/bench/rednotebook/make-journal.py" "$RN.tmp" 20
  mv "$RN.tmp" "$RN"
fi
if [[ ! -f "$ML/microlead.mv.db" ]]; then
  rm -rf "$ML" && java -jar "$JAR" --data-dir "$ML" import "$RN" --format rednotebook
fi
RNHOME="$OUT/rednotebook-home"
mkdir -p "$RNHOME"

read -r -a OPTS <<< "$APP_OPTS"
APP=(java "${OPTS[@]}" -jar "$JAR" --data-dir "$ML")
BARE=(java "${OPTS[@]}" -cp "$JAR:$BENCH_JAR" app.microlead.bench.BareWindow)
REDNOTEBOOK=(env HOME="$RNHOME" /usr/bin/python3 "$ROOT/bench/rednotebook/ready.py" "$RN")

# one run to "ready": prints the milliseconds (or "fail")
ready_ms() {
  local pattern="$1"; shift
  local log="$OUT/vs-last.log"
  timeout 120 "$@" >"$log" 2>&1 || true
  grep -o "$pattern [0-9]*" "$log" | grep -o '[0-9]*$' | head -1 || echo fail
}
# peak RSS in MB of a process left running 6 s, then given ACTION (run with its pid) and WAIT seconds more
rss_after() {
  local action="$1" wait="$2"; shift 2
  "$@" >/dev/null 2>&1 &
  local pid=$!
  sleep 6
  "$action" "$pid"
  sleep "$wait"
  local kb
  kb=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo $((kb / 1024))
}
nothing() { :; }
# Ctrl+F and "team" (a word in nearly every day) typed into Microlead's window (xdotool)
search_in_window() {
  local wid
  wid=$(xdotool search --pid "$1" --name Microlead 2>/dev/null | head -1 || true)
  [[ -n "$wid" ]] && xdotool windowactivate --sync "$wid" >/dev/null 2>&1 || true
  { xdotool key ctrl+f && sleep 0.5 && xdotool type --delay 80 team; } >/dev/null 2>&1 || true
}
# idle: 6 s after start
peak_rss() { rss_after nothing 0 "$@"; }
# 10 s after start, having searched for "team" at about 5-6 s: Microlead through its window, RedNotebook
# through its search box's own method (bench/rednotebook/ready.py, SEARCH)
search_rss() {
  local kind="$1"; shift
  if [[ "$kind" == microlead ]]; then rss_after search_in_window 4 "$@"; else rss_after nothing 4 "$@"; fi
}

echo "warm-up (page cache, today's backup)"
ready_ms "Startup: ready" "${APP[@]}" -Dmicrolead.exitWhenReady=true >/dev/null
ready_ms "ready" "${REDNOTEBOOK[@]}" >/dev/null

: > "$OUT/vs-rednotebook-runs.txt"
for i in $(seq "$RUNS"); do
  m=$(ready_ms "Startup: ready" java "${OPTS[@]}" -Dmicrolead.exitWhenReady=true -jar "$JAR" --data-dir "$ML")
  r=$(ready_ms "RedNotebook: ready" "${REDNOTEBOOK[@]}")
  b=$(ready_ms "Startup: first frame" "${BARE[@]}")
  mr=$(peak_rss "${APP[@]}")
  rr=$(peak_rss env STAY_OPEN=1 "${REDNOTEBOOK[@]}")
  br=$(peak_rss env MICROLEAD_BARE_STAY=1 "${BARE[@]}")
  ms=$(search_rss microlead "${APP[@]}")
  rs=$(search_rss rednotebook env STAY_OPEN=1 SEARCH=team SEARCH_AFTER_MS=3500 "${REDNOTEBOOK[@]}")
  echo "$i microlead=$m rednotebook=$r bare=$b microlead-rss=$mr rednotebook-rss=$rr bare-rss=$br" \
    "microlead-search-rss=$ms rednotebook-search-rss=$rs" \
    | tee -a "$OUT/vs-rednotebook-runs.txt"
done

col() { grep -o " $1=[0-9]*" "$OUT/vs-rednotebook-runs.txt" | cut -d= -f2 | median; }
M=$(col microlead); R=$(col rednotebook); B=$(col bare)
MR=$(col microlead-rss); RR=$(col rednotebook-rss); BR=$(col bare-rss)
MS=$(col microlead-search-rss); RS=$(col rednotebook-search-rss)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
DAYS=$(ls "$RN" | wc -l)
{
  echo "Journal: $DAYS RedNotebook month files ($(du -sh "$RN" | cut -f1)), imported into Microlead. Medians of $RUNS, $(nproc) cores, $(date -u +%F)."
  echo
  echo "| | RedNotebook | bare JavaFX window | Microlead | Microlead / RedNotebook | Microlead / bare |"
  echo "|---|---|---|---|---|---|"
  echo "| process start → ready | $R ms | $B ms (first frame) | $M ms | $(ratio "$M" "$R") | $(ratio "$M" "$B") |"
  echo "| peak RSS, 6 s after start, idle | $RR MB | $BR MB | $MR MB | $(ratio "$MR" "$RR") | $(ratio "$MR" "$BR") |"
  echo "| peak RSS 10 s after start, a search for \"team\" made at ~6 s | $RS MB | — | $MS MB | $(ratio "$MS" "$RS") | |"
} | tee "$OUT/vs-rednotebook.md"
# the ratios for run-all.sh's table of targets
printf 'ready-vs-rednotebook=%s\nready-vs-bare=%s\nrss-vs-rednotebook=%s\nsearch-rss-vs-rednotebook=%s\n' \
  "$(ratio "$M" "$R")" "$(ratio "$M" "$B")" "$(ratio "$MR" "$RR")" "$(ratio "$MS" "$RS")" > "$OUT/vs-rednotebook.env"
