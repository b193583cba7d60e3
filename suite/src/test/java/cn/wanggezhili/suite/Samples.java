package cn.wanggezhili.suite;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Example events for the AsyncAPI document, built by reflection from the event records with values from the demo
 * county, Houma (侯马市 141081000000): 路西街道 141081001000, 秦村北社区 141081001001, its first grid 141081001001001
 * and micro-grid 141081001001001001. This is the one place a component's name and type give its sample value:
 * {@link #VALUES} by name (or {@code <record>.<name>}, {@code <enclosing type>.<name>} where the meaning differs),
 * else by type: a fixed UUID per name, 2026-11-03T09:30:00Z, an enum's first constant, one element per list.
 */
final class Samples {

    static final Instant AT = Instant.parse("2026-11-03T09:30:00Z");

    static final String COUNTY = "141081000000";
    static final String STREET = "141081001000";
    static final String COMMUNITY = "141081001001";
    static final String GRID = "141081001001001";
    static final String MICRO_GRID = "141081001001001001";

    private static final Map<String, Object> VALUES = new HashMap<>();

    /** Records whose ids are the same wherever they appear (the actor of every step, a case's parties, credit lots). */
    private static final Set<String> SAME_IN_EVERY_EVENT = Set.of("by", "party", "parties", "portions");

    /** What the elements of a list are called where it matters: the ids they hold are those of that name. */
    private static final Map<String, String> ELEMENTS = Map.of("signedBy", "partyId", "householdIds", "householdId",
            "successorCodes", "successorCode");

    static {
        // grid codes
        VALUES.put("code", GRID);
        VALUES.put("HouseholdEvent.code", MICRO_GRID);
        VALUES.put("AccountEvent.code", MICRO_GRID);
        VALUES.put("RedemptionEvent.code", COMMUNITY);
        VALUES.put("ItemEvent.code", COMMUNITY);
        VALUES.put("SchemePublished.code", COUNTY);
        VALUES.put("Scheme.unitCode", COUNTY);
        VALUES.put("QuarterSettled.code", STREET);
        VALUES.put("NoticePublished.code", STREET);
        VALUES.put("accountCode", MICRO_GRID);
        VALUES.put("parentCode", COMMUNITY);
        VALUES.put("newParentCode", COMMUNITY);
        VALUES.put("fromCode", MICRO_GRID);
        VALUES.put("oldCode", "141081001002001");
        VALUES.put("newCode", GRID);
        VALUES.put("successorCode", "141081001001002");
        VALUES.put("closedAtLevelCode", GRID);
        VALUES.put("rankedWithin", STREET);
        // names and text
        VALUES.put("GridUnitCreated.name", "秦村北社区第一网格");
        VALUES.put("oldName", "秦村北社区一网格");
        VALUES.put("newName", "秦村北社区第一网格");
        VALUES.put("levelName", "二级网格");
        VALUES.put("level", 4);
        VALUES.put("name", "王*");
        VALUES.put("staffName", "王*");
        VALUES.put("MediatorEnrolled.name", "李*");
        VALUES.put("SubjectRegistered.name", "秦村北社区党支部");
        VALUES.put("subjectName", "张*");
        VALUES.put("maskedName", "张*");
        VALUES.put("maskedIdNumber", "1410**********1234");
        VALUES.put("maskedPhone", "139****2345");
        VALUES.put("username", "wangfang");
        VALUES.put("subjectUsername", "wangfang");
        VALUES.put("by", "wangfang");
        VALUES.put("number", "3号楼2单元301");
        VALUES.put("relation", "户主");
        VALUES.put("reason", "已与当事人核实");
        VALUES.put("title", "秦村北社区3号楼漏水邻里纠纷");
        VALUES.put("TaskCreated.title", "秦村北社区3号楼楼道堆放杂物");
        VALUES.put("titleZh", "秦村北社区每日巡查");
        VALUES.put("VolunteerActivityRecorded.titleZh", "秦村北社区敬老院义务打扫");
        VALUES.put("description", "3号楼2单元住户反映楼上漏水");
        VALUES.put("TaskCreated.description", "3号楼楼道堆放杂物，影响消防通道");
        VALUES.put("CatalogueItemListed.description", "洗衣液 2kg 一桶");
        VALUES.put("nameZh", "洗衣液 2kg");
        VALUES.put("itemNameZh", "洗衣液 2kg");
        VALUES.put("Scheme.nameZh", "十星级文明户（健康银行）评星标准");
        VALUES.put("Category.nameZh", "爱党爱国");
        VALUES.put("Indicator.nameZh", "参加主题党日活动");
        VALUES.put("reporterNote", "楼道内有纸箱和旧家具");
        VALUES.put("result", "已清理楼道杂物");
        VALUES.put("notes", "现场照片已上传");
        VALUES.put("note", "经核实无误");
        VALUES.put("minutes", "双方同意分摊维修费用");
        VALUES.put("terms", "楼上住户承担维修费用的六成");
        VALUES.put("place", "秦村北社区调解室");
        VALUES.put("studio", "爱家调解工作室");
        VALUES.put("background", "退休法官");
        VALUES.put("referringBody", "侯马市路西派出所");
        VALUES.put("receivingBody", "侯马市人民法院");
        VALUES.put("evidence", "photo-20261103-001.jpg");
        // codes of types, schemes, periods
        VALUES.put("typeCode", "incident");
        VALUES.put("PlanCreated.typeCode", "patrol");
        VALUES.put("schemeCode", "ten-star-household");
        VALUES.put("Scheme.code", "ten-star-household");
        VALUES.put("categoryCode", "patriotism");
        VALUES.put("Category.code", "patriotism");
        VALUES.put("indicatorCode", "patriotism-1");
        VALUES.put("Indicator.code", "patriotism-1");
        VALUES.put("star", "patriotism");
        VALUES.put("starName", "爱党爱国星");
        VALUES.put("starNameZh", "爱党爱国星");
        VALUES.put("month", "2026-11");
        VALUES.put("period", "2026-11");
        VALUES.put("quarter", "2026-Q4");
        VALUES.put("periodKey", "2026-11-03");
        VALUES.put("outcome", "AGREEMENT");
        VALUES.put("kind", "EVENT");
        VALUES.put("eventType", "task-dispatch.TaskClosed.v1");
        VALUES.put("subject", "completedBy.staffId");
        VALUES.put("attributes", Map.of("incident-kind", "环境卫生"));
        VALUES.put("when", Map.of("completedOnTime", "true"));
        VALUES.put("tierDiscounts", Map.of(1, 10));
        // numbers
        VALUES.put("points", 10);
        VALUES.put("balance", 120);
        VALUES.put("pointsPrice", 50);
        VALUES.put("stock", 49);
        VALUES.put("quantity", 1);
        VALUES.put("items", 1);
        VALUES.put("tier", 1);
        VALUES.put("maxTier", 2);
        VALUES.put("score", 12);
        VALUES.put("threshold", 10);
        VALUES.put("starThreshold", 10);
        VALUES.put("subjects", 36);
        VALUES.put("totalPoints", 420);
        VALUES.put("subjectsCredited", 34);
        VALUES.put("pointsCredited", 420);
        VALUES.put("subjectsWithoutPoints", 2);
        VALUES.put("subjectsSettledBefore", 0);
        VALUES.put("tasksCreated", 18);
        VALUES.put("oldPoints", 10);
        VALUES.put("newPoints", 5);
        VALUES.put("amendedPoints", 5);
        VALUES.put("year", 2026);
        VALUES.put("rankedAmong", 36);
        VALUES.put("yearlyScore", 96);
        VALUES.put("baseScore", 60);
        VALUES.put("capPerPeriod", 20);
        VALUES.put("hours", 2.5);
        VALUES.put("courtConfirmation", false);
        // times
        Instant week = Instant.parse("2026-11-10T09:30:00Z");
        for (String due : List.of("dueAt", "newDueAt", "expiresAt", "closesAt", "scheduledFor")) {
            VALUES.put(due, week);
        }
        VALUES.put("since", Instant.parse("2026-10-08T01:00:00Z"));
        VALUES.put("registeredAt", Instant.parse("2026-10-27T02:00:00Z"));
        VALUES.put("startsOn", LocalDate.parse("2026-11-03"));
        VALUES.put("date", LocalDate.parse("2026-11-03"));
    }

    private Samples() {
    }

    /** A fixed UUID for a name, the same wherever the name appears (a task's id in all its events). */
    static UUID uuid(String name) {
        return UUID.nameUUIDFromBytes(("houma-demo:" + name).getBytes(StandardCharsets.UTF_8));
    }

    /** An instance of {@code record} with a sample value for every component. */
    static Object of(Class<?> record) {
        return of(record, "");
    }

    /**
     * {@code within}: the path of the component holding this record, so that the ids in two staff references of one
     * event ({@code completedBy}, {@code verifiedBy}) differ while {@code by} is the same person everywhere.
     */
    private static Object of(Class<?> record, String within) {
        RecordComponent[] components = record.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = value(record, within, components[i].getName(), components[i].getGenericType());
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> canonical = record.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the sample " + record.getSimpleName() + " is refused: teach Samples a valid value",
                    e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build a sample " + record.getName(), e);
        }
    }

    private static Object value(Class<?> owner, String within, String name, Type type) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (Map.class.isAssignableFrom(raw)) {
                Object known = known(owner, name, Map.class);
                return known != null ? known : Map.of(value(owner, within, name + "Key", args[0]), value(owner, within, name, args[1]));
            }
            if (Set.class.isAssignableFrom(raw)) {
                return Set.of(value(owner, within, ELEMENTS.getOrDefault(name, name), args[0]));
            }
            if (Collection.class.isAssignableFrom(raw)) {
                return List.of(value(owner, within, ELEMENTS.getOrDefault(name, name), args[0]));
            }
            return value(owner, within, name, raw);
        }
        Class<?> c = (Class<?>) type;
        Object known = known(owner, name, boxed(c));
        if (known != null) {
            return known;
        }
        if (c == UUID.class) {
            return uuid(within + name);
        }
        if (c == String.class) {
            // ids kept as text (a subject, an objection, a household's stars) are the same UUIDs as elsewhere
            return name.endsWith("Id") ? uuid(within + name).toString() : "示例";
        }
        if (c == Instant.class) {
            return AT;
        }
        if (c == LocalDate.class) {
            return LocalDate.parse("2026-11-03");
        }
        if (c == int.class || c == Integer.class) {
            return 1;
        }
        if (c == long.class || c == Long.class) {
            return 1L;
        }
        if (c == double.class || c == Double.class) {
            return 1.0;
        }
        if (c == boolean.class || c == Boolean.class) {
            return true;
        }
        if (c.isEnum()) {
            return c.getEnumConstants()[0];
        }
        if (c.isRecord()) {
            RecordComponent[] components = c.getRecordComponents();
            if (components.length == 1 && components[0].getName().equals("value")) {
                // a typed id: its value is named after the component that holds it (taskId, parentId, into...)
                Object inner = value(owner, within, name, components[0].getGenericType());
                try {
                    Constructor<?> constructor = c.getDeclaredConstructor(components[0].getType());
                    constructor.setAccessible(true);
                    return constructor.newInstance(inner);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot build a sample " + c.getName(), e);
                }
            }
            return of(c, SAME_IN_EVERY_EVENT.contains(name) ? "" : within + name + ".");
        }
        throw new IllegalArgumentException("no sample for " + c.getName() + " (" + owner.getSimpleName() + "." + name
                + "): teach Samples");
    }

    /** The sample named for {@code <record>.<name>}, {@code <enclosing type>.<name>} or {@code <name>}, if of {@code type}. */
    private static Object known(Class<?> owner, String name, Class<?> type) {
        List<String> keys = owner.getEnclosingClass() == null
                ? List.of(owner.getSimpleName() + "." + name, name)
                : List.of(owner.getSimpleName() + "." + name, owner.getEnclosingClass().getSimpleName() + "." + name, name);
        for (String key : keys) {
            Object v = VALUES.get(key);
            if (v != null && type.isInstance(v)) {
                return v;
            }
        }
        return null;
    }

    private static Class<?> boxed(Class<?> c) {
        if (!c.isPrimitive()) {
            return c;
        }
        return c == int.class ? Integer.class : c == long.class ? Long.class : c == double.class ? Double.class
                : c == boolean.class ? Boolean.class : c;
    }
}
