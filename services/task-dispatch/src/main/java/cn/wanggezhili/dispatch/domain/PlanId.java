package cn.wanggezhili.dispatch.domain;

import java.util.Objects;
import java.util.UUID;

public record PlanId(UUID value) {

    public PlanId {
        Objects.requireNonNull(value, "PlanId");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
