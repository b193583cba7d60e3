package cn.wanggezhili.points.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.List;
import java.util.TreeMap;
import cn.wanggezhili.eventstore.EventCodec;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.points.app.ItemReadModel;
import cn.wanggezhili.points.domain.CatalogueItem;
import cn.wanggezhili.points.domain.ItemEvent;
import cn.wanggezhili.points.domain.ItemEvent.CatalogueItemListed;
import cn.wanggezhili.points.domain.ItemEvent.CatalogueItemRestocked;
import cn.wanggezhili.points.domain.ItemEvent.CatalogueItemWithdrawn;
import cn.wanggezhili.points.domain.ItemEvent.StockReleased;
import cn.wanggezhili.points.domain.ItemEvent.StockReserved;

/** Keeps item_view: the listing once, then stock and withdrawal from the item's state, guarded by its version. */
@ApplicationScoped
public class ItemProjector implements ItemReadModel {

    @Override
    public void apply(Connection c, CatalogueItem after, List<? extends ItemEvent> events) {
        for (ItemEvent event : events) {
            switch (event) {
                case CatalogueItemListed e -> Sql.update(c, """
                        insert into item_view (id, store_code, kind, name_zh, description, points_price, stock, max_tier,
                                               tier_discounts, listed_at, version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0) on conflict (id) do nothing
                        """, e.itemId().value(), e.code(), e.kind(), e.nameZh(), e.description(), e.pointsPrice(), e.stock(),
                        e.maxTier(), json(e), e.at());
                // stock and withdrawal are written from the item's state after the loop
                case CatalogueItemRestocked e -> { }
                case CatalogueItemWithdrawn e -> { }
                case StockReserved e -> { }
                case StockReleased e -> { }
            }
        }
        Sql.update(c, "update item_view set stock = ?, withdrawn = ?, version = ? where id = ? and version < ?",
                after.stock(), after.withdrawn(), after.version(), after.id().value(), after.version());
    }

    private static String json(CatalogueItemListed e) {
        try {
            return EventCodec.json().writeValueAsString(new TreeMap<>(e.tierDiscounts()));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
