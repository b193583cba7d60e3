package cn.wanggezhili.registry.domain;

/**
 * What a unit is, which fixes the range its code segment is taken from: for townships GB/T 10114
 * (streets 001–099, towns 100–199, townships 200–399), for villages the statistical division rules
 * (communities/居委会 001–199, villages/村委会 200–399); below the village any of 001–999.
 */
public enum UnitKind {
    COUNTY(2, 0, 0, "县(市)"),
    STREET(2, 1, 99, "街道"),
    TOWN(2, 100, 199, "镇"),
    TOWNSHIP(2, 200, 399, "乡"),
    COMMUNITY(3, 1, 199, "社区"),
    VILLAGE(3, 200, 399, "村"),
    GRID_UNIT(4, 1, 999, "网格");

    private final int level;
    private final int first;
    private final int last;
    private final String nameZh;

    UnitKind(int level, int first, int last, String nameZh) {
        this.level = level;
        this.first = first;
        this.last = last;
        this.nameZh = nameZh;
    }

    /** The level this kind sits at; GRID_UNIT serves every level from 4 down. */
    public boolean fits(Level level) {
        return this == GRID_UNIT ? level.number() >= 4 : level.number() == this.level;
    }

    public boolean allows(int segment) {
        return segment >= first && segment <= last;
    }

    public int first() {
        return first;
    }

    public int last() {
        return last;
    }

    public String nameZh() {
        return nameZh;
    }

    /** The kind a segment implies at a level: how a CSV row's official code tells what the unit is. */
    public static UnitKind implied(Level level, int segment) {
        for (UnitKind kind : values()) {
            if (kind != COUNTY && kind.fits(level) && kind.allows(segment)) {
                return kind;
            }
        }
        return null;
    }
}
