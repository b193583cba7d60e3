package cn.wanggezhili.readpolicy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import cn.wanggezhili.eventstore.StoredEvent;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.Masking;

/**
 * Who may read one kind of event, and how it shows to them: the event's payload as this caller may see it, or
 * nothing. The grid-scope check on the event's unit is made apart, by every read path, before this.
 */
@FunctionalInterface
public interface EventAccess {

    Optional<String> view(Caller caller, StoredEvent event);

    /** Whoever covers the event's unit, whatever their role (e.g. the grid tree, a store's catalogue). */
    static EventAccess anyone() {
        return (caller, event) -> Optional.of(event.payload());
    }

    /** Callers with one of {@code roles}. */
    static EventAccess roles(List<String> roles) {
        List<String> allowed = List.copyOf(roles);
        return (caller, event) -> allowed.stream().anyMatch(caller::hasRole) ? Optional.of(event.payload()) : Optional.empty();
    }

    /** Callers for whom {@code holds} is true of the event, e.g. the holders of the account a ledger event is on. */
    static EventAccess when(Holding holds) {
        return (caller, event) -> holds.test(caller, event) ? Optional.of(event.payload()) : Optional.empty();
    }

    /** What this access shows, else what {@code other} shows. */
    default EventAccess or(EventAccess other) {
        return (caller, event) -> {
            Optional<String> shown = view(caller, event);
            return shown.isPresent() ? shown : other.view(caller, event);
        };
    }

    /** What this access shows, to callers for whom {@code holds} is also true of the event. */
    default EventAccess onlyWhen(Holding holds) {
        return (caller, event) -> holds.test(caller, event) ? view(caller, event) : Optional.empty();
    }

    /**
     * Shows the top-level text {@code fields} masked as names ({@link Masking#name}) to callers for whom {@code fullView}
     * is false, as REST shows them: e.g. an account's holder name to an integrator.
     */
    default EventAccess maskingNames(Holding fullView, String... fields) {
        List<String> masked = List.of(fields);
        return (caller, event) -> view(caller, event)
                .map(payload -> fullView.test(caller, event) ? payload : Json.maskNames(payload, masked));
    }

    /** A test of a caller against one event, e.g. "holds the account" or "has a duty-bound role". */
    @FunctionalInterface
    interface Holding {

        boolean test(Caller caller, StoredEvent event);

        static Holding roles(List<String> roles) {
            List<String> allowed = List.copyOf(roles);
            return (caller, event) -> allowed.stream().anyMatch(caller::hasRole);
        }

        /** Nobody: where a read path cannot tell (the command centre does not know who holds which account). */
        Holding NOBODY = (caller, event) -> false;

        default Holding or(Holding other) {
            return (caller, event) -> test(caller, event) || other.test(caller, event);
        }
    }

    /** Payload rewriting; a payload that is not a JSON object is shown to nobody rather than unmasked. */
    final class Json {

        private static final ObjectMapper MAPPER = new ObjectMapper();

        private Json() {
        }

        static String maskNames(String payload, List<String> fields) {
            try {
                if (!(MAPPER.readTree(payload) instanceof ObjectNode object)) {
                    return "{}";
                }
                for (String field : fields) {
                    if (object.get(field) != null && object.get(field).isTextual()) {
                        object.put(field, Masking.name(object.get(field).asText()));
                    }
                }
                return MAPPER.writeValueAsString(object);
            } catch (JsonProcessingException e) {
                return "{}";
            }
        }

        /** A top-level text field of the payload, or null. */
        public static String text(String payload, String field) {
            try {
                var value = MAPPER.readTree(payload).get(field);
                return value == null || !value.isTextual() ? null : value.asText();
            } catch (JsonProcessingException e) {
                return null;
            }
        }
    }
}
