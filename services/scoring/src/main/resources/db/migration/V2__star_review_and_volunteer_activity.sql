-- Households whose stars a consumer's entry may have changed, re-evaluated in transactions of their own (StarReviews).
create table star_review (
    household_id  text        not null,
    scheme_code   text        not null,
    year          integer     not null,
    code          text        not null,
    token         uuid        not null,
    noted_at      timestamptz not null default now(),
    primary key (household_id, scheme_code, year)
);

-- Volunteer activities (爱心超市+健康银行) recorded here; each participating household is scored by a trigger.
create table volunteer_activity_view (
    id             uuid primary key,
    code           text        not null,
    activity_date  date        not null,
    title_zh       text        not null,
    hours          numeric(5, 1) not null,
    household_ids  uuid[]      not null,
    evidence       text[]      not null,
    recorded_by    text        not null,
    recorded_by_name text,
    recorded_at    timestamptz not null
);
create index volunteer_activity_view_code on volunteer_activity_view (code text_pattern_ops, activity_date);
