package cn.wanggezhili.dispatch.integration;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.List;
import cn.wanggezhili.dispatch.app.UnitRecodingWork;
import cn.wanggezhili.eventstore.JsonPayload;
import cn.wanggezhili.consumer.ReceivedEvent;
import cn.wanggezhili.consumer.Subscription;
import cn.wanggezhili.griddirectory.GridDirectory;

/**
 * The grid as task dispatch needs it, from grid-registry.events: units (code, parent, level) and who holds which
 * post, so that routing never calls the registry; and the units that moved, whose open tasks and plans follow them.
 * The platform applies each event once per stream version.
 */
@ApplicationScoped
public class GridRegistryEventsConsumer implements Subscription {

    @Override
    public String consumerName() {
        return "task-dispatch.grid-registry";
    }

    @Override
    public List<String> topics() {
        return GridDirectory.TOPICS;
    }

    @Override
    public void handle(Connection c, ReceivedEvent event) {
        GridDirectory.apply(c, event);
        if (event.eventType().equals("grid-registry.GridUnitMoved.v1")) {
            JsonPayload p = JsonPayload.of(event.payload());
            // open tasks and plans follow in transactions of their own (the inbox, UnitRecodingWork): appending to a
            // task here, after this transaction's first write, could put its events on the topic out of order (ADR 0001)
            UnitRecodingWork.noteMove(c, p.uuid("unitId"), p.text("oldCode"), p.text("code"));
        }
    }
}
