package org.gridsuite.scoring.app;

import java.sql.Connection;
import java.time.Instant;
import org.gridsuite.scoring.domain.NoticeEvent;
import org.gridsuite.scoring.domain.SchemePublished;
import org.gridsuite.scoring.domain.ScoreEntryEvent;
import org.gridsuite.scoring.domain.SettlementEvent;
import org.gridsuite.scoring.domain.StarEvent;
import org.gridsuite.scoring.domain.SubjectRegistered;
import org.gridsuite.scoring.domain.TierAssigned;
import org.gridsuite.scoring.domain.VolunteerActivityRecorded;

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
