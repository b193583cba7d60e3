package cn.wanggezhili.points.app;

import java.sql.Connection;
import cn.wanggezhili.points.domain.RedemptionEvent;

/** Keeps the redemption table in the transaction that appends the redemption's events. */
public interface RedemptionReadModel {

    void apply(Connection c, RedemptionEvent event, int version);
}
