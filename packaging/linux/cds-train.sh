#!/usr/bin/env bash
# Adds an AppCDS archive to a Linux app image made by jpackage: one training run of the app (a generated
# one-year journal, opened under Xvfb, exiting when ready: -Dmicrolead.exitWhenReady) with
# -XX:ArchiveClassesAtExit, then the launcher's config points at the archive with -XX:SharedArchiveFile.
# The class path of the image (lib/app/microlead.jar) goes into the archive as an absolute path: JDK 17 ignores the
# archive (with a one-line warning) if the image is moved, so the .deb/.rpm, which install elsewhere, do not get it.
#   packaging/linux/cds-train.sh target/dist/microlead
set -euo pipefail
IMAGE="$(cd "$1" && pwd)"
CFG="$IMAGE/lib/app/microlead.cfg"
LAUNCHER="$IMAGE/bin/microlead"
JSA="$IMAGE/lib/app/microlead.jsa"
[[ -f "$CFG" && -x "$LAUNCHER" ]] || { echo "not a microlead app image: $IMAGE" >&2; exit 1; }

run_display() {
  if [[ -n "${DISPLAY:-}" ]]; then "$@"
  elif command -v xvfb-run >/dev/null 2>&1; then xvfb-run -a -s "-screen 0 1280x800x24" "$@"
  else return 3; fi
}

DATA="$(mktemp -d)"
trap 'rm -rf "$DATA"; sed -i "/ArchiveClassesAtExit\\|microlead.exitWhenReady/d" "$CFG"' EXIT
"$LAUNCHER" --data-dir "$DATA" generate --profile year >/dev/null
sed -i '/SharedArchiveFile/d' "$CFG"
rm -f "$JSA"
printf 'java-options=-XX:ArchiveClassesAtExit=$APPDIR/microlead.jsa\njava-options=-Dmicrolead.exitWhenReady=true\n' >> "$CFG"
if ! run_display timeout 120 "$LAUNCHER" --data-dir "$DATA" >"$DATA/training.log" 2>&1 || [[ ! -s "$JSA" ]]; then
  echo "AppCDS: no training run (no display, or it failed; see below): the app image starts without the archive" >&2
  tail -5 "$DATA/training.log" >&2 || true
  rm -f "$JSA"
  exit 0
fi
sed -i "/ArchiveClassesAtExit\\|microlead.exitWhenReady/d" "$CFG"
echo 'java-options=-XX:SharedArchiveFile=$APPDIR/microlead.jsa' >> "$CFG"
echo "AppCDS archive: $JSA ($(du -m "$JSA" | cut -f1) MB)"
