-- Settlements received from scoring and not yet credited: the consumer notes them here, PendingCredits appends each
-- in a transaction of its own whose first write is the append (ADR 0001), then deletes the row.
create table pending_credit (
    settlement_id uuid primary key,
    subject_type  text        not null,
    subject_id    text        not null,
    subject_name  text,
    code          text        not null,
    quarter       text,
    points        int         not null check (points > 0),
    received_at   timestamptz not null default now()
);
