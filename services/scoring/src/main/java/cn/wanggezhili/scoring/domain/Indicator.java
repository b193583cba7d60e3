package cn.wanggezhili.scoring.domain;

import java.util.Objects;

/**
 * One scored item of a scheme: positive points are a bonus item (加分项), negative a deduction item (减分项).
 * {@code capPerPeriod} bounds the absolute points one subject may collect on it per month (null: no cap);
 * {@code trigger} (may be null) lets another service's event record it; {@code autoApproved} entries from events
 * skip the monthly review.
 */
public record Indicator(String code, String nameZh, int points, Integer capPerPeriod, boolean evidenceRequired,
                        Trigger trigger, boolean autoApproved) {

    public Indicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameZh, "nameZh");
    }

    public boolean deducts() {
        return points < 0;
    }
}
