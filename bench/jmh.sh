#!/usr/bin/env bash
# The in-process benchmarks (JMH 1.37, sources in src/bench/java, built by the `bench` Maven profile into
# target/bench-build; never part of `mvn verify`).
#   bench/jmh.sh                      # all of them; results in target/bench/jmh.json and jmh.txt
#   bench/jmh.sh SearchBench -f 1     # any JMH arguments: a benchmark regex, -wi, -i, -prof jfr, ...
# The generated journals are made on first use under target/bench/data (MICROLEAD_BENCH_DATA overrides).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/bench
mvn -q -B -Pbench test-compile
mvn -q -B -Pbench dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/classpath.txt >/dev/null
CP="target/bench-build/test-classes:target/bench-build/classes:$(cat target/bench/classpath.txt)"
DATA="${MICROLEAD_BENCH_DATA:-$PWD/target/bench/data}"
mkdir -p "$DATA"
java -Dmicrolead.bench.data="$DATA" -Djava.util.logging.config.file=/dev/null -cp "$CP" org.openjdk.jmh.Main \
     -rf json -rff target/bench/jmh.json "$@" | tee target/bench/jmh.txt
