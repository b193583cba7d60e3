package cn.wanggezhili.command.projection;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import cn.wanggezhili.command.app.SuiteReadModel;
import cn.wanggezhili.eventstore.JsonPayload;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.eventstore.StoredEvent;

/** Which stars each household holds now: awarded and revoked (摘星) by scoring. */
@ApplicationScoped
public class StarProjector implements SuiteReadModel {

    @Override
    public void apply(Connection c, StoredEvent event) {
        if ("scoring.StarAwarded.v1".equals(event.eventType())) {
            JsonPayload p = JsonPayload.of(event.payload());
            Sql.update(c, """
                    insert into star_holding (household_id, star, code) values (?, ?, ?)
                    on conflict (household_id, star) do update set code = excluded.code
                    """, p.uuid("householdId"), p.text("star"), p.text("code"));
        } else if ("scoring.StarRevoked.v1".equals(event.eventType())) {
            JsonPayload p = JsonPayload.of(event.payload());
            Sql.update(c, "delete from star_holding where household_id = ? and star = ?", p.uuid("householdId"), p.text("star"));
        }
    }

    @Override
    public void clear(Connection c) {
        Sql.update(c, "truncate star_holding");
    }
}
