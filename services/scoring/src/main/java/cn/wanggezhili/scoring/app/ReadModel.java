package cn.wanggezhili.scoring.app;

import java.sql.Connection;
import java.time.Instant;
import cn.wanggezhili.scoring.domain.NoticeEvent;
import cn.wanggezhili.scoring.domain.SchemePublished;
import cn.wanggezhili.scoring.domain.ScoreEntryEvent;
import cn.wanggezhili.scoring.domain.SettlementEvent;
import cn.wanggezhili.scoring.domain.StarEvent;
import cn.wanggezhili.scoring.domain.SubjectRegistered;
import cn.wanggezhili.scoring.domain.TierAssigned;
import cn.wanggezhili.scoring.domain.VolunteerActivityRecorded;

/** Scoring's read tables, kept in the transaction of each append (implemented in the projection package). */
public interface ReadModel {

    void scheme(Connection c, SchemePublished event);

    void subject(Connection c, SubjectRegistered event);

    void entry(Connection c, ScoreEntryEvent event, int version, Instant at);

    void notice(Connection c, NoticeEvent event, int version);

    void settlement(Connection c, SettlementEvent event);

    void star(Connection c, StarEvent event);

    void tier(Connection c, TierAssigned event);

    void volunteerActivity(Connection c, VolunteerActivityRecorded event);
}
