package cn.wanggezhili.mediation.projection;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.mediation.app.CaseReadModel;
import cn.wanggezhili.mediation.domain.CaseEvent;
import cn.wanggezhili.mediation.domain.CaseEvent.AgreementReached;
import cn.wanggezhili.mediation.domain.CaseEvent.CaseAccepted;
import cn.wanggezhili.mediation.domain.CaseEvent.CaseClosed;
import cn.wanggezhili.mediation.domain.CaseEvent.CaseDeclined;
import cn.wanggezhili.mediation.domain.CaseEvent.CaseEscalated;
import cn.wanggezhili.mediation.domain.CaseEvent.CaseReferred;
import cn.wanggezhili.mediation.domain.CaseEvent.CaseRegistered;
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
 * Keeps case_view from case events; each write is guarded by the case's stream version. Parties, mediators and
 * sessions go to their own tables ({@link CaseDetailProjector}).
 */
@ApplicationScoped
public class CaseProjector implements CaseReadModel {

    private final CaseDetailProjector details = new CaseDetailProjector();

    @Override
    public void apply(Connection c, CaseEvent event, int version) {
        switch (event) {
            case CaseRegistered e -> registered(c, e, version);
            case CaseAccepted e -> set(c, e, version, "status = 'ACCEPTED'");
            case InvestigationStarted e -> set(c, e, version, "status = 'INVESTIGATING'");
            case AgreementReached e -> set(c, e, version, "status = 'AGREED', outcome = 'AGREEMENT', concluded_at = ?", e.at());
            case MediationFailed e -> set(c, e, version, "status = 'FAILED', outcome = 'FAILED', concluded_at = ?", e.at());
            case PerformanceChecked e -> set(c, e, version, "status = 'PERFORMANCE_CHECKED'");
            case FollowUpVisited e -> set(c, e, version, "status = 'FOLLOWED_UP'");
            case CaseEscalated e -> set(c, e, version,
                    "code = ?, level = ?, status = 'ACCEPTED', outcome = null, concluded_at = null, escalations = escalations + 1",
                    e.code(), e.toLevel());
            case CaseReferred e -> set(c, e, version,
                    "level = ?, referred_to_body = ?, status = 'ACCEPTED', outcome = null, concluded_at = null",
                    e.toLevel(), e.receivingBody());
            case CaseClosed e -> set(c, e, version, "status = 'CLOSED', outcome = ?, closed_at = ?, closed_at_level = ?",
                    e.outcome(), e.at(), e.closedAtLevel());
            // parties, mediators, sessions, declines and withdrawals: the version and time still move on
            case PartyAdded e -> touch(c, e, version);
            case PartyPersonalDataErased e -> touch(c, e, version);
            case MediatorAssigned e -> touch(c, e, version);
            case SessionScheduled e -> touch(c, e, version);
            case SessionHeld e -> touch(c, e, version);
            case CaseDeclined e -> touch(c, e, version);
            case CaseWithdrawn e -> touch(c, e, version);
        }
        details.apply(c, event, version);
    }

    private static void registered(Connection c, CaseRegistered e, int version) {
        Sql.update(c, """
                insert into case_view (id, code, origin_code, dispute_type, source, source_task_id, referring_body, title,
                                       description, status, level, registered_at, last_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'REGISTERED', ?, ?, ?, ?) on conflict (id) do nothing
                """, e.caseId().value(), e.code(), e.code(), e.disputeType(), e.source(), e.sourceTaskId(), e.referringBody(),
                e.title(), e.description(), e.level(), e.at(), e.at(), version);
    }

    /** Only the version and time move on. */
    private static void touch(Connection c, CaseEvent e, int version) {
        set(c, e, version, "status = status");
    }

    static void set(Connection c, CaseEvent e, int version, String assignments, Object... values) {
        Object[] params = new Object[values.length + 4];
        System.arraycopy(values, 0, params, 0, values.length);
        params[values.length] = e.at();
        params[values.length + 1] = version;
        params[values.length + 2] = e.caseId().value();
        params[values.length + 3] = version;
        Sql.update(c, "update case_view set " + assignments + ", last_at = ?, version = ? where id = ? and version < ?", params);
    }
}
