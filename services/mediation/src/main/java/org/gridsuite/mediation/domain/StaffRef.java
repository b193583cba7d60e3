package org.gridsuite.mediation.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * A mediator or member of staff as the registry (or the mediator pool) knows them: the id decides who is who;
 * username (may be null) and name travel along for display. {@link #toString} shows the id only.
 */
public record StaffRef(UUID staffId, String username, String name) {

    public StaffRef {
        Objects.requireNonNull(staffId, "staffId");
    }

    public boolean isSamePersonAs(StaffRef other) {
        return other != null && staffId.equals(other.staffId);
    }

    @Override
    public String toString() {
        return "StaffRef[staffId=" + staffId + "]";
    }
}
