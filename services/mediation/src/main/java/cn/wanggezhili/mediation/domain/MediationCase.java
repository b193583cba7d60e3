package cn.wanggezhili.mediation.domain;

import static cn.wanggezhili.mediation.domain.CaseRuleViolation.Rule.ALL_PARTIES_MUST_SIGN;
import static cn.wanggezhili.mediation.domain.CaseRuleViolation.Rule.BEFORE_PREVIOUS_STEP;
import static cn.wanggezhili.mediation.domain.CaseRuleViolation.Rule.CASE_CLOSED;
import static cn.wanggezhili.mediation.domain.CaseRuleViolation.Rule.CASE_STILL_OPEN;
import static cn.wanggezhili.mediation.domain.CaseRuleViolation.Rule.MEDIATOR_ALREADY_ASSIGNED;
import static cn.wanggezhili.mediation.domain.CaseRuleViolation.Rule.NO_MEDIATOR;
import static cn.wanggezhili.mediation.domain.CaseRuleViolation.Rule.NO_SESSION_HELD;
import static cn.wanggezhili.mediation.domain.CaseRuleViolation.Rule.PERSONAL_DATA_ERASED;
import static cn.wanggezhili.mediation.domain.CaseRuleViolation.Rule.SESSION_ALREADY_HELD;
import static cn.wanggezhili.mediation.domain.CaseRuleViolation.Rule.UNKNOWN_PARTY;
import static cn.wanggezhili.mediation.domain.CaseRuleViolation.Rule.UNKNOWN_SESSION;
import static cn.wanggezhili.mediation.domain.CaseRuleViolation.Rule.WRONG_STATUS;
import static cn.wanggezhili.mediation.domain.CaseStatus.ACCEPTED;
import static cn.wanggezhili.mediation.domain.CaseStatus.AGREED;
import static cn.wanggezhili.mediation.domain.CaseStatus.CLOSED;
import static cn.wanggezhili.mediation.domain.CaseStatus.FAILED;
import static cn.wanggezhili.mediation.domain.CaseStatus.FOLLOWED_UP;
import static cn.wanggezhili.mediation.domain.CaseStatus.INVESTIGATING;
import static cn.wanggezhili.mediation.domain.CaseStatus.IN_MEDIATION;
import static cn.wanggezhili.mediation.domain.CaseStatus.PERFORMANCE_CHECKED;
import static cn.wanggezhili.mediation.domain.CaseStatus.REGISTERED;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.kernel.StaffRef;
import cn.wanggezhili.mediation.domain.CaseEvent.AgreementReached;
import cn.wanggezhili.mediation.domain.CaseEvent.CaseAccepted;
import cn.wanggezhili.mediation.domain.CaseEvent.CaseClosed;
import cn.wanggezhili.mediation.domain.CaseEvent.CaseDeclined;
import cn.wanggezhili.mediation.domain.CaseEvent.CaseWithdrawn;
import cn.wanggezhili.mediation.domain.CaseEvent.FollowUpVisited;
import cn.wanggezhili.mediation.domain.CaseEvent.InvestigationStarted;
import cn.wanggezhili.mediation.domain.CaseEvent.MediationFailed;
import cn.wanggezhili.mediation.domain.CaseEvent.MediatorAssigned;
import cn.wanggezhili.mediation.domain.CaseEvent.PartyAdded;
import cn.wanggezhili.mediation.domain.CaseEvent.PartyPersonalDataErased;
import cn.wanggezhili.mediation.domain.CaseEvent.PerformanceChecked;
import cn.wanggezhili.mediation.domain.CaseEvent.SessionHeld;
import cn.wanggezhili.mediation.domain.CaseEvent.SessionScheduled;

/**
 * A mediation case, rebuilt from its events ({@link CaseEvolution}). Methods named after commands check the rules
 * and return the new events; they change nothing. {@code code} is the unit handling the case now, {@code originCode}
 * the one it was registered on; {@code mediators} lists the lead first; {@code lastAt} is when the last step happened.
 */
