-- The registry's read model, kept in the same transaction as each append and rebuildable by replay.

create table grid_unit_view (
    id               uuid primary key,
    code             text        not null unique,
    name             text        not null,
    level            integer     not null,
    kind             text        not null,
    parent_id        uuid,
    parent_code      text,
    retired          boolean     not null default false,
    successor_codes  text[],
    version          integer     not null,
    updated_at       timestamptz not null
);
-- subtree queries: code like '<prefix>%'
create index grid_unit_view_code_prefix on grid_unit_view (code text_pattern_ops);
create index grid_unit_view_parent on grid_unit_view (parent_id, code);
create index grid_unit_view_level_prefix on grid_unit_view (level, code text_pattern_ops) where not retired;

-- Every code ever issued, to which unit: codes are never reused, and an old code still finds its unit.
create table issued_code (
    code       text primary key,
    unit_id    uuid        not null,
    issued_at  timestamptz not null
);
create index issued_code_unit on issued_code (unit_id);

create table staff_assignment_view (
    assignment_id  uuid primary key,
    unit_id        uuid        not null,
    unit_code      text        not null,
    staff_id       uuid        not null,
    staff_name     text        not null,
    username       text,
    role           text        not null,
    since          timestamptz not null,
    until          timestamptz
);
create index staff_assignment_view_unit on staff_assignment_view (unit_id);
create index staff_assignment_view_code on staff_assignment_view (unit_code text_pattern_ops);
create index staff_assignment_view_username on staff_assignment_view (username) where until is null;

create table household_view (
    id              uuid primary key,
    unit_id         uuid        not null,
    unit_code       text        not null,
    number          text        not null,
    resident_count  integer     not null default 0,
    version         integer     not null,
    registered_at   timestamptz not null,
    constraint household_number_unique_per_unit unique (unit_id, number)
);
create index household_view_code on household_view (unit_code text_pattern_ops);

create table resident_view (
    id                uuid primary key,
    household_id      uuid not null,
    unit_code         text not null,
    relation          text not null,
    masked_name       text,
    masked_id_number  text,
    masked_phone      text,
    left_at           timestamptz
);
create index resident_view_household on resident_view (household_id);
create index resident_view_code on resident_view (unit_code text_pattern_ops) where left_at is null;

-- Residents' personal data, encrypted (AES-GCM) with a key from configuration; id_number_index is a keyed hash
-- (blind index) to find duplicates. Not derived from events (they hold masked values only): deleting a row here
-- erases the person's data for good (PIPL), whatever the event history keeps.
create table resident_personal_data (
    resident_id      uuid primary key,
    name             bytea not null,
    id_number        bytea,
    phone            bytea,
    id_number_index  text unique
);
