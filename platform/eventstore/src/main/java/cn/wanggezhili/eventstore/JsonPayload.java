package cn.wanggezhili.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A tolerant reader of another service's event payload: a consumer reads the fields it relies on
 * (docs/event-contracts.md) and ignores the rest. Missing fields read as null; typed ids written as
 * {"value": ...} before they travelled as plain strings read as their value.
 */
public final class JsonPayload {

    private final JsonNode root;

    private JsonPayload(JsonNode root) {
        this.root = root;
    }

    public static JsonPayload of(String json) {
        try {
            return new JsonPayload(EventCodec.json().readTree(json));
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable payload", e);
        }
    }

    /** The object at {@code field} (e.g. a staff reference), empty when absent. */
    public JsonPayload at(String field) {
        JsonNode node = root.path(field);
        return new JsonPayload(node.isObject() ? node : com.fasterxml.jackson.databind.node.MissingNode.getInstance());
    }

    /**
     * The text at a dotted path ({@code completedBy.staffId}, {@code mediators.0.staffId}): booleans and numbers as
     * written, missing, null or non-text nodes as null; an id written as {"value": ...} as its value.
     */
    public String path(String dottedPath) {
        JsonNode node = root;
        for (String part : dottedPath.split("\\.")) {
            if (node == null) {
                return null;
            }
            node = node.isArray() && !part.isEmpty() && part.chars().allMatch(Character::isDigit)
                    ? node.get(Integer.parseInt(part)) : node.get(part);
        }
        if (node != null && node.isObject() && node.has("value")) {
            node = node.get("value");
        }
        return node == null || node.isNull() || node.isContainerNode() ? null : node.asText();
    }

    public boolean has(String field) {
        JsonNode node = root.get(field);
        return node != null && !node.isNull();
    }

    public String text(String field) {
        JsonNode node = root.get(field);
        if (node != null && node.isObject() && node.has("value")) {
            node = node.get("value");
        }
        return node == null || node.isNull() || node.isMissingNode() || node.isContainerNode() ? null : node.asText();
    }

    public UUID uuid(String field) {
        String value = text(field);
        return value == null ? null : UUID.fromString(value);
    }

    public Instant instant(String field) {
        String value = text(field);
        return value == null ? null : Instant.parse(value);
    }

    public boolean bool(String field) {
        return root.path(field).asBoolean(false);
    }

    public int integer(String field) {
        return root.path(field).asInt(0);
    }

    /** A text value of a map field, e.g. {@code attributes["incident-kind"]}. */
    public String entry(String mapField, String key) {
        JsonNode node = root.path(mapField).get(key);
        return node == null || node.isNull() ? null : node.asText();
    }

    /** A map field of texts (e.g. a task's attributes), empty when absent. */
    public Map<String, String> strings(String mapField) {
        Map<String, String> values = new LinkedHashMap<>();
        JsonNode node = root.path(mapField);
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
        }
        return values;
    }

    public int size(String arrayField) {
        JsonNode node = root.path(arrayField);
        return node.isArray() ? node.size() : 0;
    }

    /** The first element of an array of objects (e.g. the lead of a list of mediators), empty when none. */
    public JsonPayload first(String arrayField) {
        JsonNode node = root.path(arrayField);
        return new JsonPayload(node.isArray() && node.size() > 0 && node.get(0).isObject() ? node.get(0)
                : com.fasterxml.jackson.databind.node.MissingNode.getInstance());
    }
}
