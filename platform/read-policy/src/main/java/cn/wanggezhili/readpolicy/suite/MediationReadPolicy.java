package cn.wanggezhili.readpolicy.suite;

import static cn.wanggezhili.readpolicy.EventAccess.roles;

import java.util.List;
import cn.wanggezhili.readpolicy.EventAccess.Holding;
import cn.wanggezhili.readpolicy.EventReadPolicy;
import cn.wanggezhili.security.Role;

/**
 * Who reads mediation: cases and mediators, the case staff and those who check their work (reviewers, scorers,
 * integrators); never residents or the store. Parties travel masked in events; in full only through REST, to
 * {@link #PERSONAL_DATA}.
 */
public final class MediationReadPolicy {

    /** Read cases, figures and the mediators with their load. */
    public static final List<String> CASE_READERS = List.of(Role.MEDIATOR, Role.GRID_WORKER, Role.GRID_CHIEF,
            Role.TOWNSHIP_ADMIN, Role.COUNTY_ADMIN, Role.INTEGRATOR, Role.REVIEWER, Role.SCORER);

    /** Those who talk to the parties: they see names, ID numbers and phones in full (REST only). */
    public static final List<String> PERSONAL_DATA = List.of(Role.MEDIATOR, Role.GRID_CHIEF);

    private static final String PREFIX = "mediation.";

    private MediationReadPolicy() {
    }

    /**
     * @param coversOrigin true when the caller covers the unit the event's case was registered on: a case escalated to
     *                     the township stays in sight of the grid it came from, as on REST; {@link Holding#NOBODY} where
     *                     cases' origins are not known
     */
    public static EventReadPolicy events(Holding coversOrigin) {
        String[] cases = SuiteTypes.of(PREFIX, "CaseRegistered", "PartyAdded", "CaseAccepted", "CaseDeclined",
                "MediatorAssigned", "InvestigationStarted", "SessionScheduled", "SessionHeld", "AgreementReached",
                "MediationFailed", "PerformanceChecked", "FollowUpVisited", "CaseEscalated", "CaseReferred", "CaseWithdrawn",
                "CaseClosed", "PartyPersonalDataErased");
        return EventReadPolicy.builder()
                .streamReaders(CASE_READERS)
                .allow(roles(CASE_READERS), cases)
                .alsoBelow(roles(CASE_READERS).onlyWhen(coversOrigin), cases)
                .allow(roles(CASE_READERS), SuiteTypes.of(PREFIX, "MediatorEnrolled"))
                .build();
    }
}
