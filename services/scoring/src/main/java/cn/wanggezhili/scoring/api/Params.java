package cn.wanggezhili.scoring.api;

import java.util.Arrays;
import cn.wanggezhili.scoring.domain.SubjectType;
import cn.wanggezhili.web.ProblemException;

/** Query parameters shared by the lists: a bad value is a 400 naming the parameter, never a 404 or a 500. */
final class Params {

    private Params() {
    }

    static SubjectType subjectType(String value) {
        if (value == null) {
            return null;
        }
        return Arrays.stream(SubjectType.values()).filter(t -> t.name().equals(value)).findFirst()
                .orElseThrow(() -> ProblemException.badField("subjectType", "one of " + Arrays.toString(SubjectType.values())));
    }

    static String cursor(String after) {
        if (after != null && !after.matches("[0-9a-f-]{36}")) {
            throw ProblemException.badField("after", "the next cursor of a previous page");
        }
        return after;
    }
}
