-- Staff posts by login name, projected from grid-registry.events by platform staff-scope in every service but the
-- registry (which reads its own staff_assignment_view): a caller's grid scope is the units of their active posts,
-- under the units' current codes. Ended posts are deleted.
create table staff_scope_post (
    assignment_id uuid primary key,
    username      text not null,
    unit_id       uuid not null,
    unit_code     text not null
);
create index staff_scope_post_username on staff_scope_post (username);
create index staff_scope_post_unit on staff_scope_post (unit_id);
