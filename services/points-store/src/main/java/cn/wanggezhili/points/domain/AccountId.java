package cn.wanggezhili.points.domain;

import java.util.Objects;
import java.util.UUID;

public record AccountId(UUID value) {

    public AccountId {
        Objects.requireNonNull(value, "AccountId");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
