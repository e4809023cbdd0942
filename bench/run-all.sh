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
# beside RedNotebook on one 20-year journal: Debian's package, installed here when it is missing (as root, or
# through sudo without a password); without it the side-by-side table says so and the rest still runs
if ! command -v rednotebook >/dev/null 2>&1 || ! command -v openbox >/dev/null 2>&1; then
  SUDO=(); [[ "$(id -u)" == 0 ]] || SUDO=(sudo -n)
  if command -v apt-get >/dev/null 2>&1; then
    echo "installing RedNotebook and openbox (apt-get) for the side-by-side table"
    "${SUDO[@]}" apt-get update -qq >/dev/null 2>&1 || true
    DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq rednotebook openbox x11-utils xdotool >/dev/null 2>&1 || true
  fi
fi
if command -v rednotebook >/dev/null 2>&1; then SKIP_BUILD=1 bench/vs-rednotebook.sh "$((RUNS < 5 ? RUNS : 5))" >/dev/null
else echo "RedNotebook could not be installed: the side-by-side table is left out (apt-get install rednotebook openbox)" > "$OUT/vs-rednotebook.md"; fi
SKIP_BUILD=1 bench/sync.sh 1 >/dev/null

# archive export and import of the heavy journal through the command line (each a fresh JVM)
HEAVY="$(journal heavy)"
rm -rf "$OUT/archive-copy" "$OUT/archive-import" && cp -r "$HEAVY" "$OUT/archive-copy" && mkdir -p "$OUT/archive-import"
read -r -a OPTS <<< "$APP_OPTS"
ms() { local t0 t1; t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N); echo $(( (t1 - t0) / 1000000 )); }
E=$(ms java "${OPTS[@]}" -jar "$JAR" --data-dir "$OUT/archive-copy" export json --force --out "$OUT/heavy-archive.json")
I=$(ms java "${OPTS[@]}" -jar "$JAR" --data-dir "$OUT/archive-import" import "$OUT/heavy-archive.json")
P=$(ms java "${OPTS[@]}" -jar "$JAR" --data-dir "$OUT/archive-copy" export pdf --force --out "$OUT/heavy-year.pdf" \
      --from "$(date -d '-364 days' +%F)" --to "$(date +%F)")
# the command line's search on the 20-year RedNotebook journal (JVM start, opening, the query), median of 5
SEARCH_MS=n/a
if [[ -f "$OUT/rednotebook-20y-microlead/microlead.mv.db" ]]; then
  SEARCH_MS=$(for i in 1 2 3 4 5; do ms java "${OPTS[@]}" -jar "$JAR" --data-dir "$OUT/rednotebook-20y-microlead" search team; done | median)
fi
{
  echo "| command line on the heavy journal (one fresh JVM each, JVM start included) | time |"
  echo "|---|---|"
  echo "| archive export (\`export json\`, $(du -m "$OUT/heavy-archive.json" | cut -f1) MB) | $E ms |"
  echo "| archive import into an empty journal (\`import\`) | $I ms |"
  echo "| PDF of the last year (\`export pdf\`) | $P ms |"
} > "$OUT/archive.md"

# The performance issue's targets, each with its figure from the parts above and whether it is met.
targets() {
  tour() { awk -v k="$1" -F'|' '{ gsub(/ /, "", $2); gsub(/ /, "", $3) } $2 == k { print $3 }' "$OUT/tour.md"; }
  vs() { awk -v k="$1" -F'=' '$1 == k { print $2 }' "$OUT/vs-rednotebook.env" 2>/dev/null; }
  p50=$(jmh_table | awk -F'|' '$2 ~ /SearchBench/ && $3 ~ /stress/ && $4 ~ /p50/ { gsub(/ /, "", $5); print $5; exit }')
  verdict() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || a == "n/a") print "not measured"; else if (a + 0 <= b + 0) print "met"; else print "missed" }'; }
  echo "| target (issue: performance beside RedNotebook) | measured | target | |"
  echo "|---|---|---|---|"
  echo "| ready, Microlead / RedNotebook, 20-year journal | $(vs ready-vs-rednotebook) | ≤ 1.0 | $(verdict "$(vs ready-vs-rednotebook)" 1.0) |"
  echo "| ready, Microlead / the bare JavaFX window's first frame | $(vs ready-vs-bare) | ≤ 2.0 | $(verdict "$(vs ready-vs-bare)" 2.0) |"
  echo "| peak RSS idle, Microlead / RedNotebook | $(vs rss-vs-rednotebook) | ≤ 1.0 | $(verdict "$(vs rss-vs-rednotebook)" 1.0) |"
  echo "| peak RSS after a search, Microlead / RedNotebook | $(vs search-rss-vs-rednotebook) | ≤ 1.0 | $(verdict "$(vs search-rss-vs-rednotebook)" 1.0) |"
  echo "| longest FX-thread stall in the tour | $(tour fx-longest-stall-ms) ms | ≤ 100 ms | $(verdict "$(tour fx-longest-stall-ms)" 100) |"
  echo "| the year's PDF from the app's export dialog | $(tour pdf-year-export-ms) ms | ≤ 5,000 ms | $(verdict "$(tour pdf-year-export-ms)" 5000) |"
  echo "| search p50 on 100,000 days (JMH) | ${p50:-n/a} ms | ≤ 5 ms | $(verdict "${p50:-n/a}" 5) |"
  echo "| the command line's \`search\` on the 20-year journal, wall | $SEARCH_MS ms | ≤ 1,000 ms | $(verdict "$SEARCH_MS" 1000) |"
  echo
  echo "Typing in a 2 MB day (p95 keystroke to frame ≤ 16 ms) is measured by \`bench/typing.sh\`, not run here."
}

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
  targets
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
