package cn.wanggezhili.scoring.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * When another service's event scores an indicator by itself: the event type, a condition (payload field paths
 * and the text each must equal, all of them) and the path of the scored subject's id in the payload. Paths are
 * dotted, list positions are numbers: {@code completedBy.staffId}, {@code mediators.0.staffId}; a subject path ending
 * in {@code .*} names every element of a list ({@code householdIds.*}: each participating household is scored).
 */
public record Trigger(String eventType, Map<String, String> when, String subject) {

    /** The most subjects one event scores through a {@code .*} path; further elements are ignored. */
    public static final int MOST_SUBJECTS = 500;

    public Trigger {
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(subject, "subject");
        when = when == null ? Map.of() : Map.copyOf(when);
    }

    /** True when every condition holds; {@code field} reads a payload path as text (null when absent). */
    public boolean matches(String type, Function<String, String> field) {
        if (!eventType.equals(type)) {
            return false;
        }
        for (Map.Entry<String, String> condition : when.entrySet()) {
            if (!condition.getValue().equals(field.apply(condition.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** True when the subject path names every element of a list, so one event scores several subjects. */
    public boolean eachOfList() {
        return subject.endsWith(".*");
    }

    /** The ids the payload names at the subject path, in list order; empty when absent. */
    public List<String> subjectIds(Function<String, String> field) {
        if (!eachOfList()) {
            String id = field.apply(subject);
            return id == null ? List.of() : List.of(id);
        }
        String list = subject.substring(0, subject.length() - 2);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < MOST_SUBJECTS; i++) {
            String id = field.apply(list + "." + i);
            if (id == null) {
                break;
            }
            ids.add(id);
        }
        return ids;
    }

    /** The path of the subject's display name next to its id ({@code completedBy.staffId} → {@code completedBy.name}). */
    public String subjectNamePath() {
        int dot = subject.lastIndexOf('.');
        return dot < 0 ? "name" : subject.substring(0, dot) + ".name";
    }
}
