-- Reactions to other services' events go through the event machinery's inbox (ADR 0008): the consumers note work
-- there, and the inbox runner works each note in a transaction of its own whose first write is its append. The
-- pollers' note tables go; what they still had to do becomes notes (payloads as UnitRecodingWork.Recoding and
-- MediationReferralWork.Referral write them). The inbox table exists already: the event machinery's migrations run
-- before this service's (EventTablesFirst).

-- Units the registry moved: one note per open task and active plan still on an old code, as UnitRecodings found them
-- (tasks waiting in mediation included: they follow their unit too).
insert into inbox (inbox, key, token, payload, noted_at)
select 'unit-recodings', 'task:' || t.id || ':' || r.old_code, gen_random_uuid(),
       jsonb_build_object('kind', 'TASK', 'id', t.id, 'oldCode', r.old_code, 'newCode', r.new_code, 'unitId', r.unit_id),
       r.recoded_at
  from unit_recoding r
  join task_view t on t.code = r.old_code or t.origin_code = r.old_code
 where t.status in ('CREATED', 'ASSIGNED', 'ACCEPTED', 'IN_PROGRESS', 'COMPLETED', 'IN_MEDIATION')
on conflict do nothing;

insert into inbox (inbox, key, token, payload, noted_at)
select 'unit-recodings', 'plan:' || p.id || ':' || r.old_code, gen_random_uuid(),
       jsonb_build_object('kind', 'PLAN', 'id', p.id, 'oldCode', r.old_code, 'newCode', r.new_code, 'unitId', r.unit_id),
       r.recoded_at
  from unit_recoding r
  join plan_view p on p.code = r.old_code
 where p.status = 'ACTIVE'
on conflict do nothing;

drop table unit_recoding;

-- Cases opened from tasks: one note per case whose task still has something to do, as MediationReferrals found them.
insert into inbox (inbox, key, token, payload, noted_at)
select 'mediation-referrals', l.case_id::text, gen_random_uuid(),
       jsonb_build_object('caseId', l.case_id, 'taskId', l.task_id, 'outcome', l.outcome),
       l.noted_at
  from mediation_link l
  join task_view t on t.id = l.task_id
 where (t.status in ('CREATED', 'ASSIGNED', 'ACCEPTED', 'IN_PROGRESS') and t.mediation_case_id is null)
    or (t.status = 'IN_MEDIATION' and l.outcome is not null)
on conflict do nothing;

-- What stays is the link itself: which task a case came from, since mediation's CaseClosed does not say.
alter table mediation_link drop column outcome, drop column noted_at;
drop index mediation_link_task;
comment on table mediation_link is 'The task each case of mediation.events was opened from (CaseClosed does not name it).';
