package cn.wanggezhili.dispatch.domain;

import java.time.Instant;
import java.util.Objects;

/** What {@link DuplicateReports} needs to know of an open task: read from the task view, not from its stream. */
public record OpenTaskSummary(TaskId id, String typeCode, String code, Instant createdAt) {

    public OpenTaskSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(typeCode, "typeCode");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
