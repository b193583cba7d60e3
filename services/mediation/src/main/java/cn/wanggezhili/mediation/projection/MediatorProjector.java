package cn.wanggezhili.mediation.projection;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.mediation.app.MediatorReadModel;
import cn.wanggezhili.mediation.domain.MediatorEvent;
import cn.wanggezhili.mediation.domain.MediatorEvent.MediatorEnrolled;

/** Keeps mediator_pool from the pool's events. */
@ApplicationScoped
public class MediatorProjector implements MediatorReadModel {

    @Override
    public void apply(Connection c, MediatorEvent event) {
        switch (event) {
            case MediatorEnrolled e -> Sql.update(c, """
                    insert into mediator_pool (staff_id, code, name, username, background, studio, enrolled_at)
                    values (?, ?, ?, ?, ?, ?, ?) on conflict (staff_id) do nothing
                    """, e.staffId(), e.code(), e.name(), e.username(), e.background(), e.studio(), e.at());
        }
    }
}
