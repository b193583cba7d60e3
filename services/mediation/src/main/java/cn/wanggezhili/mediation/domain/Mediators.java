package cn.wanggezhili.mediation.domain;

import java.util.Optional;
import java.util.UUID;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.kernel.StaffRef;

/** Who can mediate, as the service knows them when a mediator is assigned: grid staff and the mediator pool. */
@FunctionalInterface
public interface Mediators {

    /** A mediator and the unit they serve on (for grid staff, their highest post). */
    record Serving(StaffRef staff, GridCode unit) {
    }

    Optional<Serving> withStaffId(UUID staffId);
}
