package cn.wanggezhili.dispatch.domain;

import static cn.wanggezhili.dispatch.domain.TaskRuleViolation.Rule.INVALID_ATTRIBUTE_VALUE;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A field a task type asks for, as Open311 GeoReport v2 describes service attributes: datatype one of string,
 * number, datetime, text, singlevaluelist, multivaluelist; list types offer {@code values}. A multivaluelist
 * value arrives as the chosen values separated by commas.
 */
public record TaskAttribute(String code, String datatype, boolean required, String descriptionZh, List<String> values) {

    public static final Set<String> DATATYPES = Set.of("string", "number", "datetime", "text", "singlevaluelist", "multivaluelist");

    public TaskAttribute {
        if (code == null || !code.matches("[a-z][a-z0-9-]{0,39}")) {
            throw new IllegalArgumentException("attribute code must be lower-case letters, digits and hyphens: " + code);
        }
        if (!DATATYPES.contains(datatype)) {
            throw new IllegalArgumentException("unknown Open311 datatype " + datatype + " for attribute " + code);
        }
        if (descriptionZh == null || descriptionZh.isBlank()) {
            throw new IllegalArgumentException("attribute " + code + " needs a description");
        }
        values = values == null ? List.of() : List.copyOf(values);
        if (datatype.endsWith("valuelist") && values.isEmpty()) {
            throw new IllegalArgumentException("list attribute " + code + " needs values");
        }
    }

    public boolean isList() {
        return datatype.endsWith("valuelist");
    }

    /**
     * The value as recorded ({@code "a, b"} becomes {@code "a,b"}), or a refusal when the datatype does not take it;
     * the value comes stripped and not blank.
     */
    String checked(String value) {
        String recorded = "multivaluelist".equals(datatype)
                ? String.join(",", Arrays.stream(value.split(",")).map(String::strip).toList())
                : value;
        boolean valid = switch (datatype) {
            case "number" -> isNumber(value);
            case "datetime" -> isDateTime(value);
            case "singlevaluelist" -> values.contains(value);
            case "multivaluelist" -> Arrays.stream(recorded.split(",")).allMatch(values::contains);
            default -> true;
        };
        if (!valid) {
            throw new TaskRuleViolation(INVALID_ATTRIBUTE_VALUE, "attributes." + code, isList()
                    ? "attribute " + code + " takes only " + String.join(", ", values)
                    : "attribute " + code + " must be a " + datatype);
        }
        return recorded;
    }

    private static boolean isNumber(String value) {
        try {
            new BigDecimal(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isDateTime(String value) {
        try {
            // Open311 dates are W3C (ISO 8601) with an offset, e.g. 2026-11-27T08:00:00+08:00
            OffsetDateTime.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
