package cn.wanggezhili.web;

import java.util.List;
import java.util.function.Function;

/** A page of a list and the cursor of the next page ({@code ?after=}), null on the last page. */
public record Page<T>(List<T> items, String next) {

    /** From rows read with {@code limit + 1}: the extra row only tells that a next page exists. */
    public static <T> Page<T> of(List<T> rows, int limit, Function<T, String> cursor) {
        if (rows.size() <= limit) {
            return new Page<>(List.copyOf(rows), null);
        }
        List<T> items = List.copyOf(rows.subList(0, limit));
        return new Page<>(items, cursor.apply(items.get(limit - 1)));
    }
}
