package cn.wanggezhili.dispatch.domain;

/**
 * Where a task stands. A task returned for rework goes back to {@link #IN_PROGRESS}; a merged duplicate ends
 * {@link #CANCELLED}; an escalated task starts again at {@link #ASSIGNED} (or {@link #CREATED} when nobody covers
 * the level above). A dispute the mediation studio took on waits {@link #IN_MEDIATION} and closes with its case.
 */
public enum TaskStatus {
    CREATED("已创建"),
    ASSIGNED("已派发"),
    ACCEPTED("已接收"),
    IN_PROGRESS("处理中"),
    /** Referred to the mediation studio: waits for its case, neither overdue nor escalated meanwhile. */
    IN_MEDIATION("调解中"),
    COMPLETED("已办结待核"),
    CLOSED("已核销"),
    CANCELLED("已取消");

    private final String nameZh;

    TaskStatus(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }

    /** Whether the due time counts: not for work reported done, nor for a matter the mediation studio has. */
    public boolean runsAgainstDeadline() {
        return !isFinal() && this != COMPLETED && this != IN_MEDIATION;
    }

    /** Closed and cancelled tasks are final: no command changes them any more. */
    public boolean isFinal() {
        return this == CLOSED || this == CANCELLED;
    }
}
