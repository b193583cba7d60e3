package cn.wanggezhili.command.domain;

import java.util.Map;

/**
 * Field work of a subtree: {@code created} and {@code closed} in the period, {@code open} and {@code overdue} now
 * (open past their due time), {@code escalatedTo}: escalations in the period by the number of the level they reached
 * (1 the county, see {@link GridLevels}), of tasks that arose in the subtree.
 */
public record TaskFigures(long created, long open, long overdue, long closed, long closedAtOrigin,
                          Map<Integer, Long> escalatedTo) {

    public TaskFigures {
        escalatedTo = Map.copyOf(escalatedTo);
    }

    /** "Small matters stay in the grid" (小事不出格): of the work closed, the share closed where it arose. */
    public Double closedAtOriginShare() {
        return Shares.of(closedAtOrigin, closed);
    }
}
