-- What task dispatch knows of the grid, projected from grid-registry.events (never asked synchronously).
create table unit_directory (
    unit_id      uuid primary key,
    code         text    not null unique,
    parent_code  text,
    level        integer not null,
    name         text    not null,
    retired      boolean not null default false
);
create index unit_directory_code_prefix on unit_directory (code text_pattern_ops);

-- Who holds which post on which unit (active posts only; ended ones are deleted).
create table staff_post (
    assignment_id  uuid primary key,
    unit_id        uuid not null,
    unit_code      text not null,
    staff_id       uuid not null,
    username       text,
    staff_name     text not null,
    role           text not null
);
create index staff_post_unit_code on staff_post (unit_code);
create index staff_post_username on staff_post (username);

-- The tasks, kept in the transaction of each append and rebuildable by replay.
create table task_view (
    id                     uuid primary key,
    code                   text        not null,
    origin_code            text        not null,
    type_code              text        not null,
    title                  text        not null,
    source                 text        not null,
    priority               text        not null,
    status                 text        not null,
    owner_staff_id         uuid,
    owner_username         text,
    owner_name             text,
    due_at                 timestamptz not null,
    created_at             timestamptz not null,
    completed_at           timestamptz,
    closed_at              timestamptz,
    closed_at_level_code   text,
    closed_at_origin       boolean,
    escalations            integer     not null default 0,
    duplicate_of           uuid,
    version                integer     not null
);
create index task_view_code_prefix on task_view (code text_pattern_ops);
create index task_view_origin_prefix on task_view (origin_code text_pattern_ops);
create index task_view_open_due on task_view (due_at) where status not in ('CLOSED', 'CANCELLED', 'COMPLETED');
create index task_view_owner on task_view (owner_username) where status not in ('CLOSED', 'CANCELLED');
