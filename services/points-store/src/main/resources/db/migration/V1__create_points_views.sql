-- Read models of the points store; the event table (source of truth) is migrated by the platform.

create table account_view (
    id           uuid primary key,
    code         text        not null,
    subject_type text        not null,
    subject_id   text        not null,
    subject_name text,
    balance      int         not null check (balance >= 0),
    next_expiry  timestamptz,
    opened_at    timestamptz not null,
    version      int         not null
);
create index account_view_code on account_view (code text_pattern_ops, id);
create index account_view_next_expiry on account_view (next_expiry) where next_expiry is not null;

create table account_holder (
    account_id uuid not null references account_view (id),
    username   text not null,
    primary key (account_id, username)
);
create index account_holder_username on account_holder (username);

-- One row per ledger event; balance is the account's balance after it
create table ledger_entry (
    account_id  uuid        not null,
    version     int         not null,
    kind        text        not null,
    points      int         not null,
    balance     int         not null,
    reference   uuid,
    reason      text,
    by_username text,
    at          timestamptz not null,
    primary key (account_id, version)
);

-- Scoring's yearly tiers per subject (scoring.TierAssigned.v1), kept even before the subject has an account
create table subject_tier (
    subject_type text not null,
    subject_id   text not null,
    year         int  not null,
    code         text,
    tier         int  not null,
    rank         int,
    ranked_among int,
    primary key (subject_type, subject_id, year)
);

create table item_view (
    id             uuid primary key,
    store_code     text        not null,
    kind           text        not null,
    name_zh        text        not null,
    description    text        not null,
    points_price   int         not null,
    stock          int         not null check (stock >= 0),
    max_tier       int,
    tier_discounts text        not null,
    withdrawn      boolean     not null default false,
    listed_at      timestamptz not null,
    version        int         not null
);
create index item_view_store on item_view (store_code text_pattern_ops, name_zh, id);

create table redemption_view (
    id           uuid primary key,
    account_id   uuid        not null,
    account_code text        not null,
    store_code   text        not null,
    item_id      uuid        not null,
    item_name    text        not null,
    items        int         not null,
    points       int         not null,
    tier         int         not null,
    mode         text        not null,
    status       text        not null,
    reserved_at  timestamptz not null,
    expires_at   timestamptz not null,
    closed_at    timestamptz,
    version      int         not null
);
create index redemption_view_account on redemption_view (account_id, reserved_at);
create index redemption_view_store on redemption_view (store_code text_pattern_ops, status, closed_at);
create index redemption_view_reserved on redemption_view (expires_at) where status = 'RESERVED';
