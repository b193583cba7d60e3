package cn.wanggezhili.points.domain;

import java.util.Objects;
import java.util.UUID;

public record ItemId(UUID value) {

    public ItemId {
        Objects.requireNonNull(value, "ItemId");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
