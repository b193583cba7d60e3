package cn.wanggezhili.scoring.domain;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter in local (Asia/Shanghai) time, written {@code 2026-Q3} as the event contract says. */
public record Quarter(int year, int quarter) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-Q([1-4])");

    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter 1..4: " + quarter);
        }
    }

    public static Optional<Quarter> parse(String value) {
        Matcher m = value == null ? null : FORMAT.matcher(value);
        return m != null && m.matches() ? Optional.of(new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
                : Optional.empty();
    }

    public static Quarter of(YearMonth month) {
        return new Quarter(month.getYear(), (month.getMonthValue() - 1) / 3 + 1);
    }

    public List<YearMonth> months() {
        YearMonth first = YearMonth.of(year, (quarter - 1) * 3 + 1);
        return List.of(first, first.plusMonths(1), first.plusMonths(2));
    }

    /** The first instant after the quarter, in the county's zone. */
    public java.time.Instant end(java.time.ZoneId zone) {
        return months().get(2).plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    }

    public boolean contains(YearMonth month) {
        return of(month).equals(this);
    }

    @Override
    public String toString() {
        return year + "-Q" + quarter;
    }
}
