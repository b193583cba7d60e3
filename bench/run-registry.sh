#!/usr/bin/env bash
# Runs the grid registry's subtree query benchmark: bench/run-registry.sh [--rebuild] [-Dbench.x=y...]
# Measures the packaged service, services/grid-registry/target/quarkus-app: built here when missing or with
# --rebuild; when older than its sources it is only reported (a rebuild rewrites the service's target/ and the
# platform's artifacts in ~/.m2, which other work in the same tree may be using).
# Prints the Markdown section to stdout and to bench/target/SubtreeQueryBench.md; progress goes to stderr,
# the app's log to bench/target/SubtreeQueryBench-app.log, full query plans to bench/target/SubtreeQueryBench-plans.txt.
# Other work on the machine skews the numbers: the load average is printed first so that you can wait.
set -euo pipefail
cd "$(dirname "$0")/.."

rebuild=false
options=()
for arg in "$@"; do
  case "$arg" in
    --rebuild) rebuild=true ;;
    *) options+=("$arg") ;;
  esac
done

jar=services/grid-registry/target/quarkus-app/quarkus-run.jar
if [ "$rebuild" = true ] || [ ! -f "$jar" ]; then
  echo "== building $jar" >&2
  ./mvnw -q -B install -DskipTests -pl services/grid-registry -am
else
  newer=$(find services/grid-registry/src/main services/grid-registry/pom.xml platform/*/src/main -newer "$jar" -type f | head -3)
  if [ -n "$newer" ]; then
    echo "== warning: $jar is older than (among others):" $newer "- pass --rebuild to measure the sources" >&2
  fi
fi
./mvnw -q -B -pl bench -am install -DskipTests
mkdir -p bench/target
echo "== SubtreeQueryBench, load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
./mvnw -q -B -pl bench exec:java -Dexec.mainClass=org.gridsuite.bench.SubtreeQueryBench ${options[@]+"${options[@]}"} \
  | tee bench/target/SubtreeQueryBench.md
