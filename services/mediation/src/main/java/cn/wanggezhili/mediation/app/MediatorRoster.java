package cn.wanggezhili.mediation.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.kernel.StaffRef;
import cn.wanggezhili.mediation.domain.Logins;
import cn.wanggezhili.mediation.domain.Mediators;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.sql.Sql;

/**
 * Who can mediate where, as commands need it, read on the command's own connection: the units that exist, the
 * mediators (grid staff and the pool) and their logins, and the caller as staff.
 */
@ApplicationScoped
public class MediatorRoster implements Mediators, Logins {

    @Inject
    Database database;

    @Inject
    MediatorQueries queries;

    public boolean unitExists(GridCode code) {
        return database.run(c -> Sql.count(c, "select count(*) from unit_directory where code = ? and not retired", code.value()) > 0);
    }

    @Override
    public Optional<Serving> withStaffId(UUID staffId) {
        return queries.byStaffId(staffId).map(m -> new Serving(m.staff(), new GridCode(m.code())));
    }

    @Override
    public boolean isTaken(String username) {
        return database.run(c -> Sql.count(c, "select count(*) from (" + MediatorQueries.PEOPLE + ") m where username = ?",
                username) > 0);
    }

    /** The caller as staff: their grid post or pool identity when they have one, else their login. */
    public StaffRef asStaff(Caller caller) {
        return database.run(c -> Sql.one(c, "select * from (" + MediatorQueries.PEOPLE + ") m where username = ? order by kind desc limit 1",
                        MediatorQueries::row, caller.username()))
                .map(MediatorQueries.MediatorView::staff)
                .orElseGet(() -> new StaffRef(subjectId(caller), caller.username(), caller.username()));
    }

    /** Keycloak subjects are UUIDs; anything else gets a stable name-based id. */
    private static UUID subjectId(Caller caller) {
        try {
            return UUID.fromString(caller.subject());
        } catch (IllegalArgumentException e) {
            return UUID.nameUUIDFromBytes(caller.subject().getBytes(StandardCharsets.UTF_8));
        }
    }
}
