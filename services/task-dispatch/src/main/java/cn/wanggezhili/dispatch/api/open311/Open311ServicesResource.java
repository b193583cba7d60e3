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
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import cn.wanggezhili.dispatch.api.open311.Open311Dtos.Service;
import cn.wanggezhili.dispatch.api.open311.Open311Dtos.ServiceDefinition;
import cn.wanggezhili.dispatch.domain.TaskType;
import cn.wanggezhili.web.ProblemException;

/** Open311 services: the task type catalogue, readable by every authenticated caller. */
@Path(Open311Api.BASE)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = Open311Api.TAG, description = Open311Api.DESCRIPTION)
@SecurityRequirement(name = "oidc")
public class Open311ServicesResource {

    @Inject
    TaskTypes taskTypes;

    @Inject
    Open311Catalogue catalogue;

    @GET
    @Path("services.json")
    @Operation(summary = "Open311 services: the task types a request may name",
            description = "Any signed-in caller: each task type as a GeoReport v2 service (service_code is the type's code, metadata true when it has attributes).")
    public List<Service> listServices() {
        return taskTypes.all().stream().map(catalogue::service).toList();
    }

    @GET
    @Path("services")
    @Operation(summary = "services.json without the format suffix",
            description = "The same as GET services.json, for GeoReport v2 clients that leave the format out.")
    public List<Service> listServicesWithoutFormat() {
        return listServices();
    }

    @GET
    @Path("services/{service_code}.json")
    @Operation(summary = "Open311 service definition: the attributes of a task type",
            description = "Any signed-in caller: the type's attributes in GeoReport v2's form (datatype, required, values); 404 for an unknown code.")
    @APIResponse(responseCode = "200", description = "The service definition",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServiceDefinition.class)))
    @APIResponse(responseCode = "406", ref = "#/components/responses/NotAcceptable")
    public ServiceDefinition getServiceDefinition(@Parameter(description = "e.g. resident-report") @PathParam("service_code") String code) {
        // either template may take a request (both match "incident.json"), so both strip the extension
        String bare = Open311Api.withoutFormat(code);
        return taskTypes.byCode(bare).map(catalogue::definition).orElseThrow(() -> ProblemException.notFound("service " + bare));
    }

    @GET
    @Path("services/{service_code}")
    @Operation(summary = "services/{code}.json without the format suffix",
            description = "The same as GET services/{service_code}.json, for GeoReport v2 clients that leave the format out.")
    @APIResponse(responseCode = "200", description = "The service definition",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServiceDefinition.class)))
    @APIResponse(responseCode = "406", ref = "#/components/responses/NotAcceptable")
    public ServiceDefinition getServiceDefinitionWithoutFormat(@PathParam("service_code") String code) {
        return getServiceDefinition(code);
    }
}
