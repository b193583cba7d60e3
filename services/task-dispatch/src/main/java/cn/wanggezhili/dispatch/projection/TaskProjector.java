package cn.wanggezhili.dispatch.projection;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.Instant;
import cn.wanggezhili.dispatch.app.TaskReadModel;
import cn.wanggezhili.kernel.StaffRef;
import cn.wanggezhili.dispatch.domain.TaskEvent;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskAccepted;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskAssigned;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskCancelled;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskClosed;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskClosedByMediation;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskCompleted;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskCreated;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskEscalated;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskFlaggedAsDuplicate;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskHandedOver;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskMerged;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskReferredToMediation;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskReturned;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskReturnedFromMediation;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskStarted;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskUnitRecoded;
import cn.wanggezhili.sql.Sql;

/** Keeps task_view from task events; each write is guarded by the task's stream version. */
@ApplicationScoped
public class TaskProjector implements TaskReadModel {

    @Override
    public void apply(Connection c, TaskEvent event, int version, Instant at) {
        // exhaustive over the sealed TaskEvent: a new event type fails compilation until it is projected here
        switch (event) {
            case TaskCreated e -> insert(c, e, version, at);
            case TaskAssigned e -> owner(c, e, version, "ASSIGNED", e.assignee());
            case TaskAccepted e -> set(c, e, version, "status = 'ACCEPTED'");
            case TaskStarted e -> set(c, e, version, "status = 'IN_PROGRESS'");
            case TaskCompleted e -> set(c, e, version, "status = 'COMPLETED', completed_at = ?", e.at());
            case TaskReturned e -> set(c, e, version, "status = 'IN_PROGRESS', completed_at = null");
            case TaskClosed e -> set(c, e, version,
                    "status = 'CLOSED', closed_at = ?, closed_at_level_code = ?, closed_at_origin = ?",
                    e.at(), e.closedAtLevelCode(), e.closedAtOrigin());
            case TaskCancelled e -> set(c, e, version, "status = 'CANCELLED', closed_at = ?", e.at());
            case TaskHandedOver e -> set(c, e, version, "owner_staff_id = ?, owner_username = ?, owner_name = ?",
                    e.to().staffId(), e.to().username(), e.to().name());
            case TaskEscalated e -> escalated(c, e, version);
            case TaskFlaggedAsDuplicate e -> set(c, e, version, "duplicate_of = ?", e.likelyDuplicateOf().value());
            case TaskUnitRecoded e -> set(c, e, version,
                    "code = ?, origin_code = case when origin_code = ? then ? else origin_code end",
                    e.code(), e.oldCode(), e.newCode());
            case TaskMerged e -> set(c, e, version, "status = 'CANCELLED', duplicate_of = ?, closed_at = ?", e.into().value(), e.at());
            case TaskReferredToMediation e -> set(c, e, version, "status = 'IN_MEDIATION', mediation_case_id = ?", e.caseId());
            case TaskClosedByMediation e -> set(c, e, version,
                    "status = 'CLOSED', mediation_outcome = ?, closed_at = ?, closed_at_level_code = ?, closed_at_origin = ?",
                    e.outcome(), e.at(), e.code(), e.closedAtOrigin());
            case TaskReturnedFromMediation e -> {
                StaffRef owner = e.owner();
                set(c, e, version, "status = ?, mediation_outcome = 'DECLINED'", owner == null ? "CREATED" : "ASSIGNED");
            }
        }
    }

    private static void insert(Connection c, TaskCreated e, int version, Instant at) {
        Sql.update(c, """
                insert into task_view (id, code, origin_code, type_code, title, source, priority, status, due_at, created_at, version)
                values (?, ?, ?, ?, ?, ?, ?, 'CREATED', ?, ?, ?) on conflict (id) do nothing
                """, e.taskId().value(), e.code(), e.code(), e.typeCode(), e.title(), e.source(), e.priority(), e.dueAt(), at, version);
    }

    private static void escalated(Connection c, TaskEscalated e, int version) {
        StaffRef owner = e.newOwner();
        set(c, e, version, "code = ?, due_at = ?, escalations = escalations + 1, status = ?, owner_staff_id = ?, owner_username = ?, owner_name = ?",
                e.code(), e.newDueAt(), owner == null ? "CREATED" : "ASSIGNED", owner == null ? null : owner.staffId(),
                owner == null ? null : owner.username(), owner == null ? null : owner.name());
    }

    private static void owner(Connection c, TaskEvent e, int version, String status, StaffRef owner) {
        set(c, e, version, "status = ?, owner_staff_id = ?, owner_username = ?, owner_name = ?",
                status, owner.staffId(), owner.username(), owner.name());
    }

    private static void set(Connection c, TaskEvent e, int version, String assignments, Object... values) {
        Object[] params = new Object[values.length + 3];
        System.arraycopy(values, 0, params, 0, values.length);
        params[values.length] = version;
        params[values.length + 1] = e.taskId().value();
        params[values.length + 2] = version;
        Sql.update(c, "update task_view set " + assignments + ", version = ? where id = ? and version < ?", params);
    }
}
