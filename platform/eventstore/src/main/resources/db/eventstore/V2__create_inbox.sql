-- Work a service noted while applying another service's event, done later in a transaction of its own whose first
-- write is its append (ADR 0008). One row per inbox and key: the latest note; its token changes with every note, so
-- a worker deletes only the note it read. Failures back off and stay, with their error, for an operator.
create table inbox (
    inbox            text        not null,
    key              text        not null,
    token            uuid        not null,
    payload          jsonb       not null,
    noted_at         timestamptz not null default now(),
    attempts         integer     not null default 0,
    next_attempt_at  timestamptz not null default now(),
    last_error       text,
    primary key (inbox, key)
);
create index inbox_due on inbox (inbox, next_attempt_at, noted_at);
