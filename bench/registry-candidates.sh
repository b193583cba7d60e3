#!/usr/bin/env bash
# After bench/run-registry.sh: times the subtree statements that were slow against candidate fixes, on the
# database the bench left behind (bench_registry), with pgbench (one client, literal parameters as the service's
# custom plans see them), current and candidate alternately; then prints the candidates' plans and drops them.
# Postgres from PGHOST/PGPORT/PGUSER/PGPASSWORD (default 127.0.0.1:5432, postgres), as the bench finds it.
# Usage: bench/registry-candidates.sh [rounds, default 3]
set -euo pipefail
cd "$(dirname "$0")"
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
rounds=${1:-3}
db=bench_registry
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

units="select level, count(*) from grid_unit_view where code like '%s%%' and not retired group by level order by level;"
households="select count(*) from household_view where unit_code like '%s%%';"
residents="select count(*) from resident_view where unit_code like '%s%%' and left_at is null;"
population="select sum(households), sum(residents) from candidate_unit_population where unit_code like '%s%%';"
by_household="select count(*), sum(resident_count) from household_view where unit_code like '%s%%';"
columns="u.id, u.code, u.name, u.level, u.kind, u.parent_code, u.retired, u.successor_codes, u.version, u.updated_at"

# name, prefix: the three statements of GridUnitQueries.counts and the two candidates
for scope in "county 141081" "township 141081001" "village 141081202208"; do
  set -- $scope
  printf "$units\n$households\n$residents\n" "$2" "$2" "$2" > "$work/counts-$1-now.sql"
  printf "$units\n$population\n" "$2" "$2" > "$work/counts-$1-population.sql"
  printf "$units\n$by_household\n" "$2" "$2" > "$work/counts-$1-by-household.sql"
done
# GridUnitQueries.list under the last township, first page; the candidate orders by the pattern operator class,
# so that the existing (level, code text_pattern_ops) index gives the rows in order
echo "select $columns from grid_unit_view u where code like '141081203%' and code > '' and (5::int is null or level = 5) and (false or not retired) order by code limit 101;" > "$work/list-last-township-now.sql"
echo "select $columns from grid_unit_view u where code like '141081203%' and code ~>~ '' and (5::int is null or level = 5) and (false or not retired) order by code using ~<~ limit 101;" > "$work/list-last-township-using.sql"
echo "select $columns from grid_unit_view u where code like '141081203%' and code ~>~ '' and (null::int is null or level = null) and (false or not retired) order by code using ~<~ limit 101;" > "$work/list-last-township-using-no-level.sql"

psql -q -X -d "$db" -f sql/subtree-candidates.sql
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| statement(s) | transactions per round | mean latency ms per round |"
echo "|---|---:|---|"
for group in counts-county counts-township counts-village list-last-township; do
  n=40; [ "$group" = counts-county ] && n=8
  for f in "$work/$group"-*.sql; do
    times=()
    for ((r = 1; r <= rounds; r++)); do
      times+=("$(pgbench -n -c 1 -t "$n" -f "$f" "$db" 2>/dev/null | sed -n 's/^latency average = \([0-9.]*\) ms/\1/p')")
    done
    echo "| $(basename "$f" .sql) | $n | ${times[*]} |"
  done
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for f in "$work"/counts-county-population.sql "$work"/counts-township-by-household.sql "$work"/list-last-township-using*.sql; do
  echo "== $(basename "$f" .sql)"
  psql -q -X -d "$db" -c "explain (analyze, costs off) $(tail -n 1 "$f")" | grep -v "^$"
done
psql -q -X -d "$db" -f sql/drop-candidates.sql
