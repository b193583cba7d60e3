package cn.wanggezhili.mediation.domain;

import static cn.wanggezhili.mediation.domain.CaseRuleViolation.Rule.ALREADY_REFERRED;
import static cn.wanggezhili.mediation.domain.CaseRuleViolation.Rule.NOT_A_HIGHER_LEVEL;
import static cn.wanggezhili.mediation.domain.CaseRuleViolation.Rule.NOT_A_REFERRAL_CHANNEL;
import static cn.wanggezhili.mediation.domain.CaseStatus.ACCEPTED;
import static cn.wanggezhili.mediation.domain.CaseStatus.FAILED;
import static cn.wanggezhili.mediation.domain.CaseStatus.INVESTIGATING;
import static cn.wanggezhili.mediation.domain.CaseStatus.IN_MEDIATION;

import java.time.Instant;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.kernel.StaffRef;
import cn.wanggezhili.mediation.domain.CaseEvent.CaseEscalated;
import cn.wanggezhili.mediation.domain.CaseEvent.CaseReferred;

/**
 * Three-way linkage (三调联动): a case the grid or community cannot settle goes up the people's-mediation ladder
 * (township, county) or across to administrative or judicial mediation (and court confirmation). The case keeps
 * its id and its one history; the receiving level takes it on as accepted.
 */
public final class Linkage {

    private Linkage() {
    }

    /** Up the ladder to the unit above the case's own at {@code to}. */
    public static CaseEscalated escalate(MediationCase c, Level to, String reason, StaffRef by, Instant at) {
        c.requireStatus("escalate", at, ACCEPTED, INVESTIGATING, IN_MEDIATION, FAILED);
        if (!c.level().isLadder()) {
            throw new CaseRuleViolation(ALREADY_REFERRED, "status", "a case referred to " + c.level() + " stays there");
        }
        if (to == null || !to.isAbove(c.level())) {
            throw new CaseRuleViolation(NOT_A_HIGHER_LEVEL, "toLevel", "escalate to a ladder level above " + c.level());
        }
        GridCode unit = to.unitAbove(c.code()).orElseThrow(
                () -> new CaseRuleViolation(NOT_A_HIGHER_LEVEL, "toLevel", "no unit at level " + to + " above " + c.code()));
        return new CaseEscalated(c.id(), unit.value(), c.code().value(), c.level(), to, Texts.required(reason, "reason"), by, at);
    }

    /** Across to administrative or judicial mediation; the receiving body is recorded, the unit stays. */
    public static CaseReferred refer(MediationCase c, Level to, String receivingBody, String reason, StaffRef by, Instant at) {
        c.requireStatus("refer", at, ACCEPTED, INVESTIGATING, IN_MEDIATION, FAILED);
        if (to == null || to.isLadder()) {
            throw new CaseRuleViolation(NOT_A_REFERRAL_CHANNEL, "toLevel", "refer to ADMINISTRATIVE or JUDICIAL mediation");
        }
        if (to == c.level()) {
            throw new CaseRuleViolation(ALREADY_REFERRED, "toLevel", "the case is already at " + to);
        }
        return new CaseReferred(c.id(), c.code().value(), c.level(), to, Texts.required(receivingBody, "receivingBody"),
                Texts.required(reason, "reason"), by, at);
    }
}
