package cn.wanggezhili.registry.domain;

import java.util.Objects;
import java.util.UUID;

public record StaffId(UUID value) {

    public StaffId {
        Objects.requireNonNull(value, "StaffId");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
