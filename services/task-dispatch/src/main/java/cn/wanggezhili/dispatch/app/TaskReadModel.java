package cn.wanggezhili.dispatch.app;

import java.sql.Connection;
import java.time.Instant;
import cn.wanggezhili.dispatch.domain.TaskEvent;

/** The task list kept in the transaction of each append (implemented in the projection package). */
public interface TaskReadModel {

    void apply(Connection c, TaskEvent event, int version, Instant at);
}
