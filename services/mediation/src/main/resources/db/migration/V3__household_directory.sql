-- Which unit each household is on (grid-registry's HouseholdRegistered and HouseholdMoved): parties' households are
-- checked against the caller's scope. Ids only; the registry keeps the households' data.
create table household_directory (
    household_id uuid primary key,
    unit_id      uuid not null
);
