package cn.wanggezhili.points.app;

import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;
import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.points.app.Commands.WithdrawItem;
import cn.wanggezhili.points.domain.CatalogueItem;
import cn.wanggezhili.points.domain.ItemEvent;
import cn.wanggezhili.security.Caller;

/** A store's staff take an item out of the catalogue; open reservations of it may still be fulfilled. */
@ApplicationScoped
public class WithdrawItemHandler {

    @Inject
    LockedAggregates locked;

    @Inject
    AggregateRepository<CatalogueItem, ItemEvent> items;

    @Inject
    Clock clock;

    @Transactional
    public void handle(WithdrawItem cmd, Caller caller) {
        requireAnyRole(caller, StaffRoles.CATALOGUE_KEEPERS);
        CatalogueItem item = locked.item(cmd.itemId());
        requireCovers(caller, item.storeCode());
        Instant now = clock.instant();
        items.append(item, List.of(item.withdraw(caller.username(), now)), now);
    }
}
