package cn.wanggezhili.dispatch.domain;

import java.time.Duration;

/** How urgent a task is; it scales the deadline its type gives. */
public enum Priority {
    LOW("低"),
    NORMAL("普通"),
    HIGH("高"),
    URGENT("紧急");

    private final String nameZh;

    Priority(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }

    public Duration deadlineFor(Duration typeDefault) {
        if (this == URGENT) {
            return typeDefault.dividedBy(4);
        }
        if (this == HIGH) {
            return typeDefault.dividedBy(2);
        }
        return this == LOW ? typeDefault.multipliedBy(2) : typeDefault;
    }
}
