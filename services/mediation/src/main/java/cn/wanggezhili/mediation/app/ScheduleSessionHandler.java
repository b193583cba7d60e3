package cn.wanggezhili.mediation.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import cn.wanggezhili.mediation.app.Commands.ScheduleSession;
import cn.wanggezhili.mediation.domain.CaseEvent.SessionScheduled;
import cn.wanggezhili.security.Caller;

/** A mediation session scheduled; sessions are numbered per case. */
@ApplicationScoped
public class ScheduleSessionHandler {

    @Inject
    CaseSteps steps;

    @Transactional
    public SessionScheduled handle(ScheduleSession cmd, Caller caller) {
        return steps.take(cmd.caseId(), caller, CaseRoles.CASE_STAFF, cmd.occurredAt(),
                (c, by, at) -> c.scheduleSession(cmd.scheduledFor(), cmd.place(), by, at));
    }
}
