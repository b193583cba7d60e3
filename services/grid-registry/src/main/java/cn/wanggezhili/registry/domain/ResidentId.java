package cn.wanggezhili.registry.domain;

import java.util.Objects;
import java.util.UUID;

public record ResidentId(UUID value) {

    public ResidentId {
        Objects.requireNonNull(value, "ResidentId");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
