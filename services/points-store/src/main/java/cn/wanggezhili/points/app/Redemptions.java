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
import cn.wanggezhili.eventstore.StoredEvent;
import cn.wanggezhili.points.domain.Redemption;
import cn.wanggezhili.points.domain.RedemptionEvent;
import cn.wanggezhili.points.domain.RedemptionId;
import cn.wanggezhili.web.ProblemException;

/** Loads redemptions from their events (locked for the transaction) and appends with the read model. */
@ApplicationScoped
public class Redemptions {

    @Inject
    RedemptionReadModel readModel;

    @Inject
    Supplier<UUID> ids;

    private AggregateStreams<RedemptionEvent> streams;

    @Inject
    void streams(EventStore eventStore) {
        streams = new AggregateStreams<>(eventStore, PointsEvents.REDEMPTIONS, PointsEvents.REDEMPTION, RedemptionEvent::code);
    }

    /** The redemption locked until the transaction ends, or 404. */
    public Redemption lockAndLoad(Connection c, RedemptionId id) {
        StreamLocks.lock(c, id.value());
        Redemption r = Redemption.replay(streams.load(c, id.value()));
        if (!r.exists()) {
            throw ProblemException.notFound("redemption " + id);
        }
        return r;
    }

    public void append(Connection c, Redemption redemption, RedemptionEvent event, Instant at) {
        List<StoredEvent> stored = streams.append(c, event.redemptionId().value(), redemption.version(), List.of(event), at, ids);
        readModel.apply(c, event, stored.get(0).version());
    }
}
