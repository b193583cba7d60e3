package cn.wanggezhili.dispatch.api.open311;

import cn.wanggezhili.dispatch.app.TaskTypes;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import cn.wanggezhili.dispatch.api.open311.Open311Dtos.ServiceRequestBody;
import cn.wanggezhili.dispatch.api.open311.Open311Dtos.ServiceRequestCreated;
import cn.wanggezhili.dispatch.app.Open311Queries;
import cn.wanggezhili.dispatch.app.Commands.ReportTask;
import cn.wanggezhili.dispatch.app.ReportTaskHandler;
import cn.wanggezhili.dispatch.app.StaffDirectory;
import cn.wanggezhili.dispatch.domain.TaskId;
import cn.wanggezhili.dispatch.domain.TaskRuleViolation;
import cn.wanggezhili.httpcommands.IdempotentCommands;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.CurrentCaller;
import cn.wanggezhili.web.ProblemException;

/**
 * Open311 POST requests: a resident's or integrator's report becomes a task (source RESIDENT_REPORT) routed to
 * the staff covering its unit; grid staff may post too (ReportTaskHandler decides who may and the source).
 */
@Path(Open311Api.BASE)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = Open311Api.TAG, description = Open311Api.DESCRIPTION)
@SecurityRequirement(name = "oidc")
public class Open311SubmissionResource {

    @Inject
    TaskTypes taskTypes;

    static final String SUMMARY = "Submit an Open311 service request: it becomes a task routed to the grid staff of address_id";
    static final String DESCRIPTION = "Form-encoded as in GeoReport v2 (attribute[code]=value, attribute[code][]=value "
            + "repeated for a multivaluelist) or JSON (an attributes object). address_id is the grid code of the micro-grid "
            + "or unit. first_name, last_name, phone and email are kept only as a masked note. Answers "
            + "[{service_request_id, service_notice}]; a retry with the same Idempotency-Key gets the first answer.";

    @Inject
    CurrentCaller caller;

    @Inject
    ReportTaskHandler report;

    @Inject
    StaffDirectory staff;

    @Inject
    Open311Queries queries;

    @Inject
    ServiceRequests mapper;

    @Inject
    IdempotentCommands idempotent;

    // documented once, on submitJson: OpenAPI has one operation per path and method, holding both media types
    @POST
    @Path("requests.json")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response submitForm(MultivaluedMap<String, String> form, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return submit(ServiceRequestSubmission.ofForm(form), key);
    }

    @POST
    @Path("requests.json")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = SUMMARY, description = DESCRIPTION)
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServiceRequestBody.class)),
            // the same fields as a form, each attribute as attribute[code]=value (see the operation's description);
            // one schema for both, so that generators write the model the operation names
            @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED, schema = @Schema(implementation = ServiceRequestBody.class))})
    @APIResponse(responseCode = "201", description = "The task was created (or, for a retry, had been)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ServiceRequestCreated.class)))
    public Response submitServiceRequest(ServiceRequestBody body, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return submit(ServiceRequestSubmission.ofJson(body), key);
    }

    @POST
    @Path("requests")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response submitFormWithoutFormat(MultivaluedMap<String, String> form, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return submitForm(form, key);
    }

    @POST
    @Path("requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "requests.json without the format suffix",
            description = "The same as POST requests.json, for GeoReport v2 clients that leave the format out.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServiceRequestBody.class)),
            // the same fields as a form, each attribute as attribute[code]=value (see the operation's description);
            // one schema for both, so that generators write the model the operation names
            @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED, schema = @Schema(implementation = ServiceRequestBody.class))})
    @APIResponse(responseCode = "201", description = "The task was created (or, for a retry, had been)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ServiceRequestCreated.class)))
    public Response submitServiceRequestWithoutFormat(ServiceRequestBody body, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return submitServiceRequest(body, key);
    }

    private Response submit(ServiceRequestSubmission submission, String key) {
        Caller who = caller.get();
        ReportTask cmd = submission.toCommand(taskTypes);
        // an unknown unit is a bad address_id, named as such; outside the scope the handler answers 403 first
        if (who.covers(cmd.unitCode()) && !staff.unitExists(cmd.unitCode())) {
            throw ProblemException.badField("address_id", "no active grid unit has this code");
        }
        // the fingerprint holds the command, whose only trace of the contact is the masked note
        return idempotent.execute(key, who.subject(), List.of("open311-request", cmd), () -> {
            TaskId id;
            try {
                id = report.handle(cmd, who);
            } catch (TaskRuleViolation e) {
                throw submission.asSent(e);
            }
            return Response.created(URI.create(Open311Api.BASE + "/requests/" + id + ".json"))
                    .entity(List.of(mapper.created(queries.request(id, who)))).build();
        });
    }
}
