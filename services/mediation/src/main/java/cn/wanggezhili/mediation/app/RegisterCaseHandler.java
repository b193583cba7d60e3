package cn.wanggezhili.mediation.app;

import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;
import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import cn.wanggezhili.mediation.domain.CaseEvent;
import cn.wanggezhili.mediation.domain.CaseId;
import cn.wanggezhili.mediation.domain.CaseSource;
import cn.wanggezhili.mediation.domain.MediationCase;
import cn.wanggezhili.mediation.domain.Party;
import cn.wanggezhili.mediation.domain.Registration;
import cn.wanggezhili.kernel.StaffRef;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.web.ProblemException;

/** Registers a walk-in or referred case on a grid unit; parties' personal data go to the vault, masked into the event. */
@ApplicationScoped
public class RegisterCaseHandler {

    @Inject
    Cases cases;

    @Inject
    PartyVault vault;

    @Inject
    MediatorRoster roster;

    @Transactional
    public CaseId handle(RegisterCase cmd, Caller caller) {
        requireAnyRole(caller, CaseRoles.CASE_STAFF);
        requireCovers(caller, cmd.unitCode());
        if (!roster.unitExists(cmd.unitCode())) {
            throw ProblemException.notFound("grid unit " + cmd.unitCode());
        }
        if (cmd.source() == CaseSource.TASK) {
            throw ProblemException.badField("source", "cases from tasks are opened by task dispatch's events");
        }
        Instant at = StepTime.of(cmd.occurredAt(), cases.now());
        CaseId id = new CaseId(cases.newId());
        List<Party> parties = cmd.parties() == null ? List.of() : cmd.parties().stream().map(p -> vault.intake(id, p)).toList();
        StaffRef by = roster.asStaff(caller);
        CaseEvent registered = cmd.source() == CaseSource.REFERRAL
                ? Registration.referral(id, cmd.unitCode(), cmd.disputeType(), cmd.referringBody(), cmd.title(),
                        cmd.description(), parties, cmd.evidence(), by, at)
                : Registration.walkIn(id, cmd.unitCode(), cmd.disputeType(), cmd.title(), cmd.description(), parties,
                        cmd.evidence(), by, at);
        cases.append(MediationCase.NONE, List.of(registered));
        return id;
    }
}
