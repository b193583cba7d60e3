-- The event table is the service's source of truth and its outbox.
-- position is a bigserial and so NOT commit order; transaction_id records the writer's transaction so that
-- readers can take only events below the oldest running transaction (pg_snapshot_xmin) and skip nothing.
create table events (
    position        bigserial primary key,
    transaction_id  xid8        not null default pg_current_xact_id(),
    event_id        uuid        not null unique,
    stream_id       uuid        not null,
    stream_type     text        not null,
    version         integer     not null,
    event_type      text        not null,
    grid_code       text,
    occurred_at     timestamptz not null,
    recorded_at     timestamptz not null default now(),
    payload         jsonb       not null,
    constraint events_stream_version_unique unique (stream_id, version)
);
create index events_commit_order on events (transaction_id, position);
create index events_grid_code on events (grid_code text_pattern_ops);

-- Where the relay got to: the last published (transaction_id, position), advanced only after the broker acked.
create table relay_checkpoint (
    name                 text   primary key,
    last_transaction_id  xid8   not null default '0',
    last_position        bigint not null default 0,
    updated_at           timestamptz not null default now()
);

-- Consumers of other services' topics: per consumer and aggregate, the last stream version applied.
-- It is written in the same transaction as the projection rows, which makes redelivery harmless.
create table consumer_stream_position (
    consumer   text    not null,
    stream_id  uuid    not null,
    version    integer not null,
    primary key (consumer, stream_id)
);

-- And where each consumer stands in each partition, also committed with the projection.
create table consumer_offset (
    consumer     text    not null,
    topic        text    not null,
    partition    integer not null,
    next_offset  bigint  not null,
    primary key (consumer, topic, partition)
);

-- Records a consumer could not apply (malformed or rejected); kept for an operator instead of blocking the partition.
create table consumer_dead_letter (
    consumer     text        not null,
    topic        text        not null,
    partition    integer     not null,
    record_offset bigint     not null,
    event_id     text,
    reason       text        not null,
    recorded_at  timestamptz not null default now(),
    primary key (consumer, topic, partition, record_offset)
);

-- Answers already given to commands carrying an Idempotency-Key.
create table idempotency_key (
    key           text        not null,
    caller        text        not null,
    request_hash  text        not null,
    status        integer     not null,
    body          text,
    location      text,
    created_at    timestamptz not null default now(),
    primary key (key, caller)
);
