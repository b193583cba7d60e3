package cn.wanggezhili.points.domain;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * Whether credited points expire, per county (the first six digits of the grid code): off unless a county sets a
 * period. Written {@code 141081=P1Y,141082=P2Y}; the period runs in Asia/Shanghai from the credit.
 */
public record ExpiryPolicy(Map<String, Period> byCounty) {

    public static final ExpiryPolicy NONE = new ExpiryPolicy(Map.of());
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public ExpiryPolicy {
        byCounty = Map.copyOf(byCounty);
    }

    public static ExpiryPolicy parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        Map<String, Period> periods = new HashMap<>();
        for (String entry : text.split(",")) {
            String[] pair = entry.strip().split("=");
            if (pair.length != 2 || !pair[0].strip().matches("[0-9]{6}")) {
                throw new IllegalArgumentException("expiry entries read <6-digit county code>=<ISO period>, not " + entry);
            }
            periods.put(pair[0].strip(), Period.parse(pair[1].strip()));
        }
        return new ExpiryPolicy(periods);
    }

    /** When points credited at {@code at} to an account on {@code code} expire; null when they keep. */
    public Instant expiresAt(String code, Instant at) {
        Period period = byCounty.get(code.substring(0, 6));
        return period == null ? null : at.atZone(CHINA).plus(period).toInstant();
    }
}
