package cn.wanggezhili.openapi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * What a response really carries: the services write every field of a response record, null or not, so each
 * property of a schema a response reaches is required, and may be null only where the record says so
 * ({@code @Schema(nullable = true)} on the component). A schema that names its required properties itself keeps
 * them. Request schemas are left as declared: a field is required where it is {@code @NotNull}.
 */
final class Nullability {

    private static final String REF_PREFIX = "#/components/schemas/";

    private Nullability() {
    }

    static void declare(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                || openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        components.values().forEach(schema -> typeNullableReferences(schema, components));
        Set<String> seen = new HashSet<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().forEach((code, response) -> {
                    if (code.startsWith("2")) {
                        schemasOf(response.getContent()).forEach(s -> requireAll(s, components, seen));
                    }
                });
            }
        }));
    }

    /**
     * A nullable property of a referenced scalar type (an Instant, a UUID, a date) is written by the scanner as
     * {@code allOf: [$ref], nullable: true}, which 3.0 validators read as "never null" (nullable does not reach into
     * allOf). It is written inline instead: the referenced schema's type, format and pattern, and nullable.
     */
    private static void typeNullableReferences(Schema schema, Map<String, Schema> components) {
        if (schema.getProperties() == null) {
            return;
        }
        for (Schema property : schema.getProperties().values()) {
            String ref = nullableReference(property);
            Schema referenced = ref == null ? null : components.get(ref.substring(REF_PREFIX.length()));
            if (referenced == null || referenced.getType() == null || referenced.getProperties() != null
                    || referenced.getType().contains(Schema.SchemaType.OBJECT)) {
                continue;
            }
            property.setAllOf(null);
            property.setAnyOf(null);
            List<Schema.SchemaType> types = new ArrayList<>(referenced.getType());
            types.remove(Schema.SchemaType.NULL);
            types.add(Schema.SchemaType.NULL);
            property.setType(types);
            if (property.getFormat() == null) {
                property.setFormat(referenced.getFormat());
            }
            if (property.getPattern() == null) {
                property.setPattern(referenced.getPattern());
            }
            if (property.getEnumeration() == null && referenced.getEnumeration() != null) {
                property.setEnumeration(new ArrayList<>(referenced.getEnumeration()));
                property.addEnumeration(null);
            }
        }
    }

    /**
     * The reference a nullable property wraps, in either form the scanner builds: {@code anyOf: [$ref, {type: null}]}
     * (OpenAPI 3.1's way) or {@code allOf: [$ref]} beside a null type or {@code nullable}.
     */
    private static String nullableReference(Schema property) {
        List<Schema> anyOf = property.getAnyOf();
        if (anyOf != null && anyOf.size() == 2) {
            Schema ref = anyOf.stream().filter(s -> s.getRef() != null).findFirst().orElse(null);
            boolean orNull = anyOf.stream().anyMatch(s -> s.getType() != null && s.getType().equals(List.of(Schema.SchemaType.NULL)));
            return ref != null && orNull ? ref.getRef() : null;
        }
        List<Schema> allOf = property.getAllOf();
        boolean nullable = (property.getType() != null && property.getType().contains(Schema.SchemaType.NULL))
                || Boolean.TRUE.equals(property.get("nullable"));
        return nullable && allOf != null && allOf.size() == 1 ? allOf.get(0).getRef() : null;
    }

    private static List<Schema> schemasOf(Content content) {
        List<Schema> schemas = new ArrayList<>();
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(m -> {
                if (m.getSchema() != null) {
                    schemas.add(m.getSchema());
                }
            });
        }
        return schemas;
    }

    private static void requireAll(Schema schema, Map<String, Schema> components, Set<String> seen) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().substring(REF_PREFIX.length());
            if (seen.add(name)) {
                requireAll(components.get(name), components, seen);
            }
            return;
        }
        requireAll(schema.getItems(), components, seen);
        for (List<Schema> parts : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (parts != null) {
                parts.forEach(p -> requireAll(p, components, seen));
            }
        }
        if (schema.getAdditionalPropertiesSchema() != null) {
            requireAll(schema.getAdditionalPropertiesSchema(), components, seen);
        }
        if (schema.getProperties() == null || schema.getProperties().isEmpty()) {
            return;
        }
        if (schema.getRequired() == null || schema.getRequired().isEmpty()) {
            schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
        }
        schema.getProperties().values().forEach(p -> requireAll(p, components, seen));
    }
}
