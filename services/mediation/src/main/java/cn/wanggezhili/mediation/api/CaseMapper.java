package cn.wanggezhili.mediation.api;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import cn.wanggezhili.eventstore.EventCodec;
import cn.wanggezhili.eventstore.StoredEvent;
import cn.wanggezhili.mediation.api.CaseResponses.CaseResponse;
import cn.wanggezhili.mediation.api.CaseResponses.HistoryEntry;
import cn.wanggezhili.mediation.api.CaseResponses.MediatorResponse;
import cn.wanggezhili.mediation.api.CaseResponses.PartyResponse;
import cn.wanggezhili.mediation.api.CaseResponses.SessionResponse;
import cn.wanggezhili.mediation.app.CaseQueries;
import cn.wanggezhili.mediation.app.CaseQueries.CaseView;
import cn.wanggezhili.mediation.domain.CaseId;
import cn.wanggezhili.mediation.domain.CaseSource;
import cn.wanggezhili.mediation.domain.CaseStatus;
import cn.wanggezhili.mediation.domain.DisputeType;
import cn.wanggezhili.mediation.domain.Level;
import cn.wanggezhili.mediation.domain.Outcome;
import cn.wanggezhili.security.Caller;

/** Maps cases to response bodies, with Chinese names for types, statuses, levels and outcomes. */
@ApplicationScoped
public class CaseMapper {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    @Inject
    CaseQueries queries;

    public CaseResponse full(CaseView v, Caller caller) {
        return full(v, caller, false);
    }

    /**
     * The case with its parties; {@code masked} forces masking whatever the role: command answers are stored for
     * Idempotency-Key replays, and personal data must not rest there in clear.
     */
    public CaseResponse full(CaseView v, Caller caller, boolean masked) {
        CaseId id = new CaseId(v.id());
        return response(v, queries.mediators(id).stream().map(m -> new MediatorResponse(m.staffId(), m.username(), m.name(), m.lead())).toList(),
                (masked ? queries.maskedParties(id) : queries.parties(id, caller)).stream().map(p -> new PartyResponse(p.partyId(), p.kind(), p.name(), p.idNumber(),
                        p.phone(), p.householdId(), p.masked())).toList(),
                queries.sessions(id).stream().map(s -> new SessionResponse(s.sessionNo(), s.scheduledFor(), s.place(), s.heldAt(),
                        s.minutes())).toList());
    }

    /** For lists: the case without its parties and sessions (the lead mediator only). */
    public CaseResponse brief(CaseView v) {
        List<MediatorResponse> lead = v.leadStaffId() == null ? List.of()
                : List.of(new MediatorResponse(v.leadStaffId(), v.leadUsername(), v.leadName(), true));
        return response(v, lead, List.of(), List.of());
    }

    private static CaseResponse response(CaseView v, List<MediatorResponse> mediators, List<PartyResponse> parties,
                                         List<SessionResponse> sessions) {
        return new CaseResponse(v.id(), v.code(), v.originCode(), v.disputeType(), DisputeType.valueOf(v.disputeType()).nameZh(),
                v.source(), CaseSource.valueOf(v.source()).nameZh(), v.sourceTaskId(), v.referringBody(), v.title(),
                v.description(), v.status(), CaseStatus.valueOf(v.status()).nameZh(), v.level(), Level.valueOf(v.level()).nameZh(),
                v.outcome(), v.outcome() == null ? null : Outcome.valueOf(v.outcome()).nameZh(), v.referredToBody(),
                v.escalations(), mediators, parties, sessions, v.registeredAt(), v.concludedAt(), v.closedAt(),
                v.closedAtLevel(), v.lastAt(), v.version());
    }

    public HistoryEntry history(StoredEvent e) {
        try {
            return new HistoryEntry(e.version(), e.eventType(), e.occurredAt(), e.gridCode(), EventCodec.json().readValue(e.payload(), MAP));
        } catch (java.io.IOException ex) {
            throw new IllegalStateException("stored event " + e.eventId() + " is not JSON", ex);
        }
    }
}
