package org.gridsuite.eventstore.quarkus;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.gridsuite.eventstore.ConcurrencyConflict;
import org.gridsuite.eventstore.EventStoreException;
import org.gridsuite.web.Problem;
import org.gridsuite.web.ProblemMappers;
import org.gridsuite.web.ProblemType;
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
        if (e.getCause() instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
            return ProblemMappers.response(Problem.of(ProblemType.CONFLICT, "a concurrent change registered the same thing first"));
        }
        return ProblemMappers.internalError(e);
    }
}
