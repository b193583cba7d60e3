package cn.wanggezhili.mediation.integration;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.List;
import cn.wanggezhili.consumer.ReceivedEvent;
import cn.wanggezhili.consumer.Subscription;
import cn.wanggezhili.eventstore.JsonPayload;
import cn.wanggezhili.sql.Sql;

/**
 * Which unit each household is on, from grid-registry.events (no personal data: ids and units only), so that a
 * party's household can be checked against the caller's scope. A consumer of its own, so that it reads the topic
 * from the beginning where the grid's consumer has long gone past the households.
 */
@ApplicationScoped
public class HouseholdDirectoryConsumer implements Subscription {

    @Override
    public String consumerName() {
        return "mediation.households";
    }

    @Override
    public List<String> topics() {
        return List.of("grid-registry.events");
    }

    @Override
    public void handle(Connection c, ReceivedEvent event) {
        switch (event.eventType()) {
            case "grid-registry.HouseholdRegistered.v1", "grid-registry.HouseholdMoved.v1" -> {
                JsonPayload p = JsonPayload.of(event.payload());
                Sql.update(c, """
                        insert into household_directory (household_id, unit_id) values (?, ?)
                        on conflict (household_id) do update set unit_id = excluded.unit_id
                        """, p.uuid("householdId"), p.uuid("unitId"));
            }
            default -> {
                // units and staff: GridRegistryEventsConsumer; residents: not read here
            }
        }
    }
}
