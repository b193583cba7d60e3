package cn.wanggezhili.points.domain;

import java.util.UUID;

/** Scoring's settlement of one subject's quarter (scoring.PointsCredited.v1), as the account needs it. */
public record SettlementCredit(UUID settlementId, SubjectType subjectType, String subjectId, String subjectName,
                               String code, String quarter, int points) {

    @Override
    public String toString() {
        return "SettlementCredit[settlementId=" + settlementId + ", subjectType=" + subjectType + ", code=" + code
                + ", quarter=" + quarter + ", points=" + points + "]";
    }
}
