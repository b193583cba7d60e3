package cn.wanggezhili.scoring.domain;

import java.util.Objects;
import java.util.UUID;

public record NoticeId(UUID value) {

    public NoticeId {
        Objects.requireNonNull(value, "NoticeId");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
