package cn.wanggezhili.points.domain;

/**
 * A subject's yearly tier from scoring's rank (1 best … 4): a better tier opens more items, bigger discounts and a
 * wider service range (梯次化兑换激励). A subject scoring has not ranked counts as the lowest tier.
 */
public record Tier(int value) {

    public static final int BEST = 1;
    public static final int LOWEST = 4;
    public static final Tier UNRANKED = new Tier(LOWEST);

    public Tier {
        if (value < BEST || value > LOWEST) {
            throw new IllegalArgumentException("tier runs from 1 (best) to 4, not " + value);
        }
    }

    public static Tier ofNullable(Integer value) {
        return value == null ? UNRANKED : new Tier(value);
    }

    /** True when this tier is {@code limit} or better (a smaller number). */
    public boolean atLeast(int limit) {
        return value <= limit;
    }
}
