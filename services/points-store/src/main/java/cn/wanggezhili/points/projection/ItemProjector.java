package cn.wanggezhili.points.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.TreeMap;
import cn.wanggezhili.eventstore.EventCodec;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.points.app.ItemReadModel;
import cn.wanggezhili.points.domain.ItemEvent;
import cn.wanggezhili.points.domain.ItemEvent.CatalogueItemListed;
import cn.wanggezhili.points.domain.ItemEvent.CatalogueItemRestocked;
import cn.wanggezhili.points.domain.ItemEvent.CatalogueItemWithdrawn;
import cn.wanggezhili.points.domain.ItemEvent.StockReleased;
import cn.wanggezhili.points.domain.ItemEvent.StockReserved;

/**
 * Keeps item_view: the listing once, then the stock each event leaves (every stock change carries it) and the
 * withdrawal; each write is guarded by the item's stream version.
 */
@ApplicationScoped
public class ItemProjector implements ItemReadModel {

    @Override
    public void apply(Connection c, ItemEvent event, int version) {
        switch (event) {
            case CatalogueItemListed e -> Sql.update(c, """
                    insert into item_view (id, store_code, kind, name_zh, description, points_price, stock, max_tier,
                                           tier_discounts, listed_at, version)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing
                    """, e.itemId().value(), e.code(), e.kind(), e.nameZh(), e.description(), e.pointsPrice(), e.stock(),
                    e.maxTier(), json(e), e.at(), version);
            case CatalogueItemRestocked e -> stock(c, e, e.stock(), version);
            case StockReserved e -> stock(c, e, e.stock(), version);
            case StockReleased e -> stock(c, e, e.stock(), version);
            case CatalogueItemWithdrawn e -> Sql.update(c,
                    "update item_view set withdrawn = true, version = ? where id = ? and version < ?",
                    version, e.itemId().value(), version);
        }
    }

    private static void stock(Connection c, ItemEvent e, int stock, int version) {
        Sql.update(c, "update item_view set stock = ?, version = ? where id = ? and version < ?",
                stock, version, e.itemId().value(), version);
    }

    private static String json(CatalogueItemListed e) {
        try {
            return EventCodec.json().writeValueAsString(new TreeMap<>(e.tierDiscounts()));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
