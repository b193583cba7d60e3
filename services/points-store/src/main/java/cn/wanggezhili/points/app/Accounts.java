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
import cn.wanggezhili.points.domain.Account;
import cn.wanggezhili.points.domain.AccountEvent;
import cn.wanggezhili.points.domain.AccountId;

/** Loads accounts from their ledgers (locked for the transaction) and appends with the read model. */
@ApplicationScoped
public class Accounts {

    @Inject
    AccountReadModel readModel;

    @Inject
    Supplier<UUID> ids;

    private AggregateStreams<AccountEvent> streams;

    @Inject
    void streams(EventStore eventStore) {
        streams = new AggregateStreams<>(eventStore, PointsEvents.ACCOUNTS, PointsEvents.ACCOUNT, AccountEvent::code);
    }

    /** The account, locked until the transaction ends; {@link Account#NONE} when never opened. */
    public Account lockAndLoad(Connection c, AccountId id) {
        StreamLocks.lock(c, id.value());
        return load(c, id);
    }

    public Account load(Connection c, AccountId id) {
        return Account.replay(streams.load(c, id.value()));
    }

    public Account append(Connection c, Account account, List<? extends AccountEvent> events, Instant at) {
        if (events.isEmpty()) {
            return account;
        }
        List<StoredEvent> stored = streams.append(c, events.get(0).accountId().value(), account.version(), events, at, ids);
        Account after = account.evolve(events);
        readModel.apply(c, after, events, stored);
        return after;
    }
}
