#!/usr/bin/env bash
# Scoring's trigger throughput and quarter settlement benchmark: bench/run-scoring.sh [-Dbench.x=y...]
# Builds only what it needs, offline and without -am (the platform is taken from ~/.m2 as installed): the scoring
# app when its quarkus-app is missing or older than its sources, and the bench classes. Prints the Markdown section
# to stdout and to bench/target/ScoringBench.md; progress to stderr, the app's log to bench/target/ScoringBench-app.log.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=services/scoring/target/quarkus-app/quarkus-run.jar
if [ ! -f "$jar" ] || [ -n "$(find services/scoring/src/main services/scoring/pom.xml -newer "$jar" -type f | head -1)" ]; then
  echo "== building $jar" >&2
  ./mvnw -q -B -o package -DskipTests -pl services/scoring
fi
./mvnw -q -B -o -pl bench compile
mkdir -p bench/target
echo "== ScoringBench, load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
./mvnw -q -B -o -pl bench exec:java -Dexec.mainClass=cn.wanggezhili.bench.ScoringBench "$@" | tee bench/target/ScoringBench.md
