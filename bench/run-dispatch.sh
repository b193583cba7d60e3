#!/usr/bin/env bash
# Runs task dispatch's throughput and completion-to-Kafka benchmark: bench/run-dispatch.sh [--rebuild] [-Dbench.x=y...]
# Measures the packaged service, services/task-dispatch/target/quarkus-app (run from a copy in bench/target): built
# here when missing or with --rebuild; when older than its sources it is only reported (a rebuild rewrites the
# service's target/ and the platform's artifacts in ~/.m2, which other work in the same tree may be using).
# Prints the Markdown section to stdout and to bench/target/TaskDispatchBench.md; progress goes to stderr,
# the app's log to bench/target/TaskDispatchBench-app.log.
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

jar=services/task-dispatch/target/quarkus-app/quarkus-run.jar
if [ "$rebuild" = true ] || [ ! -f "$jar" ]; then
  echo "== building $jar" >&2
  ./mvnw -q -B install -DskipTests -pl services/task-dispatch -am
else
  newer=$(find services/task-dispatch/src/main services/task-dispatch/pom.xml platform/*/src/main -newer "$jar" -type f | head -3)
  if [ -n "$newer" ]; then
    echo "== warning: $jar is older than (among others):" $newer "- pass --rebuild to measure the sources" >&2
  fi
fi
./mvnw -q -B -pl bench -am install -DskipTests
mkdir -p bench/target
echo "== TaskDispatchBench, load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
./mvnw -q -B -pl bench exec:java -Dexec.mainClass=org.gridsuite.bench.TaskDispatchBench ${options[@]+"${options[@]}"} \
  | tee bench/target/TaskDispatchBench.md
