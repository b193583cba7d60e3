package org.gridsuite.eventstore.quarkus;

import jakarta.ws.rs.core.Response;
import org.gridsuite.eventstore.ConcurrencyConflict;
import org.gridsuite.web.Problem;
import org.gridsuite.web.ProblemMappers;
import org.gridsuite.web.ProblemType;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A command that lost a race on its aggregate answers 409; the client reloads and decides again. */
public class ConcurrencyConflictMapper {

    @ServerExceptionMapper
    public Response conflict(ConcurrencyConflict e) {
        return ProblemMappers.response(Problem.of(ProblemType.CONFLICT,
                "another change to " + e.streamId() + " came first; reload and retry"));
    }
}
