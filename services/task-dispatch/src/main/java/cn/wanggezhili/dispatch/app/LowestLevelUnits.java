package cn.wanggezhili.dispatch.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.gridcode.GridCode;

/**
 * The units at the bottom of a subtree (the root itself when it has none below): micro-grids where a community runs
 * five levels, grids where it runs four. Levels are configurable per county, so "lowest" means no live children in
 * unit_directory rather than a fixed depth; retired units count neither as units nor as children.
 */
@ApplicationScoped
public class LowestLevelUnits {

    /** Rows {@code u} of unit_directory in the subtree whose prefix pattern is the one parameter. */
    static final String CONDITION = """
            u.code like ? and not u.retired
            and not exists (select 1 from unit_directory child where child.parent_code = u.code and not child.retired)
            """;

    @Inject
    Database database;

    public List<GridCode> under(GridCode root) {
        return database.run(c -> Sql.list(c, "select u.code from unit_directory u where " + CONDITION + " order by u.code",
                rs -> new GridCode(rs.getString(1)), root.subtreePrefix() + "%"));
    }
}
