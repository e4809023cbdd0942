#!/usr/bin/env bash
# Start-up of the packaged Linux app image (packaging/linux/build.sh makes target/dist/microlead) on the heavy
# journal under Xvfb, interleaved RUNS times (default 5) in three forms: as built (the runtime's CDS archive and
# the app's AppCDS archive), without the app's archive, and with class-data sharing off (-Xshare:off; the image
# before the runtime had an archive of its own).   bench/packaged-startup.sh [RUNS] -> target/bench/packaged.md
set -euo pipefail
source "$(dirname "$0")/common.sh"
RUNS="${1:-5}"
IMAGE="$ROOT/target/dist/microlead"
[[ -x "$IMAGE/bin/microlead" ]] || { echo "build the app image first: packaging/linux/build.sh" >&2; exit 1; }
start_display
HEAVY="$(journal heavy)"
DATA="$OUT/packaged-data"
rm -rf "$DATA" && cp -r "$HEAVY" "$DATA"
rm -rf "$OUT/image-noapp" && cp -rp "$IMAGE" "$OUT/image-noapp"
sed -i '/SharedArchiveFile/d' "$OUT/image-noapp/lib/app/microlead.cfg"

run() { # IMAGE [extra JVM option]
  local log="$OUT/packaged-last.log"
  JAVA_TOOL_OPTIONS="-Dmicrolead.exitWhenReady=true ${2:-}" timeout 90 "$1/bin/microlead" --data-dir "$DATA" \
      >"$log" 2>&1 || true
  if grep -q 'Unable to use shared archive' "$log"; then echo "archive-refused"; return; fi
  grep -o 'Startup: first frame [0-9]*' "$log" | grep -o '[0-9]*$' | head -1 || echo fail
}
run "$IMAGE" >/dev/null   # warm-up: page cache, today's backup
: > "$OUT/packaged-runs.txt"
for i in $(seq "$RUNS"); do
  echo "$i built=$(run "$IMAGE") no-app-archive=$(run "$OUT/image-noapp") no-cds=$(run "$IMAGE" -Xshare:off)" \
      | tee -a "$OUT/packaged-runs.txt"
done
col() { grep -o " $1=[0-9]*" "$OUT/packaged-runs.txt" | cut -d= -f2 | median; }
{
  echo "| packaged app image, heavy journal: JVM start → first frame (median of $RUNS) | ms |"
  echo "|---|---|"
  echo "| as built: runtime CDS archive + AppCDS archive of a training run | $(col built) |"
  echo "| runtime CDS archive only | $(col no-app-archive) |"
  echo "| no class-data sharing (-Xshare:off) | $(col no-cds) |"
} | tee "$OUT/packaged.md"
