#!/usr/bin/env bash
# The points store's redemptions under contention: bench/run-points-store.sh [-Dbench.x=y...]
# Builds only what it needs, offline and without -am (the platform is taken from ~/.m2 as installed): the points-store
# app when its quarkus-app is missing or older than its sources, and the bench classes. Prints the Markdown section
# to stdout and to bench/target/RedemptionBench.md; progress to stderr, the app's log to bench/target/RedemptionBench-app.log.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=services/points-store/target/quarkus-app/quarkus-run.jar
if [ ! -f "$jar" ] || [ -n "$(find services/points-store/src/main services/points-store/pom.xml -newer "$jar" -type f | head -1)" ]; then
  echo "== building $jar" >&2
  ./mvnw -q -B -o package -DskipTests -pl services/points-store
fi
./mvnw -q -B -o -pl bench compile
mkdir -p bench/target
echo "== RedemptionBench, load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
# its own devstack home: starting a Keycloak stops the one another bench's home names in its pid file
./mvnw -q -B -pl bench exec:java -Dexec.mainClass=cn.wanggezhili.bench.RedemptionBench \
  -Ddevstack.home="$PWD/bench/target/devstack-points-store" "$@" | tee bench/target/RedemptionBench.md
