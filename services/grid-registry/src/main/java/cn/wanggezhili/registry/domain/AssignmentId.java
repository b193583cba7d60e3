package cn.wanggezhili.registry.domain;

import java.util.Objects;
import java.util.UUID;

public record AssignmentId(UUID value) {

    public AssignmentId {
        Objects.requireNonNull(value, "AssignmentId");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
