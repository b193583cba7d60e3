package cn.wanggezhili.scoring.api;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import cn.wanggezhili.httpcommands.IdempotentCommands;
import cn.wanggezhili.scoring.api.SchemeDtos.SchemeRequest;
import cn.wanggezhili.scoring.api.SchemeDtos.SchemeResponse;
import cn.wanggezhili.scoring.app.Commands.PublishScheme;
import cn.wanggezhili.scoring.app.PublishSchemeHandler;
import cn.wanggezhili.scoring.app.SchemeQueries;
import cn.wanggezhili.scoring.domain.Scheme;
import cn.wanggezhili.security.CurrentCaller;

@Path("/api/v1/schemes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Schemes", description = "Point schemes (积分方案): categories, indicators, base score, cadence, triggers")
@SecurityRequirement(name = "oidc")
public class SchemeResource {

    @Inject
    CurrentCaller caller;

    @Inject
    PublishSchemeHandler publish;

    @Inject
    SchemeQueries schemes;

    @Inject
    IdempotentCommands idempotent;

    @GET
    @Operation(summary = "The latest version of every scheme",
            description = "Any signed-in caller reads the latest published version of every point scheme (积分方案), ordered by "
                    + "code, with its categories, indicators and triggers. Reads only.")
    public List<SchemeResponse> listSchemes() {
        return schemes.all().stream().map(SchemeResponse::of).toList();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "A scheme: its latest version, or ?version=n",
            description = "Any signed-in caller reads one point scheme by its code: the latest version, or the version given "
                    + "(entries cite the version they were scored under). Reads only; 404 for an unknown code or version.")
    public SchemeResponse getScheme(@PathParam("code") String code, @QueryParam("version") Integer version) {
        return SchemeResponse.of(version == null ? schemes.latest(code) : schemes.version(code, version));
    }

    @POST
    @Operation(summary = "Publish a scheme, or the next version of one (county or township admin)",
            description = "Callers with the role county-admin or township-admin whose grid scope covers the scheme's unitCode publish "
                    + "a point scheme (积分方案): a new code becomes version 1, an existing code its next version, which new "
                    + "entries and triggers use from then on. Refused with 422 when a category has no indicator, a category or "
                    + "indicator code appears twice, or stars are wrong (every category of a HOUSEHOLD scheme is a star with "
                    + "star, starNameZh and starThreshold; other schemes have none).")
    @APIResponse(responseCode = "201", description = "The version published; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchemeResponse.class)))
    public Response publishScheme(@Valid @NotNull SchemeRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return idempotent.execute(key, caller.get().subject(), List.of("publish-scheme", body), () -> {
            Scheme scheme = publish.handle(new PublishScheme(body.toScheme()), caller.get());
            return Response.created(URI.create("/api/v1/schemes/" + scheme.code() + "?version=" + scheme.version()))
                    .entity(SchemeResponse.of(scheme)).build();
        });
    }
}
