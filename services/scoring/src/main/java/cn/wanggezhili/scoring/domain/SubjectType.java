package cn.wanggezhili.scoring.domain;

/** Who a point scheme scores (docs/domain.md part 3); grid workers and households come from the registry, the rest from scoring's own register. */
public enum SubjectType {
    GRID_WORKER("网格员", true),
    PARTY_ORGANISATION("党组织", false),
    PARTY_MEMBER("党员", false),
    HOUSEHOLD("农户", true),
    VILLAGE_CADRE("村干部", false);

    private final String nameZh;
    private final boolean fromRegistry;

    SubjectType(String nameZh, boolean fromRegistry) {
        this.nameZh = nameZh;
        this.fromRegistry = fromRegistry;
    }

    public String nameZh() {
        return nameZh;
    }

    /** Grid workers and households are registered by the grid registry; the others by a township admin here. */
    public boolean fromRegistry() {
        return fromRegistry;
    }
}
