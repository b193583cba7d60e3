package cn.wanggezhili.dispatch.integration;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.List;
import cn.wanggezhili.eventstore.JsonPayload;
import cn.wanggezhili.consumer.ReceivedEvent;
import cn.wanggezhili.sql.Sql;
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
            // open tasks and plans follow in their own transactions (UnitRecodings): appending to a task here,
            // after this transaction's first write, could put its events on the topic out of order (ADR 0001)
            Sql.update(c, """
                    insert into unit_recoding (old_code, new_code, unit_id, recoded_at) values (?, ?, ?, ?)
                    on conflict (old_code) do nothing
                    """, p.text("oldCode"), p.text("code"), p.uuid("unitId"), event.occurredAt());
        }
    }
}
