-- Published point schemes, every version; the body is the whole scheme as published (SchemePublished).
create table scheme_view (
    code          text        not null,
    version       integer     not null,
    subject_type  text        not null,
    name_zh       text        not null,
    unit_code     text        not null,
    base_score    integer     not null,
    cadence       text        not null,
    body          jsonb       not null,
    published_at  timestamptz not null,
    primary key (code, version)
);

-- Which indicators another service's event type may score (the latest version of each scheme only).
create table trigger_index (
    event_type      text    not null,
    scheme_code     text    not null,
    indicator_code  text    not null,
    primary key (event_type, scheme_code, indicator_code)
);

-- Who is scored: grid workers and households from grid-registry.events, the others from scoring's own register.
create table subject (
    subject_id    uuid primary key,
    subject_type  text    not null,
    name          text,
    code          text    not null,
    username      text,
    active        boolean not null default true
);
create index subject_code_prefix on subject (code text_pattern_ops);
create index subject_username on subject (username);

-- Grid staff posts, so that a worker leaving their last post stops being scored.
create table staff_post (
    assignment_id  uuid primary key,
    staff_id       uuid not null,
    code           text not null
);
create index staff_post_staff on staff_post (staff_id);

-- Score entries (the passbook), kept in the transaction of each append; month is the local month YYYY-MM.
create table entry_view (
    id                 uuid primary key,
    code               text        not null,
    scheme_code        text        not null,
    scheme_version     integer     not null,
    category_code      text        not null,
    indicator_code     text        not null,
    star               text,
    subject_type       text        not null,
    subject_id         text        not null,
    subject_name       text,
    month              text        not null,
    points             integer     not null,
    status             text        not null,
    source_kind        text        not null,
    source_event_id    text,
    source_event_type  text,
    evidence           text[]      not null,
    note               text,
    recorded_by        text        not null,
    recorded_by_name   text,
    recorded_at        timestamptz not null,
    reviewed_by        text,
    reviewed_at        timestamptz,
    review_note        text,
    version            integer     not null
);
create index entry_view_subject_month on entry_view (subject_id, month);
create index entry_view_code_month on entry_view (code text_pattern_ops, month);
create index entry_view_month_status on entry_view (month, status);

-- Public notices (公示) and the objections raised against their entries.
create table notice_view (
    id             uuid primary key,
    code           text        not null,
    period         text        not null,
    closes_at      timestamptz not null,
    published_by   text        not null,
    subjects       integer     not null,
    total_points   integer     not null,
    published_at   timestamptz not null,
    version        integer     not null,
    unique (code, period)
);
create index notice_view_code_prefix on notice_view (code text_pattern_ops);

create table objection_view (
    id              uuid primary key,
    notice_id       uuid        not null,
    entry_id        uuid        not null,
    raised_by       text        not null,
    reason          text        not null,
    raised_at       timestamptz not null,
    status          text        not null,
    amended_points  integer,
    note            text,
    resolved_by     text,
    resolved_at     timestamptz
);
create index objection_view_notice on objection_view (notice_id);

-- Quarter settlements: a unit's run and the credits it made, at most one per subject and quarter.
create table quarter_settlement (
    run_id                   uuid primary key,
    code                     text        not null,
    code_prefix              text        not null,
    quarter                  text        not null,
    subjects_credited        integer     not null,
    points_credited          integer     not null,
    subjects_without_points  integer     not null,
    subjects_settled_before  integer     not null,
    settled_by               text        not null,
    settled_at               timestamptz not null
);

create table settlement_credit (
    settlement_id  uuid primary key,
    subject_type   text        not null,
    subject_id     text        not null,
    subject_name   text,
    code           text        not null,
    quarter        text        not null,
    points         integer     not null,
    credited_at    timestamptz not null,
    unique (subject_id, quarter)
);

-- The stars each household holds now (十星级文明户), kept from StarAwarded / StarRevoked.
create table star_holding (
    household_id  text        not null,
    star          text        not null,
    star_name     text        not null,
    code          text        not null,
    held          boolean     not null,
    score         integer     not null,
    threshold     integer     not null,
    changed_at    timestamptz not null,
    primary key (household_id, star)
);
create index star_holding_code_prefix on star_holding (code text_pattern_ops);

-- Yearly ranks and tiers by subtree.
create table tier_view (
    subject_id     text        not null,
    year           integer     not null,
    ranked_within  text        not null,
    subject_type   text        not null,
    code           text        not null,
    rank           integer     not null,
    ranked_among   integer     not null,
    tier           integer     not null,
    yearly_score   integer     not null,
    assigned_at    timestamptz not null,
    primary key (subject_id, year, ranked_within)
);
