package cn.wanggezhili.mediation.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.kernel.InvalidInput;
import cn.wanggezhili.mediation.domain.MediatorEvent.MediatorEnrolled;

/**
 * A member of the mediator pool (a studio's retired judge or police officer), enrolled on a unit with a staff id of
 * their own; rebuilt from their events, which only enrol them so far.
 */
public record PoolMediator(UUID staffId, GridCode code, int version) {

    public static final PoolMediator NONE = new PoolMediator(null, null, 0);

    public static PoolMediator replay(List<MediatorEvent> events) {
        PoolMediator m = NONE;
        for (MediatorEvent e : events) {
            m = m.evolve(e);
        }
        return m;
    }

    public boolean exists() {
        return staffId != null;
    }

    public PoolMediator evolve(MediatorEvent event) {
        return switch (event) {
            case MediatorEnrolled e -> new PoolMediator(e.staffId(), new GridCode(e.code()), version + 1);
        };
    }

    /**
     * Enrols on {@code unit}. A login names one person: it may not be another mediator's or a grid post holder's,
     * or cases assigned to one would show under the other. Refused as invalid input (400), as it always was.
     */
    public static MediatorEnrolled enrol(UUID staffId, GridCode unit, String name, String username, String background,
                                         String studio, Logins logins, Instant at) {
        if (username != null && logins.isTaken(username)) {
            throw new InvalidInput("username", "already a mediator or grid staff login");
        }
        return new MediatorEnrolled(staffId, unit.value(), name.strip(), username, background.strip(),
                studio == null || studio.isBlank() ? null : studio.strip(), at);
    }
}
