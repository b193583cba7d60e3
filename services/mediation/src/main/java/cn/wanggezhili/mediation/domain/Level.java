package cn.wanggezhili.mediation.domain;

import cn.wanggezhili.gridcode.GridCode;

/**
 * Who handles a case (三调联动): people's mediation up the grid ladder (grid, community, township, county), or across
 * to administrative or judicial mediation. The ladder level of a unit follows from its code's depth.
 */
public enum Level {
    GRID("网格", 0),
    COMMUNITY("村(社区)", 1),
    TOWNSHIP("乡镇(街道)", 2),
    COUNTY("县(市)", 3),
    ADMINISTRATIVE("行政调解", -1),
    JUDICIAL("司法调解", -1);

    private final String nameZh;
    private final int rung;

    Level(String nameZh, int rung) {
        this.nameZh = nameZh;
        this.rung = rung;
    }

    public String nameZh() {
        return nameZh;
    }

    /** On the people's-mediation ladder (as opposed to a referral channel). */
    public boolean isLadder() {
        return rung >= 0;
    }

    public boolean isAbove(Level other) {
        return isLadder() && other.isLadder() && rung > other.rung;
    }

    /** Grids and micro-grids are GRID; a village or community, a township, a county are their own levels. */
    public static Level of(GridCode unit) {
        int depth = unit.depth();
        if (depth >= 6) {
            return GRID;
        }
        if (depth == 5) {
            return COMMUNITY;
        }
        return depth == 4 ? TOWNSHIP : COUNTY;
    }

    /** The unit handling a case at this ladder level: the ancestor of {@code unit} at that depth, if any. */
    public java.util.Optional<GridCode> unitAbove(GridCode unit) {
        return unit.withAncestors().stream().filter(u -> of(u) == this && u.depth() >= GridCode.COUNTY_DEPTH).findFirst();
    }
}
