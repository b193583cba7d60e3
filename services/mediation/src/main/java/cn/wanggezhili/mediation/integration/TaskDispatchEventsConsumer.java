package cn.wanggezhili.mediation.integration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import cn.wanggezhili.eventstore.JsonPayload;
import cn.wanggezhili.consumer.ReceivedEvent;
import cn.wanggezhili.consumer.Subscription;
import cn.wanggezhili.mediation.app.Commands.OpenCaseFromTask;
import cn.wanggezhili.mediation.app.OpenCaseFromTaskHandler;
import cn.wanggezhili.kernel.StaffRef;

/**
 * Tasks classified as disputes, from task-dispatch.events: each opens a case (source TASK). No other task event is
 * needed; they pass without a claim.
 */
@ApplicationScoped
public class TaskDispatchEventsConsumer implements Subscription {

    static final String TASK_CREATED = "task-dispatch.TaskCreated.v1";

    @Inject
    OpenCaseFromTaskHandler openCase;

    @Override
    public String consumerName() {
        return "mediation.task-dispatch";
    }

    @Override
    public List<String> topics() {
        return List.of("task-dispatch.events");
    }

    @Override
    public boolean wants(String eventType) {
        return TASK_CREATED.equals(eventType);
    }

    @Override
    public void handle(Connection c, ReceivedEvent event) {
        JsonPayload p = JsonPayload.of(event.payload());
        JsonPayload reporter = p.at("reporter");
        StaffRef by = reporter.uuid("staffId") == null ? null
                : new StaffRef(reporter.uuid("staffId"), reporter.text("username"), reporter.text("name"));
        openCase.handle(new OpenCaseFromTask(p.uuid("taskId"), p.text("code"), p.text("typeCode"), p.text("title"),
                p.text("description"), by, p.strings("attributes"), event.occurredAt()), c);
    }
}
