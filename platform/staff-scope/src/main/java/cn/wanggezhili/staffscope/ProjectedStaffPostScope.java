package cn.wanggezhili.staffscope;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.security.StaffPostScope;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.sql.Sql;

/** A caller's grid scope from the posts {@link StaffPostsConsumer} keeps: one indexed read per request. */
@ApplicationScoped
public class ProjectedStaffPostScope implements StaffPostScope {

    @Inject
    Database database;

    @Override
    public Optional<List<GridCode>> unitsOf(String username) {
        List<GridCode> units = database.run(c -> Sql.list(c,
                "select distinct unit_code from staff_scope_post where username = ? order by unit_code",
                rs -> new GridCode(rs.getString(1)), username));
        return units.isEmpty() ? Optional.empty() : Optional.of(units);
    }
}
