package cn.wanggezhili.mediation.app;

import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;
import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import cn.wanggezhili.eventstore.AggregateStreams;
import cn.wanggezhili.eventstore.EventStore;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.mediation.domain.MediatorEvent;
import cn.wanggezhili.mediation.domain.MediatorEvent.MediatorEnrolled;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.web.ProblemException;

/** Enrols a member of the mediator pool (e.g. a studio's retired judge) on a unit; they get a staff id of their own. */
@ApplicationScoped
public class EnrolMediatorHandler {

    @Inject
    Cases cases;

    @Inject
    MediatorRoster roster;

    @Inject
    MediatorReadModel readModel;

    private AggregateStreams<MediatorEvent> streams;

    @Inject
    void streams(EventStore store) {
        streams = new AggregateStreams<>(store, MediationEvents.MEDIATORS, MediationEvents.MEDIATOR, MediatorEvent::code);
    }

    @Transactional
    public UUID handle(GridCode unit, String name, String username, String background, String studio, Caller caller) {
        requireAnyRole(caller, CaseRoles.SUPERVISORS);
        requireCovers(caller, unit);
        if (!roster.unitExists(unit)) {
            throw ProblemException.notFound("grid unit " + unit);
        }
        if (username != null && roster.usernameTaken(username)) {
            throw ProblemException.badField("username", "already a mediator or grid staff login");
        }
        UUID staffId = cases.newId();
        MediatorEnrolled enrolled = new MediatorEnrolled(staffId, unit.value(), name.strip(), username, background.strip(),
                studio == null || studio.isBlank() ? null : studio.strip(), cases.now());
        cases.onConnection(c -> {
            streams.append(c, staffId, 0, List.of(enrolled), enrolled.at(), () -> cases.newId());
            readModel.apply(c, enrolled);
            return null;
        });
        return staffId;
    }
}
