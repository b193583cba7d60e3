package cn.wanggezhili.mediation.projection;

import java.sql.Connection;
import cn.wanggezhili.sql.Sql;
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
import cn.wanggezhili.mediation.domain.Party;
import cn.wanggezhili.kernel.StaffRef;

/** A case's parties (masked), mediators (the lead marked) and sessions; every write is idempotent on replay. */
final class CaseDetailProjector {

    void apply(Connection c, CaseEvent event, int version) {
        switch (event) {
            case CaseRegistered e -> {
                for (int i = 0; i < e.parties().size(); i++) {
                    party(c, e, e.parties().get(i), i + 1);
                }
            }
            case PartyAdded e -> party(c, e, e.party(), 1000 + version); // after the parties named at registration
            case PartyPersonalDataErased e -> erased(c, e);
            case MediatorAssigned e -> mediator(c, e);
            case SessionScheduled e -> scheduled(c, e);
            case SessionHeld e -> held(c, e);
            // status and level changes: case_view only (CaseProjector), nothing in the detail tables
            case CaseAccepted e -> { }
            case CaseDeclined e -> { }
            case InvestigationStarted e -> { }
            case AgreementReached e -> { }
            case MediationFailed e -> { }
            case PerformanceChecked e -> { }
            case FollowUpVisited e -> { }
            case CaseEscalated e -> { }
            case CaseReferred e -> { }
            case CaseWithdrawn e -> { }
            case CaseClosed e -> { }
        }
    }

    private static void erased(Connection c, PartyPersonalDataErased e) {
        Sql.update(c, """
                update case_party set masked_name = null, masked_id_number = null, masked_phone = null,
                       personal_data_erased_at = ? where party_id = ?
                """, e.at(), e.partyId().value());
    }

    private static void scheduled(Connection c, SessionScheduled e) {
        Sql.update(c, """
                insert into case_session (case_id, session_no, scheduled_for, place) values (?, ?, ?, ?)
                on conflict (case_id, session_no) do nothing
                """, e.caseId().value(), e.sessionNo(), e.scheduledFor(), e.place());
    }

    private static void held(Connection c, SessionHeld e) {
        int updated = Sql.update(c, "update case_session set held_at = ?, minutes = ? where case_id = ? and session_no = ? and held_at is null",
                e.at(), e.minutes(), e.caseId().value(), e.sessionNo());
        if (updated == 1) {
            Sql.update(c, "update case_view set sessions_held = sessions_held + 1 where id = ?", e.caseId().value());
        }
    }

    private static void party(Connection c, CaseEvent e, Party p, int position) {
        Sql.update(c, """
                insert into case_party (party_id, case_id, position, kind, masked_name, masked_id_number, masked_phone, household_id)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (party_id) do nothing
                """, p.partyId().value(), e.caseId().value(), position, p.kind(), p.maskedName(), p.maskedIdNumber(),
                p.maskedPhone(), p.householdId());
    }

    private static void mediator(Connection c, MediatorAssigned e) {
        StaffRef m = e.mediator();
        if (e.lead()) {
            Sql.update(c, "update case_mediator set lead = false where case_id = ?", e.caseId().value());
            Sql.update(c, "update case_view set lead_staff_id = ?, lead_username = ?, lead_name = ? where id = ?",
                    m.staffId(), m.username(), m.name(), e.caseId().value());
        }
        Sql.update(c, """
                insert into case_mediator (case_id, staff_id, username, name, lead, assigned_at) values (?, ?, ?, ?, ?, ?)
                on conflict (case_id, staff_id) do nothing
                """, e.caseId().value(), m.staffId(), m.username(), m.name(), e.lead(), e.at());
    }
}
