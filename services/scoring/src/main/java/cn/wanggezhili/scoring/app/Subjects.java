package cn.wanggezhili.scoring.app;

import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;
import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.scoring.domain.Actor;
import cn.wanggezhili.scoring.domain.Subject;
import cn.wanggezhili.scoring.domain.SubjectRegistered;
import cn.wanggezhili.scoring.domain.SubjectType;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.GridScopeGuard;
import cn.wanggezhili.security.Role;
import cn.wanggezhili.web.Page;
import cn.wanggezhili.web.ProblemException;

/**
 * The scored: grid workers and households as the registry's events made them known, and scoring's own register of
 * party organisations, party members and village cadres (not in the registry).
 */
@ApplicationScoped
public class Subjects {

    @Inject
    EventLog log;

    public Optional<Subject> find(Connection c, UUID id) {
        return Sql.one(c, "select * from subject where subject_id = ?", Subjects::row, id);
    }

    /** The subject, if the caller's scope covers its unit; otherwise 404 or 403 as for any object. */
    public Subject visible(UUID id, Caller caller) {
        Subject subject = log.run(c -> find(c, id)).orElseThrow(() -> ProblemException.notFound("subject " + id));
        GridScopeGuard.requireCovers(caller, new GridCode(subject.code()));
        return subject;
    }

    /** The caller as an actor: their staff name when the registry knows their login, else the login. */
    public Actor asActor(Connection c, Caller caller) {
        String name = Sql.one(c, "select name from subject where username = ? limit 1", rs -> rs.getString(1), caller.username())
                .orElse(caller.username());
        return new Actor(caller.username(), name);
    }

    @Transactional
    public Subject register(SubjectType type, String name, GridCode unit, String username, Caller caller) {
        requireAnyRole(caller, Role.TOWNSHIP_ADMIN, Role.COUNTY_ADMIN);
        requireCovers(caller, unit);
        if (type.fromRegistry()) {
            throw ProblemException.badField("subjectType", type + " subjects come from the grid registry");
        }
        UUID id = log.newId();
        log.run(c -> {
            log.appendSubject(c, new SubjectRegistered(id, type, name, unit.value(), username, asActor(c, caller), log.now()));
            return null;
        });
        return new Subject(type, id, name, unit.value(), username);
    }

    public Page<Subject> list(GridCode under, SubjectType type, int limit, String after, Caller caller) {
        requireCovers(caller, under);
        List<Subject> rows = log.run(c -> Sql.list(c, """
                select * from subject where code like ? and active and (?::text is null or subject_type = ?)
                   and (?::uuid is null or subject_id > ?::uuid) order by subject_id limit ?
                """, Subjects::row, under.subtreePrefix() + "%", type == null ? null : type.name(),
                type == null ? null : type.name(), after, after, limit + 1));
        return Page.of(rows, limit, s -> s.id().toString());
    }

    static Subject row(ResultSet rs) throws SQLException {
        return new Subject(SubjectType.valueOf(rs.getString("subject_type")), rs.getObject("subject_id", UUID.class),
                rs.getString("name"), rs.getString("code"), rs.getString("username"));
    }
}
