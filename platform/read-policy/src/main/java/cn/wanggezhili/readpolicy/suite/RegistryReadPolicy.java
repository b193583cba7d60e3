package cn.wanggezhili.readpolicy.suite;

import static cn.wanggezhili.readpolicy.EventAccess.anyone;
import static cn.wanggezhili.readpolicy.EventAccess.roles;

import java.util.List;
import cn.wanggezhili.readpolicy.EventReadPolicy;
import cn.wanggezhili.security.Role;

/** Who reads the grid registry: the grid tree and its staff posts, anyone in scope; households, grid staff only. */
public final class RegistryReadPolicy {

    /** Households and residents (masked personal data; the full values through the registry's audited read only). */
    public static final List<String> HOUSEHOLD_READERS = List.of(Role.COUNTY_ADMIN, Role.TOWNSHIP_ADMIN, Role.GRID_CHIEF,
            Role.GRID_WORKER);

    private static final String PREFIX = "grid-registry.";

    private RegistryReadPolicy() {
    }

    public static EventReadPolicy events() {
        return EventReadPolicy.builder()
                .allow(anyone(), types("GridUnitCreated", "GridUnitRenamed", "GridUnitMoved", "GridUnitSplit",
                        "GridUnitMerged", "GridUnitRetired", "StaffAssigned", "StaffUnassigned"))
                .allow(roles(HOUSEHOLD_READERS), types("HouseholdRegistered", "HouseholdMoved", "ResidentRegistered",
                        "ResidentLeft", "ResidentPersonalDataErased"))
                .build();
    }

    private static String[] types(String... names) {
        return SuiteTypes.of(PREFIX, names);
    }
}
