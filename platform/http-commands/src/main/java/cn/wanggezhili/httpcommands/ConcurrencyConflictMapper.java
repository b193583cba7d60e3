package cn.wanggezhili.httpcommands;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import cn.wanggezhili.eventstore.ConcurrencyConflict;
import cn.wanggezhili.eventstore.EventStoreException;
import cn.wanggezhili.sql.DatabaseException;
import cn.wanggezhili.web.Problem;
import cn.wanggezhili.web.ProblemMappers;
import cn.wanggezhili.web.ProblemType;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A command that lost a race answers 409 and the client reloads and decides again: on its aggregate's version, or
 * on a unique rule a projection enforces (two registrations of one number at once).
 */
public class ConcurrencyConflictMapper {

    @ServerExceptionMapper
    public Response conflict(ConcurrencyConflict e) {
        return ProblemMappers.response(Problem.of(ProblemType.CONFLICT,
                "another change to " + e.streamId() + " came first; reload and retry"));
    }

    @ServerExceptionMapper
    public Response storeFailure(EventStoreException e) {
        return failure(e);
    }

    @ServerExceptionMapper
    public Response databaseFailure(DatabaseException e) {
        return failure(e);
    }

    private static Response failure(RuntimeException e) {
        if (e.getCause() instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
            return ProblemMappers.response(Problem.of(ProblemType.CONFLICT, "a concurrent change registered the same thing first"));
        }
        return ProblemMappers.internalError(e);
    }
}
