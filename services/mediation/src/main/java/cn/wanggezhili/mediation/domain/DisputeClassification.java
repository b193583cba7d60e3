package cn.wanggezhili.mediation.domain;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which tasks are disputes, and of which kind. Task dispatch marks a dispute as an incident of kind 矛盾纠纷 or a
 * resident's report on the topic 矛盾纠纷 (docs/event-contracts.md); the kind comes from an explicit
 * {@code dispute-type} attribute, else from words in the title and description, else OTHER.
 */
public final class DisputeClassification {

    public static final String DISPUTE = "矛盾纠纷";

    private static final Map<DisputeType, List<String>> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put(DisputeType.LAND_DEMOLITION, List.of("拆迁", "征地", "征收", "补偿款"));
        WORDS.put(DisputeType.PROPERTY_MANAGEMENT, List.of("物业", "停车位", "电梯"));
        WORDS.put(DisputeType.LABOUR, List.of("工资", "欠薪", "劳动", "工伤"));
        WORDS.put(DisputeType.FAMILY, List.of("婚姻", "家庭", "赡养", "抚养", "继承", "离婚"));
        WORDS.put(DisputeType.NEIGHBOUR, List.of("邻里", "邻居", "噪音", "漏水", "宅基地", "占道"));
    }

    private DisputeClassification() {
    }

    public static boolean isDispute(String typeCode, Map<String, String> attributes) {
        Map<String, String> a = attributes == null ? Map.of() : attributes;
        return ("incident".equals(typeCode) && DISPUTE.equals(a.get("incident-kind")))
                || ("resident-report".equals(typeCode) && DISPUTE.equals(a.get("topic")));
    }

    public static DisputeType typeOf(Map<String, String> attributes, String title, String description) {
        String given = attributes == null ? null : attributes.get("dispute-type");
        Optional<DisputeType> explicit = Arrays.stream(DisputeType.values())
                .filter(t -> t.name().equalsIgnoreCase(String.valueOf(given)) || t.nameZh().equals(given)).findFirst();
        if (explicit.isPresent()) {
            return explicit.get();
        }
        String text = (title == null ? "" : title) + " " + (description == null ? "" : description);
        return WORDS.entrySet().stream().filter(e -> e.getValue().stream().anyMatch(text::contains))
                .map(Map.Entry::getKey).findFirst().orElse(DisputeType.OTHER);
    }
}
