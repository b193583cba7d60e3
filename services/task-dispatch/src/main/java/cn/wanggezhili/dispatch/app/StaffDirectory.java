package cn.wanggezhili.dispatch.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import cn.wanggezhili.dispatch.domain.StaffPosts;
import cn.wanggezhili.kernel.NotFound;
import cn.wanggezhili.kernel.StaffRef;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.security.Caller;

/**
 * Who works where, from the registry's events projected locally: routing a task to the staff covering its unit,
 * finding the staff one level up for an escalation, and naming the caller as staff.
 */
@ApplicationScoped
public class StaffDirectory implements StaffPosts {

    /** Who handles field work, in order of preference. */
    static final List<String> HANDLERS = List.of("GRID_WORKER", "GRID_CHIEF", "INFORMATION_OFFICER");
    /** Who takes an escalated task at a level: the chief there first. */
    static final List<String> ESCALATION_TAKERS = List.of("GRID_CHIEF", "GRID_WORKER");

    @Inject
    Database database;

    public boolean unitExists(GridCode code) {
        return database.run(c -> Sql.count(c, "select count(*) from unit_directory where code = ? and not retired", code.value()) > 0);
    }

    /** A command's unit: one the registry has and has not retired, or 404. */
    public void requireUnit(GridCode code) {
        if (!unitExists(code)) {
            throw new NotFound("grid unit", code);
        }
    }

    /**
     * Who handles field work on a unit: the nearest grid worker on the unit or above it; failing any, the nearest
     * chief; then the nearest information officer (residents' group leaders report rather than handle).
     * One query over the unit's chain of codes.
     */
    @Override
    public Optional<StaffRef> handlerFor(GridCode unit) {
        List<String> chain = chain(unit);
        return database.run(c -> Sql.one(c, """
                select staff_id, username, staff_name from staff_post
                 where unit_code = any(?) and role = any(?)
                 order by array_position(?, role), length(unit_code) desc, staff_name, assignment_id limit 1
                """, StaffDirectory::staff, chain.toArray(String[]::new), HANDLERS.toArray(String[]::new),
                HANDLERS.toArray(String[]::new)));
    }

    /** The staff who take an escalated task at exactly this level, if anyone holds a post there. */
    public Optional<StaffRef> escalationTakerAt(GridCode unit) {
        return postHolder(unit, ESCALATION_TAKERS);
    }

    /** Whether this person holds a post on the unit or above it (covers it as staff). */
    @Override
    public boolean covers(StaffRef staff, GridCode unit) {
        List<String> chain = chain(unit);
        return database.run(c -> Sql.count(c, "select count(*) from staff_post where unit_code = any(?) and staff_id = ?",
                chain.toArray(String[]::new), staff.staffId()) > 0);
    }

    private static List<String> chain(GridCode unit) {
        return unit.withAncestors().stream().map(GridCode::value).toList();
    }

    /** The caller as staff: their post's identity when they hold one, else their login identity. */
    public StaffRef asStaff(Caller caller) {
        return database.run(c -> Sql.one(c, "select staff_id, username, staff_name from staff_post where username = ? limit 1",
                StaffDirectory::staff, caller.username()))
                .orElseGet(() -> new StaffRef(subjectId(caller), caller.username(), caller.username()));
    }

    @Override
    public Optional<StaffRef> byUsername(String username) {
        return database.run(c -> Sql.one(c, "select staff_id, username, staff_name from staff_post where username = ? limit 1",
                StaffDirectory::staff, username));
    }

    private Optional<StaffRef> postHolder(GridCode unit, List<String> roles) {
        return database.run(c -> Sql.one(c, """
                select staff_id, username, staff_name from staff_post
                 where unit_code = ? and role = any(?)
                 order by array_position(?, role), staff_name, assignment_id limit 1
                """, StaffDirectory::staff, unit.value(), roles.toArray(String[]::new), roles.toArray(String[]::new)));
    }

    private static StaffRef staff(ResultSet rs) throws SQLException {
        return new StaffRef(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3));
    }

    /** Keycloak subjects are UUIDs; anything else gets a stable name-based id. */
    private static UUID subjectId(Caller caller) {
        try {
            return UUID.fromString(caller.subject());
        } catch (IllegalArgumentException e) {
            return UUID.nameUUIDFromBytes(caller.subject().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
