package cn.wanggezhili.scoring.app;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import cn.wanggezhili.scoring.domain.Quarter;
import cn.wanggezhili.web.ProblemException;

/** A month (2026-11), a quarter (2026-Q4) or a year (2026) from a request: the months it spans, as stored. */
public record Period(String value, List<String> months) {

    public static Period parse(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badField(field, "required: a month like 2026-11, a quarter like 2026-Q4 or a year like 2026");
        }
        var quarter = Quarter.parse(value);
        if (quarter.isPresent()) {
            return new Period(value, quarter.get().months().stream().map(YearMonth::toString).toList());
        }
        if (value.matches("\\d{4}")) {
            int year = Integer.parseInt(value);
            return new Period(value, java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(m -> YearMonth.of(year, m).toString()).toList());
        }
        try {
            if (value.matches("\\d{4}-\\d{2}")) {
                return new Period(value, List.of(YearMonth.parse(value).toString()));
            }
        } catch (DateTimeParseException e) {
            // month 13 and the like: the same answer as a malformed value
        }
        throw ProblemException.badField(field, "a month like 2026-11, a quarter like 2026-Q4 or a year like 2026");
    }

    public String[] monthArray() {
        return months.toArray(String[]::new);
    }
}
