-- Star reviews go through the platform's inbox (ADR 0008, inbox 'star-reviews', worked by StarReviewWork): the
-- notes still waiting move there, one per household, scheme and year as before (key '<household>/<scheme>/<year>',
-- payload as StarReviewWork writes it, each with a new token, in the order they were noted), and star_review goes.
-- The inbox table is the event machinery's (platform/eventstore V2); platform/eventstore's EventTablesFirst runs that migration before this one.
insert into inbox (inbox, key, token, payload, noted_at)
select 'star-reviews', household_id || '/' || scheme_code || '/' || year, gen_random_uuid(),
       jsonb_build_object('householdId', household_id, 'schemeCode', scheme_code, 'year', year, 'code', code), noted_at
  from star_review
    on conflict do nothing;

drop table star_review;
