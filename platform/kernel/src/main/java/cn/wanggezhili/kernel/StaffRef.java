package cn.wanggezhili.kernel;

import java.util.Objects;
import java.util.UUID;

/**
 * A member of grid staff (or of a mediator pool) as the service that registered them knows them: the id decides who
 * is who; username (may be null) and name travel along for display. {@link #toString} shows the id only, so logs
 * never carry a name.
 */
public record StaffRef(UUID staffId, String username, String name) {

    public StaffRef {
        Objects.requireNonNull(staffId, "staffId");
    }

    /** The same person, whatever their username or name said at the time. */
    public boolean isSamePersonAs(StaffRef other) {
        return other != null && staffId.equals(other.staffId);
    }

    @Override
    public String toString() {
        return "StaffRef[staffId=" + staffId + "]";
    }
}
