package cn.wanggezhili.mediation.domain;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

public record CaseId(UUID value) {

    public CaseId {
        Objects.requireNonNull(value, "CaseId");
    }

    /** The one case a task can open: the same task always gives the same case id, however often it is delivered. */
    public static CaseId forTask(UUID taskId) {
        return new CaseId(UUID.nameUUIDFromBytes(("mediation-case-of-task:" + taskId).getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
