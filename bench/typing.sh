#!/usr/bin/env bash
# Typing into a long day (app.microlead.bench.TypingBench): the real app headless (Monocle), today's
# entry of WORDS generated words, 200 characters (a sentence four times) typed one at a time through the key path; prints p50/p95/max
# from a key's injection to the end of the layout of the pulse that shows it, split into the wait for that pulse (JavaFX's
# 60 Hz beat) and the pulse's own work. A 300-word day (the ordinary text area) measured the same way is the floor.
#   bench/typing.sh [WORDS] [--one-paragraph]     (WORDS default 60000, ~350 KB; 330000 is ~2 MB; 300 the floor)
# JAVA_OPTS overrides the JVM options (default: those of the packaged app); EXTRA_OPTS adds to them (e.g. JFR).
set -euo pipefail
source "$(dirname "$0")/common.sh"
WORDS="${1:-60000}"
shift || true
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  (cd "$ROOT" && mvn -q -B -Pbench test-compile)
fi
CP_FILE="$OUT/test-classpath.txt"
if [[ ! -s "$CP_FILE" || "$ROOT/pom.xml" -nt "$CP_FILE" ]]; then
  (cd "$ROOT" && mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE")
fi
read -r -a OPTS <<< "$APP_OPTS ${EXTRA_OPTS:-}"
rm -rf "$OUT/typing-data"
java "${OPTS[@]}" -cp "$ROOT/target/bench-build/test-classes:$ROOT/target/bench-build/classes:$(cat "$CP_FILE")" \
    app.microlead.bench.TypingBench "$OUT/typing-data" "$WORDS" "$@" 2>"$OUT/typing-last.log"
