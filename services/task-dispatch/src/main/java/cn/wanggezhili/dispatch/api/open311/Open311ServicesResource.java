package cn.wanggezhili.dispatch.api.open311;

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
    @Operation(summary = "Open311 services: the task types a request may name")
    public List<Service> services() {
        return taskTypes.all().stream().map(catalogue::service).toList();
    }

    @GET
    @Path("services")
    @Operation(hidden = true)
    public List<Service> servicesWithoutFormat() {
        return services();
    }

    @GET
    @Path("services/{service_code}.json")
    @Operation(summary = "Open311 service definition: the attributes of a task type")
    public ServiceDefinition definition(@Parameter(description = "e.g. resident-report") @PathParam("service_code") String code) {
        // either template may take a request (both match "incident.json"), so both strip the extension
        String bare = Open311Api.withoutFormat(code);
        return taskTypes.byCode(bare).map(catalogue::definition).orElseThrow(() -> ProblemException.notFound("service " + bare));
    }

    @GET
    @Path("services/{service_code}")
    @Operation(hidden = true)
    public ServiceDefinition definitionWithoutFormat(@PathParam("service_code") String code) {
        return definition(code);
    }
}
