package cn.wanggezhili.mediation.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import cn.wanggezhili.eventstore.AggregateStreams;
import cn.wanggezhili.eventstore.EventStore;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.eventstore.StoredEvent;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.mediation.domain.CaseEvent;
import cn.wanggezhili.mediation.domain.CaseId;
import cn.wanggezhili.mediation.domain.MediationCase;
import cn.wanggezhili.web.ProblemException;

/** Loads cases from their events and appends new ones with the read model, in the caller's transaction. */
@ApplicationScoped
public class Cases {

    @Inject
    Database database;

    @Inject
    CaseReadModel readModel;

    @Inject
    Clock clock;

    @Inject
    Supplier<UUID> ids;

    @Inject
    EventStore eventStore;

    private AggregateStreams<CaseEvent> streams;

    @Inject
    void streams(EventStore store) {
        streams = new AggregateStreams<>(store, MediationEvents.CASES, MediationEvents.CASE, CaseEvent::code);
    }

    public Instant now() {
        return clock.instant();
    }

    public UUID newId() {
        return ids.get();
    }

    public <T> T onConnection(Sql.Work<T> work) {
        return database.run(work);
    }

    /** The case, or 404. */
    public MediationCase mediationCase(CaseId id) {
        MediationCase found = onConnection(c -> load(c, id));
        if (!found.exists()) {
            throw ProblemException.notFound("case " + id);
        }
        return found;
    }

    public MediationCase load(Connection c, CaseId id) {
        return MediationCase.replay(streams.load(c, id.value()));
    }

    /** The stream's events as stored: the case's one history, whatever levels it passed through. */
    public List<StoredEvent> history(CaseId id) {
        return onConnection(c -> eventStore.load(c, id.value()));
    }

    public void append(MediationCase current, List<? extends CaseEvent> events) {
        onConnection(c -> {
            append(c, current, events);
            return null;
        });
    }

    /** On the caller's connection, e.g. a consumer's, so that the append commits with its position. */
    public void append(Connection c, MediationCase current, List<? extends CaseEvent> events) {
        UUID stream = events.get(0).caseId().value();
        // the stored time is the business time of the step: ledgers entered afterwards keep their dates
        List<StoredEvent> stored = streams.append(c, stream, current.version(), events, events.get(0).at(), ids);
        for (int i = 0; i < events.size(); i++) {
            readModel.apply(c, events.get(i), stored.get(i).version());
        }
    }
}
