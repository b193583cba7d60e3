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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import cn.wanggezhili.httpcommands.IdempotentCommands;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.scoring.api.Dtos.VolunteerActivityRequest;
import cn.wanggezhili.scoring.app.Commands.RecordVolunteerActivity;
import cn.wanggezhili.scoring.app.RecordVolunteerActivityHandler;
import cn.wanggezhili.scoring.app.VolunteerActivityQueries;
import cn.wanggezhili.scoring.app.VolunteerActivityQueries.ActivityView;
import cn.wanggezhili.security.CurrentCaller;

@Path("/api/v1/volunteer-activities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Volunteer activities", description = "爱心超市+健康银行: volunteering scores the households that took part")
@SecurityRequirement(name = "oidc")
public class VolunteerActivityResource {

    @Inject
    CurrentCaller caller;

    @Inject
    RecordVolunteerActivityHandler record;

    @Inject
    VolunteerActivityQueries activities;

    @Inject
    IdempotentCommands idempotent;

    @POST
    @Operation(summary = "Record a volunteer activity and the households that took part (scorer, grid chief, admins); each "
            + "household is scored once by the indicators whose trigger names scoring.VolunteerActivityRecorded.v1",
            description = "爱心超市+健康银行. Callers with the role scorer, grid-chief, township-admin or county-admin whose grid scope "
                    + "covers the activity's unit and every participating household's unit record the activity; each household is "
                    + "then scored once, in the month of the activity, by every indicator whose trigger names "
                    + "scoring.VolunteerActivityRecorded.v1 (a household over the indicator's cap gets no entry). Refused with 404 "
                    + "for an unknown household; 422 for a date after today, a household named twice, a subject that is not a "
                    + "household or one outside the activity's unit; 409 when the quarter of the date is settled.")
    @APIResponse(responseCode = "201", description = "The activity as recorded, with the entries it made; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityView.class)))
    public Response recordVolunteerActivity(@Valid @NotNull VolunteerActivityRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return idempotent.execute(key, caller.get().subject(), List.of("record-volunteer-activity", body), () -> {
            UUID id = record.handle(new RecordVolunteerActivity(new GridCode(body.unitCode()), body.date(), body.titleZh(),
                    body.hours(), body.householdIds(), body.evidence()), caller.get());
            return Response.created(URI.create("/api/v1/volunteer-activities/" + id)).entity(activities.activity(id, caller.get())).build();
        });
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A volunteer activity and the score entries it made",
            description = "Any signed-in caller whose grid scope covers the activity's unit reads the activity as recorded and the "
                    + "score entries its households received. Reads only; 404 for an unknown activity, 403 outside the caller's "
                    + "scope.")
    public ActivityView getVolunteerActivity(@PathParam("id") UUID id) {
        return activities.activity(id, caller.get());
    }
}
