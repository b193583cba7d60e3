package org.gridsuite.command.domain;

import java.util.Optional;
import org.gridsuite.gridcode.GridCode;

/** The levels work escalates through, named as the county names them (五级网格 below the city). */
public enum GridLevel {
    COUNTY(3, "县（市）"),
    TOWNSHIP(4, "乡镇（街道）"),
    VILLAGE(5, "村（社区）"),
    GRID(6, "网格"),
    MICRO_GRID(7, "微网格");

    private final int depth;
    private final String nameZh;

    GridLevel(int depth, String nameZh) {
        this.depth = depth;
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }

    public static Optional<GridLevel> of(GridCode code) {
        return ofDepth(code.depth());
    }

    public static Optional<GridLevel> ofDepth(int depth) {
        for (GridLevel level : values()) {
            if (level.depth == depth) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
