package cn.wanggezhili.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A span of whole local days, {@code from} to {@code to} inclusive. Periods are local time in Asia/Shanghai
 * (docs/domain.md): a month is the county's month, not UTC's, so work closed at 07:00 on the 1st counts for that month.
 */
public record LocalPeriod(LocalDate from, LocalDate to) {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    public LocalPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw ProblemException.badField("to", "the period ends before it starts (" + from + ")");
        }
    }

    /** The local day of {@code instant}. */
    public static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    /** The first instant of the period. */
    public Instant start() {
        return from.atStartOfDay(ZONE).toInstant();
    }

    /** The first instant after the period (exclusive end). */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    public static LocalPeriod month(YearMonth month) {
        return new LocalPeriod(month.atDay(1), month.atEndOfMonth());
    }

    public static LocalPeriod quarter(int year, int quarter) {
        YearMonth first = YearMonth.of(year, (quarter - 1) * 3 + 1);
        return new LocalPeriod(first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    public static LocalPeriod year(Year year) {
        return new LocalPeriod(year.atDay(1), year.atMonth(12).atEndOfMonth());
    }

    /**
     * A period from request parameters: a {@code from}/{@code to} pair of ISO dates, or {@code month=YYYY-MM}, or
     * {@code quarter=YYYY-Qn}; none of them means the month of {@code today}. Anything else is a 400 naming the field.
     */
    public static LocalPeriod parse(String from, String to, String month, String quarter, LocalDate today) {
        return parse(from, to, month, quarter, null, month(YearMonth.from(today)));
    }

    /** As above, also {@code year=YYYY}; {@code otherwise} when none is given. */
    public static LocalPeriod parse(String from, String to, String month, String quarter, String year, LocalPeriod otherwise) {
        boolean range = from != null || to != null;
        if ((range ? 1 : 0) + (month != null ? 1 : 0) + (quarter != null ? 1 : 0) + (year != null ? 1 : 0) > 1) {
            throw ProblemException.badField(year != null ? "year" : quarter != null ? "quarter" : "month",
                    "give from and to, or month, or quarter, or year");
        }
        if (month != null) {
            return month(yearMonth(month));
        }
        if (quarter != null) {
            Matcher m = QUARTER.matcher(quarter);
            if (!m.matches()) {
                throw ProblemException.badField("quarter", "a quarter like 2026-Q4");
            }
            return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if (year != null) {
            if (!YEAR.matcher(year).matches()) {
                throw ProblemException.badField("year", "a year like 2026");
            }
            return year(Year.of(Integer.parseInt(year)));
        }
        if (range) {
            return new LocalPeriod(date(from, "from"), date(to, "to"));
        }
        return otherwise;
    }

    private static YearMonth yearMonth(String value) {
        Matcher m = MONTH.matcher(value);
        try {
            if (m.matches()) {
                return YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
        } catch (DateTimeException e) {
            // month 13 and the like: the same answer as a malformed value
        }
        throw ProblemException.badField("month", "a month like 2026-11");
    }

    private static LocalDate date(String value, String field) {
        if (value == null) {
            throw ProblemException.badField(field, "required together with " + ("from".equals(field) ? "to" : "from"));
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            throw ProblemException.badField(field, "a date like 2026-11-27");
        }
    }
}
