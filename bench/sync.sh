#!/usr/bin/env bash
# Sync on the generated 20-year journal (app.microlead.bench.SyncBench): the first round of the computer
# that sets the folder up, an empty computer joining, rounds with nothing and with one day changed,
# the folder's size.   bench/sync.sh [RUNS]  -> target/bench/sync.md (medians of RUNS, default 3)
set -euo pipefail
source "$(dirname "$0")/common.sh"
RUNS="${1:-3}"
build
read -r -a OPTS <<< "$APP_OPTS"
java "${OPTS[@]}" -Dmicrolead.bench.data="$OUT/data" -cp "$JAR:$BENCH_JAR" app.microlead.bench.SyncBench "$RUNS" \
    2>"$OUT/sync-last.log" | grep '^RESULT' | sed 's/^RESULT /| /; s/ (runs: / | /; s/)$/ |/' | tee "$OUT/sync.md"
