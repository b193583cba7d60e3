package cn.wanggezhili.mediation.app;

import java.sql.Connection;
import cn.wanggezhili.mediation.domain.MediatorEvent;

/** The mediator pool table kept in the transaction of each append (implemented in the projection package). */
public interface MediatorReadModel {

    void apply(Connection c, MediatorEvent event);
}
