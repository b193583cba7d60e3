package cn.wanggezhili.scoring.domain;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import cn.wanggezhili.kernel.InvalidInput;

/** A month (2026-11), a quarter (2026-Q4) or a year (2026): the months it spans, as entries store them. */
public record Period(String value, List<String> months) {

    private static final String SHAPES = "a month like 2026-11, a quarter like 2026-Q4 or a year like 2026";

    public Period {
        months = List.copyOf(months);
    }

    /** A period from a request; a missing or malformed value is the request's fault, named by {@code field}. */
    public static Period parse(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "required: " + SHAPES);
        }
        return of(value).orElseThrow(() -> new InvalidInput(field, SHAPES));
    }

    /** The period {@code value} names, if it names one. */
    public static Optional<Period> of(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Optional<Quarter> quarter = Quarter.parse(value);
        if (quarter.isPresent()) {
            return Optional.of(new Period(value, quarter.get().months().stream().map(YearMonth::toString).toList()));
        }
        if (value.matches("\\d{4}")) {
            int year = Integer.parseInt(value);
            return Optional.of(new Period(value, IntStream.rangeClosed(1, 12).mapToObj(m -> YearMonth.of(year, m).toString()).toList()));
        }
        try {
            if (value.matches("\\d{4}-\\d{2}")) {
                return Optional.of(new Period(value, List.of(YearMonth.parse(value).toString())));
            }
        } catch (DateTimeParseException e) {
            // month 13 and the like: no period, as a malformed value
        }
        return Optional.empty();
    }

    public boolean contains(String month) {
        return months.contains(month);
    }

    public String[] monthArray() {
        return months.toArray(String[]::new);
    }
}
