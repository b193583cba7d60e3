-- Dispute tasks the mediation studio took on: the case a task went to and how it ended, on the task's row.
alter table task_view add column mediation_case_id uuid;
alter table task_view add column mediation_outcome text;

-- What mediation.events said about cases opened from tasks, noted by the consumer; MediationReferrals applies each
-- note to its task in a transaction of its own (an append after the consumer's first write could reorder the topic,
-- ADR 0001). outcome stays null while the case runs.
create table mediation_link (
    case_id    uuid primary key,
    task_id    uuid        not null,
    outcome    text,
    noted_at   timestamptz not null
);
create index mediation_link_task on mediation_link (task_id);
