#!/usr/bin/env bash
# The grid registry's subtree query benchmark: bench/run-registry.sh [--rebuild] [-Dbench.x=y...]
# Full query plans go to bench/target/SubtreeQueryBench-plans.txt.
exec "$(dirname "$0")/run-service-bench.sh" grid-registry SubtreeQueryBench "$@"
