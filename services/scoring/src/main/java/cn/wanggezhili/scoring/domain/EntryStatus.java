package cn.wanggezhili.scoring.domain;

/** Where a score entry stands; only APPROVED entries count (一月一审核). */
public enum EntryStatus {
    PENDING("待审核"),
    APPROVED("已通过"),
    REJECTED("未通过"),
    VOIDED("已作废");

    private final String nameZh;

    EntryStatus(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
