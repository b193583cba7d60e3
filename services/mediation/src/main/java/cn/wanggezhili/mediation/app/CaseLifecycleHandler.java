package cn.wanggezhili.mediation.app;

import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;
import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.mediation.domain.CaseEvent;
import cn.wanggezhili.mediation.domain.CaseId;
import cn.wanggezhili.mediation.domain.Level;
import cn.wanggezhili.mediation.domain.Linkage;
import cn.wanggezhili.mediation.domain.MediationCase;
import cn.wanggezhili.mediation.domain.PartyId;
import cn.wanggezhili.kernel.StaffRef;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.web.ProblemException;

/**
 * A case's way from registration to closure. Each step loads the case, checks the caller's role and scope on the
 * unit handling the case now, lets the case decide and appends the new events.
 */
@ApplicationScoped
public class CaseLifecycleHandler {

    @FunctionalInterface
    interface Decision {
        List<CaseEvent> decide(MediationCase mediationCase, StaffRef me, Instant at);
    }

    @Inject
    Cases cases;

    @Inject
    MediatorRoster roster;

    @Inject
    PartyVault vault;

    @Transactional
    public void addParty(CaseId id, NewParty party, Instant occurredAt, Caller caller) {
        act(id, caller, CaseRoles.CASE_STAFF, occurredAt, (c, me, at) -> List.of(c.addParty(vault.intake(id, party), me, at)));
    }

    @Transactional
    public void accept(CaseId id, Instant occurredAt, Caller caller) {
        act(id, caller, CaseRoles.SUPERVISORS, occurredAt, (c, me, at) -> List.of(c.accept(me, at)));
    }

    @Transactional
    public void decline(CaseId id, String reason, Instant occurredAt, Caller caller) {
        act(id, caller, CaseRoles.SUPERVISORS, occurredAt, (c, me, at) -> c.decline(reason, me, at));
    }

    /** The mediator must serve on the case's unit or above it (grid staff or the pool). */
    @Transactional
    public void assignMediator(CaseId id, UUID staffId, boolean lead, Instant occurredAt, Caller caller) {
        act(id, caller, CaseRoles.SUPERVISORS, occurredAt, (c, me, at) -> {
            MediatorRoster.Mediator mediator = roster.byStaffId(staffId)
                    .filter(m -> new GridCode(m.code()).contains(c.code()))
                    .orElseThrow(() -> ProblemException.badField("staffId", "no mediator with that id serves " + c.code()));
            return List.of(c.assignMediator(mediator.staff(), lead, me, at));
        });
    }

    @Transactional
    public void startInvestigation(CaseId id, String notes, Instant occurredAt, Caller caller) {
        act(id, caller, CaseRoles.CASE_STAFF, occurredAt, (c, me, at) -> List.of(c.startInvestigation(notes, me, at)));
    }

    @Transactional
    public void scheduleSession(CaseId id, Instant scheduledFor, String place, Instant occurredAt, Caller caller) {
        act(id, caller, CaseRoles.CASE_STAFF, occurredAt, (c, me, at) -> List.of(c.scheduleSession(scheduledFor, place, me, at)));
    }

    @Transactional
    public void holdSession(CaseId id, int sessionNo, String minutes, Instant occurredAt, Caller caller) {
        act(id, caller, CaseRoles.CASE_STAFF, occurredAt, (c, me, at) -> List.of(c.holdSession(sessionNo, minutes, me, at)));
    }

    @Transactional
    public void reachAgreement(CaseId id, String terms, List<PartyId> signedBy, boolean courtConfirmation, Instant occurredAt,
                               Caller caller) {
        act(id, caller, CaseRoles.CASE_STAFF, occurredAt,
                (c, me, at) -> List.of(c.reachAgreement(terms, signedBy, courtConfirmation, me, at)));
    }

    @Transactional
    public void fail(CaseId id, String reason, Instant occurredAt, Caller caller) {
        act(id, caller, CaseRoles.CASE_STAFF, occurredAt, (c, me, at) -> List.of(c.fail(reason, me, at)));
    }

    @Transactional
    public void checkPerformance(CaseId id, boolean performed, String notes, Instant occurredAt, Caller caller) {
        act(id, caller, CaseRoles.CASE_STAFF, occurredAt, (c, me, at) -> List.of(c.checkPerformance(performed, notes, me, at)));
    }

    @Transactional
    public void followUp(CaseId id, boolean satisfied, String notes, Instant occurredAt, Caller caller) {
        act(id, caller, CaseRoles.CASE_STAFF, occurredAt, (c, me, at) -> List.of(c.followUp(satisfied, notes, me, at)));
    }

    @Transactional
    public void close(CaseId id, Instant occurredAt, Caller caller) {
        act(id, caller, CaseRoles.SUPERVISORS, occurredAt, (c, me, at) -> List.of(c.close(me, at)));
    }

    @Transactional
    public void withdraw(CaseId id, String reason, Instant occurredAt, Caller caller) {
        act(id, caller, CaseRoles.CASE_STAFF, occurredAt, (c, me, at) -> c.withdraw(reason, me, at));
    }

    @Transactional
    public void escalate(CaseId id, Level to, String reason, Instant occurredAt, Caller caller) {
        act(id, caller, CaseRoles.SUPERVISORS, occurredAt, (c, me, at) -> List.of(Linkage.escalate(c, to, reason, me, at)));
    }

    @Transactional
    public void refer(CaseId id, Level to, String receivingBody, String reason, Instant occurredAt, Caller caller) {
        act(id, caller, CaseRoles.SUPERVISORS, occurredAt,
                (c, me, at) -> List.of(Linkage.refer(c, to, receivingBody, reason, me, at)));
    }

    /** The append first (this transaction's first write, ADR 0001), then the encrypted values go. */
    @Transactional
    public void erasePartyData(CaseId id, PartyId partyId, Caller caller) {
        act(id, caller, CaseRoles.ERASERS, null, (c, me, at) -> List.of(c.erasePartyData(partyId, vault.holds(partyId), me, at)));
        vault.erase(partyId);
    }

    private void act(CaseId id, Caller caller, String[] roles, Instant occurredAt, Decision decision) {
        requireAnyRole(caller, roles);
        MediationCase current = cases.mediationCase(id);
        requireCovers(caller, current.code());
        Instant at = StepTime.of(occurredAt, cases.now());
        cases.append(current, decision.decide(current, roster.asStaff(caller), at));
    }
}
