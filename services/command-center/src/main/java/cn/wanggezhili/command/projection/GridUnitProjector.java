package cn.wanggezhili.command.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import cn.wanggezhili.command.app.SuiteReadModel;
import cn.wanggezhili.command.domain.GridLevels;
import cn.wanggezhili.eventstore.JsonPayload;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.eventstore.StoredEvent;

/**
 * The grid tree for the dashboard's unit picker, from grid-registry.events. A unit's level name is the one its event
 * carries ({@code levelName}), else the configured scheme's for its level number: GridUnitCreated.v1 carries only the
 * number today.
 */
@ApplicationScoped
public class GridUnitProjector implements SuiteReadModel {

    @Inject
    GridLevels levels;

    @Override
    public void apply(Connection c, StoredEvent event) {
        String type = event.eventType();
        if (!type.startsWith("grid-registry.GridUnit")) {
            return;
        }
        JsonPayload p = JsonPayload.of(event.payload());
        switch (type) {
            case "grid-registry.GridUnitCreated.v1" -> Sql.update(c, """
                    insert into grid_unit (unit_id, code, parent_code, level, name, level_name) values (?, ?, ?, ?, ?, ?)
                    on conflict (unit_id) do nothing
                    """, p.uuid("unitId"), p.text("code"), p.text("parentCode"), p.integer("level"), p.text("name"),
                    levelName(p));
            case "grid-registry.GridUnitRenamed.v1" ->
                    Sql.update(c, "update grid_unit set name = ? where unit_id = ?", p.text("newName"), p.uuid("unitId"));
            case "grid-registry.GridUnitMoved.v1" -> Sql.update(c, "update grid_unit set code = ?, parent_code = ? where unit_id = ?",
                    p.text("code"), p.text("newParentCode"), p.uuid("unitId"));
            case "grid-registry.GridUnitSplit.v1", "grid-registry.GridUnitMerged.v1", "grid-registry.GridUnitRetired.v1" ->
                    Sql.update(c, "update grid_unit set retired = true where unit_id = ?", p.uuid("unitId"));
            default -> {
                // other registry events do not change the tree
            }
        }
    }

    private String levelName(JsonPayload p) {
        String announced = p.text("levelName");
        return announced != null ? announced
                : levels.byNumber(p.integer("level")).map(GridLevels.Level::nameZh).orElse(null);
    }

    @Override
    public void clear(Connection c) {
        Sql.update(c, "truncate grid_unit");
    }
}
