package cn.wanggezhili.points.app;

import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;
import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.points.app.Commands.ListItem;
import cn.wanggezhili.points.domain.CatalogueItem;
import cn.wanggezhili.points.domain.ItemEvent;
import cn.wanggezhili.points.domain.ItemEvent.CatalogueItemListed;
import cn.wanggezhili.points.domain.ItemId;
import cn.wanggezhili.security.Caller;

/** A store's staff put an item into its catalogue; returns the new item's id. */
@ApplicationScoped
public class ListItemHandler {

    @Inject
    AggregateRepository<CatalogueItem, ItemEvent> items;

    @Inject
    Clock clock;

    @Inject
    Supplier<UUID> ids;

    @Transactional
    public ItemId handle(ListItem cmd, Caller caller) {
        requireAnyRole(caller, StaffRoles.CATALOGUE_KEEPERS);
        requireCovers(caller, cmd.storeCode());
        ItemId id = new ItemId(ids.get());
        Instant now = clock.instant();
        CatalogueItemListed listed = CatalogueItem.list(id, cmd.storeCode(), cmd.kind(), cmd.nameZh(), cmd.description(),
                cmd.pointsPrice(), cmd.stock(), cmd.maxTier(), cmd.tierDiscounts(), caller.username(), now);
        items.append(CatalogueItem.NONE, List.of(listed), now);
        return id;
    }
}
