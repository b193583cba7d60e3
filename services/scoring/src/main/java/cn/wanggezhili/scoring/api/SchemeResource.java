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
    @Operation(summary = "The latest version of every scheme")
    public List<SchemeResponse> list() {
        return schemes.all().stream().map(SchemeResponse::of).toList();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "A scheme: its latest version, or ?version=n")
    public SchemeResponse get(@PathParam("code") String code, @QueryParam("version") Integer version) {
        return SchemeResponse.of(version == null ? schemes.latest(code) : schemes.version(code, version));
    }

    @POST
    @Operation(summary = "Publish a scheme, or the next version of one (county or township admin)")
    public Response publish(@Valid @NotNull SchemeRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return idempotent.execute(key, caller.get().subject(), List.of("publish-scheme", body), () -> {
            Scheme scheme = publish.handle(new PublishScheme(body.toScheme()), caller.get());
            return Response.created(URI.create("/api/v1/schemes/" + scheme.code() + "?version=" + scheme.version()))
                    .entity(SchemeResponse.of(scheme)).build();
        });
    }
}
