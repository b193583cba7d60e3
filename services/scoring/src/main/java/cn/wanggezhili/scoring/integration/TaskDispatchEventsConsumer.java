package cn.wanggezhili.scoring.integration;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Task dispatch's events score indicators whose trigger names them (a task closed on time, …). */
@ApplicationScoped
public class TaskDispatchEventsConsumer extends TriggerSubscription {

    @Override
    public String consumerName() {
        return "scoring.task-dispatch";
    }

    @Override
    public List<String> topics() {
        return List.of("task-dispatch.events");
    }
}
