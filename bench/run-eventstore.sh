#!/usr/bin/env bash
# Runs the event store benchmarks from a clean build: bench/run-eventstore.sh [Harness...] [-Dbench.x=y...]
# Harness is AppendThroughputBench and/or RelayPublishBench (default: both, one after the other).
# Each prints its Markdown section to stdout and to bench/target/<Harness>.md; progress goes to stderr.
# Other work on the machine skews the numbers: the load average is printed first so that you can wait.
set -euo pipefail
cd "$(dirname "$0")/.."

harnesses=()
options=()
for arg in "$@"; do
  case "$arg" in
    -D*) options+=("$arg") ;;
    *) harnesses+=("$arg") ;;
  esac
done
if [ ${#harnesses[@]} -eq 0 ]; then
  harnesses=(AppendThroughputBench RelayPublishBench)
fi

./mvnw -q -B -pl bench -am install -DskipTests
mkdir -p bench/target
for harness in "${harnesses[@]}"; do
  echo "== $harness, load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
  ./mvnw -q -B -pl bench exec:java -Dexec.mainClass="cn.wanggezhili.bench.$harness" ${options[@]+"${options[@]}"} \
    | tee "bench/target/$harness.md"
done