public record MediationCase(CaseId id, GridCode code, GridCode originCode, DisputeType disputeType, CaseSource source,
                            CaseStatus status, Level level, Outcome outcome, List<Party> parties, List<StaffRef> mediators,
                            List<Session> sessions, Instant registeredAt, Instant lastAt, int version) {

    public static final MediationCase NONE = new MediationCase(null, null, null, null, null, null, null, null, List.of(),
            List.of(), List.of(), null, null, 0);

    public MediationCase {
        parties = List.copyOf(parties);
        mediators = List.copyOf(mediators);
        sessions = List.copyOf(sessions);
    }

    public static MediationCase replay(List<CaseEvent> events) {
        MediationCase c = NONE;
        for (CaseEvent e : events) {
            c = c.evolve(e);
        }
        return c;
    }

    public boolean exists() {
        return id != null;
    }

    public boolean isOpen() {
        return exists() && status != CLOSED;
    }

    public MediationCase evolve(CaseEvent event) {
        return CaseEvolution.apply(this, event);
    }

    public PartyAdded addParty(Party party, StaffRef by, Instant at) {
        requireOpen(at);
        return new PartyAdded(id, code.value(), Objects.requireNonNull(party, "party"), by, at);
    }

    public CaseAccepted accept(StaffRef by, Instant at) {
        requireStatus("accept", at, REGISTERED);
        return new CaseAccepted(id, code.value(), by, at);
    }

    /** Not for mediation here (e.g. already before a court): the case ends DECLINED with the reason. */
    public List<CaseEvent> decline(String reason, StaffRef by, Instant at) {
        requireStatus("decline", at, REGISTERED);
        CaseDeclined declined = new CaseDeclined(id, code.value(), Texts.required(reason, "reason"), by, at);
        return List.of(declined, closing(Outcome.DECLINED, by, at));
    }

    /** The first mediator assigned leads; a later one leads only when asked to. */
    public MediatorAssigned assignMediator(StaffRef mediator, boolean lead, StaffRef by, Instant at) {
        requireOpen(at);
        if (mediators.stream().anyMatch(m -> m.isSamePersonAs(mediator))) {
            throw new CaseRuleViolation(MEDIATOR_ALREADY_ASSIGNED, "staffId", "this mediator is already on the case");
        }
        return new MediatorAssigned(id, code.value(), Objects.requireNonNull(mediator, "mediator"), lead || mediators.isEmpty(), by, at);
    }

    public InvestigationStarted startInvestigation(String notes, StaffRef by, Instant at) {
        requireStatus("investigate", at, ACCEPTED);
        requireMediator();
        return new InvestigationStarted(id, code.value(), Texts.orEmpty(notes), by, at);
    }

    public SessionScheduled scheduleSession(Instant scheduledFor, String place, StaffRef by, Instant at) {
        requireStatus("schedule a session", at, ACCEPTED, INVESTIGATING, IN_MEDIATION);
        requireMediator();
        return new SessionScheduled(id, code.value(), sessions.size() + 1, Objects.requireNonNull(scheduledFor, "scheduledFor"),
                Texts.orEmpty(place), by, at);
    }

    public SessionHeld holdSession(int sessionNo, String minutes, StaffRef by, Instant at) {
        requireStatus("hold a session", at, IN_MEDIATION);
        Session session = sessions.stream().filter(s -> s.sessionNo() == sessionNo).findFirst()
                .orElseThrow(() -> new CaseRuleViolation(UNKNOWN_SESSION, "sessionNo", "no session " + sessionNo + " was scheduled"));
        if (session.held()) {
            throw new CaseRuleViolation(SESSION_ALREADY_HELD, "sessionNo", "session " + sessionNo + " was already held");
        }
        return new SessionHeld(id, code.value(), sessionNo, Texts.required(minutes, "minutes"), by, at);
    }

    /** Every party signs the terms (人民调解协议书); an agreement needs a session held and two parties at least. */
    public AgreementReached reachAgreement(String terms, List<PartyId> signedBy, boolean courtConfirmation, StaffRef by, Instant at) {
        requireStatus("record an agreement", at, IN_MEDIATION);
        requireSessionHeld();
        Set<PartyId> signed = new HashSet<>(signedBy == null ? List.of() : signedBy);
        Set<PartyId> known = new HashSet<>(parties.stream().map(Party::partyId).toList());
        if (!known.containsAll(signed)) {
            throw new CaseRuleViolation(UNKNOWN_PARTY, "signedBy", "only parties to this case sign its agreement");
        }
        if (parties.size() < 2 || !signed.equals(known)) {
            throw new CaseRuleViolation(ALL_PARTIES_MUST_SIGN, "signedBy", "every party (two at least) must sign the agreement");
        }
        List<PartyId> inOrder = parties.stream().map(Party::partyId).toList();
        return new AgreementReached(id, code.value(), Texts.required(terms, "terms"), inOrder, courtConfirmation, by, at);
    }

    public MediationFailed fail(String reason, StaffRef by, Instant at) {
        requireStatus("record a failure", at, IN_MEDIATION);
        requireSessionHeld();
        return new MediationFailed(id, code.value(), Texts.required(reason, "reason"), by, at);
    }

    public PerformanceChecked checkPerformance(boolean performed, String notes, StaffRef by, Instant at) {
        requireStatus("check performance", at, AGREED, PERFORMANCE_CHECKED);
        return new PerformanceChecked(id, code.value(), performed, Texts.orEmpty(notes), by, at);
    }

    public FollowUpVisited followUp(boolean satisfied, String notes, StaffRef by, Instant at) {
        requireStatus("record a follow-up visit", at, PERFORMANCE_CHECKED, FOLLOWED_UP);
        return new FollowUpVisited(id, code.value(), satisfied, Texts.required(notes, "notes"), by, at);
    }

    /** A settled case closes after its follow-up visit; a failed one when nobody takes it further. */
    public CaseClosed close(StaffRef by, Instant at) {
        requireStatus("close", at, FOLLOWED_UP, FAILED);
        return closing(status == FAILED ? Outcome.FAILED : Outcome.AGREEMENT, by, at);
    }

    /** The parties may withdraw at any point before the case is closed. */
    public List<CaseEvent> withdraw(String reason, StaffRef by, Instant at) {
        requireOpen(at);
        CaseWithdrawn withdrawn = new CaseWithdrawn(id, code.value(), Texts.required(reason, "reason"), by, at);
        return List.of(withdrawn, closing(Outcome.WITHDRAWN, by, at));
    }

    private CaseClosed closing(Outcome end, StaffRef by, Instant at) {
        return new CaseClosed(id, code.value(), disputeType, end, mediators, level, registeredAt, by, at);
    }

    /**
     * Erasure on a party's request (PIPL right to deletion): only once the case is closed, since the studio needs to
     * reach the parties while it runs; once per party ({@code stillHeld}: the service still keeps their data).
     */
    public PartyPersonalDataErased erasePartyData(PartyId partyId, boolean stillHeld, StaffRef by, Instant at) {
        if (status != CLOSED) {
            throw new CaseRuleViolation(CASE_STILL_OPEN, "status", "the parties' data is needed until case " + id + " is closed");
        }
        if (parties.stream().noneMatch(p -> p.partyId().equals(partyId))) {
            throw new CaseRuleViolation(UNKNOWN_PARTY, "partyId", "no such party to case " + id);
        }
        if (!stillHeld) {
            throw new CaseRuleViolation(PERSONAL_DATA_ERASED, "partyId", "this party's personal data is erased already");
        }
        return new PartyPersonalDataErased(id, code.value(), partyId, by, at);
    }

    void requireStatus(String action, Instant at, CaseStatus... allowed) {
        requireOpen(at);
        if (!List.of(allowed).contains(status)) {
            throw new CaseRuleViolation(WRONG_STATUS, "status", "cannot " + action + " on case " + id + " while it is " + status);
        }
    }

    void requireOpen(Instant at) {
        if (status == CLOSED) {
            throw new CaseRuleViolation(CASE_CLOSED, "status", "case " + id + " is closed");
        }
        if (Objects.requireNonNull(at, "at").isBefore(lastAt)) {
            throw new CaseRuleViolation(BEFORE_PREVIOUS_STEP, "occurredAt", "a step cannot happen before the case's previous step (" + lastAt + ")");
        }
    }

    private void requireMediator() {
        if (mediators.isEmpty()) {
            throw new CaseRuleViolation(NO_MEDIATOR, "status", "assign a mediator first");
        }
    }

    private void requireSessionHeld() {
        if (sessions.stream().noneMatch(Session::held)) {
            throw new CaseRuleViolation(NO_SESSION_HELD, "status", "hold a mediation session first");
        }
    }

    List<Session> withSession(Session session) {
        List<Session> all = new ArrayList<>(sessions);
        all.removeIf(s -> s.sessionNo() == session.sessionNo());
        all.add(session);
        all.sort(java.util.Comparator.comparingInt(Session::sessionNo));
        return all;
    }
}
