package cn.wanggezhili.scoring.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.kernel.NotFound;
import cn.wanggezhili.scoring.domain.Subject;
import cn.wanggezhili.scoring.domain.SubjectType;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.GridScopeGuard;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.web.Page;

/** Reads of the scored; every read checks the caller's scope on the subject's unit. */
@ApplicationScoped
public class SubjectQueries {

    @Inject
    Database database;

    @Inject
    SubjectRegister register;

    /** The subject, if the caller's scope covers its unit; otherwise 404 or 403 as for any object. */
    public Subject visible(UUID id, Caller caller) {
        Subject subject = register.find(id).orElseThrow(() -> new NotFound("subject", id));
        GridScopeGuard.requireCovers(caller, new GridCode(subject.code()));
        return subject;
    }

    public Page<Subject> list(GridCode under, SubjectType type, int limit, String after, Caller caller) {
        GridScopeGuard.requireCovers(caller, under);
        List<Subject> rows = database.run(c -> Sql.list(c, """
                select * from subject where code like ? and active and (?::text is null or subject_type = ?)
                   and (?::uuid is null or subject_id > ?::uuid) order by subject_id limit ?
                """, SubjectRegister::row, under.subtreePrefix() + "%", type == null ? null : type.name(),
                type == null ? null : type.name(), after, after, limit + 1));
        return Page.of(rows, limit, s -> s.id().toString());
    }
}
