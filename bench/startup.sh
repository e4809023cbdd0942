#!/usr/bin/env bash
# Start-up: JVM start -> first frame (the "Startup: first frame N ms after JVM start" line both print; the
# JVM start is read from /proc, see common.ProcessStart) for
#   app   the app on the generated heavy journal (java -jar target/microlead.jar, exits when ready)
#   bare  an empty JavaFX window of the same size (app.microlead.bench.BareWindow, same jar on the class path)
# each also with an AppCDS archive made by a training run (-XX:ArchiveClassesAtExit, then -XX:SharedArchiveFile),
# RUNS times each (default 7), interleaved, under Xvfb ($BENCH_DISPLAY, default :42), with the app's JVM options.
#   bench/startup.sh [RUNS]        -> target/bench/startup.md (medians, ratio) and startup-runs.txt
set -euo pipefail
source "$(dirname "$0")/common.sh"
RUNS="${1:-7}"
build
start_display
HEAVY="$(journal heavy)"
DATA="$OUT/startup-data"
rm -rf "$DATA" && cp -r "$HEAVY" "$DATA"

read -r -a OPTS <<< "$APP_OPTS"
APP=(java "${OPTS[@]}" -Dmicrolead.exitWhenReady=true -jar "$JAR" --data-dir "$DATA")
BARE=(java "${OPTS[@]}" -cp "$JAR:$BENCH_JAR" app.microlead.bench.BareWindow)

# one run: prints the first-frame milliseconds (or "fail")
run() {
  local log="$OUT/startup-last.log"
  if timeout 90 "$@" >"$log" 2>&1; then :; fi
  grep -o 'Startup: first frame [0-9]*' "$log" | grep -o '[0-9]*$' | head -1 || echo fail
}
# the app's real window (sidebar, theme) laid out, from the last run's log
shown() {
  grep -o 'Startup: window shown [0-9]*' "$OUT/startup-last.log" | grep -o '[0-9]*$' | head -1 || echo fail
}

echo "training runs for the CDS archives"
rm -f "$OUT/app.jsa" "$OUT/bare.jsa"
run java -XX:ArchiveClassesAtExit="$OUT/app.jsa" "${APP[@]:1}" >/dev/null
run java -XX:ArchiveClassesAtExit="$OUT/bare.jsa" "${BARE[@]:1}" >/dev/null
ls -la "$OUT"/*.jsa
echo "warm-up (page cache, today's backup)"
run "${APP[@]}" >/dev/null
run "${BARE[@]}" >/dev/null

: > "$OUT/startup-runs.txt"
for i in $(seq "$RUNS"); do
  a=$(run "${APP[@]}"); aw=$(shown)
  b=$(run "${BARE[@]}")
  ac=$(run java -XX:SharedArchiveFile="$OUT/app.jsa" "${APP[@]:1}"); acw=$(shown)
  bc=$(run java -XX:SharedArchiveFile="$OUT/bare.jsa" "${BARE[@]:1}")
  echo "$i app=$a bare=$b app-cds=$ac bare-cds=$bc app-window=$aw app-cds-window=$acw" | tee -a "$OUT/startup-runs.txt"
done

col() { grep -o " $1=[0-9]*" "$OUT/startup-runs.txt" | cut -d= -f2 | median; }
A=$(col app); B=$(col bare); AC=$(col app-cds); BC=$(col bare-cds); AW=$(col app-window); ACW=$(col app-cds-window)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
{
  echo "| start-up, JVM start → first frame (median of $RUNS) | app, heavy journal | bare JavaFX window | ratio app/bare |"
  echo "|---|---|---|---|"
  echo "| default CDS (JDK classes only) | $A ms | $B ms | $(ratio "$A" "$B") |"
  echo "| AppCDS archive of a training run | $AC ms | $BC ms | $(ratio "$AC" "$BC") |"
  echo "| AppCDS gain | $(ratio "$AC" "$A") × | $(ratio "$BC" "$B") × | |"
  echo
  echo "The app's first frame is its window's outline in the theme's colours (\`shell.SkeletonView\`); the"
  echo "real window (sidebar, theme, loading indicator) is laid out at $AW ms ($ACW ms with AppCDS), and the"
  echo "journal's views follow when the database is open."
  echo
  echo "JVM options: \`$APP_OPTS\`"
} | tee "$OUT/startup.md"
