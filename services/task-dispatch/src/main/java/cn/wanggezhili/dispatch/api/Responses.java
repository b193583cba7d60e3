package cn.wanggezhili.dispatch.api;

import jakarta.inject.Inject;
import cn.wanggezhili.dispatch.app.TaskTypes;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import cn.wanggezhili.dispatch.api.Dtos.AttributeResponse;
import cn.wanggezhili.dispatch.api.Dtos.Owner;
import cn.wanggezhili.dispatch.api.Dtos.TaskResponse;
import cn.wanggezhili.dispatch.api.Dtos.TaskTypeResponse;
import cn.wanggezhili.dispatch.app.TaskQueries.TaskView;
import cn.wanggezhili.dispatch.domain.TaskSource;
import cn.wanggezhili.dispatch.domain.TaskStatus;
import cn.wanggezhili.dispatch.domain.TaskType;

/** Maps tasks and task types to response bodies, with Chinese names for types, sources and statuses. */
@ApplicationScoped
public class Responses {

    @Inject
    TaskTypes taskTypes;

    public TaskResponse task(TaskView t, Instant now) {
        TaskStatus status = TaskStatus.valueOf(t.status());
        return new TaskResponse(t.id(), t.code(), t.originCode(), t.typeCode(),
                taskTypes.byCode(t.typeCode()).map(TaskType::nameZh).orElse(t.typeCode()), t.title(), t.source(),
                TaskSource.valueOf(t.source()).nameZh(), t.priority(), t.status(), status.nameZh(),
                t.ownerStaffId() == null ? null : new Owner(t.ownerStaffId(), t.ownerUsername(), t.ownerName()),
                t.dueAt(), status.runsAgainstDeadline() && t.dueAt().isBefore(now), t.createdAt(), t.completedAt(), t.closedAt(),
                t.closedAtLevelCode(), t.closedAtOrigin(), t.escalations(), t.duplicateOf(),
                t.mediationCaseId(), t.mediationOutcome(), t.version());
    }

    public TaskTypeResponse type(TaskType type) {
        return new TaskTypeResponse(type.code(), type.nameZh(), type.nameEn(), type.defaultDeadline().toString(),
                type.defaultPriority().name(), type.attributes().stream()
                .map(a -> new AttributeResponse(a.code(), a.datatype(), a.required(), a.descriptionZh(), a.values())).toList());
    }
}
