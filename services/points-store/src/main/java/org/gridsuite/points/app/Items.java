package org.gridsuite.points.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.gridsuite.eventstore.AggregateStreams;
import org.gridsuite.eventstore.EventStore;
import org.gridsuite.points.domain.CatalogueItem;
import org.gridsuite.points.domain.ItemEvent;
import org.gridsuite.points.domain.ItemId;
import org.gridsuite.web.ProblemException;

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
