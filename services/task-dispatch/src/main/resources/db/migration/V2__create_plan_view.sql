-- Work plans (recurring patrols, visits, surveys), kept in the transaction of each append and rebuildable by replay.
create table plan_view (
    id                   uuid primary key,
    code                 text        not null,
    type_code            text        not null,
    title                text        not null,
    cadence              text        not null,
    starts_on            date        not null,
    status               text        not null,
    created_by_staff_id  uuid,
    created_by_username  text,
    created_at           timestamptz not null,
    stopped_at           timestamptz,
    last_period_key      text,
    last_run_at          timestamptz,
    last_run_tasks       integer,
    runs                 integer     not null default 0,
    version              integer     not null
);
create index plan_view_code_prefix on plan_view (code text_pattern_ops);
-- the runner's question every few minutes: which active plans have started
create index plan_view_active on plan_view (starts_on) where status = 'ACTIVE';
