package org.gridsuite.dispatch.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridsuite.dispatch.api.Dtos.TaskTypeResponse;
import org.gridsuite.dispatch.domain.TaskType;

@Path("/api/v1/task-types")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Task types", description = "The catalogue of task types with their deadlines and attributes")
@SecurityRequirement(name = "oidc")
public class TaskTypeResource {

    @Inject
    Responses responses;

    @GET
    public List<TaskTypeResponse> list() {
        return TaskType.CATALOGUE.stream().map(responses::type).toList();
    }
}
