package cn.wanggezhili.mediation.app;

import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;
import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.kernel.NotFound;
import cn.wanggezhili.mediation.app.Commands.EnrolMediator;
import cn.wanggezhili.mediation.domain.MediatorEvent;
import cn.wanggezhili.mediation.domain.MediatorEvent.MediatorEnrolled;
import cn.wanggezhili.mediation.domain.PoolMediator;
import cn.wanggezhili.security.Caller;

/** Enrols a member of the mediator pool (e.g. a studio's retired judge) on a unit; they get a staff id of their own. */
@ApplicationScoped
public class EnrolMediatorHandler {

    @Inject
    AggregateRepository<PoolMediator, MediatorEvent> mediators;

    @Inject
    MediatorRoster roster;

    @Inject
    Clock clock;

    @Inject
    Supplier<UUID> ids;

    @Transactional
    public MediatorEnrolled handle(EnrolMediator cmd, Caller caller) {
        requireAnyRole(caller, CaseRoles.SUPERVISORS);
        requireCovers(caller, cmd.unitCode());
        if (!roster.unitExists(cmd.unitCode())) {
            throw new NotFound("grid unit", cmd.unitCode());
        }
        MediatorEnrolled enrolled = PoolMediator.enrol(ids.get(), cmd.unitCode(), cmd.name(), cmd.username(), cmd.background(),
                cmd.studio(), roster, clock.instant());
        // a new stream, keyed by the new staff id; stored at the time the event carries
        mediators.append(PoolMediator.NONE, List.of(enrolled), enrolled.at());
        return enrolled;
    }
}
