package cn.wanggezhili.points.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.points.domain.CatalogueItem;
import cn.wanggezhili.points.domain.ItemEvent;
import cn.wanggezhili.points.domain.ItemId;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.GridScopeGuard;
import cn.wanggezhili.security.Role;

/** A store's staff keep its catalogue: list items, restock them, withdraw them. */
@ApplicationScoped
public class CatalogueHandler {

    static final String[] KEEPERS = {Role.STORE_CLERK, Role.GRID_CHIEF, Role.TOWNSHIP_ADMIN, Role.COUNTY_ADMIN};

    @Inject
    Database database;

    @Inject
    Items items;

    @Inject
    Clock clock;

    @Inject
    Supplier<UUID> ids;

    @Transactional
    public ItemId list(ListItem cmd, Caller caller) {
        GridScopeGuard.requireAnyRole(caller, KEEPERS);
        GridScopeGuard.requireCovers(caller, cmd.storeCode());
        ItemId id = new ItemId(ids.get());
        Instant now = clock.instant();
        var listed = CatalogueItem.list(id, cmd.storeCode(), cmd.kind(), cmd.nameZh(), cmd.description(), cmd.pointsPrice(),
                cmd.stock(), cmd.maxTier(), cmd.tierDiscounts(), caller.username(), now);
        return database.run(c -> {
            items.append(c, CatalogueItem.NONE, List.of(listed), now);
            return id;
        });
    }

    @Transactional
    public void restock(ItemId id, int quantity, Caller caller) {
        act(id, caller, (item, now) -> item.restock(quantity, caller.username(), now));
    }

    @Transactional
    public void withdraw(ItemId id, Caller caller) {
        act(id, caller, (item, now) -> item.withdraw(caller.username(), now));
    }

    private void act(ItemId id, Caller caller, java.util.function.BiFunction<CatalogueItem, Instant, ItemEvent> decision) {
        GridScopeGuard.requireAnyRole(caller, KEEPERS);
        database.run(c -> {
            CatalogueItem item = items.lockAndLoad(c, id);
            GridScopeGuard.requireCovers(caller, item.storeCode());
            Instant now = clock.instant();
            items.append(c, item, List.of(decision.apply(item, now)), now);
            return null;
        });
    }
}
