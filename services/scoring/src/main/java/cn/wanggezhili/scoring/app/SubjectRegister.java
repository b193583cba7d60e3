package cn.wanggezhili.scoring.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import cn.wanggezhili.scoring.domain.Actor;
import cn.wanggezhili.scoring.domain.Subject;
import cn.wanggezhili.scoring.domain.SubjectType;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.sql.Sql;

/**
 * The scored as commands know them: grid workers and households as the registry's events made them known, and
 * scoring's own register of party organisations, party members and village cadres (not in the registry).
 */
@ApplicationScoped
public class SubjectRegister {

    @Inject
    Database database;

    public Optional<Subject> find(UUID id) {
        return database.run(c -> Sql.one(c, "select * from subject where subject_id = ?", SubjectRegister::row, id));
    }

    /** The caller as an actor: their staff name when the registry knows their login, else the login. */
    public Actor asActor(Caller caller) {
        String name = database.run(c -> Sql.one(c, "select name from subject where username = ? limit 1", rs -> rs.getString(1),
                caller.username())).orElse(caller.username());
        return new Actor(caller.username(), name);
    }

    static Subject row(ResultSet rs) throws SQLException {
        return new Subject(SubjectType.valueOf(rs.getString("subject_type")), rs.getObject("subject_id", UUID.class),
                rs.getString("name"), rs.getString("code"), rs.getString("username"));
    }
}
