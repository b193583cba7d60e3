package cn.wanggezhili.dispatch.api.open311;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import cn.wanggezhili.dispatch.api.open311.Open311Dtos.AttributeValue;
import cn.wanggezhili.dispatch.api.open311.Open311Dtos.Service;
import cn.wanggezhili.dispatch.api.open311.Open311Dtos.ServiceAttribute;
import cn.wanggezhili.dispatch.api.open311.Open311Dtos.ServiceDefinition;
import cn.wanggezhili.dispatch.domain.TaskAttribute;
import cn.wanggezhili.dispatch.domain.TaskType;

/** Task types as Open311 services and their attributes as service definitions. */
@ApplicationScoped
public class Open311Catalogue {

    // Open311 groups services for a client's menu; types not listed here (counties' own, later) fall under 其他
    private static final Map<String, String> GROUPS = Map.of(
            "patrol", "网格日常工作", "household-visit", "网格日常工作", "survey", "网格日常工作",
            "information-collection", "网格日常工作", "incident", "事件与诉求", "resident-report", "事件与诉求");

    private static final Map<String, String> DATATYPE_HINTS = Map.of(
            "number", "数字 / a number, e.g. 12",
            "datetime", "带时区的 ISO 8601 时间 / W3C date-time with offset, e.g. 2026-11-27T08:00:00+08:00",
            "multivaluelist", "可多选：重复 attribute[code][]，或以逗号分隔 / several keys: repeat attribute[code][] or separate by commas",
            "singlevaluelist", "单选：提交一个 key / one key");

    /** 3 天, 12 小时, 30 分钟: the largest whole unit. */
    static String deadline(java.time.Duration d) {
        if (d.toDays() > 0 && d.equals(java.time.Duration.ofDays(d.toDays()))) {
            return d.toDays() + " 天";
        }
        if (d.toHours() > 0 && d.equals(java.time.Duration.ofHours(d.toHours()))) {
            return d.toHours() + " 小时";
        }
        return d.toMinutes() + " 分钟";
    }

    public Service service(TaskType type) {
        String description = "%s（%s）：默认办理时限 %s，默认优先级 %s".formatted(type.nameZh(), type.nameEn(),
                deadline(type.defaultDeadline()), type.defaultPriority().nameZh());
        return new Service(type.code(), type.nameZh(), description, !type.attributes().isEmpty(), "realtime",
                keywords(type), GROUPS.getOrDefault(type.code(), "其他"));
    }

    public ServiceDefinition definition(TaskType type) {
        List<ServiceAttribute> attributes = new ArrayList<>();
        for (TaskAttribute a : type.attributes()) {
            attributes.add(new ServiceAttribute(true, a.code(), a.datatype(), a.required(), DATATYPE_HINTS.get(a.datatype()),
                    attributes.size() + 1, a.descriptionZh(), a.values().stream().map(v -> new AttributeValue(v, v)).toList()));
        }
        return new ServiceDefinition(type.code(), attributes);
    }

    /** The English name and the choices of list attributes, so that a client's search finds 供水 under 村民说事. */
    private static String keywords(TaskType type) {
        Set<String> words = new LinkedHashSet<>();
        words.add(type.nameEn());
        type.attributes().stream().filter(TaskAttribute::isList).forEach(a -> words.addAll(a.values()));
        return String.join(",", words);
    }
}
