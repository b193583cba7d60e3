package cn.wanggezhili.mediation.domain;

import static cn.wanggezhili.mediation.domain.CaseRuleViolation.Rule.PARTIES_REQUIRED;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.kernel.InvalidInput;
import cn.wanggezhili.kernel.StaffRef;
import cn.wanggezhili.mediation.domain.CaseEvent.CaseRegistered;

/**
 * Opening a case. A walk-in or referral names its parties (two at least, a dispute has two sides); a case from a
 * task may start without them, since the report named none, and gets them added once the mediator has spoken to them.
 */
public final class Registration {

    private Registration() {
    }

    /**
     * A case opened at the desk: a referral when {@code source} says so, else a walk-in. A task's case is opened by
     * task dispatch's event only (its id follows from the task's), never at the desk.
     */
    public static CaseRegistered atDesk(CaseId id, GridCode unit, CaseSource source, DisputeType type, String referringBody,
                                        String title, String description, List<Party> parties, List<String> evidence,
                                        StaffRef by, Instant at) {
        requireDeskSource(source);
        return source == CaseSource.REFERRAL
                ? referral(id, unit, type, referringBody, title, description, parties, evidence, by, at)
                : walkIn(id, unit, type, title, description, parties, evidence, by, at);
    }

    /** Refused as invalid input (a value the desk can never take), before any party's data is taken in. */
    public static void requireDeskSource(CaseSource source) {
        if (source == CaseSource.TASK) {
            throw new InvalidInput("source", "cases from tasks are opened by task dispatch's events");
        }
    }

    public static CaseRegistered walkIn(CaseId id, GridCode unit, DisputeType type, String title, String description,
                                        List<Party> parties, List<String> evidence, StaffRef by, Instant at) {
        requireParties(parties);
        return registered(id, unit, type, CaseSource.WALK_IN, null, null, title, description, parties, evidence, by, at);
    }

    public static CaseRegistered referral(CaseId id, GridCode unit, DisputeType type, String referringBody, String title,
                                          String description, List<Party> parties, List<String> evidence, StaffRef by, Instant at) {
        requireParties(parties);
        return registered(id, unit, type, CaseSource.REFERRAL, null, Texts.required(referringBody, "referringBody"), title,
                description, parties, evidence, by, at);
    }

    /** From task dispatch: the case id follows from the task id, so that the task opens one case only. */
    public static CaseRegistered fromTask(UUID taskId, GridCode unit, DisputeType type, String title, String description,
                                          StaffRef reporter, Instant at) {
        return registered(CaseId.forTask(taskId), unit, type, CaseSource.TASK, taskId, null, title, description, List.of(),
                List.of(), reporter, at);
    }

    private static CaseRegistered registered(CaseId id, GridCode unit, DisputeType type, CaseSource source, UUID taskId,
                                             String referringBody, String title, String description, List<Party> parties,
                                             List<String> evidence, StaffRef by, Instant at) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unit, "unit");
        String t = Texts.required(title, "title");
        return new CaseRegistered(id, unit.value(), type == null ? DisputeType.OTHER : type, source, taskId, referringBody,
                t.length() > 200 ? t.substring(0, 200) : t, Texts.orEmpty(description), List.copyOf(parties),
                evidence == null ? List.of() : List.copyOf(evidence), Level.of(unit), by, Objects.requireNonNull(at, "at"));
    }

    private static void requireParties(List<Party> parties) {
        if (parties == null || parties.size() < 2) {
            throw new CaseRuleViolation(PARTIES_REQUIRED, "parties", "a dispute has two parties at least");
        }
    }
}
