package cn.wanggezhili.mediation.domain;

/** Kinds of dispute the grid mediates (docs/domain.md part 4). */
public enum DisputeType {
    NEIGHBOUR("邻里纠纷"),
    FAMILY("婚姻家庭纠纷"),
    LAND_DEMOLITION("征地拆迁纠纷"),
    PROPERTY_MANAGEMENT("物业纠纷"),
    LABOUR("劳动争议"),
    OTHER("其他纠纷");

    private final String nameZh;

    DisputeType(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
