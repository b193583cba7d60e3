package cn.wanggezhili.points.domain;

/** Reserved holds points and stock; the three others end the redemption. */
public enum RedemptionStatus {
    RESERVED("已预留"),
    FULFILLED("已兑付"),
    CANCELLED("已取消"),
    LAPSED("已过期");

    private final String nameZh;

    RedemptionStatus(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
