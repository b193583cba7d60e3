package cn.wanggezhili.registry.app;

import java.sql.Connection;
import java.time.Instant;
import cn.wanggezhili.registry.domain.GridUnitEvent;
import cn.wanggezhili.registry.domain.HouseholdEvent;

/** The registry's read model, updated in the transaction of each append (implemented in the projection package). */
public interface ReadModel {

    void apply(Connection c, GridUnitEvent event, int version, Instant at);

    void apply(Connection c, HouseholdEvent event, int version, Instant at);
}
