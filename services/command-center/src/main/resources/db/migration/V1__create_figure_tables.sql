-- The command centre's read model, kept from every service's events (each row is rebuilt from the journal, the
-- events table, by FigureRebuild). Rows sit on grid codes so a subtree is a prefix: code like '141081001%'.

-- The grid as the registry announces it: the dashboard's unit picker.
create table grid_unit (
    unit_id      uuid    primary key,
    code         text    not null unique,
    parent_code  text,
    level        integer not null,
    name         text    not null,
    retired      boolean not null default false
);
create index grid_unit_parent on grid_unit (parent_code);

-- One row per task: where it arose, where it is, how it stands.
create table task_fact (
    task_id           uuid        primary key,
    origin_code       text        not null,
    code              text        not null,
    type_code         text        not null,
    title             text        not null,
    status            text        not null,
    created_at        timestamptz not null,
    due_at            timestamptz not null,
    closed_at         timestamptz,
    closed_at_origin  boolean,
    escalations       integer     not null default 0,
    owner_name        text
);
create index task_fact_origin on task_fact (origin_code text_pattern_ops);
create index task_fact_open_due on task_fact (due_at) where status not in ('CLOSED', 'CANCELLED');

-- Each escalation, with the level (depth of the code) it reached.
create table task_escalation (
    task_id     uuid        not null,
    from_code   text        not null,
    to_code     text        not null,
    to_depth    integer     not null,
    at          timestamptz not null,
    primary key (task_id, from_code)
);
create index task_escalation_from on task_escalation (from_code text_pattern_ops);

create table mediation_case (
    case_id          uuid        primary key,
    code             text        not null,
    dispute_type     text,
    registered_at    timestamptz not null,
    closed_at        timestamptz,
    outcome          text,
    closed_at_level  text
);
create index mediation_case_code on mediation_case (code text_pattern_ops);

-- Points credited by scoring's settlements (one row per settlement) and redeemed in the points store.
create table points_credit (
    settlement_id  uuid        primary key,
    code           text        not null,
    subject_type   text        not null,
    points         integer     not null,
    at             timestamptz not null
);
create index points_credit_code on points_credit (code text_pattern_ops);

create table points_redemption (
    redemption_id  uuid        primary key,
    code           text        not null,
    points         integer     not null,
    items          integer     not null,
    at             timestamptz not null
);
create index points_redemption_code on points_redemption (code text_pattern_ops);

-- Stars a household holds now (ten of them: a ten-star household, 十星级文明户).
create table star_holding (
    household_id  uuid  not null,
    star          text  not null,
    code          text  not null,
    primary key (household_id, star)
);
create index star_holding_code on star_holding (code text_pattern_ops);

-- What grid staff did, per person and local day: steps taken on tasks and cases.
create table staff_activity (
    staff_id   uuid    not null,
    day        date    not null,
    code       text    not null,
    name       text,
    actions    integer not null,
    primary key (staff_id, day, code)
);
create index staff_activity_code on staff_activity (code text_pattern_ops);
