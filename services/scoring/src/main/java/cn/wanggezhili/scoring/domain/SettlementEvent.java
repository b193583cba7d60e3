package cn.wanggezhili.scoring.domain;

import java.time.Instant;
import java.util.UUID;

/** A quarter's settlement (一季一兑现): one credit per subject and quarter, then the run that made them. */
public sealed interface SettlementEvent {

    String code();

    /** The points store credits {@code settlementId} once (docs/event-contracts.md). */
    record PointsCredited(UUID settlementId, SubjectType subjectType, String subjectId, String subjectName, String code,
                          String quarter, int points, Instant at) implements SettlementEvent {

        @Override
        public String toString() {
            return "PointsCredited[settlementId=" + settlementId + ", subjectId=" + subjectId + ", points=" + points + "]";
        }
    }

    /** A township's (or any unit's) quarter settled: how many subjects were credited and how many points. */
    record QuarterSettled(UUID settlementRunId, String code, String quarter, int subjectsCredited, int pointsCredited,
                          int subjectsWithoutPoints, int subjectsSettledBefore, Actor settledBy, Instant at)
            implements SettlementEvent {
    }
}
