package cn.wanggezhili.mediation.integration;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.List;
import cn.wanggezhili.consumer.ReceivedEvent;
import cn.wanggezhili.consumer.Subscription;
import cn.wanggezhili.griddirectory.GridDirectory;

/**
 * The grid as mediation needs it, from grid-registry.events: which units exist, and who holds which post (grid staff
 * who can be assigned as mediators). Households: HouseholdDirectoryConsumer; residents are not read: parties give their data at the desk.
 */
@ApplicationScoped
public class GridRegistryEventsConsumer implements Subscription {

    @Override
    public String consumerName() {
        return "mediation.grid-registry";
    }

    @Override
    public List<String> topics() {
        return GridDirectory.TOPICS;
    }

    @Override
    public void handle(Connection c, ReceivedEvent event) {
        GridDirectory.apply(c, event);
    }
}
