package cn.wanggezhili.mediation.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.kernel.StaffRef;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.web.Page;

/**
 * Reads of mediators: grid staff known from the registry's events, and the mediator pool enrolled here, each with
 * their open cases. A mediator covers the cases on their unit and below it.
 */
@ApplicationScoped
public class MediatorQueries {

    /** A mediator and the unit they serve on; {@code kind} is STAFF (a grid post) or POOL. */
    public record MediatorView(StaffRef staff, String code, String kind, String background, String studio, long openCases) {
    }

    /** Everyone who can mediate: grid staff at their highest post, then the pool. */
    static final String PEOPLE = """
            select staff_id, username, name, code, kind, background, studio from (
                select distinct on (staff_id) staff_id, username, staff_name as name, unit_code as code, 'STAFF' as kind,
                       role as background, null as studio
                  from staff_post order by staff_id, length(unit_code)
            ) staff
            union all
            select staff_id, username, name, code, 'POOL', background, studio from mediator_pool
            """;

    @Inject
    Database database;

    public Optional<MediatorView> byStaffId(UUID staffId) {
        return database.run(c -> Sql.one(c, "select * from (" + PEOPLE + ") m where staff_id = ? limit 1",
                MediatorQueries::row, staffId));
    }

    /** Mediators on units under {@code under} with their open cases, by staff id. */
    public Page<MediatorView> under(GridCode under, int limit, String after) {
        List<MediatorView> rows = database.run(c -> Sql.list(c, """
                select m.*, (select count(*) from case_mediator cm join case_view v on v.id = cm.case_id
                              where cm.staff_id = m.staff_id and v.status <> 'CLOSED') as open_cases
                  from (""" + PEOPLE + """
                ) m where code like ? and (?::text is null or staff_id::text > ?) order by staff_id::text limit ?
                """, rs -> withLoad(row(rs), rs.getLong("open_cases")), under.subtreePrefix() + "%", after, after, limit + 1));
        return Page.of(rows, limit, m -> m.staff().staffId().toString());
    }

    static MediatorView row(ResultSet rs) throws SQLException {
        return new MediatorView(new StaffRef(rs.getObject("staff_id", UUID.class), rs.getString("username"), rs.getString("name")),
                rs.getString("code"), rs.getString("kind"), rs.getString("background"), rs.getString("studio"), 0);
    }

    private static MediatorView withLoad(MediatorView m, long openCases) {
        return new MediatorView(m.staff(), m.code(), m.kind(), m.background(), m.studio(), openCases);
    }
}
