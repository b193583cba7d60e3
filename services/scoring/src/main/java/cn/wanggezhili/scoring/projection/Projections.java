package cn.wanggezhili.scoring.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.scoring.app.ReadModel;
import cn.wanggezhili.scoring.app.PublishedSchemes;
import cn.wanggezhili.scoring.domain.Category;
import cn.wanggezhili.scoring.domain.Indicator;
import cn.wanggezhili.scoring.domain.NoticeEvent;
import cn.wanggezhili.scoring.domain.Scheme;
import cn.wanggezhili.scoring.domain.SchemePublished;
import cn.wanggezhili.scoring.domain.ScoreEntryEvent;
import cn.wanggezhili.scoring.domain.SettlementEvent;
import cn.wanggezhili.scoring.domain.SettlementEvent.PointsCredited;
import cn.wanggezhili.scoring.domain.SettlementEvent.QuarterSettled;
import cn.wanggezhili.scoring.domain.StarEvent;
import cn.wanggezhili.scoring.domain.StarEvent.StarAwarded;
import cn.wanggezhili.scoring.domain.StarEvent.StarRevoked;
import cn.wanggezhili.scoring.domain.SubjectRegistered;
import cn.wanggezhili.scoring.domain.TierAssigned;
import cn.wanggezhili.scoring.domain.VolunteerActivityRecorded;

/** Scoring's read tables: entries and notices by their projectors, the small ones here; every write is idempotent. */
@ApplicationScoped
public class Projections implements ReadModel {

    @Inject
    EntryProjector entries;

    @Inject
    NoticeProjector notices;

    @Override
    public void scheme(Connection c, SchemePublished event) {
        Scheme s = event.scheme();
        Sql.update(c, """
                insert into scheme_view (code, version, subject_type, name_zh, unit_code, base_score, cadence, body, published_at)
                values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?) on conflict do nothing
                """, s.code(), s.version(), s.subjectType(), s.nameZh(), s.unitCode(), s.baseScore(), s.cadence(),
                PublishedSchemes.write(s), event.at());
        // triggers of the latest version only
        Sql.update(c, "delete from trigger_index where scheme_code = ?", s.code());
        for (Category category : s.categories()) {
            for (Indicator i : category.indicators()) {
                if (i.trigger() != null) {
                    Sql.update(c, "insert into trigger_index (event_type, scheme_code, indicator_code) values (?, ?, ?) on conflict do nothing",
                            i.trigger().eventType(), s.code(), i.code());
                }
            }
        }
    }

    @Override
    public void subject(Connection c, SubjectRegistered e) {
        Sql.update(c, """
                insert into subject (subject_id, subject_type, name, code, username) values (?, ?, ?, ?, ?) on conflict do nothing
                """, e.subjectId(), e.subjectType(), e.name(), e.code(), e.username());
    }

    @Override
    public void entry(Connection c, ScoreEntryEvent event, int version, Instant at) {
        entries.apply(c, event, version, at);
    }

    @Override
    public void notice(Connection c, NoticeEvent event, int version) {
        notices.apply(c, event, version);
    }

    @Override
    public void settlement(Connection c, SettlementEvent event) {
        switch (event) {
            case PointsCredited e -> Sql.update(c, """
                    insert into settlement_credit (settlement_id, subject_type, subject_id, subject_name, code, quarter, points, credited_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing
                    """, e.settlementId(), e.subjectType(), e.subjectId(), e.subjectName(), e.code(), e.quarter(), e.points(), e.at());
            case QuarterSettled e -> Sql.update(c, """
                    insert into quarter_settlement (run_id, code, code_prefix, quarter, subjects_credited, points_credited,
                        subjects_without_points, subjects_settled_before, settled_by, settled_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing
                    """, e.settlementRunId(), e.code(), new GridCode(e.code()).subtreePrefix(), e.quarter(), e.subjectsCredited(),
                    e.pointsCredited(), e.subjectsWithoutPoints(), e.subjectsSettledBefore(), e.settledBy().username(), e.at());
        }
    }

    @Override
    public void star(Connection c, StarEvent event) {
        boolean held = switch (event) {
            case StarAwarded awarded -> true;
            case StarRevoked revoked -> false;
        };
        Sql.update(c, """
                insert into star_holding (household_id, star, star_name, code, held, score, threshold, changed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (household_id, star) do update set held = excluded.held, score = excluded.score,
                    threshold = excluded.threshold, code = excluded.code, changed_at = excluded.changed_at
                """, event.householdId(), event.star(), event.starName(), event.code(), held, event.score(), event.threshold(), event.at());
    }

    @Override
    public void tier(Connection c, TierAssigned e) {
        Sql.update(c, """
                insert into tier_view (subject_id, year, ranked_within, subject_type, code, rank, ranked_among, tier, yearly_score, assigned_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing
                """, e.subjectId(), e.year(), e.rankedWithin(), e.subjectType(), e.code(), e.rank(), e.rankedAmong(), e.tier(),
                e.yearlyScore(), e.at());
    }

    @Override
    public void volunteerActivity(Connection c, VolunteerActivityRecorded e) {
        Sql.update(c, """
                insert into volunteer_activity_view (id, code, activity_date, title_zh, hours, household_ids, evidence, recorded_by,
                    recorded_by_name, recorded_at)
                values (?, ?, ?, ?, ?, ?::uuid[], ?, ?, ?, ?) on conflict do nothing
                """, e.activityId(), e.code(), e.date(), e.titleZh(), e.hours(),
                e.householdIds().stream().map(java.util.UUID::toString).toArray(String[]::new),
                e.evidence().toArray(new String[0]), e.recordedBy().username(), e.recordedBy().name(), e.at());
    }
}
