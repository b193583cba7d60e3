package cn.wanggezhili.dispatch.domain;

import java.util.Objects;
import java.util.UUID;

public record TaskId(UUID value) {

    public TaskId {
        Objects.requireNonNull(value, "TaskId");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
