package cn.wanggezhili.dispatch.api.open311;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import cn.wanggezhili.dispatch.app.TaskTypes;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import cn.wanggezhili.dispatch.api.open311.Open311Dtos.ServiceRequest;
import cn.wanggezhili.dispatch.app.Open311Queries;
import cn.wanggezhili.dispatch.domain.TaskId;
import cn.wanggezhili.security.CurrentCaller;
import cn.wanggezhili.web.ProblemException;

/** Open311 service requests as read: tasks in the caller's grid scope, open or closed. */
@Path(Open311Api.BASE)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = Open311Api.TAG, description = Open311Api.DESCRIPTION)
@SecurityRequirement(name = "oidc")
public class Open311RequestsResource {

    @Inject
    TaskTypes taskTypes;

    @Inject
    CurrentCaller caller;

    @Inject
    Open311Queries queries;

    @Inject
    ServiceRequests mapper;

    @Inject
    Clock clock;

    @GET
    @Path("requests.json")
    @Operation(summary = "Open311 service requests in your grid scope, newest first (at most 1000)",
            description = "Without service_request_id, start_date or end_date the last 90 days are listed. "
                    + "service_request_id overrides the other filters, as in GeoReport v2; the scope always applies.")
    public List<ServiceRequest> listServiceRequests(
            @Parameter(description = "Comma-separated request ids") @QueryParam("service_request_id") String ids,
            @Parameter(description = "Comma-separated service codes") @QueryParam("service_code") String serviceCodes,
            @Parameter(description = "Earliest requested_datetime, W3C date-time") @QueryParam("start_date") String startDate,
            @Parameter(description = "Latest requested_datetime, W3C date-time") @QueryParam("end_date") String endDate,
            @Parameter(description = "open, closed or open,closed") @QueryParam("status") String status,
            @Parameter(description = "Grid code of a unit in your scope (default: your whole scope)") @QueryParam("under") String under) {
        var filter = new RequestSearch(ids, serviceCodes, startDate, endDate, status, under).filter(caller.get(), clock.instant(), taskTypes);
        return queries.requests(filter, caller.get()).stream().map(mapper::request).toList();
    }

    @GET
    @Path("requests")
    @Operation(summary = "requests.json without the format suffix",
            description = "The same as GET requests.json, for GeoReport v2 clients that leave the format out.")
    public List<ServiceRequest> listServiceRequestsWithoutFormat(@QueryParam("service_request_id") String ids,
                                                      @QueryParam("service_code") String serviceCodes,
                                                      @QueryParam("start_date") String startDate,
                                                      @QueryParam("end_date") String endDate,
                                                      @QueryParam("status") String status,
                                                      @QueryParam("under") String under) {
        return listServiceRequests(ids, serviceCodes, startDate, endDate, status, under);
    }

    @GET
    @Path("requests/{service_request_id}.json")
    @Operation(summary = "One Open311 service request, as a one-element list (GeoReport v2)",
            description = "Callers whose grid scope covers the request's unit; otherwise 404, as for an unknown id. The request is the task it became, in GeoReport v2's words (status open or closed, agency_responsible the unit).")
    @APIResponse(responseCode = "200", description = "The request, as a one-element list",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ServiceRequest.class)))
    @APIResponse(responseCode = "406", ref = "#/components/responses/NotAcceptable")
    public List<ServiceRequest> getServiceRequest(@Parameter(description = "The request (task) id") @PathParam("service_request_id") String id) {
        // either template may take a request (both match "<id>.json"), so both strip the extension
        String bare = Open311Api.withoutFormat(id);
        UUID uuid;
        try {
            uuid = UUID.fromString(bare);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField("service_request_id", "a request id (UUID)");
        }
        return List.of(mapper.request(queries.request(new TaskId(uuid), caller.get())));
    }

    @GET
    @Path("requests/{service_request_id}")
    @Operation(summary = "requests/{id}.json without the format suffix",
            description = "The same as GET requests/{service_request_id}.json, for GeoReport v2 clients that leave the format out.")
    @APIResponse(responseCode = "200", description = "The request, as a one-element list",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ServiceRequest.class)))
    @APIResponse(responseCode = "406", ref = "#/components/responses/NotAcceptable")
    public List<ServiceRequest> getServiceRequestWithoutFormat(@PathParam("service_request_id") String id) {
        return getServiceRequest(id);
    }
}
