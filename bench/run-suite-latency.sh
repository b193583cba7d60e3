#!/usr/bin/env bash
# The whole suite's latency benchmark: bench/run-suite-latency.sh [-Dbench.rates=25,50,100,200,300 -Dbench.stepSeconds=30 ...]
# Builds only what it needs, offline and without -am (the platform is taken from ~/.m2 as installed): each service's
# app when its quarkus-app is missing or older than its sources, and the bench classes. Prints the Markdown section to
# stdout and to bench/target/SuiteLatencyBench.md; progress to stderr; the six apps' logs in bench/target/SuiteLatencyBench-logs/.
# A run takes ~13 min, 8 of them warming the JIT up (-Dbench.jitSeconds). The broker runs warm (-Dbench.kafkaProfile=TESTS
# for the tests' C1-only one); the load generator speaks HTTP/2 (-Dbench.http=1.1 for HTTP/1.1). For profiles, pass JVM options to every app:
#   -Dbench.appJvmOptions="-XX:StartFlightRecording=filename=/tmp/{service}.jfr,settings=profile"
set -euo pipefail
cd "$(dirname "$0")/.."
for service in grid-registry task-dispatch scoring mediation points-store command-center; do
  jar=services/$service/target/quarkus-app/quarkus-run.jar
  if [ ! -f "$jar" ] || [ -n "$(find services/$service/src/main services/$service/pom.xml -newer "$jar" -type f | head -1)" ]; then
    echo "== building $jar" >&2
    ./mvnw -q -B -o package -DskipTests -pl services/$service
  fi
done
./mvnw -q -B -o -pl bench compile
mkdir -p bench/target
echo "== SuiteLatencyBench, load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
./mvnw -q -B -o -pl bench exec:java -Dexec.mainClass=cn.wanggezhili.bench.SuiteLatencyBench "$@" | tee bench/target/SuiteLatencyBench.md
