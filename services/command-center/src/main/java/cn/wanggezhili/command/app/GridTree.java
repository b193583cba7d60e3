package cn.wanggezhili.command.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.GridScopeGuard;
import cn.wanggezhili.kernel.NotFound;

/** The grid as the registry announced it, one unit and its children at a time, for the dashboard's picker. */
@ApplicationScoped
public class GridTree {

    @Inject
    Database database;

    public record Unit(String code, String name, int level, String levelName, String parentCode, long children) {
    }

    public record Branch(Unit unit, List<Unit> children) {
    }

    public Branch branch(GridCode code, Caller caller) {
        Watchers.require(caller);
        GridScopeGuard.requireCovers(caller, code);
        return database.run(c -> {
            Unit unit = Sql.one(c, SELECT + " where u.code = ?", GridTree::unit, code.value())
                    .orElseThrow(() -> new NotFound("grid unit", code.value()));
            return new Branch(unit, Sql.list(c, SELECT + " where u.parent_code = ? and not u.retired order by u.code",
                    GridTree::unit, code.value()));
        });
    }

    private static final String SELECT = """
            select u.code, u.name, u.level, u.level_name, u.parent_code,
                   (select count(*) from grid_unit k where k.parent_code = u.code and not k.retired)
              from grid_unit u
            """;

    private static Unit unit(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Unit(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getLong(6));
    }
}
