package cn.wanggezhili.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What every operation of a service's OpenAPI document must say, so that integrators can generate clients from it
 * and trust them: a unique camelCase operationId of verb and noun, a declared tag, a summary and a description, a
 * typed body for every 2xx answer that has one, and the errors it can answer as the shared Problem. A new operation
 * that lacks any of it fails the service's OpenApiSpecTest.
 */
public final class OpenApiConventions {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern OPERATION_ID = Pattern.compile("[a-z]+[A-Z][A-Za-z0-9]*");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head");

    private OpenApiConventions() {
    }

    /** Every way {@code document} breaks the conventions, one line each; empty when it keeps them. */
    public static List<String> breaches(String document) throws IOException {
        JsonNode root = YAML.readTree(document);
        List<String> breaches = new ArrayList<>();
        if (!root.path("openapi").asText().startsWith("3.0.")) {
            breaches.add("the document is not OpenAPI 3.0.x");
        }
        if (root.path("servers").isEmpty()) {
            breaches.add("no servers");
        }
        Set<String> tags = new HashSet<>();
        root.path("tags").forEach(t -> {
            tags.add(t.path("name").asText());
            if (t.path("description").asText().isBlank()) {
                breaches.add("tag " + t.path("name").asText() + " has no description");
            }
        });
        Set<String> ids = new HashSet<>();
        root.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            if (!METHODS.contains(entry.getKey())) {
                return;
            }
            String name = entry.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = entry.getValue();
            String id = operation.path("operationId").asText();
            if (!OPERATION_ID.matcher(id).matches()) {
                breaches.add(name + ": operationId '" + id + "' is not camelCase verb + noun");
            } else if (!ids.add(id)) {
                breaches.add(name + ": operationId " + id + " is used twice");
            }
            if (operation.path("tags").isEmpty()) {
                breaches.add(name + ": no tag");
            }
            operation.path("tags").forEach(t -> {
                if (!tags.contains(t.asText())) {
                    breaches.add(name + ": tag " + t.asText() + " is not declared with a description");
                }
            });
            if (operation.path("summary").asText().isBlank()) {
                breaches.add(name + ": no summary");
            }
            if (operation.path("description").asText().isBlank()) {
                breaches.add(name + ": no description");
            }
            checkResponses(name, operation.path("responses"), breaches);
        }));
        return breaches;
    }

    private static void checkResponses(String name, JsonNode responses, List<String> breaches) {
        boolean success = false;
        var it = responses.fields();
        while (it.hasNext()) {
            var response = it.next();
            String status = response.getKey();
            JsonNode body = response.getValue();
            if (status.startsWith("2")) {
                success = true;
                body.path("content").fields().forEachRemaining(media -> {
                    JsonNode schema = media.getValue().path("schema");
                    if (!schema.has("$ref") && !schema.has("type") && !schema.has("allOf") && !schema.has("oneOf")) {
                        breaches.add(name + ": " + status + " " + media.getKey() + " has no typed schema");
                    }
                });
            } else if (status.startsWith("4") && !body.path("$ref").asText().startsWith("#/components/responses/")) {
                breaches.add(name + ": " + status + " is not one of the shared Problem responses");
            }
        }
        if (!success) {
            breaches.add(name + ": no 2xx answer");
        }
        for (String status : List.of("400", "401")) {
            if (!responses.has(status)) {
                breaches.add(name + ": " + status + " is not declared");
            }
        }
    }
}
