package cn.wanggezhili.mediation.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import cn.wanggezhili.mediation.app.Commands.RecordFollowUpVisit;
import cn.wanggezhili.mediation.domain.CaseEvent.FollowUpVisited;
import cn.wanggezhili.security.Caller;

/** A follow-up visit (回访) to the parties. */
@ApplicationScoped
public class RecordFollowUpVisitHandler {

    @Inject
    CaseSteps steps;

    @Transactional
    public FollowUpVisited handle(RecordFollowUpVisit cmd, Caller caller) {
        return steps.take(cmd.caseId(), caller, CaseRoles.CASE_STAFF, cmd.occurredAt(),
                (c, by, at) -> c.followUp(cmd.satisfied(), cmd.notes(), by, at));
    }
}
