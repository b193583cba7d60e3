package cn.wanggezhili.points.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.points.domain.Account;
import cn.wanggezhili.points.domain.AccountEvent;
import cn.wanggezhili.points.domain.AccountId;
import cn.wanggezhili.points.domain.CatalogueItem;
import cn.wanggezhili.points.domain.ItemEvent;
import cn.wanggezhili.points.domain.ItemId;
import cn.wanggezhili.points.domain.Redemption;
import cn.wanggezhili.points.domain.RedemptionEvent;
import cn.wanggezhili.points.domain.RedemptionId;
import cn.wanggezhili.sql.Database;

/**
 * Loads the aggregate a command will append to: its stream's lock first ({@link StreamLocks}, held until the
 * transaction ends), then its events, fresh. So a command decides on what the previous writer of the stream left,
 * never on a version another is about to replace, and a burst of redemptions queues instead of failing. Callers keep
 * the one lock order: redemption, account, item.
 */
@ApplicationScoped
public class LockedAggregates {

    @Inject
    Database database;

    @Inject
    AggregateRepository<Account, AccountEvent> accounts;

    @Inject
    AggregateRepository<CatalogueItem, ItemEvent> items;

    @Inject
    AggregateRepository<Redemption, RedemptionEvent> redemptions;

    /** The account, or {@link Account#NONE} when never opened (a first credit opens it). */
    public Account account(AccountId id) {
        lock(id.value());
        return accounts.load(id.value());
    }

    /** The account, or 404. */
    public Account openAccount(AccountId id) {
        lock(id.value());
        return accounts.require(id.value(), "account");
    }

    /** The item, or 404. */
    public CatalogueItem item(ItemId id) {
        lock(id.value());
        return items.require(id.value(), "catalogue item");
    }

    /** The redemption, or 404. */
    public Redemption redemption(RedemptionId id) {
        lock(id.value());
        return redemptions.require(id.value(), "redemption");
    }

    private void lock(UUID stream) {
        database.run(c -> {
            StreamLocks.lock(c, stream);
            return null;
        });
    }
}
