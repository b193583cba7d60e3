package cn.wanggezhili.eventstore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a service's domain events (plain records, no annotations) into JSON payloads and back, by event type
 * name ({@code <service>.<Aggregate><PastTense>.v<n>}). Unknown fields are ignored so that older readers survive
 * added fields; a new meaning needs a new type version.
 */
public final class EventCodec<E> {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(ValueRecords.module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Map<Class<? extends E>, String> typeNames = new HashMap<>();
    private final Map<String, Class<? extends E>> classes = new HashMap<>();

    public EventCodec<E> register(String typeName, Class<? extends E> type) {
        typeNames.put(type, typeName);
        classes.put(typeName, type);
        return this;
    }

    public String typeName(E event) {
        String name = typeNames.get(event.getClass());
        if (name == null) {
            throw new IllegalArgumentException("no event type registered for " + event.getClass().getName());
        }
        return name;
    }

    /** Every registered event type and the record it is read into, by type name (for documents such as AsyncAPI). */
    public Map<String, Class<? extends E>> types() {
        return new TreeMap<>(classes);
    }

    public boolean knows(String typeName) {
        return classes.containsKey(typeName);
    }

    public String toJson(E event) {
        try {
            return JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + event.getClass().getSimpleName(), e);
        }
    }

    public E fromJson(String typeName, String json) {
        Class<? extends E> type = classes.get(typeName);
        if (type == null) {
            throw new IllegalArgumentException("unknown event type " + typeName);
        }
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot read " + typeName + ": " + e.getOriginalMessage(), e);
        }
    }

    public static ObjectMapper json() {
        return JSON;
    }
}
