#!/usr/bin/env bash
# The app on the generated heavy journal under Xvfb, driven through its controls by app.microlead.bench.AppTour
# (open, index, a dozen searches, open a day, every view, People and a person's page, export the last year to PDF) with the FX stall probe
# on: view times, the longest FX-thread stall, peak RSS (VmHWM) after the searches and at the end, heap.
#   bench/tour.sh [RUNS]        -> target/bench/tour.md (medians of RUNS, default 3) and tour-runs.txt
# JAVA_OPTS overrides the JVM options (default: those of the packaged app, bench/common.sh).
set -euo pipefail
source "$(dirname "$0")/common.sh"
RUNS="${1:-3}"
build
start_display
HEAVY="$(journal heavy)"
read -r -a OPTS <<< "$APP_OPTS"
# A user's app starts with the search index its last run kept in the data folder: the command line's search
# leaves the same index there. FRESH_INDEX=1 measures the first start instead (the whole index built).
if [[ "${FRESH_INDEX:-0}" == 1 ]]; then
  rm -rf "$HEAVY/search-index"
elif [[ ! -d "$HEAVY/search-index" ]]; then
  java -jar "$JAR" --data-dir "$HEAVY" search leader >/dev/null
fi
: > "$OUT/tour-runs.txt"
for i in $(seq "$RUNS"); do
  rm -rf "$OUT/tour-data" && cp -r "$HEAVY" "$OUT/tour-data"
  timeout 300 java "${OPTS[@]}" -cp "$JAR:$BENCH_JAR" app.microlead.bench.AppTour "$OUT/tour-data" "$OUT/tour.pdf" \
      2>"$OUT/tour-last.log" | grep '^RESULT' | sed "s/^RESULT/$i/" | tee -a "$OUT/tour-runs.txt"
done
val() { awk -v k="$1" '$2 == k { print $3 }' "$OUT/tour-runs.txt" | median; }
{
  echo "| the app on the heavy journal (AppTour, median of $RUNS runs) | value |"
  echo "|---|---|"
  for k in journal-open-after-jvm-start-ms journal-view-ms index-ready-after-open-ms first-search-ms open-day-ms \
           view-habits-ms view-assessment-ms view-insights-ms view-settings-ms view-today-ms view-journal-ms \
           view-people-ms people-on-roster person-page-ms person-timeline-lines \
           pdf-year-export-ms fx-longest-stall-ms rss-peak-after-search-mb heap-live-after-search-mb \
           heap-committed-after-search-mb rss-peak-end-mb heap-committed-end-mb \
           $(awk '$2 ~ /^fx-stall-/ { print $2 }' "$OUT/tour-runs.txt" | awk '!seen[$0]++'); do
    echo "| $k | $(val "$k") |"
  done
  if grep -q tour-failed "$OUT/tour-runs.txt"; then echo; echo "FAILED runs: $(grep -c tour-failed "$OUT/tour-runs.txt")"; fi
  echo
  echo "JVM options: \`$APP_OPTS\`"
} | tee "$OUT/tour.md"
