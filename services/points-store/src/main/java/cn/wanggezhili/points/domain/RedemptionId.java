package cn.wanggezhili.points.domain;

import java.util.Objects;
import java.util.UUID;

public record RedemptionId(UUID value) {

    public RedemptionId {
        Objects.requireNonNull(value, "RedemptionId");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
