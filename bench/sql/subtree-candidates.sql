-- Candidate fixes for the slow subtree queries of SubtreeQueryBench, tried on the database it leaves behind
-- (bench_registry, the generated county). Run by bench/registry-candidates.sh; drop-candidates.sql removes them.
-- Nothing here changes the service: each candidate is a table or index it would need and the statement it would run.

-- 1. Counts: households and residents per unit, kept by the household projector (+1/-1 with each household or
--    resident event, in the same transaction), so that a subtree's population is a sum over its units (96,000 rows
--    for the county) instead of a count over its households (330,000) and residents (1,000,000).
create table if not exists candidate_unit_population as
select unit_code, count(*)::int as households, sum(resident_count)::int as residents
  from household_view group by unit_code;
create index if not exists candidate_unit_population_code
    on candidate_unit_population (unit_code text_pattern_ops) include (households, residents);

-- 2. Counts without a new table: residents as the sum of household_view.resident_count (kept by the projector
--    already), read from an index that covers it.
create index if not exists candidate_household_code_residents
    on household_view (unit_code text_pattern_ops) include (resident_count);

vacuum (analyze) candidate_unit_population, household_view;
