package cn.wanggezhili.eventstore;

import java.util.Set;

/**
 * Which events a reader wants: those of a grid subtree (by code prefix), and of some units above it by their exact
 * codes (e.g. the store of the village a resident lives in), of some types; empty means all.
 */
public record EventFilter(String gridCodePrefix, Set<String> eventTypes, Set<String> unitsAbove) {

    public static final EventFilter ALL = new EventFilter(null, Set.of());

    public EventFilter {
        eventTypes = eventTypes == null ? Set.of() : Set.copyOf(eventTypes);
        unitsAbove = unitsAbove == null ? Set.of() : Set.copyOf(unitsAbove);
    }

    public EventFilter(String gridCodePrefix, Set<String> eventTypes) {
        this(gridCodePrefix, eventTypes, Set.of());
    }

    /** The same choice as the committed read makes in SQL. */
    public boolean matches(String gridCode, String eventType) {
        boolean unit = gridCodePrefix == null
                || (gridCode != null && (gridCode.startsWith(gridCodePrefix) || unitsAbove.contains(gridCode)));
        return unit && (eventTypes.isEmpty() || eventTypes.contains(eventType));
    }
}
