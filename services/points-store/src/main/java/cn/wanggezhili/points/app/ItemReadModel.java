package cn.wanggezhili.points.app;

import java.sql.Connection;
import cn.wanggezhili.points.domain.ItemEvent;

/** Keeps the catalogue table in the transaction that appends the item's events, event by event. */
public interface ItemReadModel {

    void apply(Connection c, ItemEvent event, int version);
}
