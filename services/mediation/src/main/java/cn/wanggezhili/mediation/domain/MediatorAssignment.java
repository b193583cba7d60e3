package cn.wanggezhili.mediation.domain;

import java.time.Instant;
import java.util.UUID;
import cn.wanggezhili.kernel.InvalidInput;
import cn.wanggezhili.kernel.StaffRef;
import cn.wanggezhili.mediation.domain.CaseEvent.MediatorAssigned;

/**
 * Who may mediate a case: grid staff or a pool mediator serving on the case's unit or a unit above it (a community's
 * chief mediates on its grids, a township's pool on all of the township). The case then decides who leads.
 */
public final class MediatorAssignment {

    private MediatorAssignment() {
    }

    /**
     * Assigns the mediator with {@code staffId}. Anyone not serving the case's unit or above is no mediator of this
     * case whatever its state, so the id itself is refused (invalid input), before the case's own rules.
     */
    public static MediatorAssigned assign(MediationCase c, UUID staffId, boolean lead, Mediators mediators, StaffRef by,
                                          Instant at) {
        Mediators.Serving mediator = mediators.withStaffId(staffId)
                .filter(m -> m.unit().contains(c.code()))
                .orElseThrow(() -> new InvalidInput("staffId", "no mediator with that id serves " + c.code()));
        return c.assignMediator(mediator.staff(), lead, by, at);
    }
}
