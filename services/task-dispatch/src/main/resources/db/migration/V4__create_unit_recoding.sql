-- Codes the registry replaced when a unit moved (codes are never reused, so an old code names one unit for good).
-- Open tasks and active plans still on an old code are recoded from here by UnitRecodings.
create table unit_recoding (
    old_code    text        primary key,
    new_code    text        not null,
    unit_id     uuid        not null,
    recoded_at  timestamptz not null
);
