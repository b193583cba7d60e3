package cn.wanggezhili.dispatch.projection;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.Instant;
import cn.wanggezhili.dispatch.app.PlanReadModel;
import cn.wanggezhili.dispatch.domain.PlanEvent;
import cn.wanggezhili.dispatch.domain.PlanEvent.PlanCreated;
import cn.wanggezhili.dispatch.domain.PlanEvent.PlanRunDone;
import cn.wanggezhili.dispatch.domain.PlanEvent.PlanStopped;
import cn.wanggezhili.dispatch.domain.PlanEvent.PlanUnitRecoded;
import cn.wanggezhili.sql.Sql;

/** Keeps plan_view from plan events; each write is guarded by the plan's stream version, so replay changes nothing. */
@ApplicationScoped
public class PlanProjector implements PlanReadModel {

    @Override
    public void apply(Connection c, PlanEvent event, int version, Instant at) {
        // exhaustive over the sealed PlanEvent: a new event type fails compilation until it is projected here
        switch (event) {
            case PlanCreated e -> Sql.update(c, """
                    insert into plan_view (id, code, type_code, title, cadence, starts_on, status, created_by_staff_id,
                                           created_by_username, created_at, version)
                    values (?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?) on conflict (id) do nothing
                    """, e.planId().value(), e.code(), e.typeCode(), e.titleZh(), e.cadence(), e.startsOn(),
                    e.createdBy() == null ? null : e.createdBy().staffId(), e.createdBy() == null ? null : e.createdBy().username(),
                    at, version);
            case PlanRunDone e -> set(c, e, version, "last_period_key = ?, last_run_at = ?, last_run_tasks = ?, runs = runs + 1",
                    e.periodKey(), at, e.tasksCreated());
            case PlanUnitRecoded e -> set(c, e, version, "code = ?", e.code());
            case PlanStopped e -> set(c, e, version, "status = 'STOPPED', stopped_at = ?", at);
        }
    }

    private static void set(Connection c, PlanEvent e, int version, String assignments, Object... values) {
        Object[] params = new Object[values.length + 3];
        System.arraycopy(values, 0, params, 0, values.length);
        params[values.length] = version;
        params[values.length + 1] = e.planId().value();
        params[values.length + 2] = version;
        Sql.update(c, "update plan_view set " + assignments + ", version = ? where id = ? and version < ?", params);
    }
}
