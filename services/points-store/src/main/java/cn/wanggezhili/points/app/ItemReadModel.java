package cn.wanggezhili.points.app;

import java.sql.Connection;
import java.util.List;
import cn.wanggezhili.points.domain.CatalogueItem;
import cn.wanggezhili.points.domain.ItemEvent;

/** Keeps the catalogue table in the transaction that appends the item's events. */
public interface ItemReadModel {

    void apply(Connection c, CatalogueItem after, List<? extends ItemEvent> events);
}
