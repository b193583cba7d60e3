-- Settlements noted and not yet credited move to the platform's inbox (ADR 0008), where CreditSettlementWork credits
-- each in a transaction of its own whose first write is the append (ADR 0001): key the settlement id, payload the
-- fields CreditSettlementWork.payload writes, noted when they were received (the oldest is worked first). A note
-- already in the inbox for the settlement is newer and stays. Nothing else read pending_credit, so it goes.
-- The inbox is the event machinery's table (platform/eventstore, V2__create_inbox.sql): EventTablesFirst migrates the
-- event machinery before this service's own migrations, so it is there on a new database and on an upgraded one.
insert into inbox (inbox, key, token, payload, noted_at)
select 'pending-credits', settlement_id::text, gen_random_uuid(),
       jsonb_build_object('settlementId', settlement_id, 'subjectType', subject_type, 'subjectId', subject_id,
                          'subjectName', subject_name, 'code', code, 'quarter', quarter, 'points', points),
       received_at
  from pending_credit
on conflict do nothing;

drop table pending_credit;
