package cn.wanggezhili.registry.domain;

import java.util.Objects;
import java.util.UUID;

public record UnitId(UUID value) {

    public UnitId {
        Objects.requireNonNull(value, "UnitId");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
