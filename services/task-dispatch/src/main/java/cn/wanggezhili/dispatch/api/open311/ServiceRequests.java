package cn.wanggezhili.dispatch.api.open311;

import jakarta.inject.Inject;
import cn.wanggezhili.dispatch.app.TaskTypes;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import cn.wanggezhili.dispatch.api.open311.Open311Dtos.ServiceRequest;
import cn.wanggezhili.dispatch.api.open311.Open311Dtos.ServiceRequestCreated;
import cn.wanggezhili.dispatch.app.Open311Queries.RequestView;
import cn.wanggezhili.dispatch.domain.TaskStatus;
import cn.wanggezhili.dispatch.domain.TaskType;

/** Maps tasks to Open311 service requests: open or closed, Chinese status notes, who answers for them. */
@ApplicationScoped
public class ServiceRequests {

    @Inject
    TaskTypes taskTypes;

    /** W3C date-time as GeoReport v2 asks, in China's time (the suite's default zone). */
    static final DateTimeFormatter W3C = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX").withZone(ZoneId.of("Asia/Shanghai"));

    public ServiceRequest request(RequestView v) {
        TaskStatus status = TaskStatus.valueOf(v.status());
        return new ServiceRequest(v.id().toString(), status.isFinal() ? "closed" : "open", notes(v, status),
                taskTypes.byCode(v.typeCode()).map(TaskType::nameZh).orElse(v.typeCode()), v.typeCode(), v.title(),
                responsible(v), time(v.createdAt()), time(v.updatedAt() == null ? v.createdAt() : v.updatedAt()),
                time(v.dueAt()), v.originCode());
    }

    public ServiceRequestCreated created(RequestView v) {
        String notice = v.ownerName() == null
                ? "已受理，正在安排网格人员处理 / received, awaiting assignment"
                : "已受理，已派发至 " + v.ownerName() + " 处理 / received and routed to grid staff";
        if (v.duplicateOf() != null) {
            notice += "；疑似重复反映，可能与已有诉求合并办理";
        }
        return new ServiceRequestCreated(v.id().toString(), notice + "；办理时限 " + time(v.dueAt()));
    }

    private static String notes(RequestView v, TaskStatus status) {
        List<String> notes = new ArrayList<>();
        notes.add(status.nameZh());
        if (v.escalations() > 0) {
            notes.add("已上报至上级网格（" + (v.unitName() == null ? v.code() : v.unitName()) + "）");
        }
        if (v.duplicateOf() != null) {
            notes.add(status == TaskStatus.CANCELLED ? "已并入另一诉求办理" : "疑似重复反映");
        }
        return String.join("；", notes);
    }

    /** The owner answers for the task (首问责任制); until someone owns it, the unit it sits on. */
    private static String responsible(RequestView v) {
        if (v.ownerName() != null) {
            return v.ownerName();
        }
        return v.unitName() == null ? v.code() : v.unitName();
    }

    static String time(Instant instant) {
        return instant == null ? null : W3C.format(instant);
    }
}
