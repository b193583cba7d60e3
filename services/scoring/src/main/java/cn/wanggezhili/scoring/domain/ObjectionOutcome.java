package cn.wanggezhili.scoring.domain;

/** How an objection to a published entry ends: the entry stands (UPHELD), its points change (AMENDED) or it goes (VOIDED). */
public enum ObjectionOutcome {
    UPHELD("维持"),
    AMENDED("更正"),
    VOIDED("撤销");

    private final String nameZh;

    ObjectionOutcome(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
