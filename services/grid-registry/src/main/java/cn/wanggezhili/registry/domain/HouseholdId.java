package cn.wanggezhili.registry.domain;

import java.util.Objects;
import java.util.UUID;

public record HouseholdId(UUID value) {

    public HouseholdId {
        Objects.requireNonNull(value, "HouseholdId");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
