package cn.wanggezhili.points.api;

import java.util.UUID;
import cn.wanggezhili.web.ProblemException;

/** Cursors of the lists ({@code ?after=}): what a previous page's {@code next} said, or a 400 naming the field. */
final class Cursors {

    private Cursors() {
    }

    static UUID uuid(String after) {
        if (after == null || after.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(after);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField("after", "the next cursor of a previous page");
        }
    }

    static Integer number(String after) {
        if (after == null || after.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(after);
        } catch (NumberFormatException e) {
            throw ProblemException.badField("after", "the next cursor of a previous page");
        }
    }
}
