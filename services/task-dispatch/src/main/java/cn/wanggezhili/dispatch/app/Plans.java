package cn.wanggezhili.dispatch.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import cn.wanggezhili.dispatch.domain.Plan;
import cn.wanggezhili.dispatch.domain.PlanEvent;
import cn.wanggezhili.dispatch.domain.PlanId;
import cn.wanggezhili.eventstore.AggregateStreams;
import cn.wanggezhili.eventstore.EventStore;
import cn.wanggezhili.eventstore.StoredEvent;
import cn.wanggezhili.web.ProblemException;

/** Loads work plans from their events and appends new ones with plan_view, in the caller's transaction. */
@ApplicationScoped
public class Plans {

    @Inject
    Tasks tasks;

    @Inject
    PlanReadModel readModel;

    @Inject
    Supplier<UUID> ids;

    private AggregateStreams<PlanEvent> streams;

    @Inject
    void streams(EventStore eventStore) {
        streams = new AggregateStreams<>(eventStore, PlanEvents.PLANS, PlanEvents.PLAN, PlanEvent::code);
    }

    public PlanId newId() {
        return new PlanId(ids.get());
    }

    /** The plan, or 404. */
    public Plan plan(PlanId id) {
        Plan plan = tasks.onConnection(c -> Plan.replay(streams.load(c, id.value())));
        if (!plan.exists()) {
            throw ProblemException.notFound("plan " + id);
        }
        return plan;
    }

    /** Appends at the plan's version: of two writers that loaded the same version, one gets a ConcurrencyConflict. */
    public void append(Plan plan, List<? extends PlanEvent> events) {
        UUID stream = plan.exists() ? plan.id().value() : events.get(0).planId().value();
        Instant at = tasks.now();
        tasks.onConnection(c -> {
            List<StoredEvent> stored = streams.append(c, stream, plan.version(), events, at, ids);
            for (int i = 0; i < events.size(); i++) {
                readModel.apply(c, events.get(i), stored.get(i).version(), at);
            }
            return null;
        });
    }
}
