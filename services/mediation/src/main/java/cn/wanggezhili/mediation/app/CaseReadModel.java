package cn.wanggezhili.mediation.app;

import java.sql.Connection;
import cn.wanggezhili.mediation.domain.CaseEvent;

/** The case tables kept in the transaction of each append (implemented in the projection package). */
public interface CaseReadModel {

    void apply(Connection c, CaseEvent event, int version);
}
