-- Rate limits shared by every replica of a service (platform http-commands SubmissionLimits, Bucket4j's schema):
-- one token bucket per caller or client address, its state serialised by Bucket4j, expires_at in epoch milliseconds
-- (when the bucket is full again and may be forgotten).
create table rate_limit_bucket (
    id         text primary key,
    state      bytea,
    expires_at bigint
);
