package cn.wanggezhili.mediation.domain;

/** How a case ended. Only AGREEMENT and FAILED are concluded mediations (they make the success rate). */
public enum Outcome {
    AGREEMENT("调解成功"),
    FAILED("调解不成"),
    WITHDRAWN("当事人撤回"),
    DECLINED("不予受理");

    private final String nameZh;

    Outcome(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
