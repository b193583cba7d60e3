drop table if exists candidate_unit_population;
drop index if exists candidate_household_code_residents;
