package cn.wanggezhili.registry.domain;

import java.util.OptionalInt;
import cn.wanggezhili.gridcode.GridCode;

/** Every code ever issued (to live, moved or retired units): a code is never issued twice. */
public interface CodeBook {

    boolean isIssued(GridCode code);

    /** The highest segment issued under {@code parent} within [first, last], if any. */
    OptionalInt highestSegment(GridCode parent, int first, int last);
}
