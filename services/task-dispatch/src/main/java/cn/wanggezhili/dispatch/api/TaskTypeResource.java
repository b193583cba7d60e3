package cn.wanggezhili.dispatch.api;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import cn.wanggezhili.dispatch.api.Dtos.TaskTypeResponse;
import cn.wanggezhili.dispatch.app.AddTaskTypeHandler;
import cn.wanggezhili.dispatch.app.Commands.AddTaskType;
import cn.wanggezhili.dispatch.app.TaskTypes;
import cn.wanggezhili.dispatch.domain.Priority;
import cn.wanggezhili.dispatch.domain.TaskAttribute;
import cn.wanggezhili.dispatch.domain.TaskType;
import cn.wanggezhili.httpcommands.IdempotentCommands;
import cn.wanggezhili.security.CurrentCaller;
import cn.wanggezhili.web.ProblemException;

@Path("/api/v1/task-types")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Task types", description = "The catalogue of task types with their deadlines and attributes; a county may add its own")
@SecurityRequirement(name = "oidc")
public class TaskTypeResource {

    public record AttributeRequest(@NotBlank @Size(max = 40) String code,
                                   @NotBlank @Pattern(regexp = "string|number|datetime|text|singlevaluelist|multivaluelist") String datatype,
                                   boolean required, @NotBlank @Size(max = 200) String descriptionZh,
                                   List<@NotBlank @Size(max = 40) String> values) {
    }

    public record AddTaskTypeRequest(@NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,39}") String code,
                                     @NotBlank @Size(max = 40) String nameZh, @NotBlank @Size(max = 80) String nameEn,
                                     @Schema(description = "ISO-8601 duration, e.g. PT30M for an urgent response, P3D")
                                     @NotBlank @Pattern(regexp = "P(T?[0-9]+[DHM])+|PT[0-9]+[HM]([0-9]+M)?") String defaultDeadline,
                                     @NotNull Priority defaultPriority,
                                     @Size(max = 20) List<@Valid AttributeRequest> attributes) {
    }

    @Inject
    CurrentCaller caller;

    @Inject
    Responses responses;

    @Inject
    TaskTypes taskTypes;

    @Inject
    AddTaskTypeHandler add;

    @Inject
    IdempotentCommands idempotent;

    @GET
    @Operation(summary = "The catalogue of task types, with deadlines, priorities and attributes",
            description = "Any signed-in caller: the six built-in types (巡查、入户走访、摸排、信息采集、事件、村民说事) and those the county added.")
    public List<TaskTypeResponse> listTaskTypes() {
        return taskTypes.all().stream().map(responses::type).toList();
    }

    @POST
    @Operation(summary = "Add a task type of the county's own",
            description = "County administrators only. The code must be new (409 for one in use); attributes are typed as in Open311 service definitions.")
    @APIResponse(responseCode = "201", description = "The type as added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskTypeResponse.class)))
    public Response addTaskType(@Valid @NotNull AddTaskTypeRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return idempotent.execute(key, caller.get().subject(), List.of("add-task-type", body), () -> {
            TaskType type = add.handle(new AddTaskType(toType(body)), caller.get());
            return Response.created(URI.create("/api/v1/task-types")).entity(responses.type(type)).build();
        });
    }

    private static TaskType toType(AddTaskTypeRequest body) {
        try {
            List<TaskAttribute> attributes = body.attributes() == null ? List.of() : body.attributes().stream()
                    .map(a -> new TaskAttribute(a.code(), a.datatype(), a.required(), a.descriptionZh(),
                            a.values() == null ? List.of() : a.values())).toList();
            Duration deadline = deadline(body.defaultDeadline());
            return new TaskType(body.code(), body.nameZh(), body.nameEn(), deadline, body.defaultPriority(), attributes);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField("attributes", e.getMessage());
        }
    }

    private static Duration deadline(String text) {
        try {
            Duration deadline = Duration.parse(text);
            if (deadline.compareTo(Duration.ofMinutes(1)) < 0 || deadline.compareTo(Duration.ofDays(366)) > 0) {
                throw ProblemException.badField("defaultDeadline", "between one minute and a year");
            }
            return deadline;
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.badField("defaultDeadline", "an ISO-8601 duration such as PT30M or P3D");
        }
    }
}
