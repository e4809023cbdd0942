#!/usr/bin/env bash
# The kill soak (not part of mvn verify): a child process saves reflections and check-ins through the
# app's repositories and reports each save the moment it returns; it is killed with SIGKILL at a
# random moment while every core is kept busy, again and again on one data folder. After each kill the
# journal is opened and every acknowledged save is looked for.
#   bench/kill-soak.sh [KILLS=520] [SEED=20261203]
# Prints the losses as they happen and a last line "RESULT kills=… acknowledged=… lost=…";
# exits 0 when nothing acknowledged was lost.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
KILLS="${1:-520}"
SEED="${2:-20261203}"
cd "$ROOT"
mvn -q -B test-compile
CP="$ROOT/target/classes:$ROOT/target/test-classes:$(mvn -q -B dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=/dev/stdout)"
DIR="$(mktemp -d)/journal"
echo "data folder: $DIR"
java -cp "$CP" app.microlead.storage.KillSoak "$DIR" "$KILLS" "$SEED" 2>/dev/null | grep --line-buffered -E "^kill|RESULT|kills "
