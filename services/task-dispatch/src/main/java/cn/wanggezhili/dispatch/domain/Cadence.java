package cn.wanggezhili.dispatch.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * How often a plan's work recurs: every day (街面巡查), week, month or quarter (入户走访). A period is named by its
 * key, {@code 2026-11-27}, {@code 2026-W48} (ISO week), {@code 2026-11} or {@code 2026-Q4}; keys of one cadence sort
 * in time order (zero-padded), which the plan relies on. Days are local days: the caller picks the zone.
 */
public enum Cadence {
    DAILY("每日"),
    WEEKLY("每周"),
    MONTHLY("每月"),
    QUARTERLY("每季度");

    private final String nameZh;

    Cadence(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }

    /** The key of the period {@code day} falls in. */
    public String periodKey(LocalDate day) {
        return switch (this) {
            case DAILY -> day.toString();
            case WEEKLY -> "%d-W%02d".formatted(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTHLY -> "%d-%02d".formatted(day.getYear(), day.getMonthValue());
            case QUARTERLY -> "%d-Q%d".formatted(day.getYear(), day.get(IsoFields.QUARTER_OF_YEAR));
        };
    }

    /** The first day of the period {@code day} falls in (weeks start on Monday). */
    public LocalDate periodStart(LocalDate day) {
        return switch (this) {
            case DAILY -> day;
            case WEEKLY -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTHLY -> day.withDayOfMonth(1);
            case QUARTERLY -> LocalDate.of(day.getYear(), (day.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1, 1);
        };
    }

    /** The first day of the period after the one {@code day} falls in: the current period ends just before it. */
    public LocalDate nextPeriodStart(LocalDate day) {
        LocalDate start = periodStart(day);
        return switch (this) {
            case DAILY -> start.plusDays(1);
            case WEEKLY -> start.plusWeeks(1);
            case MONTHLY -> start.plusMonths(1);
            case QUARTERLY -> start.plusMonths(3);
        };
    }
}
