package cn.wanggezhili.suite;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * JSON schemas of event payloads, read off the event records the way the event codec writes them: records as objects
 * of their components, every component present (null ones as JSON null, so all are required; those that may be null
 * are listed in {@link NullableComponents}), typed ids (a record with one {@code value}) as that value, enums as their
 * names, times as ISO-8601 strings. Records inside events (a staff reference, a party) are shared schemas. What a
 * property means comes from the records' Javadoc ({@link Javadocs}).
 */
final class PayloadSchemas {

    static final String SCHEMAS = "#/components/schemas/";

    /** The schemas of records inside events, by name. */
    private final Map<String, Object> shared = new TreeMap<>();
    private final Map<Class<?>, String> sharedNames = new HashMap<>();

    /** Every record component described, as {@link NullableComponents#key}. */
    private final Set<String> components = new TreeSet<>();

    /** The schema of an event's payload. */
    Map<String, Object> event(Class<?> record) {
        return object(record, true);
    }

    /** The schemas of the records found inside events so far, by name. */
    Map<String, Object> shared() {
        return shared;
    }

    Set<String> components() {
        return components;
    }

    private Map<String, Object> object(Class<?> record, boolean event) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            components.add(NullableComponents.key(record, component.getName()));
            boolean nullable = NullableComponents.nullable(record, component);
            Map<String, Object> property = of(component.getGenericType());
            if (nullable) {
                property = nullable(property);
            }
            String description = describe(record, component, event).orElse(null);
            if (nullable && (description == null || !description.toLowerCase().contains("null"))) {
                String why = NullableComponents.WHY.get(NullableComponents.key(record, component.getName()));
                description = (description == null ? "" : description + " ") + "Null " + why + ".";
            }
            if (description != null) {
                property = described(property, description);
            }
            properties.put(component.getName(), property);
            required.add(component.getName());
        }
        schema.put("required", required);
        schema.put("properties", properties);
        return schema;
    }

    /**
     * What a component means: the sentences of its record's Javadoc that name it; else the Javadoc of the accessor the
     * event's sealed interface declares, or the interface's sentences that name it; else, for an enum, what the enum's
     * Javadoc says; for the grid code and time every event carries, the suite's convention.
     */
    private static Optional<String> describe(Class<?> record, RecordComponent component, boolean event) {
        String name = component.getName();
        Optional<String> found = Javadocs.rawOf(record).flatMap(raw -> Javadocs.clausesNaming(raw, name));
        Class<?> sealed = record.getEnclosingClass();
        if (found.isEmpty() && sealed != null && sealed.isInterface()) {
            found = Javadocs.rawOfAccessor(sealed, name).map(Javadocs::plain).filter(s -> !s.isEmpty());
            if (found.isEmpty()) {
                found = Javadocs.rawOf(sealed).flatMap(raw -> Javadocs.clausesNaming(raw, name));
            }
        }
        if (found.isEmpty() && event && name.equals("code")) {
            found = Optional.of("The grid code of the unit the event belongs to (ce_gridcode on Kafka, gridcode on the "
                    + "stream).");
        }
        if (found.isEmpty() && event && name.equals("at") && component.getType() == Instant.class) {
            found = Optional.of("When it happened.");
        }
        if (found.isEmpty() && component.getType().isEnum()) {
            found = Javadocs.of(component.getType());
        }
        return found;
    }

    private Map<String, Object> of(Type type) {
        Map<String, Object> schema = new LinkedHashMap<>();
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (Collection.class.isAssignableFrom(raw)) {
                schema.put("type", "array");
                schema.put("items", of(p.getActualTypeArguments()[0]));
                return schema;
            }
            if (Map.class.isAssignableFrom(raw)) {
                schema.put("type", "object");
                schema.put("additionalProperties", of(p.getActualTypeArguments()[1]));
                return schema;
            }
            return of(raw);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class || c == char.class) {
            schema.put("type", "string");
        } else if (c == java.util.UUID.class) {
            schema.put("type", "string");
            schema.put("format", "uuid");
        } else if (c == Instant.class) {
            schema.put("type", "string");
            schema.put("format", "date-time");
        } else if (c == LocalDate.class) {
            schema.put("type", "string");
            schema.put("format", "date");
        } else if (c == Duration.class) {
            schema.put("type", "string");
            schema.put("format", "duration");
        } else if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            schema.put("type", "integer");
        } else if (c == double.class || c == Double.class || c == java.math.BigDecimal.class) {
            schema.put("type", "number");
        } else if (c == boolean.class || c == Boolean.class) {
            schema.put("type", "boolean");
        } else if (c.isEnum()) {
            schema.put("type", "string");
            List<Object> names = new ArrayList<>();
            for (Object constant : c.getEnumConstants()) {
                names.add(((Enum<?>) constant).name());
            }
            schema.put("enum", names);
        } else if (c.isRecord()) {
            RecordComponent[] components = c.getRecordComponents();
            if (components.length == 1 && components[0].getName().equals("value")) {
                return of(components[0].getGenericType());
            }
            schema.put("$ref", SCHEMAS + sharedName(c));
        } else if (Collection.class.isAssignableFrom(c)) {
            schema.put("type", "array");
        } else if (Map.class.isAssignableFrom(c)) {
            schema.put("type", "object");
        } else {
            throw new IllegalArgumentException("no JSON schema for " + c.getName() + ": teach PayloadSchemas");
        }
        return schema;
    }

    /** A record inside events, as a shared schema named after it (after its service too, if two share a name). */
    private String sharedName(Class<?> record) {
        String known = sharedNames.get(record);
        if (known != null) {
            return known;
        }
        String name = record.getSimpleName();
        if (shared.containsKey(name) || sharedNames.containsValue(name)) {
            name = record.getPackageName().replaceAll(".*wanggezhili\\.([a-z]+).*", "$1") + "." + name;
        }
        sharedNames.put(record, name);
        shared.put(name, Map.of()); // reserved while its components are described (a record may hold its own kind)
        Map<String, Object> schema = new LinkedHashMap<>();
        Javadocs.of(record).ifPresent(d -> schema.put("description", d));
        schema.putAll(object(record, false));
        shared.put(name, schema);
        return name;
    }

    /** The same schema, allowing null: a type list with "null" (and null among an enum's values), or oneOf a reference. */
    private static Map<String, Object> nullable(Map<String, Object> schema) {
        Map<String, Object> nullable = new LinkedHashMap<>();
        if (schema.containsKey("$ref")) {
            nullable.put("oneOf", List.of(schema, Map.of("type", "null")));
            return nullable;
        }
        schema.forEach((key, value) -> {
            if (key.equals("type")) {
                nullable.put("type", List.of(value, "null"));
            } else if (key.equals("enum")) {
                List<Object> values = new ArrayList<>((List<?>) value);
                values.add(null);
                nullable.put("enum", values);
            } else {
                nullable.put(key, value);
            }
        });
        return nullable;
    }

    /** The schema with a description; a reference cannot have siblings, so it goes inside allOf. */
    private static Map<String, Object> described(Map<String, Object> schema, String description) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("description", description);
        if (schema.containsKey("$ref")) {
            described.put("allOf", List.of(schema));
        } else {
            described.putAll(schema);
        }
        return described;
    }
}
