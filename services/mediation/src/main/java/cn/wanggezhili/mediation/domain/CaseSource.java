package cn.wanggezhili.mediation.domain;

/** How a case came in: a walk-in registration, a task classified as a dispute, or a referral by another body. */
public enum CaseSource {
    WALK_IN("来访登记"),
    TASK("网格事件转入"),
    REFERRAL("外部移交");

    private final String nameZh;

    CaseSource(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
