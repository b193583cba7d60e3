-- Task types a county adds to the built-in catalogue (TaskType.CATALOGUE): reference data, not event-sourced.
create table task_type (
    code        text primary key,
    definition  jsonb       not null,
    added_by    text        not null,
    added_at    timestamptz not null
);
