package cn.wanggezhili.points.app;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import cn.wanggezhili.eventstore.EventCodec;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.kernel.NotFound;
import cn.wanggezhili.points.domain.ItemId;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.GridScopeGuard;
import cn.wanggezhili.web.Page;

/**
 * Stores' catalogues. Staff see the stores in their scope; a resident or grid worker sees the stores that serve
 * them (a store whose area holds their own unit: the village's and the township's).
 */
@ApplicationScoped
public class CatalogueQueries {

    public record ItemView(UUID id, String storeCode, String kind, String nameZh, String description, int pointsPrice,
                           int stock, Integer maxTier, Map<Integer, Integer> tierDiscounts, boolean withdrawn, int version) {
    }

    @Inject
    Database database;

    public ItemView item(ItemId id, Caller caller) {
        ItemView item = database.run(c -> Sql.one(c, "select * from item_view where id = ?", CatalogueQueries::row, id.value()))
                .orElseThrow(() -> new NotFound("catalogue item", id));
        requireServes(caller, new GridCode(item.storeCode()));
        return item;
    }

    /** The items of the store on {@code store}, by name; withdrawn ones only when asked. */
    public Page<ItemView> list(GridCode store, boolean withWithdrawn, int limit, UUID after, Caller caller) {
        requireServes(caller, store);
        List<ItemView> rows = database.run(c -> Sql.list(c, """
                select * from item_view where store_code = ? and (? or not withdrawn) and (?::uuid is null or id > ?)
                 order by id limit ?
                """, CatalogueQueries::row, store.value(), withWithdrawn, after, after, limit + 1));
        return Page.of(rows, limit, i -> i.id().toString());
    }

    /** Staff keep the stores in their scope; a store serves those whose unit lies in its area. */
    static void requireServes(Caller caller, GridCode store) {
        boolean served = caller.scope().stream().anyMatch(store::contains);
        if (!served) {
            GridScopeGuard.requireCovers(caller, store, "the store");
        }
    }

    private static ItemView row(ResultSet rs) throws SQLException {
        int maxTier = rs.getInt("max_tier");
        Integer maxTierOrNull = rs.wasNull() ? null : maxTier;
        return new ItemView(rs.getObject("id", UUID.class), rs.getString("store_code"), rs.getString("kind"),
                rs.getString("name_zh"), rs.getString("description"), rs.getInt("points_price"), rs.getInt("stock"),
                maxTierOrNull, discounts(rs.getString("tier_discounts")), rs.getBoolean("withdrawn"), rs.getInt("version"));
    }

    private static Map<Integer, Integer> discounts(String json) {
        try {
            return EventCodec.json().readValue(json, new TypeReference<java.util.TreeMap<Integer, Integer>>() { });
        } catch (IOException e) {
            throw new IllegalStateException("unreadable tier discounts", e);
        }
    }
}
