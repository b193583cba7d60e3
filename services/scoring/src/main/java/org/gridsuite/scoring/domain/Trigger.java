package org.gridsuite.scoring.domain;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * When another service's event scores an indicator by itself: the event type, a condition (payload field paths
 * and the text each must equal, all of them) and the path of the scored subject's id in the payload. Paths are
 * dotted, list positions are numbers: {@code completedBy.staffId}, {@code mediators.0.staffId}.
 */
public record Trigger(String eventType, Map<String, String> when, String subject) {

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

    /** The path of the subject's display name next to its id ({@code completedBy.staffId} → {@code completedBy.name}). */
    public String subjectNamePath() {
        int dot = subject.lastIndexOf('.');
        return dot < 0 ? "name" : subject.substring(0, dot) + ".name";
    }
}
