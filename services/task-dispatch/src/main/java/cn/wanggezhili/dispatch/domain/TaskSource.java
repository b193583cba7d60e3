package cn.wanggezhili.dispatch.domain;

/** Where a task came from: the grid worker as first discoverer, a resident, the level above, or a work plan. */
public enum TaskSource {
    FIELD_REPORT("网格员上报"),
    RESIDENT_REPORT("居民反映"),
    DISPATCH("上级派发"),
    PLAN("计划生成");

    private final String nameZh;

    TaskSource(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
