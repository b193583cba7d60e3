package cn.wanggezhili.mediation.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.kernel.StaffRef;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.web.Page;

/**
 * Who can mediate where: grid staff known from the registry's events, and the mediator pool enrolled here. A
 * mediator covers the cases on their unit and below it.
 */
@ApplicationScoped
public class MediatorRoster {

    /** A mediator and the unit they serve on; {@code kind} is STAFF (a grid post) or POOL. */
    public record Mediator(StaffRef staff, String code, String kind, String background, String studio, long openCases) {
    }

    private static final String PEOPLE = """
            select staff_id, username, name, code, kind, background, studio from (
                select distinct on (staff_id) staff_id, username, staff_name as name, unit_code as code, 'STAFF' as kind,
                       role as background, null as studio
                  from staff_post order by staff_id, length(unit_code)
            ) staff
            union all
            select staff_id, username, name, code, 'POOL', background, studio from mediator_pool
            """;

    @Inject
    Cases cases;

    public boolean unitExists(GridCode code) {
        return cases.onConnection(c -> Sql.count(c, "select count(*) from unit_directory where code = ? and not retired", code.value()) > 0);
    }

    public Optional<Mediator> byStaffId(UUID staffId) {
        return cases.onConnection(c -> Sql.one(c, "select * from (" + PEOPLE + ") m where staff_id = ? limit 1",
                MediatorRoster::row, staffId));
    }

    /** The caller as staff: their grid post or pool identity when they have one, else their login. */
    public StaffRef asStaff(Caller caller) {
        return cases.onConnection(c -> Sql.one(c, "select * from (" + PEOPLE + ") m where username = ? order by kind desc limit 1",
                        MediatorRoster::row, caller.username()))
                .map(Mediator::staff)
                .orElseGet(() -> new StaffRef(subjectId(caller), caller.username(), caller.username()));
    }

    public boolean usernameTaken(String username) {
        return cases.onConnection(c -> Sql.count(c, "select count(*) from (" + PEOPLE + ") m where username = ?", username) > 0);
    }

    /** Mediators on units under {@code under} with their open cases, by staff id. */
    public Page<Mediator> under(GridCode under, int limit, String after) {
        List<Mediator> rows = cases.onConnection(c -> Sql.list(c, """
                select m.*, (select count(*) from case_mediator cm join case_view v on v.id = cm.case_id
                              where cm.staff_id = m.staff_id and v.status <> 'CLOSED') as open_cases
                  from (""" + PEOPLE + """
                ) m where code like ? and (?::text is null or staff_id::text > ?) order by staff_id::text limit ?
                """, rs -> withLoad(row(rs), rs.getLong("open_cases")), under.subtreePrefix() + "%", after, after, limit + 1));
        return Page.of(rows, limit, m -> m.staff().staffId().toString());
    }

    private static Mediator row(ResultSet rs) throws SQLException {
        return new Mediator(new StaffRef(rs.getObject("staff_id", UUID.class), rs.getString("username"), rs.getString("name")),
                rs.getString("code"), rs.getString("kind"), rs.getString("background"), rs.getString("studio"), 0);
    }

    private static Mediator withLoad(Mediator m, long openCases) {
        return new Mediator(m.staff(), m.code(), m.kind(), m.background(), m.studio(), openCases);
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
