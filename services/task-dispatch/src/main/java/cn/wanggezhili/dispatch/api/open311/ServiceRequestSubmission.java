package cn.wanggezhili.dispatch.api.open311;

import cn.wanggezhili.dispatch.app.TaskTypes;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import cn.wanggezhili.dispatch.api.open311.Open311Dtos.ServiceRequestBody;
import cn.wanggezhili.dispatch.app.Commands.ReportTask;
import cn.wanggezhili.dispatch.domain.TaskRuleViolation;
import cn.wanggezhili.dispatch.domain.TaskType;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.web.Problem;
import cn.wanggezhili.web.Problem.FieldError;
import cn.wanggezhili.web.ControlCharacters;
import cn.wanggezhili.web.ProblemException;
import cn.wanggezhili.web.ProblemType;

/**
 * A new Open311 service request as it arrived, form-encoded or JSON, and the {@link ReportTask} it becomes. Bad
 * fields are named as the client sent them: {@code attribute[topic]} in a form, {@code attributes.topic} in JSON.
 */
record ServiceRequestSubmission(String serviceCode, String addressId, String description, Map<String, String> attributes,
                                ReporterContact contact, boolean form) {

    static final int DESCRIPTION_MAX = 4000;
    static final int TITLE_MAX = 60;
    private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([^\\]]*)\\](\\[\\])?");

    /** Open311's form: {@code attribute[code]=value}; a multivaluelist repeats {@code attribute[code][]=value}. */
    static ServiceRequestSubmission ofForm(MultivaluedMap<String, String> form) {
        Map<String, List<String>> values = new TreeMap<>();
        if (form != null) {
            form.forEach((key, given) -> given.forEach(v -> ControlCharacters.refuseInText(key, v)));
            form.forEach((key, given) -> {
                Matcher m = ATTRIBUTE.matcher(key);
                if (m.matches()) {
                    values.computeIfAbsent(m.group(1), k -> new ArrayList<>()).addAll(given);
                }
            });
        }
        Map<String, String> attributes = new TreeMap<>();
        values.forEach((code, given) -> attributes.put(code, given.stream().filter(v -> v != null && !v.isBlank())
                .map(String::strip).collect(Collectors.joining(","))));
        return new ServiceRequestSubmission(first(form, "service_code"), first(form, "address_id"), first(form, "description"),
                attributes, new ReporterContact(first(form, "first_name"), first(form, "last_name"), first(form, "phone"),
                first(form, "email")), true);
    }

    static ServiceRequestSubmission ofJson(ServiceRequestBody body) {
        if (body == null) {
            throw ProblemException.badField("body", "a JSON object with service_code and address_id");
        }
        Map<String, String> attributes = new TreeMap<>();
        if (body.attributes() != null) {
            body.attributes().forEach((code, value) -> attributes.put(code, text(code, value)));
        }
        return new ServiceRequestSubmission(body.serviceCode(), body.addressId(), body.description(), attributes,
                new ReporterContact(body.firstName(), body.lastName(), body.phone(), body.email()), false);
    }

    /** The command, or a 400 naming every bad field; personal data leaves only as the masked note. */
    ReportTask toCommand(TaskTypes types) {
        List<FieldError> errors = new ArrayList<>();
        TaskType type = null;
        if (serviceCode == null || serviceCode.isBlank()) {
            errors.add(new FieldError("service_code", "required: a service_code from services.json"));
        } else {
            type = types.byCode(serviceCode.strip()).orElse(null);
            if (type == null) {
                errors.add(new FieldError("service_code", "unknown service; services.json lists them"));
            }
        }
        GridCode unit = null;
        if (addressId == null || addressId.isBlank()) {
            errors.add(new FieldError("address_id", "required: the grid code of the micro-grid or unit (lat/long and address_string are not used)"));
        } else {
            unit = GridCode.parse(addressId.strip()).orElse(null);
            if (unit == null) {
                errors.add(new FieldError("address_id", "not a grid code: 12-digit division code, then 3 digits per level below the village"));
            }
        }
        if (description != null && description.length() > DESCRIPTION_MAX) {
            errors.add(new FieldError("description", "at most " + DESCRIPTION_MAX + " characters"));
        }
        errors.addAll(contact.problems());
        if (!errors.isEmpty()) {
            String detail = errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
            throw new ProblemException(Problem.of(ProblemType.INVALID_INPUT, detail, errors));
        }
        return new ReportTask(type.code(), unit, title(type), description == null ? null : description.strip(), null,
                attributes, contact.maskedNote(), null);
    }

    /** The domain names attributes {@code attributes.<code>}; a form client sent {@code attribute[<code>]}. */
    RuntimeException asSent(TaskRuleViolation violation) {
        String field = violation.field();
        if (!form || field == null || !field.startsWith("attributes.")) {
            return violation;
        }
        return new TaskRuleViolation(violation.rule(), "attribute[" + field.substring("attributes.".length()) + "]",
                violation.getMessage());
    }

    /** The first line of the description, shortened; the type's name when there is none. Never the contact. */
    private String title(TaskType type) {
        String line = description == null ? "" : description.lines().map(String::strip).filter(l -> !l.isEmpty())
                .findFirst().orElse("").replaceAll("\\s+", " ");
        if (line.isEmpty()) {
            return type.nameZh();
        }
        if (line.codePointCount(0, line.length()) <= TITLE_MAX) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, TITLE_MAX)) + "…";
    }

    private static String text(String code, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof List<?> list && list.stream().allMatch(v -> v instanceof String || v instanceof Number)) {
            return list.stream().map(Object::toString).map(String::strip).collect(Collectors.joining(","));
        }
        throw ProblemException.badField("attributes." + code, "a text, a number or a list of texts");
    }

    private static String first(MultivaluedMap<String, String> form, String key) {
        return form == null ? null : form.getFirst(key);
    }

    @Override
    public String toString() {
        return "ServiceRequestSubmission[service_code=" + serviceCode + ", address_id=" + addressId + ", contact=" + contact + "]";
    }
}
