package cn.wanggezhili.mediation.app;

import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;
import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.kernel.NotFound;
import cn.wanggezhili.mediation.app.Commands.RegisterCase;
import cn.wanggezhili.mediation.domain.CaseEvent;
import cn.wanggezhili.mediation.domain.CaseEvent.CaseRegistered;
import cn.wanggezhili.mediation.domain.CaseId;
import cn.wanggezhili.mediation.domain.MediationCase;
import cn.wanggezhili.mediation.domain.Party;
import cn.wanggezhili.mediation.domain.Registration;
import cn.wanggezhili.mediation.domain.StepTime;
import cn.wanggezhili.security.Caller;

/** Registers a walk-in or referred case on a grid unit; parties' personal data go to the vault, masked into the event. */
@ApplicationScoped
public class RegisterCaseHandler {

    @Inject
    AggregateRepository<MediationCase, CaseEvent> cases;

    @Inject
    HouseholdDirectory households;

    @Inject
    PartyVault vault;

    @Inject
    MediatorRoster roster;

    @Inject
    Clock clock;

    @Inject
    Supplier<UUID> ids;

    @Transactional
    public CaseRegistered handle(RegisterCase cmd, Caller caller) {
        requireAnyRole(caller, CaseRoles.CASE_STAFF);
        requireCovers(caller, cmd.unitCode());
        if (!roster.unitExists(cmd.unitCode())) {
            throw new NotFound("grid unit", cmd.unitCode());
        }
        Registration.requireDeskSource(cmd.source());
        if (cmd.parties() != null) {
            cmd.parties().forEach(p -> households.requireInScope(p, caller));
        }
        Instant at = StepTime.of(cmd.occurredAt(), clock.instant());
        CaseId id = new CaseId(ids.get());
        List<Party> parties = cmd.parties() == null ? List.of() : cmd.parties().stream().map(p -> vault.intake(id, p)).toList();
        CaseRegistered registered = Registration.atDesk(id, cmd.unitCode(), cmd.source(), cmd.disputeType(), cmd.referringBody(),
                cmd.title(), cmd.description(), parties, cmd.evidence(), roster.asStaff(caller), at);
        // a new stream, keyed by the case id; stored at the business time of the registration
        cases.append(MediationCase.NONE, List.of(registered), at);
        return registered;
    }
}
