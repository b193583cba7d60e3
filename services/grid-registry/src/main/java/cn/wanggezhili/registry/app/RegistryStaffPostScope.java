package cn.wanggezhili.registry.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.security.StaffPostScope;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.sql.Sql;

/**
 * A caller's grid scope from their active posts in the registry's own view, which a move recodes in the same
 * transaction: the registry is where posts are kept, so here a moved unit's worker acts under the new code at once.
 */
@ApplicationScoped
public class RegistryStaffPostScope implements StaffPostScope {

    @Inject
    Database database;

    @Override
    public Optional<List<GridCode>> unitsOf(String username) {
        List<GridCode> units = database.run(c -> Sql.list(c, """
                select distinct unit_code from staff_assignment_view where username = ? and until is null order by unit_code
                """, rs -> new GridCode(rs.getString(1)), username));
        return units.isEmpty() ? Optional.empty() : Optional.of(units);
    }
}
