-- What mediation knows of the grid, projected from grid-registry.events (never asked synchronously).
create table unit_directory (
    unit_id      uuid primary key,
    code         text    not null unique,
    parent_code  text,
    level        integer not null,
    name         text    not null,
    retired      boolean not null default false
);

-- Who holds which post on which unit (active posts only): grid staff who can mediate.
create table staff_post (
    assignment_id  uuid primary key,
    unit_id        uuid not null,
    unit_code      text not null,
    staff_id       uuid not null,
    username       text,
    staff_name     text not null,
    role           text not null
);
create index staff_post_unit_code on staff_post (unit_code text_pattern_ops);
create index staff_post_username on staff_post (username);

-- The mediator pool (retired judges, police, lawyers), from this service's MediatorEnrolled events.
create table mediator_pool (
    staff_id     uuid primary key,
    code         text        not null,
    name         text        not null,
    username     text,
    background   text        not null,
    studio       text,
    enrolled_at  timestamptz not null
);

-- The cases, kept in the transaction of each append and rebuildable by replay.
create table case_view (
    id                uuid primary key,
    code              text        not null,
    origin_code       text        not null,
    dispute_type      text        not null,
    source            text        not null,
    source_task_id    uuid unique,
    referring_body    text,
    title             text        not null,
    description       text        not null,
    status            text        not null,
    level             text        not null,
    outcome           text,
    lead_staff_id     uuid,
    lead_username     text,
    lead_name         text,
    sessions_held     integer     not null default 0,
    escalations       integer     not null default 0,
    referred_to_body  text,
    registered_at     timestamptz not null,
    concluded_at      timestamptz,
    closed_at         timestamptz,
    closed_at_level   text,
    last_at           timestamptz not null,
    version           integer     not null
);
create index case_view_code_prefix on case_view (code text_pattern_ops);
create index case_view_origin_prefix on case_view (origin_code text_pattern_ops);
create index case_view_closed_at on case_view (closed_at);
create index case_view_registered_at on case_view (registered_at);

-- Parties as everybody may see them: masked.
create table case_party (
    party_id          uuid primary key,
    case_id           uuid not null,
    position          integer not null,
    kind              text not null,
    masked_name       text,
    masked_id_number  text,
    masked_phone      text,
    household_id      uuid
);
create index case_party_case on case_party (case_id);

-- Parties' personal data in clear only under the service's key (AES-GCM); the index finds an ID number.
create table party_personal_data (
    party_id         uuid primary key,
    case_id          uuid  not null,
    name             bytea,
    id_number        bytea,
    phone            bytea,
    id_number_index  text
);
create index party_personal_data_case on party_personal_data (case_id);
create index party_personal_data_index on party_personal_data (id_number_index);

-- Mediators on each case, the lead marked: each mediator's open load counts from here.
create table case_mediator (
    case_id      uuid not null,
    staff_id     uuid not null,
    username     text,
    name         text not null,
    lead         boolean not null,
    assigned_at  timestamptz not null,
    primary key (case_id, staff_id)
);
create index case_mediator_staff on case_mediator (staff_id);

-- Sessions of each case.
create table case_session (
    case_id        uuid not null,
    session_no     integer not null,
    scheduled_for  timestamptz not null,
    place          text not null,
    held_at        timestamptz,
    minutes        text,
    primary key (case_id, session_no)
);
