package cn.wanggezhili.mediation.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.mediation.app.Commands.OpenCaseFromTask;
import cn.wanggezhili.mediation.domain.CaseEvent;
import cn.wanggezhili.mediation.domain.CaseEvent.CaseRegistered;
import cn.wanggezhili.mediation.domain.CaseId;
import cn.wanggezhili.mediation.domain.DisputeClassification;
import cn.wanggezhili.mediation.domain.MediationCase;
import cn.wanggezhili.mediation.domain.Registration;
import org.jboss.logging.Logger;

/**
 * A task classified as a dispute opens a case (source TASK) on the task's unit, exactly once: the case id follows
 * from the task id, so a task seen again (redelivered, replayed, republished) finds its case and changes nothing.
 * Driven by task dispatch's events, not by a caller.
 */
@ApplicationScoped
public class OpenCaseFromTaskHandler {

    private static final Logger LOG = Logger.getLogger(OpenCaseFromTaskHandler.class);

    @Inject
    AggregateRepository<MediationCase, CaseEvent> cases;

    /**
     * On the consumer's connection, inside its poll's transaction (not one of its own): the case and the consumer's
     * position commit together. Creating a new stream there is safe (ADR 0001).
     */
    public void handle(OpenCaseFromTask task, Connection c) {
        if (!DisputeClassification.isDispute(task.typeCode(), task.attributes())) {
            return;
        }
        CaseId id = CaseId.forTask(task.taskId());
        MediationCase existing = cases.load(c, id.value());
        if (existing.exists()) {
            LOG.debugf("task %s already opened case %s", task.taskId(), id);
            return;
        }
        CaseRegistered registered = Registration.fromTask(task.taskId(), new GridCode(task.code()),
                DisputeClassification.typeOf(task.attributes(), task.title(), task.description()), task.title(),
                task.description(), task.reporter(), task.at());
        // stored at the task's own time, as the event says
        cases.append(c, MediationCase.NONE, List.of(registered), registered.at());
        LOG.infof("case %s registered from task %s on %s", id, task.taskId(), task.code());
    }
}
