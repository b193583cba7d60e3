package cn.wanggezhili.dispatch.app;

import java.sql.Connection;
import java.time.Instant;
import cn.wanggezhili.dispatch.domain.PlanEvent;

/** The plan list kept in the transaction of each append (implemented in the projection package). */
public interface PlanReadModel {

    void apply(Connection c, PlanEvent event, int version, Instant at);
}
