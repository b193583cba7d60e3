package cn.wanggezhili.dispatch.domain;

import static cn.wanggezhili.dispatch.domain.TaskRuleViolation.Rule.MISSING_ATTRIBUTE;
import static cn.wanggezhili.dispatch.domain.TaskRuleViolation.Rule.TASK_TYPE_EXISTS;
import static cn.wanggezhili.dispatch.domain.TaskRuleViolation.Rule.UNKNOWN_ATTRIBUTE;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A kind of field work (docs/domain.md §2): how long it may take at normal priority, how urgent it is by default and
 * which attributes a task of this type carries (Open311 service definitions).
 */
public record TaskType(String code, String nameZh, String nameEn, Duration defaultDeadline, Priority defaultPriority,
                       List<TaskAttribute> attributes) {

    public static final List<TaskType> CATALOGUE = List.of(
            new TaskType("patrol", "巡查", "Patrol", Duration.ofDays(1), Priority.NORMAL, List.of()),
            new TaskType("household-visit", "入户走访", "Household visit", Duration.ofDays(7), Priority.NORMAL, List.of()),
            new TaskType("survey", "摸排", "Survey", Duration.ofDays(3), Priority.NORMAL, List.of(
                    new TaskAttribute("subjects", "multivaluelist", false, "摸排对象",
                            List.of("返乡人员", "企业", "出租房屋", "重点人群", "其他")))),
            new TaskType("information-collection", "信息采集", "Information collection", Duration.ofDays(3), Priority.NORMAL,
                    List.of(new TaskAttribute("household-count", "number", false, "采集户数", null))),
            new TaskType("incident", "事件", "Incident", Duration.ofDays(1), Priority.HIGH, List.of(
                    new TaskAttribute("incident-kind", "singlevaluelist", true, "事件类别",
                            List.of("秸秆焚烧", "安全隐患", "环境卫生", "矛盾纠纷", "其他")),
                    new TaskAttribute("occurred-at", "datetime", false, "发生时间", null),
                    new TaskAttribute("location", "string", false, "发生地点", null))),
            new TaskType("resident-report", "村民说事", "Villagers speak out", Duration.ofDays(3), Priority.NORMAL, List.of(
                    new TaskAttribute("topic", "singlevaluelist", true, "所说事项",
                            List.of("供水", "燃气", "电力", "道路", "环境卫生", "矛盾纠纷", "其他")),
                    new TaskAttribute("consultation-point", "string", false, "议事点", null))));

    public TaskType {
        if (code == null || !code.matches("[a-z][a-z0-9-]{1,39}")) {
            throw new IllegalArgumentException("type code must be 2 to 40 lower-case letters, digits and hyphens: " + code);
        }
        if (nameZh == null || nameZh.isBlank() || nameEn == null || nameEn.isBlank()) {
            throw new IllegalArgumentException("type " + code + " needs a Chinese and an English name");
        }
        if (defaultDeadline == null || defaultDeadline.isNegative() || defaultDeadline.isZero()) {
            throw new IllegalArgumentException("type " + code + " needs a positive default deadline");
        }
        if (defaultPriority == null) {
            throw new IllegalArgumentException("type " + code + " needs a default priority");
        }
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
        if (attributes.stream().map(TaskAttribute::code).distinct().count() != attributes.size()) {
            throw new IllegalArgumentException("type " + code + " lists an attribute twice");
        }
    }

    public static Optional<TaskType> byCode(String code) {
        return CATALOGUE.stream().filter(t -> t.code.equals(code)).findFirst();
    }

    /**
     * This type as the county adds it to {@code catalogue}: under a code never used before, built in or added, since a
     * code keeps its meaning for every task that already bears it.
     */
    public TaskType addTo(TaskTypeCatalogue catalogue) {
        if (catalogue.has(code)) {
            throw new TaskRuleViolation(TASK_TYPE_EXISTS, "code", "task type " + code + " exists");
        }
        return this;
    }

    public Optional<TaskAttribute> attribute(String attributeCode) {
        return attributes.stream().filter(a -> a.code().equals(attributeCode)).findFirst();
    }

    /**
     * The attributes a new task records: unknown ones refused, values checked against their datatype, required
     * ones present. A blank value counts as not given (forms send empty optional fields).
     */
    Map<String, String> checkAttributes(Map<String, String> given) {
        Map<String, String> recorded = new TreeMap<>();
        new TreeMap<>(given == null ? Map.of() : given).forEach((key, value) -> {
            TaskAttribute attribute = attribute(key).orElseThrow(() -> new TaskRuleViolation(UNKNOWN_ATTRIBUTE,
                    "attributes." + key, "a " + code + " task has no attribute " + key));
            if (value != null && !value.isBlank()) {
                recorded.put(key, attribute.checked(value.strip()));
            }
        });
        for (TaskAttribute attribute : attributes) {
            if (attribute.required() && !recorded.containsKey(attribute.code())) {
                throw new TaskRuleViolation(MISSING_ATTRIBUTE, "attributes." + attribute.code(),
                        "a " + code + " task needs attribute " + attribute.code() + " (" + attribute.descriptionZh() + ")");
            }
        }
        return Map.copyOf(recorded);
    }
}
