#!/usr/bin/env bash
# The whole performance suite, one command, on a clean clone (needs a JDK 17, Maven, Xvfb):
#   bench/run-all.sh            -> target/bench/results.md (and the parts: jmh.txt, startup.md, tour.md, archive.md)
# Takes ~25 minutes on 2 cores: JMH (search, index build, habit math, PDF, save), start-up against a bare window with
# and without AppCDS, the driven app (views, FX stall, memory), Microlead beside RedNotebook on a 20-year journal,
# sync of the heavy journal, archive export and import of the heavy journal.
# QUICK=1 runs fewer iterations (a smoke test of the suite, not figures to publish).
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$ROOT"
build
if [[ "${QUICK:-0}" == 1 ]]; then JMH_ARGS=(-w 1 -r 1); RUNS=3; TOURS=1; else JMH_ARGS=(); RUNS=7; TOURS=3; fi
for p in year heavy stress; do journal "$p" >/dev/null; done

MICROLEAD_BENCH_DATA="$OUT/data" bench/jmh.sh "${JMH_ARGS[@]}" >/dev/null
SKIP_BUILD=1 bench/startup.sh "$RUNS" >/dev/null
SKIP_BUILD=1 bench/tour.sh "$TOURS" >/dev/null
# beside RedNotebook on one 20-year journal (installs nothing: needs `apt-get install rednotebook openbox`)
if command -v rednotebook >/dev/null 2>&1; then SKIP_BUILD=1 bench/vs-rednotebook.sh "$((RUNS < 5 ? RUNS : 5))" >/dev/null
else echo "rednotebook is not installed: the side-by-side table is left out (apt-get install rednotebook)" > "$OUT/vs-rednotebook.md"; fi
SKIP_BUILD=1 bench/sync.sh 1 >/dev/null

# archive export and import of the heavy journal through the command line (each a fresh JVM)
HEAVY="$(journal heavy)"
rm -rf "$OUT/archive-copy" "$OUT/archive-import" && cp -r "$HEAVY" "$OUT/archive-copy" && mkdir -p "$OUT/archive-import"
read -r -a OPTS <<< "$APP_OPTS"
ms() { local t0 t1; t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N); echo $(( (t1 - t0) / 1000000 )); }
E=$(ms java "${OPTS[@]}" -jar "$JAR" --data-dir "$OUT/archive-copy" export json --out "$OUT/heavy-archive.json")
I=$(ms java "${OPTS[@]}" -jar "$JAR" --data-dir "$OUT/archive-import" import "$OUT/heavy-archive.json")
P=$(ms java "${OPTS[@]}" -jar "$JAR" --data-dir "$OUT/archive-copy" export pdf --out "$OUT/heavy-year.pdf" \
      --from "$(date -d '-364 days' +%F)" --to "$(date +%F)")
{
  echo "| command line on the heavy journal (one fresh JVM each, JVM start included) | time |"
  echo "|---|---|"
  echo "| archive export (\`export json\`, $(du -m "$OUT/heavy-archive.json" | cut -f1) MB) | $E ms |"
  echo "| archive import into an empty journal (\`import\`) | $I ms |"
  echo "| PDF of the last year (\`export pdf\`) | $P ms |"
} > "$OUT/archive.md"

# the JMH figures: p50/p95 of the sampled benchmarks, single-shot times
jmh_table() {
  echo "| JMH benchmark | journal | statistic | ms |"
  echo "|---|---|---|---|"
  awk '/^Benchmark/ { on = 1; next }
       on && NF >= 4 {
         m = 0; for (i = 2; i <= NF; i++) if ($i ~ /^(sample|ss|avgt)$/) { m = i; break }
         if (!m) next
         param = (m > 2) ? $2 : "N/A"
         if (param == "N/A") param = ($1 ~ /^PdfBench/) ? "year" : "heavy"
         name = $1; stat = "mean"
         if (name ~ /:p0\.50$/) stat = "p50"; else if (name ~ /:p0\.95$/) stat = "p95"
         else if ($m == "sample") next
         else if (name ~ /:/) next
         sub(/:.*/, "", name)
         if ($m == "ss") stat = "single shot, mean of " $(m + 1)
         score = ($(m + 2) == "±" || $(m + 3) == "±") ? $(m + 2) : $(m + 1)
         if (stat ~ /^single/) { score = $(m + 2); if ($(m + 3) == "±") score = score " ± " $(m + 4) }
         printf "| %s | %s | %s | %s |\n", name, param, stat, score
       }' "$OUT/jmh.txt"
}

{
  echo "# Microlead performance figures"
  echo
  echo "$(date -u +%F), $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB, $(java -version 2>&1 | head -1)," \
       "$(. /etc/os-release && echo "$PRETTY_NAME"); other work may share the machine: ±30 %."
  echo
  jmh_table
  echo
  cat "$OUT/startup.md"
  echo
  cat "$OUT/tour.md"
  echo
  cat "$OUT/vs-rednotebook.md"
  echo
  echo "| sync on the heavy journal (bench/sync.sh) | ms / value | runs |"
  echo "|---|---|---|"
  cat "$OUT/sync.md"
  echo
  cat "$OUT/archive.md"
} > "$OUT/results.md"
cat "$OUT/results.md"
