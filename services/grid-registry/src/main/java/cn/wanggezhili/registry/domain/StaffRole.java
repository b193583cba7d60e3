package cn.wanggezhili.registry.domain;

/** Posts held on a grid unit (docs/domain.md "grid staff"); the three heads serve compounds, buildings and units. */
public enum StaffRole {
    GRID_CHIEF("网格长"),
    GRID_WORKER("网格员"),
    INFORMATION_OFFICER("网格信息员"),
    GRID_POLICE_OFFICER("网格警员"),
    COMPOUND_HEAD("小区长"),
    BUILDING_HEAD("楼长"),
    UNIT_HEAD("单元长");

    private final String nameZh;

    StaffRole(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
