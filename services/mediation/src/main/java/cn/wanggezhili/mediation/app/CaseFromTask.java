package cn.wanggezhili.mediation.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.mediation.domain.CaseId;
import cn.wanggezhili.mediation.domain.DisputeClassification;
import cn.wanggezhili.mediation.domain.MediationCase;
import cn.wanggezhili.mediation.domain.Registration;
import cn.wanggezhili.kernel.StaffRef;
import org.jboss.logging.Logger;

/**
 * A task classified as a dispute opens a case (source TASK) on the task's unit, exactly once: the case id follows
 * from the task id, so a task seen again (redelivered, replayed, republished) finds its case and changes nothing.
 */
@ApplicationScoped
public class CaseFromTask {

    private static final Logger LOG = Logger.getLogger(CaseFromTask.class);

    /** The fields of task-dispatch.TaskCreated.v1 mediation relies on. */
    public record TaskCreated(UUID taskId, String code, String typeCode, String title, String description,
                              StaffRef reporter, Map<String, String> attributes) {
    }

    @Inject
    Cases cases;

    /** On the consumer's connection: the case and the consumer's position commit together. */
    public void on(Connection c, TaskCreated task, Instant at) {
        if (!DisputeClassification.isDispute(task.typeCode(), task.attributes())) {
            return;
        }
        CaseId id = CaseId.forTask(task.taskId());
        if (cases.load(c, id).exists()) {
            LOG.debugf("task %s already opened case %s", task.taskId(), id);
            return;
        }
        var registered = Registration.fromTask(task.taskId(), new GridCode(task.code()),
                DisputeClassification.typeOf(task.attributes(), task.title(), task.description()), task.title(),
                task.description(), task.reporter(), at);
        cases.append(c, MediationCase.NONE, List.of(registered));
        LOG.infof("case %s registered from task %s on %s", id, task.taskId(), task.code());
    }
}
