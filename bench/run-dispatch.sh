#!/usr/bin/env bash
# Task dispatch's throughput and completion-to-Kafka benchmark: bench/run-dispatch.sh [--rebuild] [-Dbench.x=y...]
exec "$(dirname "$0")/run-service-bench.sh" task-dispatch TaskDispatchBench "$@"
