package cn.wanggezhili.points.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import cn.wanggezhili.eventstore.AggregateStreams;
import cn.wanggezhili.eventstore.EventStore;
import cn.wanggezhili.points.domain.CatalogueItem;
import cn.wanggezhili.points.domain.ItemEvent;
import cn.wanggezhili.points.domain.ItemId;
import cn.wanggezhili.web.ProblemException;

/** Loads catalogue items from their events (locked for the transaction) and appends with the read model. */
@ApplicationScoped
public class Items {

    @Inject
    ItemReadModel readModel;

    @Inject
    Supplier<UUID> ids;

    private AggregateStreams<ItemEvent> streams;

    @Inject
    void streams(EventStore eventStore) {
        streams = new AggregateStreams<>(eventStore, PointsEvents.ITEMS, PointsEvents.ITEM, ItemEvent::code);
    }

    /** The item locked until the transaction ends, or 404. */
    public CatalogueItem lockAndLoad(Connection c, ItemId id) {
        StreamLocks.lock(c, id.value());
        CatalogueItem item = CatalogueItem.replay(streams.load(c, id.value()));
        if (!item.exists()) {
            throw ProblemException.notFound("catalogue item " + id);
        }
        return item;
    }

    public CatalogueItem append(Connection c, CatalogueItem item, List<? extends ItemEvent> events, Instant at) {
        streams.append(c, events.get(0).itemId().value(), item.version(), events, at, ids);
        CatalogueItem after = item;
        for (ItemEvent e : events) {
            after = after.evolve(e);
        }
        readModel.apply(c, after, events);
        return after;
    }
}
