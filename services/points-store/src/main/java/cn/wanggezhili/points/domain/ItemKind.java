package cn.wanggezhili.points.domain;

/** What a catalogue item gives: goods (洗衣液), a discount (a voucher at a partner shop) or a service (理发). */
public enum ItemKind {
    GOODS("商品"),
    DISCOUNT("优惠"),
    SERVICE("服务");

    private final String nameZh;

    ItemKind(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
