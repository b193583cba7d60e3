package cn.wanggezhili.eventstore;

import java.util.Set;

/** Which events a reader wants: those of a grid subtree (by code prefix) and of some types; empty means all. */
public record EventFilter(String gridCodePrefix, Set<String> eventTypes) {

    public static final EventFilter ALL = new EventFilter(null, Set.of());

    public EventFilter {
        eventTypes = eventTypes == null ? Set.of() : Set.copyOf(eventTypes);
    }
}
