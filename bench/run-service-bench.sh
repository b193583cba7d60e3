#!/usr/bin/env bash
# Runs a harness that measures a packaged service: bench/run-service-bench.sh <service> <Harness> [--rebuild] [-Dbench.x=y...]
# The service's quarkus-app is built here when missing or with --rebuild; when older than its sources it is only
# reported (a rebuild rewrites the service's target/ and the platform's artifacts in ~/.m2, which other work in the
# same tree may be using). Prints the Markdown section to stdout and to bench/target/<Harness>.md; progress goes to
# stderr, the app's log to bench/target/<Harness>-app.log. Other work on the machine skews the numbers: the load
# average is printed first so that you can wait.
set -euo pipefail
cd "$(dirname "$0")/.."
service=$1
harness=$2
shift 2

rebuild=false
options=()
for arg in "$@"; do
  case "$arg" in
    --rebuild) rebuild=true ;;
    *) options+=("$arg") ;;
  esac
done

jar=services/$service/target/quarkus-app/quarkus-run.jar
if [ "$rebuild" = true ] || [ ! -f "$jar" ]; then
  echo "== building $jar" >&2
  ./mvnw -q -B install -DskipTests -pl "services/$service" -am
else
  newer=$(find "services/$service/src/main" "services/$service/pom.xml" platform/*/src/main -newer "$jar" -type f | head -3)
  if [ -n "$newer" ]; then
    echo "== warning: $jar is older than (among others):" $newer "- pass --rebuild to measure the sources" >&2
  fi
fi
./mvnw -q -B -pl bench -am install -DskipTests
mkdir -p bench/target
echo "== $harness, load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
./mvnw -q -B -pl bench exec:java -Dexec.mainClass="cn.wanggezhili.bench.$harness" ${options[@]+"${options[@]}"} \
  | tee "bench/target/$harness.md"
