package cn.wanggezhili.mediation.domain;

import java.util.Objects;
import java.util.UUID;

public record PartyId(UUID value) {

    public PartyId {
        Objects.requireNonNull(value, "PartyId");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
