package cn.wanggezhili.livestream;

import cn.wanggezhili.eventstore.quarkus.EventStoreSettings;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.util.HashSet;
import java.util.List;
import cn.wanggezhili.readpolicy.EventReadPolicy;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import cn.wanggezhili.eventstore.EventCursor;
import cn.wanggezhili.eventstore.EventFilter;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.CurrentCaller;
import cn.wanggezhili.security.GridScopeGuard;
import cn.wanggezhili.web.ProblemException;

/** Every service streams its committed events at the same path, for dashboards and integrators. */
@Path("/api/v1/events")
@Tag(name = "Events", description = "This service's committed events as Server-Sent Events, for dashboards")
@SecurityRequirement(name = "oidc")
public class EventStreamResource {

    @Inject
    CurrentCaller caller;

    @Inject
    CommittedEventStream stream;

    @Inject
    EventStoreSettings settings;

    /** Every service declares one (platform read-policy): REST and this stream refuse the same callers. */
    @Inject
    EventReadPolicy policy;

    @Context
    Sse sse;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    // the caller's identity is resolved when the method asks for it (lazy authentication, checked in JAX-RS): on a
    // worker thread, not the event loop; the stream itself is then served without blocking
    @Blocking
    @Operation(summary = "Stream events of a subtree (default: your scope), optionally of some types "
            + "(types=<service>.<Event>.v1,...); reconnect with Last-Event-ID to resume after the last one seen",
            description = "Only the events your role may read, as REST shows them (names masked where REST masks them); "
                    + "an event type without a declared read policy is never streamed.")
    @APIResponse(responseCode = "200", description = "Server-Sent Events: each message's id resumes the stream "
            + "(Last-Event-ID), its event name is the event type, its data one StreamedEvent (a CloudEvent)",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
                    schema = @Schema(implementation = StreamedCloudEvent.class)))
    @APIResponse(responseCode = "406", ref = "#/components/responses/NotAcceptable")
    public Multi<OutboundSseEvent> streamEvents(@QueryParam("under") String under, @QueryParam("types") List<String> types,
                                          @HeaderParam("Last-Event-ID") String lastEventId) {
        Caller who = caller.get(); // read now: the stream's filter runs later, outside this request
        policy.streamReaders().ifPresent(roles -> GridScopeGuard.requireAnyRole(who, roles));
        GridCode root = who.subtreeRoot(under);
        GridScopeGuard.requireCovers(who, root);
        Set<String> wanted = new HashSet<>();
        if (types != null) {
            types.forEach(t -> wanted.addAll(List.of(t.split(","))));
        }
        wanted.removeIf(String::isBlank);
        EventCursor resumeAfter;
        try {
            resumeAfter = EventCursor.parse(lastEventId);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField("Last-Event-ID", "not an event id of this stream");
        }
        Set<String> unitsAbove = new HashSet<>();
        if (policy.reachesBelow()) {
            root.withAncestors().stream().skip(1).forEach(unit -> unitsAbove.add(unit.value()));
        }
        // judged as if the caller's scope were the subtree asked for: a screen on one village gets the village's events,
        // and from above it only what reaches the units below (its store's catalogue), not the street's own events
        Caller viewer = new Caller(who.subject(), who.username(), who.roles(), List.of(root));
        return stream.stream(sse, resumeAfter, new EventFilter(root.subtreePrefix(), wanted, unitsAbove),
                e -> policy.view(viewer, e), settings.stream().pollInterval());
    }
}
