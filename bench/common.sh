# Shared by the bench scripts (sourced): paths, the JVM options, an Xvfb display, medians.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/target/bench"
JAR="$ROOT/target/microlead.jar"
# the bench main classes as a jar: class-data sharing takes jars only on the class path
BENCH_JAR="$OUT/bench.jar"
# The options the packaged app and `mvn javafx:run` use (packaging/linux/build.sh, pom.xml); override with JAVA_OPTS.
APP_OPTS="${JAVA_OPTS:--Xss1m -XX:+UseSerialGC -Xms48m -Xmx384m -XX:MinHeapFreeRatio=30 -XX:MaxHeapFreeRatio=50 -XX:MaxNewSize=24m -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=48m}"
BENCH_DISPLAY="${BENCH_DISPLAY:-:42}"
mkdir -p "$OUT"

# Builds the jar and the bench classes unless SKIP_BUILD=1.
build() {
  if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    (cd "$ROOT" && mvn -q -B package -DskipTests && mvn -q -B -Pbench test-compile)
  fi
  jar cf "$BENCH_JAR" -C "$ROOT/target/bench-build/test-classes" app/microlead/bench
}

# A generated journal of the profile under $OUT/data (the app's own generator), made once.
journal() {
  local dir="$OUT/data/$1"
  if [[ ! -f "$dir/microlead.mv.db" ]]; then
    rm -rf "$dir.tmp" && mkdir -p "$dir.tmp"
    java -jar "$JAR" --data-dir "$dir.tmp" generate --profile "$1" >/dev/null 2>&1
    rm -rf "$dir" && mv "$dir.tmp" "$dir"
  else
    # a journal made by an older jar: its migrations run here, once, not inside every measured run
    java -jar "$JAR" --data-dir "$dir" people >/dev/null 2>&1 || true
  fi
  echo "$dir"
}

# Starts Xvfb on $BENCH_DISPLAY unless something already serves it; stopped when the script exits.
start_display() {
  export DISPLAY="$BENCH_DISPLAY"
  if ! xdpyinfo >/dev/null 2>&1 && ! xdotool getdisplaygeometry >/dev/null 2>&1; then
    Xvfb "$DISPLAY" -screen 0 1280x800x24 >/dev/null 2>&1 &
    XVFB_PID=$!
    trap 'kill $XVFB_PID 2>/dev/null || true' EXIT
    sleep 1
  fi
}

# The median of the numbers on stdin (one a line).
median() {
  sort -n | awk '{a[NR]=$1} END {if (NR==0) print "n/a"; else if (NR%2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'
}
