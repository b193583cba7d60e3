package cn.wanggezhili.suite;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * JSON schemas of event payloads, read off the event records the way the event codec writes them: records as objects
 * of their components, typed ids (a record with one {@code value}) as that value, enums as their names, times as
 * ISO-8601 strings.
 */
final class PayloadSchemas {

    private PayloadSchemas() {
    }

    static Map<String, Object> of(Type type) {
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
        } else if (c == UUID.class) {
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
            List<String> names = new ArrayList<>();
            for (Object constant : c.getEnumConstants()) {
                names.add(((Enum<?>) constant).name());
            }
            schema.put("enum", names);
        } else if (c.isRecord()) {
            RecordComponent[] components = c.getRecordComponents();
            if (components.length == 1 && components[0].getName().equals("value")) {
                return of(components[0].getGenericType());
            }
            schema.put("type", "object");
            Map<String, Object> properties = new LinkedHashMap<>();
            for (RecordComponent component : components) {
                properties.put(component.getName(), of(component.getGenericType()));
            }
            schema.put("properties", properties);
        } else if (Collection.class.isAssignableFrom(c)) {
            schema.put("type", "array");
        } else if (Map.class.isAssignableFrom(c)) {
            schema.put("type", "object");
        } else {
            throw new IllegalArgumentException("no JSON schema for " + c.getName() + ": teach PayloadSchemas");
        }
        return schema;
    }
}
