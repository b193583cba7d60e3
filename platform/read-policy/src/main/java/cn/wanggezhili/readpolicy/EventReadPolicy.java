package cn.wanggezhili.readpolicy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import cn.wanggezhili.eventstore.StoredEvent;
import cn.wanggezhili.security.Caller;

/**
 * Who may read each event type, as declared once per service (package {@code suite}) and applied by every path that
 * hands out events: the live streams, and the command centre's stream of the whole suite. An event type nobody
 * declared is shown to nobody (deny by default), so a new event stays private until someone decides who reads it.
 */
public final class EventReadPolicy {

    private final Map<String, EventAccess> byType;
    /** When set, the only roles that may open the stream at all (others get 403, as on REST). */
    private final List<String> streamReaders;

    private EventReadPolicy(Map<String, EventAccess> byType, List<String> streamReaders) {
        this.byType = Map.copyOf(byType);
        this.streamReaders = streamReaders == null ? null : List.copyOf(streamReaders);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The policies of several services together (the command centre streams them all). */
    public static EventReadPolicy union(EventReadPolicy... policies) {
        Map<String, EventAccess> all = new LinkedHashMap<>();
        for (EventReadPolicy policy : policies) {
            policy.byType.forEach((type, access) -> {
                if (all.putIfAbsent(type, access) != null) {
                    throw new IllegalArgumentException("event type " + type + " declared twice");
                }
            });
        }
        return new EventReadPolicy(all, null);
    }

    /** The event's payload as {@code caller} may see it; empty when the caller may not see it, or nobody declared its type. */
    public Optional<String> view(Caller caller, StoredEvent event) {
        EventAccess access = byType.get(event.eventType());
        return access == null ? Optional.empty() : access.view(caller, event);
    }

    /**
     * The same policy, for callers with one of {@code roles} only (e.g. no residents on the command centre): the
     * stream refuses the others outright ({@link #streamReaders}), and no event reaches them in any case.
     */
    public EventReadPolicy onlyFor(List<String> roles) {
        Map<String, EventAccess> gated = new LinkedHashMap<>();
        byType.forEach((type, access) -> gated.put(type,
                (caller, event) -> caller.hasAnyRole(roles) ? access.view(caller, event) : Optional.empty()));
        return new EventReadPolicy(gated, roles);
    }

    /** The roles that may open a stream under this policy; empty when any authenticated caller may. */
    public Optional<List<String>> streamReaders() {
        return Optional.ofNullable(streamReaders);
    }

    public Set<String> declaredTypes() {
        return byType.keySet();
    }

    public static final class Builder {

        private final Map<String, EventAccess> byType = new LinkedHashMap<>();
        private List<String> streamReaders;

        /**
         * Only these roles may open the stream at all: where REST refuses everyone else every read, the stream answers
         * them 403 too, rather than a stream that stays empty.
         */
        public Builder streamReaders(List<String> roles) {
            this.streamReaders = List.copyOf(roles);
            return this;
        }

        public Builder allow(EventAccess access, String... types) {
            for (String type : types) {
                if (byType.putIfAbsent(type, access) != null) {
                    throw new IllegalArgumentException("event type " + type + " declared twice");
                }
            }
            return this;
        }

        public EventReadPolicy build() {
            return new EventReadPolicy(byType, streamReaders);
        }
    }
}
