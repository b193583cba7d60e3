package cn.wanggezhili.readpolicy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import cn.wanggezhili.eventstore.StoredEvent;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.security.Caller;

/**
 * Who may read each event type, as declared once per service (package {@code suite}) and applied by every path that
 * hands out events: the live streams, and the command centre's stream of the whole suite. An event type nobody
 * declared is shown to nobody (deny by default), so a new event stays private until someone decides who reads it.
 *
 * <p>An event is first placed against the caller's grid scope: on a unit the caller covers, its type's access decides
 * ({@link Builder#allow}); on a unit above the caller's (a village's store, seen by the residents it serves), only a
 * type declared for the units below decides ({@link Builder#alsoBelow}); anywhere else, nobody sees it.
 */
public final class EventReadPolicy {

    private final Map<String, EventAccess> byType;
    private final Map<String, EventAccess> belowByType;
    /** When set, the only roles that may open the stream at all (others get 403, as on REST). */
    private final List<String> streamReaders;

    private EventReadPolicy(Map<String, EventAccess> byType, Map<String, EventAccess> belowByType, List<String> streamReaders) {
        this.byType = Map.copyOf(byType);
        this.belowByType = Map.copyOf(belowByType);
        this.streamReaders = streamReaders == null ? null : List.copyOf(streamReaders);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The policies of several services together (the command centre streams them all). */
    public static EventReadPolicy union(EventReadPolicy... policies) {
        Map<String, EventAccess> all = new LinkedHashMap<>();
        Map<String, EventAccess> below = new LinkedHashMap<>();
        for (EventReadPolicy policy : policies) {
            policy.byType.forEach((type, access) -> putOnce(all, type, access));
            policy.belowByType.forEach((type, access) -> putOnce(below, type, access));
        }
        return new EventReadPolicy(all, below, null);
    }

    /**
     * The event's payload as {@code caller} may see it; empty when its unit is outside the caller's reach, the caller
     * may not see it, or nobody declared its type.
     */
    public Optional<String> view(Caller caller, StoredEvent event) {
        if (event.gridCode() == null || !GridCode.isWellFormed(event.gridCode())) {
            return Optional.empty();
        }
        GridCode unit = new GridCode(event.gridCode());
        Map<String, EventAccess> declared = caller.covers(unit) ? byType
                : caller.scope().stream().anyMatch(unit::contains) ? belowByType : Map.of();
        EventAccess access = declared.get(event.eventType());
        return access == null ? Optional.empty() : access.view(caller, event);
    }

    /** Whether some types reach callers below their unit: a stream then also reads the units above the caller's. */
    public boolean reachesBelow() {
        return !belowByType.isEmpty();
    }

    /**
     * The same policy, for callers with one of {@code roles} only (e.g. no residents on the command centre): the
     * stream refuses the others outright ({@link #streamReaders}), and no event reaches them in any case.
     */
    public EventReadPolicy onlyFor(List<String> roles) {
        return new EventReadPolicy(gated(byType, roles), gated(belowByType, roles), roles);
    }

    /** The roles that may open a stream under this policy; empty when any authenticated caller may. */
    public Optional<List<String>> streamReaders() {
        return Optional.ofNullable(streamReaders);
    }

    public Set<String> declaredTypes() {
        return byType.keySet();
    }

    private static Map<String, EventAccess> gated(Map<String, EventAccess> byType, List<String> roles) {
        Map<String, EventAccess> gated = new LinkedHashMap<>();
        byType.forEach((type, access) -> gated.put(type,
                (caller, event) -> caller.hasAnyRole(roles) ? access.view(caller, event) : Optional.empty()));
        return gated;
    }

    private static void putOnce(Map<String, EventAccess> byType, String type, EventAccess access) {
        if (byType.putIfAbsent(type, access) != null) {
            throw new IllegalArgumentException("event type " + type + " declared twice");
        }
    }

    public static final class Builder {

        private final Map<String, EventAccess> byType = new LinkedHashMap<>();
        private final Map<String, EventAccess> belowByType = new LinkedHashMap<>();
        private List<String> streamReaders;

        /**
         * Only these roles may open the stream at all: where REST refuses everyone else every read, the stream answers
         * them 403 too, rather than a stream that stays empty.
         */
        public Builder streamReaders(List<String> roles) {
            this.streamReaders = List.copyOf(roles);
            return this;
        }

        /** Who sees these types on units their scope covers. */
        public Builder allow(EventAccess access, String... types) {
            for (String type : types) {
                putOnce(byType, type, access);
            }
            return this;
        }

        /**
         * Who sees these types on a unit above their scope, as REST shows it to them: e.g. a store's catalogue to the
         * residents of its area, their own redemptions at that store to its holders.
         */
        public Builder alsoBelow(EventAccess access, String... types) {
            for (String type : types) {
                putOnce(belowByType, type, access);
            }
            return this;
        }

        public EventReadPolicy build() {
            return new EventReadPolicy(byType, belowByType, streamReaders);
        }
    }
}
